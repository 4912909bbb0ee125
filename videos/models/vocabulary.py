"""Vocabulary the videos use: profile types, education routes and signposts (wegwijzers).

Each has a stable slug because the slugs appear in shareable filter URLs.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from stemhub.models.fields import optional_image
from taxonomy.models import VocabularyTerm, term_panels
from videos.choices import EducationLevel


class ProfileType(VocabularyTerm):
    """How a hero was trained: theoretically or practically (the campaign shows one of each)."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("profile type")
        verbose_name_plural = _("profile types")


class EducationRoute(VocabularyTerm):
    """A route through school and beyond: a secondary finality, bachelor, master, dual learning.

    Its level groups the routes for the video browse; the explanation and the deep links tell a
    parent what the route is and where to find the study programmes (Onderwijskiezer) and the
    training (VDAB) that lead to it.
    """

    description = models.CharField(
        _("description"),
        max_length=240,
        blank=True,
        help_text=_(
            "A short line shown under the route's name on the video page, e.g. 'three years "
            "after secondary school'."
        ),
    )
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=EducationLevel.choices,
        blank=True,
        db_index=True,
        help_text=_(
            "Groups the routes in the video browse's 'Jobs you reach …' filter (secondary, higher, "
            "adult learning)."
        ),
    )
    explanation = models.TextField(
        _("explanation for parents"),
        max_length=600,
        blank=True,
        help_text=_("Two or three plain sentences: what is it, how long, what comes after."),
    )
    onderwijskiezer_url = models.URLField(
        _("Onderwijskiezer page"),
        blank=True,
        help_text=_("The page on onderwijskiezer.be with the study programmes of this route."),
    )
    vdab_url = models.URLField(
        _("VDAB page"),
        blank=True,
        help_text=_("Where it fits: VDAB's training or job information for this route."),
    )

    panels = term_panels("level", "description", "explanation", "onderwijskiezer_url", "vdab_url")

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("education route")
        verbose_name_plural = _("education routes")

    def links(self):
        """(label, url) of the deep links that are filled in, for the video page."""
        return [
            (label, url)
            for label, url in (
                (_("Study programmes on Onderwijskiezer"), self.onderwijskiezer_url),
                (_("Training at VDAB"), self.vdab_url),
            )
            if url
        ]


class Signpost(VocabularyTerm):
    """A next step for a child or parent: VDAB, Onderwijskiezer, Beroepenhuis, CLB …"""

    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("Everyone")
        CHILDREN = "children", _("Children and young people")
        PARENTS = "parents", _("Parents")
        TEACHERS = "teachers", _("Teachers")
        ADULTS = "adults", _("Adults and career switchers")

    url = models.URLField(
        _("web address"),
        help_text=_(
            "Where the signpost's button takes visitors: the organisation's own page for this "
            "audience."
        ),
    )
    logo = optional_image(
        _("logo"),
        help_text=_(
            "The organisation's logo beside the signpost on video pages; leave empty to show "
            "the name only."
        ),
    )
    description = models.CharField(
        _("one-line description"),
        max_length=160,
        blank=True,
        help_text=_("What you find there, in one line."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        help_text=_(
            "Who the signpost helps; shown as a label so a child or parent sees which step is "
            "theirs."
        ),
    )

    panels = term_panels("url", "logo", "description", "audience")

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("signpost")
        verbose_name_plural = _("signposts")
