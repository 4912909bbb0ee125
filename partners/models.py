"""Partner companies and organisations: the directory and each partner's page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from stemhub.models import ChildListingMixin, ListingMixin


class PartnerIndexPage(ChildListingMixin, ListingMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels

    parent_page_types = ["stemhub.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("partner directory")

    def listing_queryset(self):
        return (
            PartnerPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo")
            .prefetch_related("sectors")
            .order_by("title")
        )


class PartnerPage(ListingMixin, Page):
    """A company or organisation that takes part: its videos and initiatives link here."""

    class Kind(models.TextChoices):
        COMPANY = "company", _("Company")
        ORGANISATION = "organisation", _("Organisation")
        SCHOOL = "school", _("School or education provider")
        GOVERNMENT = "government", _("Government or public service")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.COMPANY)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    short_description = models.CharField(_("short description"), max_length=300, blank=True)
    description = RichTextField(
        _("description"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    sectors = ParentalManyToManyField("taxonomy.Sector", verbose_name=_("sectors"), blank=True)

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

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
