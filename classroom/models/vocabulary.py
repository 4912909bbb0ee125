"""What teachers filter on: school levels, STEM domains and attainment targets (eindtermen).

Editors own these lists; the slugs and codes appear in shareable filter URLs, so keep them stable.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from taxonomy.models import ReviewedSnippet, VocabularyTerm


class SchoolLevel(VocabularyTerm):
    """A school year or stage: 5th or 6th year of primary, 1st or 2nd year of secondary."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("school level")
        verbose_name_plural = _("school levels")


class StemDomain(VocabularyTerm):
    """Science, technology, engineering or mathematics."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("STEM domain")
        verbose_name_plural = _("STEM domains")


SHORT_LABEL_WORDS = 4

validate_code = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$",
    _("Use letters, digits, dots, dashes or underscores only (no spaces), at most 30."),
)


class AttainmentTarget(ReviewedSnippet, index.Indexed):
    """An attainment target (eindterm) a lesson works on: a code and what it asks of pupils."""

    code = models.CharField(
        _("code"),
        max_length=30,
        unique=True,
        validators=[validate_code],
        help_text=_("As in the official list, e.g. 5.03; it also appears in web addresses."),
    )
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_(
            "Two to four words teachers recognise the target by, e.g. 'Recycling'; shown next to "
            "the code in the teachers' filters, with the description on demand."
        ),
    )
    description = models.CharField(
        _("description"),
        max_length=400,
        help_text=_(
            "The target's official wording, shown when a teacher unfolds it in the filters and "
            "on the lesson page."
        ),
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Shown next to the target, e.g. that it is an example to check or replace."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"),
        default=0,
        help_text=_("Targets are listed from low to high number; equal numbers go by code."),
    )
    sort_order_field = "sort_order"  # the admin listing offers drag-and-drop ordering

    panels = [
        FieldPanel("code"),
        FieldPanel("short_name"),
        FieldPanel("description"),
        FieldPanel("note"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("code"),
        index.SearchField("description_nl"),
        index.SearchField("description_en"),
        index.AutocompleteField("code"),
    ]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("attainment target")
        verbose_name_plural = _("attainment targets")

    def __str__(self):
        return f"{self.code} {self.description}"

    @property
    def short_label(self):
        """The short name, or the description's first words for a target that has none yet."""
        return self.short_name or Truncator(self.description).words(SHORT_LABEL_WORDS)
