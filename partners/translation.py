from modeltranslation.translator import TranslationOptions, register

from .models import PartnerIndexPage, PartnerPage


@register(PartnerIndexPage)
class PartnerIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro", "submission_intro", "listing_summary")


@register(PartnerPage)
class PartnerPageTranslationOptions(TranslationOptions):
    fields = ("short_description", "description", "listing_summary")
