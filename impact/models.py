"""What the campaign reached, counted without identifying anybody.

A visitor's action becomes one `Event` row: what happened (kind), to which page, in which
language, on which day, and for a signpost click or an answer the one extra value that says
which. No address, user agent, cookie or identifier is ever stored. The worker folds events into
`DailyCount` rows and deletes them within a day, so only the daily aggregates remain.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The dashboard's own models (its permission, the partners' mail, the initiatives' opt-in).
from .dashboard_models import (  # noqa: F401
    Dashboard,
    InitiativeFigures,
    PartnerMonthlyMail,
    PartnerReport,
)


class Kind(models.TextChoices):
    VIEW = "view", _("Page view")
    PLAY = "play", _("Video played")
    DOWNLOAD = "download", _("Worksheet downloaded")
    SIGNPOST = "signpost", _("Signpost followed")
    FEED = "feed", _("Feed read")
    EMBED = "embed", _("Embedded card shown")
    SEARCH_EMPTY = "search-empty", _("Search without results")
    USED_IN_CLASS = "used-in-class", _("Used in class")
    CURIOUS = "curious", _("Made curious about the job")


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    A_BIT = "a-bit", _("A bit")
    NO = "no", _("No")


class CountedFields(models.Model):
    """What an event and a daily count both say about one action."""

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=2)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    # The page acted on (the video, lesson, initiative, browse page, …), by id so that counts
    # outlive a deleted page; 0 where no page is concerned (a search term).
    page_id = models.PositiveIntegerField(_("page"), default=0)
    # For a signpost click: the id of the signpost term (videos.Signpost) followed; 0 otherwise.
    target = models.PositiveIntegerField(_("target"), default=0)
    # For the "made you curious?" question: the answer given (one of Answer).
    answer = models.CharField(_("answer"), max_length=8, choices=Answer.choices, blank=True)
    # For a search without results only: the normalised term (letters, digits and spaces, short).
    term = models.CharField(_("search term"), max_length=60, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.day} {self.language} {self.kind} {self.page_id}"


class Event(CountedFields):
    """One counted action, kept only until the worker has folded it into the daily counts."""

    class Meta:
        verbose_name = _("counted event")
        verbose_name_plural = _("counted events")
        indexes = [models.Index(fields=["day"], name="impact_event_day")]


class DailyCount(CountedFields):
    """How often an action happened on one day in one language: all that is kept."""

    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "kind", "page_id", "target", "answer", "term"],
                name="impact_dailycount_unique",
            )
        ]
        indexes = [
            models.Index(fields=["kind", "day"], name="impact_count_kind_day"),
            models.Index(fields=["page_id", "kind"], name="impact_count_page_kind"),
        ]
