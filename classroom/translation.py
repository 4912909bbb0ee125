from modeltranslation.translator import TranslationOptions, register

from .models import (
    AttainmentTarget,
    ClassroomIndexPage,
    ClassroomMaterialPage,
    SchoolLevel,
    StemDomain,
    Worksheet,
)


@register(ClassroomIndexPage)
class ClassroomIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro", "listing_summary")


@register(ClassroomMaterialPage)
class ClassroomMaterialPageTranslationOptions(TranslationOptions):
    fields = ("intro", "subject", "lesson", "listing_summary")


@register(Worksheet)
class WorksheetTranslationOptions(TranslationOptions):
    fields = ("label",)


@register(SchoolLevel)
class SchoolLevelTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(StemDomain)
class StemDomainTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(AttainmentTarget)
class AttainmentTargetTranslationOptions(TranslationOptions):
    fields = ("short_name", "description", "note")
    required_languages = ("nl",)
