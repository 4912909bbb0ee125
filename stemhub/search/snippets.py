"""Highlighted snippets: the part of a result's text where the searched words are, escaped first
and marked after, so nothing a page or a visitor typed is ever read as HTML."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import text

SNIPPET_WORDS = 30
WORD_OR_OTHER = re.compile(r"([^\W_]+)")


def _matches(token, words, language):
    folded = text.fold(token)
    if text.is_stopword(folded, language):
        return False
    stemmed = text.stem(folded, language)
    return any(
        stemmed == word.term or (len(word.typed) >= 3 and folded.startswith(word.typed))
        for word in words
    )


def highlight(value, words, language, limit=SNIPPET_WORDS):
    """The window of `limit` words around the first match (or the start), matches in <mark>."""
    pieces = WORD_OR_OTHER.split(value or "")
    # pieces alternate: other, word, other, word …; word indexes are the odd ones.
    word_positions = list(range(1, len(pieces), 2))
    hits = [i for i in word_positions if _matches(pieces[i], words, language)]
    if word_positions:
        first = word_positions.index(hits[0]) if hits else 0
        start_word = max(0, first - limit // 3)
        window = word_positions[start_word : start_word + limit]
        start, end = window[0], window[-1] + 1
    else:
        start_word, window, start, end = 0, [], 0, len(pieces)
    hit_set = set(hits)
    out = ["… "] if start_word > 0 else []
    for i in range(start, end):
        piece = escape(pieces[i])
        out.append(f"<mark>{piece}</mark>" if i in hit_set else piece)
    if window and end < len(pieces) - 1:
        out.append(" …")
    return mark_safe("".join(out))  # noqa: S308 - every piece was escaped above


def best_snippet(entry, words, language):
    """The summary if a word is in it, else the part of the body that has one, else the summary."""
    for value in (entry.summary, entry.body, entry.keywords):
        if value and any(
            _matches(token, words, language) for token in WORD_OR_OTHER.findall(value)
        ):
            return highlight(value, words, language)
    return highlight(entry.summary or entry.body, words, language)


def highlighted_title(entry, words, language):
    return highlight(entry.title, words, language, limit=200)
