"""Help when typing and when nothing was found: title suggestions for the search box, and a
"did you mean" built from the words the index holds."""

import difflib

from django.core.cache import cache
from django.db.models import Case, IntegerField, Value, When

from . import text
from .index import index_version
from .query import MIN_PREFIX_LENGTH, matching, parse, public_entries

MAX_SUGGESTIONS = 8
MIN_SUGGEST_LENGTH = 2
VOCABULARY_TIMEOUT = 60 * 60 * 24
SPELLING_CUTOFF = 0.75


def title_suggestions(query, language, limit=MAX_SUGGESTIONS):
    """Titles with a word starting with what was typed; titles starting with it first."""
    typed = " ".join(text.words(query))
    if len(typed) < MIN_SUGGEST_LENGTH:
        return []
    return list(
        public_entries()
        .filter(language=language)
        .filter(title_key__contains=f" {typed}")  # title_key is " word word … "
        .annotate(
            starts=Case(
                When(title_key__startswith=f" {typed}", then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .select_related("page")
        .order_by("starts", "title", "pk")[:limit]
    )


def vocabulary(language):
    """Every word of the index in one language, cached until the index changes."""
    key = f"stemhub-search-vocabulary:{language}:{index_version()}"
    words = cache.get(key)
    if words is None:
        found = set()
        rows = public_entries().filter(language=language)
        for row in rows.values_list("title", "keywords", "summary", "body").iterator():
            for value in row:
                found.update(word for word in text.words(value) if len(word) >= MIN_PREFIX_LENGTH)
        words = sorted(found)
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def did_you_mean(query, language):
    """A corrected query that does find something, or "" (only asked when nothing was found)."""
    words = text.words(query)
    known = vocabulary(language)
    known_set = set(known)
    corrected, changed = [], False
    for word in words:
        if word in known_set or len(word) < MIN_PREFIX_LENGTH or word.isdigit():
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, known, n=1, cutoff=SPELLING_CUTOFF)
        if close:
            corrected.append(close[0])
            changed = True
        else:
            corrected.append(word)
    if not changed:
        return ""
    suggestion = " ".join(corrected)
    parsed = parse(suggestion, language)
    if not parsed:
        return ""
    found = matching(public_entries().filter(language=language), parsed, language, any_word=True)
    return suggestion if found.exists() else ""
