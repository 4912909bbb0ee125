"""Values derived from many pages (a video's related videos, a browse page's facet counts),
worked out once per cache generation instead of on every render.

Every change a visitor could see starts a new generation (invalidation.py: publish, unpublish,
move, slug change, delete, any snippet, image, document or setting), whether or not whole pages
are cached. A value kept under the current generation is therefore exactly as fresh as a cached
page: the next change makes it stale everywhere at once. Its cost, which grows with the number
of pages it is derived from, is paid by the first render after a change; the others read one
cache entry. Values must be picklable and small (ids, counts).
"""

import hashlib
import logging

from django.core.cache import caches

from . import conf
from .keys import current_generation

logger = logging.getLogger(__name__)

MISSING = object()


def derived_key(name, parts, generation):
    digest = hashlib.sha256("\n".join(str(part) for part in parts).encode()).hexdigest()
    return f"pagecache:{generation}:derived:{name}:{digest}"


def remembered(name, parts, compute):
    """compute(), or what it returned before in this generation for the same name and parts."""
    policy = conf.policy()
    try:
        cache = caches[policy.alias]
        key = derived_key(name, parts, current_generation(cache))
        value = cache.get(key, MISSING)
    except Exception:
        logger.exception("Could not read derived value %s from the cache", name)
        return compute()
    if value is MISSING:
        value = compute()
        try:
            cache.set(key, value, policy.timeout)
        except Exception:
            logger.exception("Could not keep derived value %s in the cache", name)
    return value
