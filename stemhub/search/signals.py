"""The index follows publishing at once: a published page is (re)indexed in the same request,
an unpublished one disappears from the results, and both happen again after the commit so
nothing read before it survives. Pages that show another page's words (a video names its
company, a sector names its videos) declare `search_dependents()`: those are re-indexed too,
by the worker when a sector or a partner changes.

A bulk loader (the demo) may defer the page's own entries with `indexing_deferred()`: each page
published inside the block is indexed once when the block ends, as it is then, instead of at
every publish and again after the commit; after the commit the index gets a new version, so
what was derived from it before (the "did you mean" words) is read afresh.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from stemhub.tasks import reindex_pages

from . import index
from .documents import takes_part


def _dependent_ids(instance):
    dependents = getattr(instance, "search_dependents", None)
    if dependents is None:
        return []
    return [page.pk for page in dependents()]


def _reindex_later(page_ids):
    if not page_ids:
        return
    transaction.on_commit(lambda: reindex_pages.enqueue(sorted(page_ids)), robust=True)


_deferral = threading.local()


@contextmanager
def indexing_deferred():
    """Pages published inside the block get their entries once, when it ends without an
    error, in the order they were first published; their dependents are queued at publishing
    as always. Meant for one transaction that publishes many pages (`load_demo`): each page is
    built in three saves and indexed at its publish and again after the commit otherwise. A
    block nested in another leaves the indexing to the outer one."""
    if getattr(_deferral, "page_ids", None) is not None:
        yield
        return
    _deferral.page_ids = page_ids = {}  # id -> None: a set that keeps the publishing order
    try:
        yield
    finally:
        _deferral.page_ids = None
    found = {page.pk: page for page in Page.objects.filter(pk__in=list(page_ids)).specific()}
    for page_id in page_ids:
        if page_id in found:
            index.index_page(found[page_id])
    if page_ids:
        # What was read from the index before the commit (the "did you mean" words, kept under
        # the index's version) is dropped once the entries are visible, as after a publish.
        transaction.on_commit(index.new_version, robust=True)


def on_page_published(sender, instance, **kwargs):
    page = instance.specific
    if not takes_part(type(page)) and not hasattr(page, "search_dependents"):
        return
    if takes_part(type(page)):
        deferred = getattr(_deferral, "page_ids", None)
        if deferred is not None:
            deferred.setdefault(page.pk, None)
        else:
            index.index_page(page)
            transaction.on_commit(lambda: index.index_pages([page.pk]), robust=True)
    _reindex_later(_dependent_ids(page))


def on_page_unpublished(sender, instance, **kwargs):
    page_id = instance.pk
    index.remove_page(page_id)
    transaction.on_commit(lambda: index.index_pages([page_id]), robust=True)
    _reindex_later(_dependent_ids(instance.specific))


def on_vocabulary_saved(sender, instance, raw=False, **kwargs):
    """A renamed sector (or any snippet with search_dependents) renames it in the index."""
    if raw or not hasattr(instance, "search_dependents") or hasattr(instance, "path"):
        return
    _reindex_later(_dependent_ids(instance))


def connect():
    page_published.connect(on_page_published, dispatch_uid="search-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search-unpublished")
    post_save.connect(on_vocabulary_saved, dispatch_uid="search-vocabulary")
