"""The parents' browse (VideoIndexPage) and one #STEMhelden video (VideoPage) with its inlines."""

import datetime
from urllib.parse import quote

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Prefetch, Q, prefetch_related_objects
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from stemhub.browse import BrowseIndexPage
from stemhub.browse.feeds import FeedLink
from stemhub.browse.pages import unshown_columns
from stemhub.models import ListingMixin
from stemhub.models.fields import optional_image
from stemhub.page_relations import page_children, page_terms
from stemhub.pagecache.derived import remembered
from stemhub.prepared_queries import PreparedQuery
from stemhub.queries import images_with_renditions, public_q
from stemhub.search.documents import SearchDocument, rows
from videos.filters import VideoFilterSet
from videos.structured_data import video_object
from videos.video_source import parse_video_url, validate_video_url

# Rendition specs used by the templates; prefetched together so a card costs no extra query.
CARD_RENDITIONS = ("fill-400x225|format-webp", "fill-800x450|format-webp")
PLAYER_RENDITIONS = ("fill-640x360|format-webp", "fill-1280x720|format-webp")
HERO_PHOTO_RENDITIONS = ("fill-160x160|format-webp", "fill-320x320|format-webp")
LOGO_RENDITIONS = ("max-160x80|format-webp",)


def current_year():
    return datetime.date.today().year


# The order of the video cards, newest first: the browse page, the related videos' candidates,
# a partner's videos, the self-test's candidates.
VIDEO_CARD_ORDER = ("-year", "-first_published_at", "-pk")


def live_public_videos():
    return VideoPage.objects.live().filter(public_q())


def first_live_reporters_page():
    """What `.first()` reads of the live "our reporters" pages (the model is looked up by name:
    it lives in videos.models.reporters, which builds on this module)."""
    return apps.get_model("videos", "ReporterIndexPage").objects.live()[:1]


# Every video page with a reporter runs it: its SQL compiled once (stemhub.prepared_queries).
prepared_first_live_reporters_page = PreparedQuery(first_live_reporters_page)


def card_columns(videos):
    """A card (and the feed) shows the video's poster, length, year, texts and sectors and
    its company's name: the transcripts, the video's source and the company's other columns
    stay unread (the company is selected with it)."""
    return videos.select_related("company").defer(
        *unshown_columns(
            VideoPage,
            [
                *("listing_summary", "listing_image", "intro"),
                *("poster", "duration", "year", "company"),
            ],
            own_only=True,
        ),
        # videos never imports partners (see "Layers"): the company's model by its field
        *unshown_columns(
            VideoPage._meta.get_field("company").related_model, ["title"], relation="company"
        ),
    )


def other_video_cards(pk):
    """Live, public videos but this one, with the columns of a card."""
    return card_columns(live_public_videos().exclude(pk=pk))


def video_cards_by_id(pk, ids):
    """The related videos once ranked (`VideoPage.related_videos`), in no particular order."""
    return other_video_cards(pk).filter(pk__in=ids)


def video_cards_near(limit, pk, sector_ids=()):
    """The candidates for the `limit` related videos (`VideoPage._sector_neighbours`): the
    newest `limit` others and the `limit` that share most of these sectors."""
    others = live_public_videos().exclude(pk=pk)
    condition = Q(pk__in=others.order_by(*VIDEO_CARD_ORDER).values("pk")[:limit])
    if sector_ids:
        condition |= Q(
            pk__in=others.filter(sectors__in=sector_ids)
            .values("pk")
            .annotate(shared=Count("pk"))
            .order_by("-shared", *VIDEO_CARD_ORDER)
            .values("pk")[:limit]
        )
    return other_video_cards(pk).filter(condition)


# Every video page reads one of them: their SQL compiled once per shape and language
# (stemhub.prepared_queries), the cards' sectors and posters prefetched on the list.
prepared_video_cards_by_id = PreparedQuery(video_cards_by_id)
prepared_video_cards_near = PreparedQuery(video_cards_near)


def video_cards(query, *shape, pk, **values):
    """The cards a prepared query reads for the video page `pk`. A page not saved yet (a preview
    on create) has no id for it: Django's queryset reads them, as before."""
    if pk is None:
        return list(query.build(*shape, pk=pk, **values))
    return query(*shape, pk=pk, **values)


def with_card_relations(videos):
    """The videos, their sectors and posters (with the cards' renditions) fetched at once."""
    prefetch_related_objects(
        videos, "sectors", Prefetch("poster", queryset=images_with_renditions(*CARD_RENDITIONS))
    )
    return videos


def reporters_page_url(request):
    """The "our reporters" page's address, or ""."""
    pages = prepared_first_live_reporters_page()
    return pages[0].get_url(request) if pages else ""


class VideoIndexPage(BrowseIndexPage):
    """The parents' browse: every video below it, filtered by sector, profile, company, year."""

    subpage_types = ["videos.VideoPage"]
    filterset_class = VideoFilterSet
    results_name = "videos"
    feed_title = _("New videos")

    class Meta:
        verbose_name = _("video overview")
        verbose_name_plural = _("video overviews")

    def browse_queryset(self):
        """Live, public videos below this page with everything a card needs, newest first."""
        return (
            live_public_videos()
            .descendant_of(self)
            .select_related("company")
            .prefetch_related(
                "sectors",
                Prefetch("poster", queryset=images_with_renditions(*CARD_RENDITIONS)),
            )
            .order_by(*VIDEO_CARD_ORDER)
        )

    def card_queryset(self):
        """The cards and the feed read `card_columns()`; the open-data API reads
        `browse_queryset()`."""
        return card_columns(self.browse_queryset())


class VideoPage(ListingMixin, Page):
    """One #STEMhelden video: two heroes, their company, their sector, and the next steps."""

    class Provider(models.TextChoices):
        YOUTUBE = "youtube", "YouTube"
        VIMEO = "vimeo", "Vimeo"

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("Two or three sentences: what problem do the heroes solve together?"),
    )
    video_url = models.URLField(
        _("YouTube or Vimeo address"),
        max_length=300,
        blank=True,
        validators=[validate_video_url],
        help_text=_(
            "Paste the address of the video on YouTube or Vimeo. Visitors load it from there "
            "only after they press play (youtube-nocookie.com, Vimeo with 'do not track')."
        ),
    )
    video_provider = models.CharField(
        _("video host"), max_length=10, choices=Provider.choices, blank=True, editable=False
    )
    video_id = models.CharField(_("video id"), max_length=40, blank=True, editable=False)
    is_placeholder = models.BooleanField(
        _("placeholder video (demo)"),
        default=False,
        help_text=_("The video address is a stand-in; the page says so to visitors."),
    )
    video_file = models.FileField(
        _("uploaded video (MP4)"),
        upload_to="videos/files/",
        blank=True,
        validators=[FileExtensionValidator(["mp4"])],
        help_text=_("Instead of YouTube or Vimeo: an MP4 file served from this site."),
    )
    captions = models.FileField(
        _("captions (WebVTT)"),
        upload_to="videos/captions/",
        blank=True,
        validators=[FileExtensionValidator(["vtt"])],
        help_text=_("Caption file for the uploaded video, one per language (.vtt)."),
    )
    poster = optional_image(
        _("poster image"),
        help_text=_("Shown before the video plays and on cards; 16:9 works best."),
    )
    duration = models.PositiveIntegerField(
        _("duration in seconds"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(36_000)],
        help_text=_(
            "The video's length in seconds, e.g. 200 for 3:20. Shown on the card and used by "
            "the 'Length' filter."
        ),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_(
            "Everything said in the video, as plain text. Shown under the player for who cannot "
            "or will not listen, and found by the search."
        ),
    )
    series = models.PositiveSmallIntegerField(
        _("series"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_("1 for the first series (2020), 2 for the second (2021) …"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        default=current_year,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_(
            "The year the video was recorded; shown on the video page and its card, and used by "
            "the 'Year' filter."
        ),
    )
    company = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("company or organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="videos",
        help_text=_(
            "The partner the reporters visited; the video page links to it and the partner's "
            "page lists this video."
        ),
    )
    sectors = ParentalManyToManyField(
        "taxonomy.Sector",
        verbose_name=_("sectors"),
        blank=True,
        related_name="videos",
        help_text=_(
            "The fields of work the video shows; visitors find it under these sectors in the "
            "browse filters."
        ),
    )
    reporter = models.ForeignKey(
        "videos.Reporter",
        verbose_name=_("child reporter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="videos",
        help_text=_("The child who asks the questions; shown as 'Reporter: Lotte, 11'."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("video_url"),
                FieldPanel("is_placeholder"),
                FieldRowPanel([FieldPanel("video_file"), FieldPanel("captions")]),
                FieldPanel("poster"),
                FieldPanel("duration"),
            ],
            heading=_("The video"),
        ),
        FieldPanel("transcript"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("series"), FieldPanel("year")]),
                FieldPanel("company"),
                FieldPanel("sectors"),
                FieldPanel("reporter"),
            ],
            heading=_("Series, company and sectors"),
        ),
        InlinePanel("heroes", heading=_("The two heroes"), label=_("Hero"), max_num=2),
        InlinePanel("signposts", heading=_("Signposts: the next step"), label=_("Signpost")),
        InlinePanel("related_video_links", heading=_("Related videos"), label=_("Video")),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("transcript"),
        index.FilterField("year"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("video_provider"),
        APIField("video_id"),
        APIField("duration"),
        APIField("series"),
        APIField("year"),
        APIField("poster"),
        APIField("sectors"),
    ]

    parent_page_types = ["videos.VideoIndexPage"]
    subpage_types = []
    search_kind = "video"

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def search_document(self):
        """The site search's view of this video in the active language (stemhub.search)."""
        heroes = rows(
            self, "heroes", lambda: self.heroes.select_related("profile_type", "education_route")
        )
        keywords = [self.company.title if self.company else ""]
        keywords += [sector.name for sector in rows(self, "sectors", self.sectors.all)]
        for hero in heroes:
            keywords += [hero.name, hero.job_title, hero.studies]
            keywords += [term.name for term in (hero.profile_type, hero.education_route) if term]
        return SearchDocument(
            title=self.title,
            summary=self.intro,
            keywords=keywords,
            body=[hero.quote for hero in heroes] + [self.transcript],
        )

    def clean(self):
        super().clean()
        if self.video_url and self.video_file:
            raise ValidationError(
                {
                    "video_file": _(
                        "Choose one: a YouTube or Vimeo address, or an uploaded MP4 file."
                    )
                }
            )
        self._set_source()

    def _set_source(self):
        """Keep provider and id in step with the address; the field validator reports errors."""
        try:
            source = parse_video_url(self.video_url) if self.video_url else None
        except ValidationError:
            source = None
        self.video_provider = source.provider if source else ""
        self.video_id = source.video_id if source else ""

    @property
    def source(self):
        if not self.video_url:
            return None
        try:
            return parse_video_url(self.video_url)
        except ValidationError:
            return None

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description or self.intro

    # Sharing and search engines (stemhub.seo).
    og_type = "video.other"
    embeddable = True  # other sites may show it in a frame (opendata: oEmbed, the card)

    def share_image_source(self):
        return self.poster or self.listing_image, False

    def structured_data(self, request, context, shared):
        return video_object(self, request, shared)

    @property
    def duration_display(self):
        """3:05 for 185 seconds."""
        if not self.duration:
            return ""
        minutes, seconds = divmod(self.duration, 60)
        return f"{minutes}:{seconds:02d}"

    def hero_list(self):
        photos = Prefetch("photo", queryset=images_with_renditions(*HERO_PHOTO_RENDITIONS))
        return page_children(self, "heroes", "education_route", "profile_type", prefetch=[photos])

    def signpost_list(self):
        logos = Prefetch("signpost__logo", queryset=images_with_renditions(*LOGO_RENDITIONS))
        return page_children(self, "signposts", "signpost", prefetch=[logos])

    def related_videos(self, sectors, limit=3):
        """The editors' choice; without one, videos that share a sector, else the newest."""
        chosen = list(self.related_video_links.values_list("video_id", flat=True))
        if chosen:
            cards = video_cards(prepared_video_cards_by_id, pk=self.pk, ids=chosen)
            by_id = {video.pk: video for video in cards}
            return with_card_relations([by_id[pk] for pk in chosen if pk in by_id][:limit])
        return self._sector_neighbours({sector.pk for sector in sectors}, limit)

    def _sector_neighbours(self, sector_ids, limit):
        """The `limit` videos sharing the most sectors, newest first among equals, filled up
        with the newest others: in one query whatever the number of videos, and worked out once
        per cache generation (stemhub.pagecache.derived).

        Only two LIMITed subqueries touch the whole catalogue (the best `limit` sharing a
        sector, counted over the sector links alone, and the newest `limit`); their union, at
        most 2 × limit videos, is fetched card-ready and ranked here (`video_cards_near`). The
        newest others are among the newest `limit` overall, so the union always holds the
        right ones.
        """

        def rank(video):
            shared = sum(1 for sector in video.sectors.all() if sector.pk in sector_ids)
            published = video.first_published_at.timestamp() if video.first_published_at else 0
            return (-shared, -video.year, -published, -video.pk)

        ranked = []

        def ranked_ids():
            # The candidates are read only when the ranking is worked out, not on a cache hit.
            values = {"pk": self.pk}
            if sector_ids:
                values["sector_ids"] = sorted(sector_ids)
            candidates = video_cards(prepared_video_cards_near, limit, **values)
            ranked.extend(sorted(with_card_relations(candidates), key=rank)[:limit])
            return [video.pk for video in ranked]

        # The ranking reads every video sharing a sector: once per cache generation (any
        # publish starts a new one), then the cards come by id, in as many queries.
        ids = remembered("related-videos", [self.pk, limit, *sorted(sector_ids)], ranked_ids)
        if ranked:
            return ranked
        cards = video_cards(prepared_video_cards_by_id, pk=self.pk, ids=ids)
        by_id = {video.pk: video for video in cards}
        return with_card_relations([by_id[pk] for pk in ids if pk in by_id])

    def share_links(self, request):
        url = self.get_full_url(request)
        text = f"{self.title} #STEMhelden"
        return [
            ("email", _("Email"), f"mailto:?subject={quote(text)}&body={quote(url)}"),
            ("whatsapp", "WhatsApp", f"https://wa.me/?text={quote(text + ' ' + url)}"),
            ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={quote(url)}"),
            (
                "linkedin",
                "LinkedIn",
                f"https://www.linkedin.com/sharing/share-offsite/?url={quote(url)}",
            ),
        ]

    def caption_tracks(self):
        """One <track> per language that has a caption file; the page's language is default."""
        current = translation.get_language()
        tracks = []
        for code, name in settings.LANGUAGES:
            caption = getattr(self, f"captions_{code}", None)
            if caption:
                with translation.override(code):
                    label = str(name)
                tracks.append(
                    {
                        "language": code,
                        "label": label,
                        "url": caption.url,
                        "default": code == current,
                    }
                )
        return tracks

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A video always sits directly below the browse page (parent_page_types), so its URL
        # is the video's URL minus the last segment: no query needed.
        url = self.get_url(request) or ""
        browse_url = url.rstrip("/").rsplit("/", 1)[0] + "/" if url else ""
        sectors = page_terms(self, "sectors")
        sector_links = [(sector, f"{browse_url}?sector={quote(sector.slug)}") for sector in sectors]
        context.update(
            source=self.source,
            heroes=self.hero_list(),
            signposts=self.signpost_list(),
            sector_links=sector_links,
            related_videos=self.related_videos(sectors),
            share_links=self.share_links(request),
            browse_url=browse_url,
            reporter=self.reporter,
            reporters_url=reporters_page_url(request) if self.reporter_id else "",
            caption_tracks=self.caption_tracks() if self.video_file else [],
            feed_links=[FeedLink(str(VideoIndexPage.feed_title), f"{browse_url}feed/")]
            if browse_url
            else [],
        )
        return context


def keep_source_in_step(sender, instance, raw=False, **kwargs):
    """Every save of a video page (a draft too) stores provider and id for its address: a
    `pre_save` receiver, not a `save()` of its own, which wagtail-modeltranslation would wrap a
    second time around the wrapped Page.save (its slug/url_path comparison, reading the page
    again, and its site-root query, twice on every save of a video)."""
    if not raw:
        instance._set_source()
