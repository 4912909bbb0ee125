"""A small per-address rate limit in the cache (Redis in production, shared by every server).

Fixed windows: the first hit in a window creates the counter with the window as its timeout.
The address is hashed before it becomes a cache key, so no IP address is stored as such.
Another copy of this idea is being written as stemhub/ratelimit.py; the two are to be merged.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse


def client_address(request):
    """REMOTE_ADDR, or the proxy-set address when settings say which proxy hop to trust."""
    hops = getattr(settings, "STEMHUB_TRUSTED_PROXY_HOPS", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        addresses = [a.strip() for a in forwarded.split(",") if a.strip()]
        if len(addresses) >= hops:
            return addresses[-hops]
    return request.META.get("REMOTE_ADDR", "")


class RateLimit:
    def __init__(self, scope, limit, window_seconds):
        self.scope = scope
        self.limit = limit
        self.window = window_seconds

    def key(self, request):
        digest = hashlib.sha256(
            f"{settings.SECRET_KEY}:{client_address(request)}".encode()
        ).hexdigest()[:32]
        return f"ratelimit:{self.scope}:{digest}"

    def count(self, request):
        return cache.get(self.key(request), 0)

    def is_exceeded(self, request):
        return self.count(request) >= self.limit

    def hit(self, request):
        key = self.key(request)
        if cache.add(key, 1, self.window):
            return 1
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, self.window)
            return 1


def too_many_requests(request, rate_limit, context=None):
    response = TemplateResponse(
        request,
        "partners/too_many_requests.html",
        {"retry_minutes": max(1, rate_limit.window // 60), **(context or {})},
        status=429,
    )
    response["Retry-After"] = str(rate_limit.window)
    return response
