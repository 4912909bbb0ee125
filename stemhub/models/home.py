"""The home page: the campaign's message and the way in for each audience."""

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from ..page_relations import page_children
from ..queries import images_with_renditions, public_q
from .fields import optional_image
from .inlines import PageInline
from .mixins import ListingMixin

# The rendition templates/includes/card.html shows on every card.
CARD_RENDITION = "fill-480x270|format-webp"


class Audience(models.TextChoices):
    PARENTS = "parents", _("Parents")
    TEACHERS = "teachers", _("Teachers")
    INITIATIVES = "initiatives", _("STEM initiatives")
    PARTNERS = "partners", _("Companies and partners")
    CHILDREN = "children", _("Children and young people")


class HomePage(ListingMixin, Page):
    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        help_text=_("The big line at the top, e.g. 'Word jij een #STEMheld?'"),
    )
    hero_text = models.TextField(
        _("hero text"),
        max_length=500,
        help_text=_("One or two sentences under the big line at the top of the home page."),
    )
    hero_image = optional_image(
        _("hero image"),
        help_text=_("The large picture at the top of the home page, beside the heading."),
    )
    campaign_message = RichTextField(
        _("about the campaign"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "The text about #STEMhelden below the entry points of the home page; leave it empty "
            "to hide that part."
        ),
    )
    featured_heading = models.CharField(
        _("heading above the featured items"),
        max_length=120,
        blank=True,
        help_text=_(
            "The heading above the featured items on the home page, e.g. 'Nieuw op STEMhelden'."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        InlinePanel("entry_points", heading=_("Entry points per audience"), label=_("Entry point")),
        FieldPanel("campaign_message"),
        FieldPanel("featured_heading"),
        InlinePanel("featured_pages", heading=_("Featured items"), label=_("Featured item")),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def description_source(self):
        return [self.listing_summary, self.hero_text]

    def share_image_source(self):
        return self.listing_image or self.hero_image, False

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entry_points = page_children(self, "entry_points", "link_page")
        context["entry_points"] = [entry for entry in entry_points if entry.url]
        context["featured_pages"] = self.live_featured_pages()
        return context

    def live_featured_pages(self):
        """The featured pages in the editors' order, fetched in one go (no query per card)."""
        order = list(self.featured_pages.values_list("page_id", flat=True))
        pages = Page.objects.live().filter(public_q(), id__in=order).specific()
        by_id = {page.id: page for page in pages}
        # Every page type has ListingMixin's card image: fetch them, and their renditions, at once.
        prefetch_related_objects(
            [page for page in by_id.values() if isinstance(page, ListingMixin)],
            Prefetch("listing_image", queryset=images_with_renditions(CARD_RENDITION)),
        )
        return [by_id[page_id] for page_id in order if page_id in by_id]


class HomeEntryPoint(PageInline, Orderable):
    """A way in for one audience: parents to the videos, teachers to the classroom …"""

    home_page = ParentalKey(HomePage, related_name="entry_points", on_delete=models.CASCADE)
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        help_text=_(
            "Who this way in is for; shown above the heading unless the heading names them already."
        ),
    )
    heading = models.CharField(
        _("heading"),
        max_length=80,
        help_text=_("The heading of this block on the home page, e.g. 'Voor ouders'."),
    )
    text = models.CharField(
        _("text"),
        max_length=240,
        help_text=_("One sentence under the heading: what this visitor finds behind the link."),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page the block's link opens; the link is hidden while that page is not published."
        ),
    )
    link_label = models.CharField(
        _("link text"),
        max_length=60,
        help_text=_(
            "The words of the link, e.g. 'Bekijk de video's'; say where it leads, not 'click here'."
        ),
    )

    panels = [
        FieldPanel("audience"),
        FieldPanel("heading"),
        FieldPanel("text"),
        FieldPanel("link_page"),
        FieldPanel("link_label"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("entry point")
        verbose_name_plural = _("entry points")

    @property
    def audience_label(self):
        """The audience above the heading, unless the heading already names it
        ("Ouders" above "Voor ouders" says the same thing twice)."""
        label = str(self.get_audience_display())
        first_word = label.split()[0].casefold() if label else ""
        return "" if first_word and first_word in self.heading.casefold() else label

    @property
    def url(self):
        if self.link_page_id and self.link_page.live:
            return self.link_page.url
        return ""


class HomeFeaturedPage(PageInline, Orderable):
    """A page editors put in the spotlight on the home page (a video, an initiative …)."""

    home_page = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "A published page shown as a card among the featured items on the home page, in "
            "this order."
        ),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured item")
        verbose_name_plural = _("featured items")
