"""Vocabulary shared by videos, classroom material, initiatives and partners."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Sector(index.Indexed, models.Model):
    """A field of work (recycling, energy, banking …); its slug is used in filter URLs."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in web addresses such as ?sector=energy; keep it stable."),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name_nl"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_nl"),
        index.AutocompleteField("name_en"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name
