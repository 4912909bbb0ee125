"""The initiatives' own vocabulary: where they run, whom they reach, at which level of education.

Each term has a translated name and a stable slug; the slug is what filter URLs and CSV files use,
so renaming a term never breaks a shared link or an import file.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Term(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in web addresses and CSV files; keep it stable."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [
        index.SearchField("name_nl"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_nl"),
        index.AutocompleteField("name_en"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return self.name


class Region(Term):
    """A Flemish province, Brussels, all of Flanders or Europe."""

    class Meta(Term.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class TargetGroup(Term):
    """Whom an initiative is for: children of 10 to 14, pupils, teachers, parents, adults."""

    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class EducationLevel(Term):
    """The level of education an initiative works at."""

    class Meta(Term.Meta):
        verbose_name = _("education level")
        verbose_name_plural = _("education levels")
