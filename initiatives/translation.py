from modeltranslation.translator import TranslationOptions, register, translator

from .models import (
    EducationLevel,
    InitiativeIndexPage,
    InitiativePage,
    Language,
    RecordType,
    Region,
    TargetGroup,
)
from .models.pages import RECORD_TEXTS


@register(InitiativeIndexPage)
class InitiativeIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro", "listing_summary")


@register(InitiativePage)
class InitiativePageTranslationOptions(TranslationOptions):
    fields = (
        "listing_summary",
        "source_author",
        "country",
        "summary",
        *RECORD_TEXTS,
    )


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(TargetGroup)
class TargetGroupTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(EducationLevel)
class EducationLevelTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(RecordType)
class RecordTypeTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(Language)
class LanguageTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


def initiative_texts():
    """The initiative's own translated texts (not the card summary), in the model's field order.

    Read from the registration above, so the CSV format and the demo never keep a copy.
    """
    registered = translator.get_options_for_model(InitiativePage).local_fields
    return [
        field
        for field in InitiativePage._meta.get_fields()
        if field.name in registered and field.name != "listing_summary"
    ]
