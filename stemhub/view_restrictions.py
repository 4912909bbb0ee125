"""A routed page's view restrictions, their SQL compiled once per process (prepared_queries).

Wagtail's `on_serve_page` hook reads `page.get_view_restrictions()` at every request to a page:
a queryset over the restrictions of the page, the pages above it and the tree's root. Building
and compiling that queryset cost about as much as running it, and its SQL differs between
requests only by the pages' ids and the root's path. `restrictions_on` hands out that very
queryset (any filter, ordering, `exists()` or `count()` goes through Django as before), except
that evaluating it as it is reads its rows with the SQL compiled once per number of pages.
Nothing but SQL text is kept: every request reads the restrictions from the database.
"""

from django.db.models import Q, QuerySet
from wagtail.models import PageViewRestriction

from stemhub.prepared_queries import PreparedQuery


def restricted(page_ids, root_path):
    """The one condition both paths use: on these pages or on the tree's root (by its path)."""
    return Q(page_id__in=page_ids) | Q(page__path=root_path)


def restrictions_of(page_ids, root_path):
    """The restrictions on these pages and on the tree's root, found by its path."""
    return PageViewRestriction.objects.filter(restricted(page_ids, root_path))


prepared_restrictions_of = PreparedQuery(restrictions_of)


class PreparedRestrictions(QuerySet):
    """`restrictions_of()`'s queryset whose rows, read whole, come from the prepared SQL; a
    queryset derived from it (filtered, ordered, sliced) is built and compiled by Django."""

    prepared_values = None  # a clone (filter, order_by, …) is Django's own again

    def _fetch_all(self):
        # Only while the deferred filter is untouched: code that reached `.query` (and so may
        # have changed it in place) gets Django's evaluation of what it built.
        untouched = self._deferred_filter is not None
        if self._result_cache is None and self.prepared_values is not None and untouched:
            self._result_cache = prepared_restrictions_of(**self.prepared_values)
        super()._fetch_all()


def restrictions_on(page_ids, root_path):
    """What `restrictions_of(page_ids, root_path)` gives, its filter built only if some caller
    goes on from it (Django's deferred filter, as related managers use it)."""
    restrictions = PreparedRestrictions(model=PageViewRestriction)
    restrictions._defer_next_filter = True
    restrictions = restrictions.filter(restricted(page_ids, root_path))
    restrictions.prepared_values = {"page_ids": list(page_ids), "root_path": root_path}
    return restrictions
