"""The ordered inlines of a video page: its two heroes, its signposts and its related videos."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Orderable

from stemhub.models.fields import optional_image
from stemhub.models.inlines import PageInline


class VideoHero(PageInline, Orderable):
    """One of the two heroes: usually one theoretically and one practically trained."""

    class Gender(models.TextChoices):
        NOT_GIVEN = "", _("Not given")
        WOMAN = "woman", _("Woman")
        MAN = "man", _("Man")
        NON_BINARY = "non_binary", _("Non-binary")

    page = ParentalKey("videos.VideoPage", related_name="heroes", on_delete=models.CASCADE)
    name = models.CharField(
        _("first name or role"),
        max_length=80,
        help_text=_("A first name, or a role such as 'the process engineer'."),
    )
    job_title = models.CharField(
        _("job title"),
        max_length=120,
        help_text=_(
            "What this hero does, as shown under their name on the video page, e.g. 'Process "
            "engineer'."
        ),
    )
    profile_type = models.ForeignKey(
        "videos.ProfileType",
        verbose_name=_("profile type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="heroes",
        help_text=_(
            "Theoretically or practically trained: shown on the hero's card and used by the "
            "'Profile' filter."
        ),
    )
    education_route = models.ForeignKey(
        "videos.EducationRoute",
        verbose_name=_("education route"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="heroes",
        help_text=_(
            "The route the hero took through school; the video page links it to study "
            "programmes and training."
        ),
    )
    studies = models.CharField(
        _("what they studied"),
        max_length=160,
        blank=True,
        help_text=_("e.g. 'Master in chemical engineering' or 'Electromechanics (dual)'."),
    )
    quote = models.CharField(
        _("quote"),
        max_length=300,
        blank=True,
        help_text=_(
            "One sentence the hero says in the video, shown in quotation marks on the video page."
        ),
    )
    career_path = models.CharField(
        _("how I got here"),
        max_length=300,
        blank=True,
        help_text=_("Optional, short: school → study → job, e.g. 'Chemistry (TSO) → operator'."),
    )
    photo = optional_image(
        _("photo"),
        help_text=_(
            "A portrait on the hero's card, only with their permission; without one the card "
            "shows their initials."
        ),
    )
    gender = models.CharField(
        _("identifies as (editors only)"),
        max_length=20,
        choices=Gender.choices,
        blank=True,
        default="",
        help_text=_(
            "Optional. Only used for the campaign's balance report; never shown on the site."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("job_title")]),
        FieldRowPanel([FieldPanel("profile_type"), FieldPanel("education_route")]),
        FieldPanel("studies"),
        FieldPanel("quote"),
        FieldPanel("career_path"),
        FieldPanel("photo"),
        FieldPanel("gender"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("hero")
        verbose_name_plural = _("heroes")

    def __str__(self):
        return self.name


class VideoSignpost(PageInline, Orderable):
    """A signpost under a video, with an optional deep link and one line on why it helps."""

    page = ParentalKey("videos.VideoPage", related_name="signposts", on_delete=models.CASCADE)
    signpost = models.ForeignKey(
        "videos.Signpost",
        verbose_name=_("signpost"),
        on_delete=models.CASCADE,
        related_name="video_links",
        help_text=_(
            "A next step shown under the video: where a child or parent learns more about this "
            "work."
        ),
    )
    deep_link = models.URLField(
        _("deep link"),
        blank=True,
        help_text=_("Optional: a page on the signpost's site about exactly this job or study."),
    )
    why = models.CharField(
        _("why this signpost"),
        max_length=160,
        blank=True,
        help_text=_(
            "One line under the signpost saying why it fits this video, e.g. 'training to "
            "become a welder'."
        ),
    )

    panels = [FieldPanel("signpost"), FieldPanel("deep_link"), FieldPanel("why")]

    class Meta(Orderable.Meta):
        verbose_name = _("signpost link")
        verbose_name_plural = _("signpost links")

    @property
    def url(self):
        return self.deep_link or self.signpost.url

    @property
    def description(self):
        return self.why or self.signpost.description


class RelatedVideo(PageInline, Orderable):
    page = ParentalKey(
        "videos.VideoPage", related_name="related_video_links", on_delete=models.CASCADE
    )
    video = models.ForeignKey(
        "videos.VideoPage",
        verbose_name=_("video"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A video shown under 'More #STEMhelden' on this video's page, in this order."),
    )

    panels = [PageChooserPanel("video", "videos.VideoPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related video")
        verbose_name_plural = _("related videos")
