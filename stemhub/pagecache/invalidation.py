"""Fresh pages at once after every change that a visitor could see.

Pages cross-reference a lot (the home page shows the latest videos, initiative pages show related
videos, partner pages list their videos, browse pages count facets over every page), so instead of
tracking which cached page shows what, any publish, unpublish, move, slug change or delete of a
page, and any edit of a snippet, a site setting, a site, an image or a document starts a new
cache generation: every cached page and every filter variant is stale at once on every server.
The generation changes immediately and once more after the transaction commits, so nothing read
from the database before the commit survives.

A CDN or Varnish in front gets the purge through `wagtail.contrib.frontend_cache`: the page in
both languages, its ancestors (the parent browse page and its feed, the home page) and the
sitemap; for a snippet, the home and section pages and the sitemap (detail pages at the CDN
follow within s-maxage). Configure it with FRONTEND_CACHE_PURGE_URL (README, "Page cache").
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Page, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)
from wagtail.snippets.models import get_snippet_models

from stemhub import site_root_paths
from stemhub.browse.feeds import FEED_ROUTE

from . import conf
from .keys import new_generation

logger = logging.getLogger(__name__)

# Saves that only fill in derived file data while a page renders must not empty the cache.
DERIVED_FILE_FIELDS = {"file_hash", "file_size", "width", "height"}


def start_new_generation():
    try:
        new_generation(caches[conf.policy().alias])
    except Exception:
        logger.exception("Could not start a new page cache generation")


def purging():
    """Whether a CDN is to be purged: the settings `wagtail.contrib.frontend_cache` reads have a
    backend. Without one an image, document or snippet save does not work out the home and
    section pages' URLs (a query and twenty URLs for each save), and a page change not its own
    (`page_change_urls()`). A page change still leaves Wagtail's site root paths cached in
    both languages, which the first render after a publish counts on (the query-count tests
    of browse and search)."""
    backends = getattr(settings, "WAGTAILFRONTENDCACHE", None)
    if backends is None:
        return getattr(settings, "WAGTAILFRONTENDCACHE_LOCATION", None) is not None
    return bool(backends)


def invalidate(urls=()):
    """Every cached page stale now and after commit; the CDN purged after commit."""
    start_new_generation()
    transaction.on_commit(start_new_generation, robust=True)
    urls = sorted(set(urls))
    if urls:
        transaction.on_commit(lambda: purge_urls_from_cache(urls), robust=True)


def page_urls(page):
    """The page's full URL in every language (and its feed's), or nothing if it has none."""
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = page.get_full_url()
        if url:
            urls.append(url)
            if getattr(page, "feed_title", None):  # a browse page with an RSS feed
                urls.append(url + FEED_ROUTE)
    return urls


def sitemap_urls():
    return [f"{site.root_url}/sitemap.xml" for site in Site.objects.all()]


def affected_urls(page):
    """The page, its ancestors below the tree root (browse page, home) and the sitemap."""
    page = page.specific_deferred
    urls = page_urls(page)
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific(defer=True):
        urls.extend(page_urls(ancestor))
    return urls + sitemap_urls()


def section_urls():
    """The home pages and the section (browse) pages right under them."""
    urls = []
    for page in Page.objects.live().filter(depth__in=(2, 3)).specific(defer=True):
        urls.extend(page_urls(page))
    return urls + sitemap_urls()


def page_change_urls(*pages):
    """What a change of these pages purges at a CDN: `affected_urls()` of each. Without a CDN
    nothing is purged, so their URLs are not worked out (the ancestors' query and a URL per
    page and language, 3-5 ms of CPU on every publish) and no purge task is queued; only the
    site root paths are read, for every language, as working out the URLs did (`purging()`)."""
    if purging():
        return [url for page in pages for url in affected_urls(page)]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            site_root_paths.site_root_paths()  # one query for every language, if not cached
    return []


def on_page_change(sender, instance, **kwargs):
    invalidate(page_change_urls(instance))


def on_slug_change(sender, instance, instance_before, **kwargs):
    invalidate(page_change_urls(instance_before, instance))


def on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        invalidate(page_change_urls(instance))


def is_content_model(model):
    """Also the view restrictions of pages and collections: a page made private must not be
    served from the cache, nor stay in the menu (stemhub.context_processors)."""
    return (
        model in set(get_snippet_models())
        or issubclass(model, (Site, BaseSiteSetting, BaseGenericSetting))
        or issubclass(model, (AbstractImage, AbstractDocument))
        or issubclass(model, BaseViewRestriction)
    )


def on_content_save(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= DERIVED_FILE_FIELDS:
        return
    if is_content_model(sender):
        invalidate(section_urls() if purging() else ())


def on_content_delete(sender, instance, **kwargs):
    if is_content_model(sender):
        invalidate(section_urls() if purging() else ())


def connect():
    page_published.connect(on_page_change, dispatch_uid="pagecache-published")
    page_unpublished.connect(on_page_change, dispatch_uid="pagecache-unpublished")
    pre_page_move.connect(on_page_change, dispatch_uid="pagecache-pre-move")
    post_page_move.connect(on_page_change, dispatch_uid="pagecache-moved")
    page_slug_changed.connect(on_slug_change, dispatch_uid="pagecache-slug")
    pre_delete.connect(on_page_delete, dispatch_uid="pagecache-page-delete")
    post_save.connect(on_content_save, dispatch_uid="pagecache-content-save")
    post_delete.connect(on_content_delete, dispatch_uid="pagecache-content-delete")
