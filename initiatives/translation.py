from modeltranslation.translator import TranslationOptions, register

from .models import InitiativeIndexPage


@register(InitiativeIndexPage)
class InitiativeIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro", "listing_summary")
