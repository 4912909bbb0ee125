"""A meta description from whatever text a page has: plain, one line, cut at a word."""

import html
import re

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.fields import RichTextField

DESCRIPTION_MAX_CHARACTERS = 160
WHITESPACE = re.compile(r"\s+")


def plain_text(value):
    """Plain text as one line (a plain text field may hold '<' or '&' as they are)."""
    return WHITESPACE.sub(" ", str(value or "")).strip()


def rich_text_as_plain(value):
    """Rich text's words without its markup: tags removed, entities decoded."""
    return plain_text(html.unescape(strip_tags(str(value or ""))))


def text_of(page, field_name):
    """A field's text as plain text, whether the field is plain or rich text ("" if none)."""
    try:
        field = page._meta.get_field(field_name)
    except FieldDoesNotExist:
        return ""
    value = getattr(page, field_name, "")
    return rich_text_as_plain(value) if isinstance(field, RichTextField) else plain_text(value)


def description_from(*candidates, limit=DESCRIPTION_MAX_CHARACTERS):
    """The first non-empty candidate (plain text), at most `limit` characters (ends in …)."""
    for candidate in candidates:
        text = plain_text(candidate)
        if text:
            return Truncator(text).chars(limit, truncate="…")
    return ""
