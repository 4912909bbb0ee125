"""Flood protection for the counters: per action, per object and per (hashed) client address.

A limit counts every attempt in a fixed window (stemhub.ratelimit), so however often a request is
forged from one address, it adds at most `limit` to one counter per window. The limits are high
enough for a class of pupils behind one school address: 25 pupils who all answer the question
under a video stay well below them.
"""

from django.conf import settings

from stemhub.ratelimit import RateLimit

from .models import Kind

# (attempts, window in seconds) per address, action and object; STEMHUB_IMPACT_RATE_LIMITS in
# the settings overrides any of them.
DEFAULT_LIMITS = {
    Kind.VIEW: (120, 600),
    Kind.PLAY: (60, 600),
    Kind.DOWNLOAD: (60, 600),
    Kind.SIGNPOST: (60, 600),
    Kind.FEED: (30, 600),
    Kind.EMBED: (120, 600),
    Kind.SEARCH_EMPTY: (30, 600),
    Kind.USED_IN_CLASS: (5, 3600),
    Kind.CURIOUS: (40, 3600),
}


def rate_limit(kind, page_id=0, target=0):
    overrides = getattr(settings, "STEMHUB_IMPACT_RATE_LIMITS", {})
    limit, window = overrides.get(str(kind), DEFAULT_LIMITS[kind])
    return RateLimit(f"impact:{kind}:{page_id}:{target}", limit=limit, window=window)


def admit(request, kind, page_id=0, target=0):
    """Count this attempt; False once the address used up the limit for this action and object."""
    limit = rate_limit(kind, page_id, target)
    return limit.hit(request) <= limit.limit, limit.window
