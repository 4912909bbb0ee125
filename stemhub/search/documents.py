"""What a page type tells the site search about one of its pages.

A page type takes part by declaring `search_kind` (a short slug such as "video") and a method
`search_document()` that returns a SearchDocument for the active language; the index calls it
once per language inside `translation.override`, so modeltranslation's fallback to Dutch
applies as on the page itself. The kind's label is the page type's verbose_name_plural.
"""

import html
from dataclasses import dataclass, field

from django.utils.html import strip_tags


@dataclass(frozen=True)
class SearchDocument:
    """The texts of a page by weight: title above keywords above summary above body."""

    title: str
    summary: str = ""
    keywords: list = field(default_factory=list)
    body: list = field(default_factory=list)


def plain_text(value):
    """Rich text or a StreamField's searchable content as plain words."""
    if isinstance(value, list | tuple):
        return " ".join(plain_text(item) for item in value)
    return " ".join(html.unescape(strip_tags(str(value or ""))).split())


def joined(parts):
    return " · ".join(text for text in (plain_text(part) for part in parts) if text)


def takes_part(model):
    return bool(getattr(model, "search_kind", "")) and hasattr(model, "search_document")
