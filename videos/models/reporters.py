"""The child reporters, the heart of the format: one per video, and the "our reporters" page.

A reporter is a child, so the site shows a first name, an age and a school or town, never more;
a photo is only stored and shown with a consent record (who gave it, when, for what).
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from stemhub.models import ListingMixin
from stemhub.queries import images_with_renditions, public_q

from .pages import VideoPage

REPORTER_PHOTO_RENDITIONS = ("fill-160x160|format-webp", "fill-320x320|format-webp")


class Reporter(index.Indexed, models.Model):
    first_name = models.CharField(
        _("first name"), max_length=40, help_text=_("Only the first name: never a surname.")
    )
    age = models.PositiveSmallIntegerField(
        _("age at the recording"),
        validators=[MinValueValidator(6), MaxValueValidator(18)],
        help_text=_(
            "The child's age on the day of the recording, shown beside the first name (6 to 18)."
        ),
    )
    school_or_town = models.CharField(
        _("school or town"),
        max_length=100,
        blank=True,
        help_text=_("One of the two, as the parents agreed, e.g. 'Sint-Jozefschool' or 'Gent'."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Only with the parents' written consent, recorded below."),
    )
    consent_given_by = models.CharField(
        _("consent given by"),
        max_length=120,
        blank=True,
        help_text=_("The parent or guardian who signed (editors only, never shown)."),
    )
    consent_date = models.DateField(
        _("consent date"),
        null=True,
        blank=True,
        help_text=_(
            "When the parent or guardian signed; without it no photo is shown (editors only, "
            "never shown)."
        ),
    )
    consent_scope = models.CharField(
        _("what the consent covers"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 'photo and first name on stemhelden.be, until 2027'."),
    )

    panels = [
        FieldRowPanel([FieldPanel("first_name"), FieldPanel("age")]),
        FieldPanel("school_or_town"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldPanel("consent_given_by"),
                FieldPanel("consent_date"),
                FieldPanel("consent_scope"),
            ],
            heading=_("Consent for the photo (editors only)"),
        ),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.AutocompleteField("first_name"),
        index.SearchField("school_or_town"),
    ]

    class Meta:
        ordering = ["first_name", "pk"]
        verbose_name = _("child reporter")
        verbose_name_plural = _("child reporters")

    def __str__(self):
        return f"{self.first_name}, {self.age}"

    @property
    def has_consent(self):
        return bool(self.consent_given_by and self.consent_date)

    @property
    def public_photo(self):
        """The photo, only while a consent record exists."""
        return self.photo if self.photo_id and self.has_consent else None

    def clean(self):
        super().clean()
        if self.photo_id and not self.has_consent:
            raise ValidationError(
                {"photo": _("A reporter's photo needs the consent record: who gave it and when.")}
            )


class ReporterIndexPage(ListingMixin, Page):
    """'Onze reporters' / 'Our reporters': every reporter with the videos they made."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "A few sentences at the top of the reporters page, above the reporters and their "
            "videos."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    parent_page_types = ["stemhub.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("reporters page")
        verbose_name_plural = _("reporters pages")

    def reporters(self):
        """Reporters of live, public videos, each with those videos, in a fixed few queries."""
        videos = VideoPage.objects.live().filter(public_q()).order_by("-year", "title")
        return list(
            Reporter.objects.filter(videos__in=videos.values("pk"))
            .distinct()
            .prefetch_related(
                Prefetch("videos", queryset=videos, to_attr="live_videos"),
                Prefetch("photo", queryset=images_with_renditions(*REPORTER_PHOTO_RENDITIONS)),
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reporters"] = self.reporters()
        return context
