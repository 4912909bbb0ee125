"""A page's view restrictions in one query (Wagtail's `Page.get_view_restrictions` takes two).

Wagtail checks them on every page it serves (its `on_serve_page` hook): it first reads the
page's ancestors to follow aliases to their source page, then the restrictions of those pages.
The ancestors' paths follow from the page's own path, so both steps fit in one statement:
the restrictions of every page on the path, an alias standing for its source page, as Wagtail
does it (an alias has no restrictions of its own).
"""

from django.db.models.functions import Coalesce
from wagtail.models import Page, PageViewRestriction


def path_and_ancestor_paths(page):
    """The tree paths of the page and of every page above it, the tree's root included."""
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def view_restrictions(page):
    """The PageViewRestrictions that apply to `page` (a queryset, as Wagtail's method)."""
    sources = (
        Page.objects.filter(path__in=path_and_ancestor_paths(page))
        .annotate(source_id=Coalesce("alias_of_id", "id"))
        .values("source_id")
    )
    return PageViewRestriction.objects.filter(page_id__in=sources)
