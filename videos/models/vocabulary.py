"""Vocabulary the videos use: profile types, education routes and signposts (wegwijzers).

Each has a stable slug because the slugs appear in shareable filter URLs.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from taxonomy.models import VocabularyTerm


class ProfileType(VocabularyTerm):
    """How a hero was trained: theoretically or practically (the campaign shows one of each)."""

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("profile type")
        verbose_name_plural = _("profile types")


class EducationRoute(VocabularyTerm):
    """A route through school and beyond: a secondary finality, bachelor, master, dual learning."""

    description = models.CharField(_("description"), max_length=240, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("education route")
        verbose_name_plural = _("education routes")


class Signpost(VocabularyTerm):
    """A next step for a child or parent: VDAB, Onderwijskiezer, Beroepenhuis, CLB …"""

    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("Everyone")
        CHILDREN = "children", _("Children and young people")
        PARENTS = "parents", _("Parents")
        TEACHERS = "teachers", _("Teachers")
        ADULTS = "adults", _("Adults and career switchers")

    url = models.URLField(_("web address"))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.CharField(
        _("one-line description"),
        max_length=160,
        blank=True,
        help_text=_("What you find there, in one line."),
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("audience"),
        FieldPanel("sort_order"),
    ]

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("signpost")
        verbose_name_plural = _("signposts")
