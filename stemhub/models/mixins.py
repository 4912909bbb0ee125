"""Fields that many page types share."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from stemhub.admin_forms import StemhubPageForm
from stemhub.reserved_slugs import reserved_slug_errors
from stemhub.seo.images import share_image
from stemhub.seo.jsonld import without_empty
from stemhub.seo.text import description_from, text_of
from stemhub.view_restrictions import restrictions_on

from .fields import optional_image


def served_in_language(serve_preview, request, mode_name):
    """Render the draft in the preview's language, whatever the admin's language is."""
    languages = dict(settings.LANGUAGES)
    language = mode_name if mode_name in languages else settings.LANGUAGE_CODE
    with translation.override(language):
        request.LANGUAGE_CODE = language
        response = serve_preview(request, language)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()  # inside the override: templates render lazily
    return response


class ListingMixin(models.Model):
    """How the page is listed: a short text and image on cards, an entry per language in
    sitemap.xml."""

    listing_summary = models.CharField(
        _("summary on cards"),
        max_length=240,
        blank=True,
        help_text=_("One or two sentences shown on cards and in search results."),
    )
    listing_image = optional_image(
        _("image on cards"),
        help_text=_(
            "The picture on this page's card in lists, search results and link previews on "
            "social media. Without one the card shows the page's own image or none."
        ),
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

    def clean(self):
        """Refuse a slug its parent page answers itself (stemhub.reserved_slugs); a new page's
        parent is not known here yet, so StemhubPageForm checks that one."""
        super().clean()
        parent = self.get_parent() if self.path else None
        if parent is not None:
            slugs = {
                f"slug_{code}": getattr(self, f"slug_{code}", None)
                for code, _name in settings.LANGUAGES
            }
            errors = reserved_slug_errors(slugs, parent)
            if errors:
                raise ValidationError(errors)

    # The preview panel offers the page in each language ("Nederlands", "English").
    @property
    def preview_modes(self):
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        return served_in_language(super().serve_preview, request, mode_name)

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    # Sharing and search engines (stemhub.seo): page types override what differs.
    og_type = "website"
    schema_type = "WebPage"
    embeddable = False  # True: oEmbed discovery link and an embeddable card (opendata)

    def get_url_parts(self, request=None):
        """Wagtail's, kept on the request per page, language and path: a page links itself and
        its ancestors several times a render (language switcher, canonical, breadcrumbs and
        their JSON-LD, share links), and each time Wagtail matched the site root paths and
        reversed the path again. An instance whose `url_path` changed in memory (moved or
        renamed in this request) is worked out anew; like Wagtail's own, the answer does not
        follow a Site saved later in the same request."""
        if request is None or self.pk is None:
            return super().get_url_parts(request=request)
        key = (self.pk, translation.get_language(), self.url_path)
        kept = request.__dict__.setdefault("_stemhub_page_url_parts", {})
        if key not in kept:
            kept[key] = super().get_url_parts(request=request)
        return kept[key]

    def _routed_ancestors(self):
        """The pages above this one below the tree's root, home first, as routing read them
        (stemhub.routing: `routed_through`) when it started at the home page and went through
        every level; else None. A home page has none above it but the root."""
        routed = list(getattr(self, "routed_through", ()))
        levels = [page.depth for page in routed] == list(range(2, max(self.depth, 2)))
        if levels and all(self.path.startswith(page.path) for page in routed):
            return routed
        return None

    def breadcrumb_ancestors(self):
        """The pages above this one, home first (not the tree's root), fetched once: the
        breadcrumbs and the JSON-LD BreadcrumbList share them. A page that routing found
        already has them (`_routed_ancestors`)."""
        if not hasattr(self, "_breadcrumb_ancestors"):
            routed = self._routed_ancestors()
            if routed is not None:
                self._breadcrumb_ancestors = routed
            else:
                self._breadcrumb_ancestors = (
                    list(self.get_ancestors().filter(depth__gte=2)) if self.depth > 2 else []
                )
        return self._breadcrumb_ancestors

    def get_view_restrictions(self):
        """Wagtail's, without its query for the ancestors' ids when routing already read them.

        Wagtail checks this page and every ancestor, the tree's root included, each alias by
        its source (followed through any number of aliases). When neither this page nor a page
        routing went through is an alias, those are the ids to check, and the root is found by
        its path in the same query (the root is no alias: Wagtail makes it in a migration and
        cannot copy or alias it). Any alias on the way, or a page below the home page that
        routing did not find: Wagtail's own method (tests/stemhub/test_view_restrictions.py).
        A home page has no ancestor but the root, so it needs no routing to take the short way.
        """
        routed = self._routed_ancestors()
        if routed is None or any(page.alias_of_id for page in (*routed, self)):
            return super().get_view_restrictions()
        # That query's SQL is compiled once per number of pages (stemhub.view_restrictions).
        return restrictions_on([page.pk for page in (*routed, self)], self.path[: self.steplen])

    def description_source(self):
        """Texts to take the meta description from when the editor wrote none, best first."""
        return [self.listing_summary, text_of(self, "intro")]

    def meta_description(self):
        """The editor's search description, else the first text the page has, as plain text."""
        return description_from(self.search_description, *self.description_source())

    def share_image_source(self):
        """(image or None, fit): the picture a shared link shows; fit=True never crops."""
        return self.listing_image, False

    def share_image(self, request):
        image, fit = self.share_image_source()
        return share_image(request, image, fit=fit)

    def structured_data(self, request, context, shared):
        """This page's schema.org node (a dict); `shared` is a stemhub.seo.head.SharedPage."""
        return without_empty(
            {
                "@type": self.schema_type,
                "@id": shared.url,
                "name": shared.name,
                "description": shared.description,
                "url": shared.url,
                "inLanguage": shared.language,
                "primaryImageOfPage": {"@type": "ImageObject", "url": shared.image.url},
                "isPartOf": {"@type": "WebSite", "name": "#STEMhelden", "url": shared.home_url},
            }
        )

    def get_sitemap_urls(self, request=None):
        """One sitemap entry per language, each naming every language's URL (hreflang).

        Reads only fields every page has: the sitemap loads pages deferred
        (stemhub/seo/sitemap.py), so a page type's own field here would cost a query per page."""
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
