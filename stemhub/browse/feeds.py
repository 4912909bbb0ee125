"""RSS 2.0 feeds of a browse page: what is new, with the page's filters kept.

`/nl/videos/feed/?sector=energie` lists the newest videos of that sector; the browse page links
its own feed (with its current filters) from <link rel="alternate">. Filters are checked by the
page's FilterSet exactly as on the page, so an unknown value is dropped the same way.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

FEED_ITEMS = 20
FEED_ROUTE = "feed/"
SITE_NAME = "#STEMhelden"


@dataclass(frozen=True)
class FeedLink:
    """One <link rel="alternate" type="application/rss+xml"> of a page."""

    title: str
    url: str


def feed_title(page, filterset):
    labels = [chip.label for chip in filterset.active_filters()]
    title = f"{SITE_NAME} · {page.feed_title}"
    return f"{title}: {', '.join(labels)}" if labels else title


def feed_link(page, request, filterset=None):
    """The feed of a browse page, with the filters as the FilterSet understood them."""
    base = page.get_url(request)
    if not base or not page.feed_title:
        return None
    query = filterset.query_string() if filterset is not None else ""
    title = feed_title(page, filterset) if filterset is not None else page.feed_title
    return FeedLink(str(title), f"{base}{FEED_ROUTE}" + (f"?{query}" if query else ""))


class BrowseFeed(Feed):
    """The newest pages a browse page shows for the given filters, newest first."""

    feed_type = Rss201rev2Feed

    def __init__(self, page, filterset):
        super().__init__()
        self.page = page
        self.filterset = filterset

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.page

    def title(self, page):
        return feed_title(page, self.filterset)

    def link(self, page):
        query = self.filterset.query_string()
        return page.get_full_url(self.request) + (f"?{query}" if query else "")

    def feed_url(self, page):
        query = self.filterset.query_string()
        return page.get_full_url(self.request) + FEED_ROUTE + (f"?{query}" if query else "")

    def description(self, page):
        return strip_tags(page.card_summary or page.intro or "") or _(
            "What is new on %(site)s: %(title)s"
        ) % {"site": SITE_NAME, "title": page.title}

    def items(self, page):
        return self.filterset.qs.order_by("-first_published_at", "-pk")[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return strip_tags(item.card_summary or "")

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        """Sector (or domain, region) names, only when the browse fetched them already."""
        prefetched = getattr(item, "_prefetched_objects_cache", {})
        for name in ("sectors", "stem_domains", "regions"):
            if name in prefetched:
                return [str(term) for term in prefetched[name]]
        return []
