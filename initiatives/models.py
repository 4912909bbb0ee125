"""The hub of Flemish STEM initiatives."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from stemhub.models import ChildListingMixin, ListingMixin


class InitiativeIndexPage(ChildListingMixin, ListingMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels

    parent_page_types = ["stemhub.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("initiative overview")
