"""The initiatives' own vocabulary: where they run, whom they reach, at which level of education.

Each term has a translated name and a stable slug; the slug is what filter URLs and CSV files use,
so renaming a term never breaks a shared link or an import file.
"""

from django.utils.translation import gettext_lazy as _

from taxonomy.models import VocabularyTerm


class InitiativeTerm(VocabularyTerm):
    """A term of the initiatives' vocabulary, listed in a stable, language-free order (as CSV
    exports list them)."""

    class Meta(VocabularyTerm.Meta):
        abstract = True
        ordering = ["sort_order", "slug"]


class Region(InitiativeTerm):
    """A Flemish province, Brussels, all of Flanders or Europe."""

    class Meta(InitiativeTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class TargetGroup(InitiativeTerm):
    """Whom an initiative is for: children of 10 to 14, pupils, teachers, parents, adults."""

    class Meta(InitiativeTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class EducationLevel(InitiativeTerm):
    """The level of education an initiative works at."""

    class Meta(InitiativeTerm.Meta):
        verbose_name = _("education level")
        verbose_name_plural = _("education levels")


class RecordType(InitiativeTerm):
    """What kind of record it is, after the STEM Coalition database: an initiative, a programme,
    a study, a network or an event."""

    class Meta(InitiativeTerm.Meta):
        verbose_name = _("record type")
        verbose_name_plural = _("record types")


class Language(InitiativeTerm):
    """A language an initiative works or publishes in ("Dutch only" studies, English networks)."""

    class Meta(InitiativeTerm.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")
