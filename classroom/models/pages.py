"""The teachers' browse (ClassroomIndexPage) and one piece of classroom material for a video."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from classroom.ages import MAX_AGE, MIN_AGE
from classroom.blocks import LessonBlock
from classroom.filters import ClassroomMaterialFilterSet
from classroom.qr import qr_svg
from classroom.structured_data import learning_resource
from selftest.links import teacher_note_link
from stemhub.browse import BrowseIndexPage
from stemhub.models import ListingMixin, PageInline
from stemhub.page_relations import page_children, page_terms
from stemhub.prepared_queries import PreparedQuery
from stemhub.queries import public_q
from stemhub.search.documents import SearchDocument, rows

AGE_VALIDATORS = [MinValueValidator(6), MaxValueValidator(18)]
POSTER_RENDITIONS = ("fill-400x225|format-webp", "fill-800x450|format-webp")


def poster_renditions():
    return get_image_model().get_rendition_model().objects.filter(filter_spec__in=POSTER_RENDITIONS)


class ClassroomIndexPage(BrowseIndexPage):
    """The teachers' browse: all classroom material, filtered by age, domain, target …"""

    subpage_types = ["classroom.ClassroomMaterialPage"]
    filterset_class = ClassroomMaterialFilterSet
    results_name = "materials"
    feed_title = _("New classroom material")

    class Meta:
        verbose_name = _("classroom overview")
        verbose_name_plural = _("classroom overviews")

    def browse_queryset(self):
        """Live, public material below this page, with its video, poster and domains."""
        return (
            ClassroomMaterialPage.objects.live()
            .descendant_of(self)
            .filter(public_q())  # `.public()` would cost a query of its own
            .select_related("video", "video__poster")
            .prefetch_related(
                "stem_domains",
                Prefetch(
                    "video__poster__renditions",
                    queryset=poster_renditions(),
                    to_attr="prefetched_renditions",
                ),
            )
            .annotate(has_worksheet=Exists(Worksheet.objects.filter(page=OuterRef("pk"))))
            .order_by("-first_published_at", "-pk")
        )

    def card_queryset(self):
        """A card shows the video's poster, not the video's other columns (a page's hundred),
        nor the lesson itself (a stream in every language, parsed for every row). The API's
        lessons link their video (its title, address and state) and read `browse_queryset()`."""
        video = ClassroomMaterialPage._meta.get_field("video").related_model
        unshown = [
            f"video__{field.name}"
            for field in video._meta.concrete_fields
            if field.name not in {"id", "page_ptr", "poster"}
        ]
        return self.browse_queryset().defer("lesson", *unshown)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["self_test_note"] = teacher_note_link(request)
        return context


class ClassroomMaterialPage(ListingMixin, Page):
    """A lesson built around one video: what to do, for whom, how long, and which targets."""

    video = models.ForeignKey(
        "videos.VideoPage",
        verbose_name=_("video"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="classroom_materials",
        help_text=_("The #STEMhelden video this lesson is built around."),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("Two or three sentences: what do pupils do and learn?"),
    )
    subject = models.CharField(
        _("subject"),
        max_length=100,
        blank=True,
        help_text=_("The school subject, e.g. 'Science and technology' or 'Mathematics'."),
    )
    min_age = models.PositiveSmallIntegerField(
        _("youngest age"),
        default=MIN_AGE,
        validators=AGE_VALIDATORS,
        help_text=_(
            "The youngest pupils the lesson suits; shown as 'from … to … years' and used by the "
            "age filter."
        ),
    )
    max_age = models.PositiveSmallIntegerField(
        _("oldest age"),
        default=MAX_AGE,
        validators=AGE_VALIDATORS,
        help_text=_("The oldest pupils the lesson suits; leave equal to the youngest for one age."),
    )
    school_levels = ParentalManyToManyField(
        "classroom.SchoolLevel",
        verbose_name=_("school levels"),
        blank=True,
        related_name="materials",
        help_text=_(
            "The school years the lesson fits; teachers filter the classroom overview on them."
        ),
    )
    stem_domains = ParentalManyToManyField(
        "classroom.StemDomain",
        verbose_name=_("STEM domains"),
        blank=True,
        related_name="materials",
        help_text=_(
            "Science, technology, engineering or mathematics: shown on the lesson card and used "
            "by the domain filter."
        ),
    )
    duration = models.PositiveSmallIntegerField(
        _("activity duration in minutes"),
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("How long the whole activity takes in class."),
    )
    attainment_targets = ParentalManyToManyField(
        "classroom.AttainmentTarget",
        verbose_name=_("attainment targets"),
        blank=True,
        related_name="materials",
        help_text=_(
            "The attainment targets (eindtermen) the lesson works on; listed on the lesson page "
            "and its print sheet."
        ),
    )
    lesson = StreamField(
        LessonBlock(),
        verbose_name=_("lesson idea"),
        blank=True,
        help_text=_(
            "The lesson itself, in steps teachers follow in class; printed on the lesson's A4 "
            "sheet."
        ),
    )

    content_panels = Page.content_panels + [
        PageChooserPanel("video", "videos.VideoPage"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldPanel("school_levels"),
                FieldRowPanel([FieldPanel("subject"), FieldPanel("duration")]),
                FieldPanel("stem_domains"),
                FieldPanel("attainment_targets"),
            ],
            heading=_("For whom, how long, which targets"),
        ),
        FieldPanel("lesson"),
        InlinePanel("worksheets", heading=_("Worksheets"), label=_("Worksheet")),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("subject"),
        index.FilterField("duration"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("subject"),
        APIField("min_age"),
        APIField("max_age"),
        APIField("duration"),
        APIField("video"),
        APIField("school_levels"),
        APIField("stem_domains"),
        APIField("attainment_targets"),
    ]

    parent_page_types = ["classroom.ClassroomIndexPage"]
    subpage_types = []
    search_kind = "lesson"

    class Meta:
        verbose_name = _("classroom material")
        verbose_name_plural = _("classroom material")

    def search_document(self):
        """The site search's view of this lesson in the active language (stemhub.search)."""
        keywords = [self.subject, self.video.title if self.video else ""]
        for name in ("stem_domains", "school_levels"):
            keywords += [term.name for term in rows(self, name, getattr(self, name).all)]
        targets = [
            f"{t.code} {t.description}"
            for t in rows(self, "attainment_targets", self.attainment_targets.all)
        ]
        lesson_text = self._meta.get_field("lesson").get_searchable_content(self.lesson)
        return SearchDocument(
            title=self.title, summary=self.intro, keywords=keywords, body=[*lesson_text, *targets]
        )

    def clean(self):
        super().clean()
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError(
                {"max_age": _("The oldest age cannot be lower than the youngest age.")}
            )

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description or self.intro

    # Sharing and search engines (stemhub.seo).
    og_type = "article"
    embeddable = True  # other sites may show it in a frame (opendata: oEmbed, the card)

    def share_image_source(self):
        video = self.live_video()
        return self.listing_image or (video.poster if video else None), False

    def structured_data(self, request, context, shared):
        return learning_resource(self, request, context, shared)

    @property
    def age_range(self):
        if self.min_age == self.max_age:
            return str(self.min_age)
        return f"{self.min_age}–{self.max_age}"

    def live_video(self):
        """The video, if visitors can see it; a draft or private video is not linked.

        Worked out once for the video object the page holds and its `live` (a new video after
        `refresh_from_db`, an unpublished one): the page head's share image and the page body
        both ask, and the video's view restrictions cost two queries, so they are read once per
        page object and video (a restriction added since is seen by the next request's page).
        """
        video = self.video
        if video is None:
            return None
        checked_video, checked_live, shown = getattr(self, "_checked_video", (None, None, None))
        if checked_video is not video or checked_live != video.live:
            visible = video.live and not video.get_view_restrictions().exists()
            shown = video if visible else None
            self._checked_video = (video, video.live, shown)
        return shown

    def worksheet_list(self):
        """Worksheets in the visitor's language or for any language; all of them if none match."""
        worksheets = page_children(self, "worksheets", "document")
        language = translation.get_language() or "nl"
        matching = [w for w in worksheets if w.language in ("", language)]
        return matching or worksheets

    def signpost_list(self, video):
        if video is None:
            return []
        return page_children(video, "signposts", "signpost")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        video = self.live_video()
        index_page = classroom_above(self)
        video_full_url = video.get_full_url(request) if video else ""
        context.update(
            video=video,
            video_full_url=video_full_url,
            video_qr_svg=qr_svg(video_full_url, title=video.title if video else ""),
            worksheets=self.worksheet_list(),
            attainment_targets=page_terms(self, "attainment_targets"),
            stem_domains=page_terms(self, "stem_domains"),
            school_levels=page_terms(self, "school_levels"),
            signposts=self.signpost_list(video),
            browse_url=index_page.get_url(request) if index_page else "",
            self_test_note=teacher_note_link(request),
        )
        return context


def ancestors_of(page):
    """The values of Wagtail's `ancestor_of(page)`: the paths above the page (its own among
    them) and its id."""
    steps = range(page.steplen, len(page.path) + 1, page.steplen)
    return {"paths": [page.path[:end] for end in steps], "pk": page.pk}


def live_classroom_above(paths, pk):
    """What `ClassroomIndexPage.objects.ancestor_of(page).live().first()` reads."""
    return ClassroomIndexPage.objects.filter(Q(path__in=paths) & ~Q(pk=pk)).live()[:1]


# Every lesson page links its overview: the query's SQL compiled once per depth and language
# (stemhub.prepared_queries), not at every render.
prepared_live_classroom_above = PreparedQuery(live_classroom_above)


def classroom_above(page):
    """The live classroom overview above the page, or None. A page not saved yet (a preview on
    create) has no id for the prepared query: Django's queryset reads it, as before."""
    query = live_classroom_above if page.pk is None else prepared_live_classroom_above
    return next(iter(query(**ancestors_of(page))), None)


class Worksheet(PageInline, Orderable):
    """A downloadable worksheet (a Wagtail document), optionally in one language only."""

    class Language(models.TextChoices):
        ANY = "", _("Any language")
        DUTCH = "nl", _("Dutch")
        ENGLISH = "en", _("English")

    page = ParentalKey(ClassroomMaterialPage, related_name="worksheets", on_delete=models.CASCADE)
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The PDF teachers download from the lesson page; name it in the label below."),
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_("e.g. 'Worksheet for pupils'; the document title is used when empty."),
    )
    language = models.CharField(
        _("language of the worksheet"),
        max_length=2,
        choices=Language.choices,
        blank=True,
        default="",
        help_text=_("Visitors see the worksheets in their language, and those for any language."),
    )

    panels = [FieldPanel("document"), FieldPanel("label"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("worksheet")
        verbose_name_plural = _("worksheets")

    def __str__(self):
        return self.display_label

    @property
    def display_label(self):
        return self.label or self.document.title

    @property
    def file_type(self):
        return self.document.file_extension.upper()

    @property
    def size(self):
        """File size in bytes, read from storage once if Wagtail did not record it."""
        return self.document.get_file_size() or 0
