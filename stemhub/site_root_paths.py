"""Wagtail's site root paths for every language from one query.

A page's URL starts from its site's root path (`Page.get_url_parts`). With translated slugs that
path differs per language, so wagtail-modeltranslation keeps one cached list per language
(`wagtail_site_root_paths_<code>`, deleted by its signal handlers when a site or a site's root
page changes) and fills each with a query of its own. The query's SQL does not depend on the
language (only reading `url_path` on the root page does), and every public page links itself in
both languages (language switcher, hreflang): on an empty cache, as after every change of a site
and at the start of every test, a render ran the same query once per language.

`site_root_paths()` runs it once and fills every language's cache key; what it returns for the
active language, and the way it is cached and remembered, are wagtail-modeltranslation's. The
cache is empty at the start of every test and after every change of a site: the query's SQL (two
joins, some fifty columns) is compiled once per process and language (stemhub.prepared_queries).
`install()` (from StemhubConfig.ready) puts it in place of the module function
wagtail-modeltranslation's patched `Page._get_site_root_paths` calls.
"""

from django.core.cache import cache
from django.utils import translation
from modeltranslation import settings as mt_settings
from modeltranslation.utils import get_language
from wagtail.models import Site, SiteRootPath
from wagtail_modeltranslation import patch_wagtailadmin

from stemhub.prepared_queries import PreparedQuery

CACHE_TIMEOUT = 3600  # as wagtail-modeltranslation
# wagtail-modeltranslation's own function, one query per language (tests compare the two).
one_language_at_a_time = patch_wagtailadmin._localized_site_get_site_root_paths


def cache_key(language):
    return f"wagtail_site_root_paths_{language}"


def sites_with_root_pages():
    """Every site with its root page and its locale, as wagtail-modeltranslation reads them."""
    return Site.objects.select_related("root_page", "root_page__locale").order_by(
        "-root_page__url_path"
    )


prepared_sites_with_root_pages = PreparedQuery(sites_with_root_pages)


def read_every_language():
    """{cache key: root paths} for every language, from one query, written to the cache."""
    sites = prepared_sites_with_root_pages()
    found = {}
    for language in mt_settings.AVAILABLE_LANGUAGES:
        with translation.override(language):
            found[cache_key(language)] = [
                (
                    site.id,
                    site.root_page.url_path,
                    site.root_url,
                    site.root_page.locale.language_code,
                )
                for site in sites
            ]
    # The active language's key is set; the others are only added where empty, so a request that
    # read the sites before an editor changed one never overwrites what a later request cached.
    active = cache_key(get_language())
    for key, root_paths in found.items():
        if key == active:
            cache.set(key, root_paths, CACHE_TIMEOUT)
        else:
            cache.add(key, root_paths, CACHE_TIMEOUT)
    return found


def site_root_paths():
    """The active language's `SiteRootPath`s, as wagtail-modeltranslation's function gives."""
    key = cache_key(get_language())
    result = cache.get(key)
    if result is None:
        result = read_every_language()[key]
    return [SiteRootPath(*root_path) for root_path in result]


def install():
    patch_wagtailadmin._localized_site_get_site_root_paths = site_root_paths
