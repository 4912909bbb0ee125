from modeltranslation.translator import TranslationOptions, register

from .models import Sector


@register(Sector)
class SectorTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("nl",)
