"""Serve anonymous GET/HEAD requests for public pages from the shared cache.

Sits after LocaleMiddleware (the language is known) and before CsrfViewMiddleware, sessions and
authentication are looked at only through their cookies, so a hit costs two cache reads and no
SQL. Editors (they have a session), previews, posts, anything that sets a cookie of its own or
says `private`/`no-store`/`no-cache`, and answers other than 200 are never stored.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from . import conf
from .entries import CachedPage, add_vary, remove_vary
from .keys import (
    apply_normalised_query,
    current_generation,
    normalised_query,
    page_key,
    variants_key,
)

logger = logging.getLogger(__name__)

CACHE_HEADER = "X-Cache"
PERSONAL = ("private", "no-store", "no-cache")


def cacheable_path(path):
    prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    return path.startswith(prefixes) or path == "/sitemap.xml"


def has_personal_state(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "HTTP_AUTHORIZATION" in request.META


def is_cacheable_request(request, policy):
    return (
        request.method in ("GET", "HEAD")
        and cacheable_path(request.path)
        and not has_personal_state(request)
        and not getattr(request, "is_preview", False)
        and len(request.META.get("QUERY_STRING", "")) <= policy.max_query_length
    )


def is_storable(request, response):
    session = getattr(request, "session", None)
    cookies = set(response.cookies) - {settings.CSRF_COOKIE_NAME}
    return (
        response.status_code == 200
        and not response.streaming
        and not any(word in response.get("Cache-Control", "") for word in PERSONAL)
        and not cookies
        and not (session is not None and session.accessed)
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        policy = conf.policy()
        if not (policy.enabled and is_cacheable_request(request, policy)):
            return self.bypass(request, self.get_response(request))

        apply_normalised_query(request, normalised_query(request.GET))
        cache = caches[policy.alias]
        try:
            generation = current_generation(cache)
            key = page_key(request, request.META["QUERY_STRING"], generation)
            entry = cache.get(key)
        except DisallowedHost:
            return self.bypass(request, self.get_response(request))
        except Exception:
            # The site keeps working when the cache does not (Redis restarting, …).
            logger.exception("Page cache unavailable; serving uncached")
            return self.bypass(request, self.get_response(request))

        if entry is not None:
            return self.hit(request, entry, policy)
        response = self.get_response(request)
        return self.miss(request, response, cache, key, generation, policy)

    def hit(self, request, entry, policy):
        if entry.has_csrf_token:
            self.csrf.process_request(request)  # reads the visitor's own CSRF cookie, if any
        response = entry.to_response(request)
        response[CACHE_HEADER] = "HIT"
        return self.finish(request, response, entry, policy)

    def miss(self, request, response, cache, key, generation, policy):
        if not is_storable(request, response):
            response[CACHE_HEADER] = "SKIP"
            return self.bypass(request, response)
        entry = CachedPage.from_response(response)
        if self.count_variant(cache, request, generation, policy):
            try:
                cache.set(key, entry, policy.timeout)
                response[CACHE_HEADER] = "MISS"
            except Exception:
                logger.exception("Could not store a page in the page cache")
                response[CACHE_HEADER] = "SKIP"
        else:
            response[CACHE_HEADER] = "SKIP"
        if entry.etag:
            response["ETag"] = entry.etag
            response["Last-Modified"] = http_date(entry.last_modified)
        return self.finish(request, response, entry, policy)

    def count_variant(self, cache, request, generation, policy):
        """False once this path has `max_variants` entries in this generation."""
        key = variants_key(request, generation)
        if cache.add(key, 1, policy.timeout):
            return True
        try:
            return cache.incr(key) <= policy.max_variants
        except ValueError:  # expired between add and incr
            return cache.add(key, 1, policy.timeout)

    def finish(self, request, response, entry, policy):
        """Headers for browsers and a CDN, then 304 when the visitor's copy is current."""
        if entry.has_csrf_token:
            # The body holds this visitor's token: nobody else may keep a copy.
            patch_cache_control(response, private=True, no_cache=True)
            if response[CACHE_HEADER] == "HIT":
                self.csrf.process_response(request, response)  # the cookie that goes with it
            return response
        remove_vary(response, "Cookie")
        add_vary(response, "Accept-Encoding")
        patch_cache_control(
            response,
            public=True,
            max_age=policy.max_age,
            s_maxage=policy.s_maxage,
            stale_while_revalidate=policy.stale_while_revalidate,
        )
        if entry.etag and request.method in ("GET", "HEAD"):
            return get_conditional_response(
                request,
                etag=entry.etag,
                last_modified=int(entry.last_modified),
                response=response,
            )
        return response

    def bypass(self, request, response):
        """Not from the cache: anything personal says so, so no proxy or CDN keeps a copy."""
        response.setdefault(CACHE_HEADER, "BYPASS")
        personal = (
            request.method not in ("GET", "HEAD")
            or has_personal_state(request)
            or bool(response.cookies)
        )
        if personal and cacheable_path(request.path) and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response
