"""A per-address rate limit for public forms, kept in the shared cache (Redis in production).

Fixed windows: simple, cheap and the same on every app server. Any public form can use it,
either counting every attempt:

    if is_rate_limited(request, "feedback", limit=5, period=3600):
        return too_many_requests(request, period=3600)

or counting only what was accepted, so a visitor who mistypes is not locked out:

    if limit_reached(request, "candidacy", limit=5):
        return too_many_requests(request, period=3600)
    ...  # validate and store
    record_attempt(request, "candidacy", period=3600)
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template import loader


def client_address(request):
    """REMOTE_ADDR, or the proxy's X-Forwarded-For entry when the proxies are configured.

    With STEMHUB_TRUSTED_PROXIES = n, the n-th address from the right is used: the one the
    nearest trusted proxy saw, which a visitor cannot forge.
    """
    proxies = getattr(settings, "STEMHUB_TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(scope, request):
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def record_attempt(request, scope, period):
    """Count one attempt for this address; returns the attempts in the current window."""
    key = _key(scope, request)
    cache.add(key, 0, timeout=period)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=period)
        return 1


def limit_reached(request, scope, limit):
    """True when the address already used up its `limit` (without counting this request)."""
    return (cache.get(_key(scope, request)) or 0) >= limit


def is_rate_limited(request, scope, limit, period):
    """Count this attempt; True when the address already used up its `limit` in `period` s."""
    return record_attempt(request, scope, period) > limit


def too_many_requests(request, period):
    template = loader.get_template("429.html")
    minutes = max(1, round(period / 60))
    response = template.render({"retry_minutes": minutes}, request)
    from django.http import HttpResponse

    result = HttpResponse(response, status=429)
    result["Retry-After"] = str(period)
    return result
