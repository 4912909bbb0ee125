"""Vocabulary the videos use: profile types, education routes and signposts (wegwijzers).

Each has a stable slug because the slugs appear in shareable filter URLs.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from stemhub.models.fields import optional_image
from taxonomy.models import VocabularyTerm, term_panels


class ProfileType(VocabularyTerm):
    """How a hero was trained: theoretically or practically (the campaign shows one of each)."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("profile type")
        verbose_name_plural = _("profile types")


class EducationRoute(VocabularyTerm):
    """A route through school and beyond: a secondary finality, bachelor, master, dual learning."""

    description = models.CharField(_("description"), max_length=240, blank=True)

    panels = term_panels("description")

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
    logo = optional_image(_("logo"))
    description = models.CharField(
        _("one-line description"),
        max_length=160,
        blank=True,
        help_text=_("What you find there, in one line."),
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )

    panels = term_panels("url", "logo", "description", "audience")

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("signpost")
        verbose_name_plural = _("signposts")
