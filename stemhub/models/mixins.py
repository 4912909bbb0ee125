"""Fields that many page types share."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from stemhub.admin_forms import StemhubPageForm


class ListingMixin(models.Model):
    """A short text and image used wherever the page is shown as a card."""

    listing_summary = models.CharField(
        _("summary on cards"),
        max_length=240,
        blank=True,
        help_text=_("One or two sentences shown on cards and in search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image on cards"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Cards and listings"),
        )
    ]

    # Every page type has this mixin, so its editor form lives here too (see admin_forms).
    base_form_class = StemhubPageForm

    class Meta:
        abstract = True

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description


class ChildListingMixin:
    """An index page that lists its live children, 12 to a page."""

    children_per_page = 12

    def listing_queryset(self):
        return self.get_children().live().public().specific().order_by("title")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.listing_queryset(), self.children_per_page)
        page_obj = paginator.get_page(request.GET.get("page"))
        context["page_obj"] = page_obj
        context["elided_page_range"] = paginator.get_elided_page_range(page_obj.number)
        return context
