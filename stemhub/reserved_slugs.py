"""Slugs a page may not take because its parent already answers that address itself.

An index page with routes (RoutablePageMixin: the RSS feed, the proposal and video submission
forms, the CSV downloads …) resolves its own routes before it looks for a child page, so a child
page with the slug `feed` or `voorstellen` could never be reached. The routes are read from the
parent's page type, in every language at once: Wagtail resolves `propose/` under /nl/ as well.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FIRST_SEGMENT = re.compile(r"^\^?([\w-]+)/")

RESERVED_SLUG_MESSAGE = _(
    "“%(slug)s” is an address of the page “%(parent)s” itself (a form, a feed or a download), so a "
    "page with this slug could never be opened. Choose another slug."
)


def reserved_slugs(parent):
    """The first address segment of every route of `parent`'s page type (a frozenset)."""
    page_class = parent.specific_class if parent is not None else None
    if page_class is None or not hasattr(page_class, "get_subpage_urls"):
        return frozenset()
    segments = (FIRST_SEGMENT.match(str(url.pattern)) for url in page_class.get_subpage_urls())
    return frozenset(match.group(1) for match in segments if match)


def reserved_slug_errors(slugs, parent):
    """{field: error} for each language's slug (`slugs`: {"slug_nl": …}) that is a route of
    `parent`; an empty slug falls back to the Dutch one and is not checked twice."""
    reserved = reserved_slugs(parent)
    errors = {}
    for language, _name in settings.LANGUAGES:
        field = f"slug_{language}"
        slug = slugs.get(field)
        if slug and slug in reserved:
            errors[field] = ValidationError(
                RESERVED_SLUG_MESSAGE,
                code="reserved_slug",
                params={"slug": slug, "parent": parent.get_admin_display_title()},
            )
    return errors
