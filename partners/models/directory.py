"""Partner companies and organisations: the directory and each partner's page."""

from django.db import models
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from partners.choices import PartnerKind
from partners.filters import PartnerFilterSet
from partners.structured_data import organization
from stemhub.browse import BrowseIndexPage
from stemhub.models import ListingMixin
from stemhub.models.fields import optional_image
from stemhub.page_relations import page_children, page_terms
from stemhub.queries import images_with_renditions, public_q
from stemhub.search.documents import SearchDocument, rows
from stemhub.seo.text import text_of
from videos.models.pages import VIDEO_CARD_ORDER

LOGO_RENDITIONS = ("max-160x80|format-webp", "max-320x160|format-webp")
POSTER_RENDITIONS = ("fill-400x225|format-webp", "fill-800x450|format-webp")

# The submission form's address differs per language (DESIGN.md, URL contract).
SUBMIT_ROUTES = {"nl": "video-indienen", "en": "submit-video"}


class PartnerIndexPage(BrowseIndexPage):
    """The partner directory, and the home of the public video submission form."""

    submission_intro = RichTextField(
        _("introduction to the video submission form"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "The text above the video submission form: what partners may send and what happens "
            "next."
        ),
    )
    privacy_notice_url = models.URLField(
        _("privacy notice address"),
        blank=True,
        help_text=_("Linked from the submission form's privacy confirmation."),
    )

    content_panels = BrowseIndexPage.content_panels + [
        FieldPanel("submission_intro"),
        FieldPanel("privacy_notice_url"),
    ]

    subpage_types = ["partners.PartnerPage"]
    filterset_class = PartnerFilterSet
    results_name = "partners"
    results_per_page = 24
    browse_in_page_context = False  # the form routes render this page too; only "" browses

    class Meta:
        verbose_name = _("partner directory")
        verbose_name_plural = _("partner directories")

    def browse_queryset(self):
        return (
            PartnerPage.objects.child_of(self)
            .live()
            .filter(public_q())
            .prefetch_related(
                "sectors", Prefetch("logo", queryset=images_with_renditions(*LOGO_RENDITIONS))
            )
            .order_by("title")
        )

    @path("")
    def directory(self, request):
        context = self.browse_context(request)
        context["submit_url"] = self.submit_url(request)
        return self.render(request, context_overrides=context)

    def submit_url(self, request=None, language=None):
        language = language or translation.get_language() or "nl"
        route = SUBMIT_ROUTES.get(language, SUBMIT_ROUTES["nl"])
        with translation.override(language):
            base = self.get_url(request)
        return f"{base}{route}/" if base else ""

    # The form's views (partners.views) import the models, so the models do not import them:
    # PartnersConfig.ready() registers them here (register_submission_views).
    submission_views = {}

    @classmethod
    def register_submission_views(cls, *, submit, status):
        cls.submission_views = {"submit": submit, "status": status}

    @path("video-indienen/", name="submit_video_nl")
    @path("submit-video/", name="submit_video_en")
    def submit_video(self, request):
        return self.submission_views["submit"](request, self)

    @path("video-indienen/status/<str:token>/", name="submission_status_nl")
    @path("submit-video/status/<str:token>/", name="submission_status_en")
    def submission_status(self, request, token):
        return self.submission_views["status"](request, self, token)


def live_public_newest_first(videos):
    return videos.live().filter(public_q()).order_by(*VIDEO_CARD_ORDER)


def live_public_by_title(initiatives):
    return initiatives.live().filter(public_q()).order_by("title")


class PartnerPage(ListingMixin, Page):
    """A company or organisation that takes part: its videos and initiatives link here."""

    Kind = PartnerKind

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.COMPANY,
        help_text=_(
            "Company, school, organisation …: shown on the partner's card and used by the "
            "directory's filter."
        ),
    )
    logo = optional_image(
        _("logo"), help_text=_("The partner's logo on its card and page, and beside its videos.")
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The partner's own site (https://…), linked from its page."),
    )
    short_description = models.CharField(
        _("short description"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences on the partner's card in the directory."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("The main text of the partner's page: what they do and why they take part."),
    )
    sectors = ParentalManyToManyField(
        "taxonomy.Sector",
        verbose_name=_("sectors"),
        blank=True,
        help_text=_("The partner's fields of work; visitors filter the directory on them."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("short_description"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("sectors"),
        FieldPanel("description"),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    search_fields = Page.search_fields + [
        index.SearchField("short_description"),
        index.SearchField("description"),
    ]
    # The read-only API (/api/v2/pages/?type=partners.PartnerPage&fields=*).
    api_fields = [
        APIField(name)
        for name in ("kind", "short_description", "description", "website", "logo", "sectors")
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []
    search_kind = "partner"

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def search_document(self):
        """The site search's view of this partner in the active language (stemhub.search)."""
        sectors = rows(self, "sectors", self.sectors.all)
        keywords = [str(self.get_kind_display())] + [sector.name for sector in sectors]
        return SearchDocument(
            title=self.title,
            summary=self.short_description,
            keywords=keywords,
            body=[self.description],
        )

    def search_dependents(self):
        """Videos and initiatives name their company or organisation: index them again."""
        return [*self.videos.all(), *self.initiatives.all()]

    # Sharing and search engines (stemhub.seo).
    def description_source(self):
        return [self.short_description, self.listing_summary, text_of(self, "description")]

    def share_image_source(self):
        if self.listing_image_id:
            return self.listing_image, False
        return self.logo, True

    def structured_data(self, request, context, shared):
        return organization(self, request, context, shared)

    def video_list(self):
        """This partner's live videos, posters and their renditions fetched together."""
        posters = Prefetch("poster", queryset=images_with_renditions(*POSTER_RENDITIONS))
        return page_children(self, "videos", narrow=live_public_newest_first, prefetch=[posters])

    def initiative_list(self):
        """The live initiatives this partner runs."""
        return page_children(self, "initiatives", narrow=live_public_by_title)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["videos"] = self.video_list()
        context["initiatives"] = self.initiative_list()
        context["sectors"] = page_terms(self, "sectors")
        directory = self.get_parent().specific
        context["submit_url"] = (
            directory.submit_url(request) if isinstance(directory, PartnerIndexPage) else ""
        )
        return context
