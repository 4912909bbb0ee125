"""The hub of Flemish STEM initiatives: the browse page and one page per initiative."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from initiatives.choices import PUBLIC_INTEREST_STATUSES, InitiativeStatus, PartnerRole
from initiatives.filters import InitiativeFilterSet
from initiatives.public_csv import write_public_csv
from initiatives.sent_notices import sent_notice, sent_url
from initiatives.structured_data import project
from stemhub.browse import BrowseIndexPage
from stemhub.browse.pages import unshown_columns
from stemhub.models import ListingMixin, PageInline
from stemhub.models.fields import optional_image
from stemhub.page_relations import page_children, page_terms
from stemhub.queries import public_q
from stemhub.search.documents import SearchDocument, rows
from stemhub.see_other import see_other
from stemhub.seo.text import text_of
from videos.models import VideoPage

from .form_routes import FormRoutesMixin

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]
# The record's long texts, after the EU STEM Coalition database (translated, in the API).
RECORD_TEXTS = ("abstract", "description", "kpis", "strategy", "impact", "reach", "budget")


class InitiativeIndexPage(FormRoutesMixin, BrowseIndexPage):
    """The browse: facets, free text, sorting, pagination and an open-data CSV download."""

    subpage_types = ["initiatives.InitiativePage"]
    filterset_class = InitiativeFilterSet
    feed_title = _("New initiatives")
    browse_in_page_context = False  # the proposal form's routes render this page too

    class Meta:
        verbose_name = _("initiative overview")
        verbose_name_plural = _("initiative overviews")

    def initiatives(self):
        """Every live initiative a visitor may see here.

        Like `.public()`, but the view restrictions are checked in the same SQL statement
        instead of a query of their own, to keep the browse inside its query budget.
        """
        return (
            InitiativePage.objects.live()
            .descendant_of(self)
            .filter(public_q())
            .select_related("organisation", "record_type")
        )

    def browse_queryset(self):
        return self.initiatives().prefetch_related(
            "regions",
            Prefetch("image", queryset=get_image_model().objects.prefetch_renditions()),
        )

    def card_queryset(self):
        """A card (and the feed) shows the initiative's type, state, start, texts, image and
        regions and its organisation's name: the long texts (abstract, description, impact …)
        and the organisation's other columns stay unread. The CSV reads `initiatives()`."""
        return self.browse_queryset().defer(
            *unshown_columns(
                InitiativePage,
                [
                    *("listing_summary", "listing_image", "summary", "record_type"),
                    *("status", "year_started", "image", "organisation"),
                ],
                own_only=True,
            ),
            *unshown_columns(
                InitiativePage._meta.get_field("organisation").related_model,
                ["title"],
                relation="organisation",
            ),
        )

    @path("")
    def browse(self, request):
        context = self.browse_context(request)
        query = context["filterset"].query_string()
        query_suffix = f"?{query}" if query else ""
        base_url = self.get_url(request)
        context["csv_url"] = base_url + self.reverse_subpage("csv") + query_suffix
        context["excel_csv_url"] = base_url + self.reverse_subpage("csv_excel") + query_suffix
        context["propose_url"] = self.propose_url(request)
        return self.render(request, context_overrides=context)

    @path("csv/", name="csv")
    def csv_download(self, request):
        """The current filtered list as open data (the same filters as the page, no paging)."""
        return self._csv_response(request, "stem-initiatives.csv", delimiter=",")

    @path("csv-excel/", name="csv_excel")
    def csv_excel_download(self, request):
        """The same list for Excel with Belgian settings, which splits columns on semicolons."""
        return self._csv_response(request, "stem-initiatives-excel.csv", delimiter=";")

    def _csv_response(self, request, filename, delimiter):
        filterset = self.filterset_class(request.GET or None, queryset=self.initiatives())
        initiatives = filterset.qs.prefetch_related(
            "regions", "target_groups", "education_levels", "sectors", "languages"
        )
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        write_public_csv(response, initiatives, request, delimiter=delimiter)
        return response


# The vocabularies the page's key facts list.
FACT_VOCABULARIES = ("regions", "languages", "target_groups", "education_levels", "sectors")


class InitiativePage(ListingMixin, Page):
    """One initiative, after the EU STEM Coalition database record."""

    organisation = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
        help_text=_("The organisation that runs the initiative."),
    )
    record_type = models.ForeignKey(
        "initiatives.RecordType",
        verbose_name=_("record type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
        help_text=_("Initiative, programme, study, network or event."),
    )
    languages = ParentalManyToManyField(
        "initiatives.Language",
        verbose_name=_("languages"),
        blank=True,
        related_name="initiatives",
        help_text=_("The languages the initiative works or publishes in."),
    )
    source_author = models.CharField(
        _("source / author"),
        max_length=200,
        blank=True,
        help_text=_(
            "Who wrote or published the information on this page; shown under 'Source / author'."
        ),
    )
    country = models.CharField(
        _("country"),
        max_length=100,
        blank=True,
        help_text=_(
            "Where the initiative runs, if outside Belgium; shown on the page and used by the "
            "country filter."
        ),
    )
    regions = ParentalManyToManyField(
        "initiatives.Region",
        verbose_name=_("regions"),
        blank=True,
        related_name="initiatives",
        help_text=_(
            "The Flemish provinces or regions where it runs; visitors filter the overview on them."
        ),
    )
    summary = models.CharField(
        _("short summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences, shown on cards and in the CSV."),
    )
    abstract = models.TextField(
        _("abstract"),
        blank=True,
        help_text=_(
            "A longer summary in plain text, shown at the top of the initiative page under the "
            "title."
        ),
    )
    description = RichTextField(
        _("description and objectives"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "What the initiative does, for whom and how; the main text of the initiative page."
        ),
    )
    kpis = RichTextField(
        _("KPIs and how they are measured"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "The measurable goals and how they are measured; shown under 'KPIs and how they are "
            "measured'."
        ),
    )
    strategy = RichTextField(
        _("relation to a broader strategy"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "How the initiative fits a broader strategy (a STEM agenda, a company's plan); shown "
            "under 'Relation to a broader strategy'."
        ),
    )
    education_levels = ParentalManyToManyField(
        "initiatives.EducationLevel",
        verbose_name=_("education levels"),
        blank=True,
        related_name="initiatives",
        help_text=_("The levels of education it is for; visitors filter the overview on them."),
    )
    target_groups = ParentalManyToManyField(
        "initiatives.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="initiatives",
        help_text=_(
            "Who takes part (pupils, teachers, parents …); visitors filter the overview on them."
        ),
    )
    sectors = ParentalManyToManyField(
        "taxonomy.Sector",
        verbose_name=_("sectors and themes"),
        blank=True,
        related_name="initiatives",
        help_text=_(
            "The fields of work it introduces; visitors filter on them and find it from the "
            "sector's videos."
        ),
    )
    impact = RichTextField(
        _("impact"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the initiative has achieved so far; shown under 'Impact'."),
    )
    reach = RichTextField(
        _("reach"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("How many people or schools it reaches; shown under 'Reach'."),
    )
    budget = models.TextField(
        _("budget and funding model"),
        blank=True,
        help_text=_(
            "How it is funded and, if public, its budget; shown under 'Budget and funding model'."
        ),
    )
    year_started = models.PositiveSmallIntegerField(
        _("year started"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("The year it began, e.g. 2019; shown on the page and its card."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.RUNNING,
        help_text=_(
            "Planned, running or ended: shown as a label on the card and used by the status filter."
        ),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_(
            "The initiative's own site (https://…), linked from its page; leave empty if it has "
            "none."
        ),
    )
    image = optional_image(
        _("logo or photo"),
        help_text=_("The logo or a photo at the top of the initiative page and on its card."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("record_type"),
                FieldPanel("organisation"),
                FieldPanel("source_author"),
                FieldPanel("country"),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("year_started"),
                FieldPanel("status"),
                FieldPanel("website"),
                FieldPanel("image"),
            ],
            heading=_("Key facts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("education_levels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("For whom and about what"),
        ),
        FieldPanel("abstract"),
        FieldPanel("description"),
        FieldPanel("kpis"),
        FieldPanel("strategy"),
        FieldPanel("impact"),
        FieldPanel("reach"),
        FieldPanel("budget"),
        InlinePanel("partners", heading=_("Partners"), label=_("Partner")),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("abstract"),
        index.SearchField("description"),
        index.SearchField("source_author"),
        index.FilterField("status"),
    ]
    # The read-only API (/api/v2/pages/?type=initiatives.InitiativePage&fields=*).
    api_fields = [
        APIField(name)
        for name in (
            "summary",
            "record_type",
            "languages",
            "organisation",
            "source_author",
            "country",
            "regions",
            "target_groups",
            "education_levels",
            "sectors",
            *RECORD_TEXTS,
            "year_started",
            "status",
            "website",
            "image",
        )
    ]

    parent_page_types = ["initiatives.InitiativeIndexPage"]
    subpage_types = []
    search_kind = "initiative"

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def search_document(self):
        """The site search's view of this initiative in the active language (stemhub.search)."""
        keywords = [self.organisation.title if self.organisation else "", self.source_author]
        for name in ("sectors", "regions", "target_groups"):
            keywords += [term.name for term in rows(self, name, getattr(self, name).all)]
        partners = rows(self, "partners", lambda: self.partners.select_related("partner"))
        keywords += [link.display_name for link in partners]
        return SearchDocument(
            title=self.title,
            summary=self.summary or self.abstract,
            keywords=keywords,
            body=[self.abstract, self.description, self.kpis, self.strategy, self.impact],
        )

    @property
    def card_summary(self):
        return self.summary or self.listing_summary or self.search_description

    # Sharing and search engines (stemhub.seo).
    og_type = "article"

    def description_source(self):
        return [self.summary, self.listing_summary, self.abstract, text_of(self, "description")]

    def share_image_source(self):
        return self.listing_image or self.image, False

    def structured_data(self, request, context, shared):
        return project(self, request, context, shared)

    def related_videos(self, limit=3, sectors=None):
        """Live videos that share a sector with this initiative (`sectors`: already read)."""
        sector_ids = [sector.pk for sector in (self.sectors.all() if sectors is None else sectors)]
        if not sector_ids:
            return []
        return list(
            VideoPage.objects.live()
            .filter(public_q(), sectors__in=sector_ids)
            .distinct()
            .order_by("-first_published_at")[:limit]
        )

    def interested_organisations(self, request=None):
        """(organisation, role label, address of the message form or "") of candidates who
        opted in, once the editors handled them; each organisation and role once."""
        if self.pk is None:  # a preview on create: no candidacy can name the page yet
            return []
        rows = self.candidacies.filter(
            show_as_interested=True, status__in=PUBLIC_INTEREST_STATUSES
        ).order_by("organisation", "role", "-allow_contact", "created_at")
        listed = {}
        for pk, organisation, role, allow_contact in rows.values_list(
            "pk", "organisation", "role", "allow_contact"
        ):
            listed.setdefault((organisation, role), pk if allow_contact else None)
        index = self.get_parent().specific if any(listed.values()) else None
        return [
            (organisation, PartnerRole(role).label, contact and index.contact_url(contact, request))
            for (organisation, role), contact in listed.items()
        ]

    # The candidacy form and its handling (initiatives.forms, initiatives.candidacies) import the
    # models, so the models do not import them: InitiativesConfig.ready() registers them here.
    candidacy = {}

    @classmethod
    def register_candidacy(cls, *, form_class, handler):
        cls.candidacy = {"form_class": form_class, "handler": handler}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("candidacy_form", self.candidacy["form_class"]())
        context["candidacy_outcome"] = sent_notice(request)
        context["partner_links"] = page_children(self, "partners", "partner")
        # Each vocabulary read once: the key facts, the related videos and the JSON-LD
        # (initiatives.structured_data) share them.
        terms = {name: page_terms(self, name) for name in FACT_VOCABULARIES}
        context["terms"] = terms
        context["related_videos"] = self.related_videos(sectors=terms["sectors"])
        context["interested"] = self.interested_organisations(request)
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.serve_candidacy(request, *args, **kwargs)
        return super().serve(request, *args, **kwargs)

    def serve_candidacy(self, request, *args, **kwargs):
        """Store a 'Kandidaat partner?' application first, then tell the editors by mail."""
        outcome = self.candidacy["handler"](self, request)
        if outcome.response is not None:
            return outcome.response
        if outcome.form is None:
            return see_other(sent_url(self.url, outcome.sent))
        context = self.get_context(request, *args, **kwargs)
        context["candidacy_form"] = outcome.form
        context["title_error_prefix"] = True
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)


class InitiativePartner(PageInline, Orderable):
    """An organisation working on the initiative, as lead or contributing partner."""

    initiative = ParentalKey(InitiativePage, related_name="partners", on_delete=models.CASCADE)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "A partner from the directory; its name links to its partner page. Leave empty and "
            "fill in the name for another organisation."
        ),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("Only for an organisation that has no partner page yet."),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=PartnerRole.choices,
        default=PartnerRole.CONTRIBUTING,
        help_text=_("Lead partners are listed first and marked as such on the initiative page."),
    )

    panels = [FieldPanel("partner"), FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("initiative partner")
        verbose_name_plural = _("initiative partners")

    def clean(self):
        super().clean()
        if not self.partner_id and not self.name:
            raise ValidationError(_("Choose a partner page or type the organisation's name."))

    @property
    def display_name(self):
        return self.partner.title if self.partner_id else self.name

    def __str__(self):
        return self.display_name
