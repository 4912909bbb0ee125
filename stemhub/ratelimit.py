"""One per-address rate limit for every public form, kept in the shared cache (Redis in production).

Fixed windows: the first hit in a window creates the counter with the window as its timeout, so
every app server sees the same count. The address is hashed (with the secret key) before it
becomes a cache key, so no IP address is stored as such. Forms count either every attempt or only
what they accepted, so a visitor who mistypes is not locked out:

    limit = RateLimit("candidacy", limit=5, window=3600)
    if limit.is_exceeded(request):
        return too_many_requests(request, limit.window)
    ...  # validate and store
    limit.hit(request)

When the shared cache cannot be reached (Redis down), every count falls back to a local-memory
cache of this process and an error is logged: the limit then holds per app server instead of
across them, but it never silently stops counting.
"""

import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)

# Counts of this process, used only while the shared cache is unreachable.
PROCESS_FALLBACK = LocMemCache("stemhub-ratelimit-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


def client_address(request):
    """REMOTE_ADDR, or the proxy-set address when STEMHUB_TRUSTED_PROXY_HOPS names a hop to trust.

    With n hops, the n-th address from the right of X-Forwarded-For is used: the one the nearest
    trusted proxy saw, which a visitor cannot forge.
    """
    hops = getattr(settings, "STEMHUB_TRUSTED_PROXY_HOPS", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        addresses = [address.strip() for address in forwarded.split(",") if address.strip()]
        if len(addresses) >= hops:
            return addresses[-hops]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def sign_in_address(request):
    """The client address for django-axes: always a valid IP address, as its database column needs.

    A forged X-Forwarded-For value or a request without REMOTE_ADDR (a test client's login) would
    otherwise be stored as-is and break the sign-in on PostgreSQL's inet column; such requests
    share the placeholder 0.0.0.0, so they are still counted and locked together.
    """
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return "0.0.0.0"  # noqa: S104  (a stored placeholder, never bound to)


class RateLimit:
    def __init__(self, scope, limit, window):
        self.scope = scope
        self.limit = limit
        self.window = window

    def key(self, request):
        secret_address = f"{settings.SECRET_KEY}:{client_address(request)}"
        digest = hashlib.sha256(secret_address.encode()).hexdigest()[:32]
        return f"ratelimit:{self.scope}:{digest}"

    def count(self, request):
        return self._with_cache(_read_count, self.key(request))

    def is_exceeded(self, request):
        """True when this address already used up its limit (this request not counted)."""
        return self.count(request) >= self.limit

    def hit(self, request):
        """Count one attempt; returns the attempts in the current window."""
        return self._with_cache(_increment, self.key(request), self.window)

    def _with_cache(self, operation, *args):
        try:
            return operation(caches[settings.STEMHUB_RATELIMIT_CACHE], *args)
        except Exception:  # any failure of the shared cache: connection, timeout, protocol
            logger.error(
                "Rate limit '%s': the shared cache is unreachable; counting in this process",
                self.scope,
                exc_info=True,
            )
            return operation(PROCESS_FALLBACK, *args)


def _read_count(cache, key):
    return cache.get(key) or 0


def _increment(cache, key, window):
    # One round trip once the window's counter exists (an increment keeps its expiry); only the
    # first attempt of a window creates it.
    try:
        return cache.incr(key)
    except ValueError:  # no counter yet in this window (or it just expired)
        if cache.add(key, 1, window):
            return 1
        return cache.incr(key)  # another request created it meanwhile


def too_many_requests(request, window, context=None):
    """The translated 429 page, with Retry-After."""
    response = TemplateResponse(
        request,
        "429.html",
        {"retry_minutes": max(1, round(window / 60)), **(context or {})},
        status=429,
    )
    response["Retry-After"] = str(window)
    return response
