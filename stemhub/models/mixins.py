"""Fields that many page types share."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from stemhub.admin_forms import StemhubPageForm

from .fields import optional_image


class ListingMixin(models.Model):
    """How the page is listed: a short text and image on cards, an entry per language in
    sitemap.xml."""

    listing_summary = models.CharField(
        _("summary on cards"),
        max_length=240,
        blank=True,
        help_text=_("One or two sentences shown on cards and in search results."),
    )
    listing_image = optional_image(_("image on cards"))

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

    def get_sitemap_urls(self, request=None):
        """One sitemap entry per language, each naming every language's URL (hreflang)."""
        lastmod = self.last_published_at or self.latest_revision_created_at
        alternates = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                alternates.append({"lang_code": code, "location": self.get_full_url(request)})
        links = [*alternates, {"lang_code": "x-default", "location": alternates[0]["location"]}]
        return [
            {"location": alternate["location"], "lastmod": lastmod, "alternates": links}
            for alternate in alternates
        ]
