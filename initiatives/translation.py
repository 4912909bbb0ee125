from modeltranslation.translator import TranslationOptions, register

from .models import (
    EducationLevel,
    InitiativeIndexPage,
    InitiativePage,
    Region,
    TargetGroup,
)


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
        "abstract",
        "description",
        "kpis",
        "strategy",
        "impact",
        "reach",
        "budget",
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
