"""Cache keys: one per host, scheme, language, path and normalised query string, per generation.

A generation is a random token kept in the shared cache. Every key carries it, so starting a new
generation makes every cached page (each filter combination of each browse page included) stale
at once on every app server, without scanning or deleting keys; old entries expire by timeout.
"""

import hashlib
import secrets
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import translation

from .conf import known_query_parameters

GENERATION_KEY = "pagecache:generation"


def new_generation(cache):
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


def current_generation(cache):
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Never seen, or evicted: a new random token, so nothing older can be served again.
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def normalised_query(query_dict):
    """Known parameters with a value, sorted by name and value: the page's canonical variant."""
    known = known_query_parameters()
    pairs = sorted(
        (name, value)
        for name, values in query_dict.lists()
        if name in known
        for value in values
        if value.strip()
    )
    return urlencode(pairs)


def apply_normalised_query(request, query):
    """The view sees exactly what the key says, so a cached answer is the answer it would give."""
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)


def _digest(*parts):
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def page_key(request, query, generation):
    language = translation.get_language() or ""
    digest = _digest(request.scheme, request.get_host(), language, request.path, query)
    return f"pagecache:{generation}:page:{digest}"


def variants_key(request, generation):
    digest = _digest(request.scheme, request.get_host(), request.path)
    return f"pagecache:{generation}:variants:{digest}"
