"""What a page type tells the site search about one of its pages.

A page type takes part by declaring `search_kind` (a short slug such as "video") and a method
`search_document()` that returns a SearchDocument for the active language; the index calls it
once per language inside `translation.override`, so modeltranslation's fallback to Dutch
applies as on the page itself. The kind's label is the page type's verbose_name_plural.
"""

import html
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.utils.html import strip_tags


@dataclass(frozen=True)
class SearchDocument:
    """The texts of a page by weight: title above keywords above summary above body."""

    title: str
    summary: str = ""
    keywords: list = field(default_factory=list)
    body: list = field(default_factory=list)


# Set on a page while the index builds its entries (index.entries): {name: rows}.
_ROWS = "_stemhub_search_rows"


def rows(page, name, read):
    """The related rows of the queryset `read()` returns, read once for all of a page's entries
    when they are the same rows in the same order in every language: modeltranslation reads a
    row's translated fields in the active one, but rewrites an ordering by a translated field
    (the vocabularies' `sort_order, name`) to the active language's column, so the order is
    part of what is remembered. Outside the building of entries (`rows_read_once`) they are
    read afresh."""
    queryset = read()
    read_before = page.__dict__.get(_ROWS)
    if read_before is None:
        return list(queryset)
    key = (name, tuple(str(term) for term in queryset.query.order_by))
    if key not in read_before:
        read_before[key] = list(queryset)
    return read_before[key]


@contextmanager
def rows_read_once(page):
    """Rows remembered on the page for the entries built inside (index.entries); an outer
    memory, if any, is kept and used."""
    if _ROWS in page.__dict__:
        yield
        return
    page.__dict__[_ROWS] = {}
    try:
        yield
    finally:
        page.__dict__.pop(_ROWS, None)


def plain_text(value):
    """Rich text or a StreamField's searchable content as plain words."""
    if isinstance(value, list | tuple):
        return " ".join(plain_text(item) for item in value)
    return " ".join(html.unescape(strip_tags(str(value or ""))).split())


def joined(parts):
    return " · ".join(text for text in (plain_text(part) for part in parts) if text)


def takes_part(model):
    return bool(getattr(model, "search_kind", "")) and hasattr(model, "search_document")
