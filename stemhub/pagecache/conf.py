"""The page cache's settings, read on every request so tests and `override_settings` apply."""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class PageCachePolicy:
    enabled: bool
    alias: str
    timeout: int  # seconds an entry lives in the shared cache (invalidation usually comes first)
    max_age: int  # browsers
    s_maxage: int  # a CDN or proxy in front
    stale_while_revalidate: int
    max_variants: int  # cached query-string variants per path and generation
    max_query_length: int  # longer query strings are answered, but never cached


def policy():
    return PageCachePolicy(
        enabled=getattr(settings, "STEMHUB_PAGE_CACHE", False),
        alias=getattr(settings, "STEMHUB_PAGE_CACHE_ALIAS", "default"),
        timeout=getattr(settings, "STEMHUB_PAGE_CACHE_TIMEOUT", 900),
        max_age=getattr(settings, "STEMHUB_PAGE_CACHE_MAX_AGE", 60),
        s_maxage=getattr(settings, "STEMHUB_PAGE_CACHE_S_MAXAGE", 300),
        stale_while_revalidate=getattr(settings, "STEMHUB_PAGE_CACHE_STALE_WHILE_REVALIDATE", 60),
        max_variants=getattr(settings, "STEMHUB_PAGE_CACHE_MAX_VARIANTS", 200),
        max_query_length=getattr(settings, "STEMHUB_PAGE_CACHE_MAX_QUERY_LENGTH", 1024),
    )


@lru_cache(maxsize=1)
def known_query_parameters():
    """Every GET parameter a public page reads: the browse FilterSets' fields plus the extras.

    Anything else is removed from the request before the page sees it, so it cannot make a
    cache variant of its own (utm_source, typos, random junk).
    """
    names = set(getattr(settings, "STEMHUB_PAGE_CACHE_QUERY_PARAMETERS", ()))
    for path in getattr(settings, "STEMHUB_PAGE_CACHE_FILTERSETS", ()):
        names.update(import_string(path).base_filters)
    return frozenset(names)


@receiver(setting_changed)
def _forget_parameters(setting, **kwargs):
    if setting.startswith("STEMHUB_PAGE_CACHE"):
        known_query_parameters.cache_clear()
