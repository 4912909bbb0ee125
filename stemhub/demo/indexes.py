"""Wagtail's own indexes while the demo loads: each object indexed once, not at every save.

Wagtail keeps two indexes through `post_save` handlers: its reference index (what links to
what: the admin's "usage" views) and its search index (the admin's page and chooser search;
the site's own search, `stemhub.search`, follows publishing and is not touched here). Building a
page saves it three times (add_child, save_revision, publish) and each inline row once more, and
each of those saves rewrote the page's entries in both indexes: about a third of what
`load_demo` cost.

- `reference_index_deferred()`: saves are only noted; when the block ends each saved object's
  references are written once, as the object is then, by the same Wagtail method the handler
  runs, so the index ends as the per-save updates left it. Deletions remove their entries at
  once, as Wagtail's own handler does.
- `search_index_paused()`: saves leave the search index alone, for a caller that rebuilds it
  afterwards (`load_demo` runs `update_index`). Not deferred per object: the database backend's
  title weights depend on the order entries were written in, a rebuild sets them all afresh.
  It notes whether anything the index follows was saved inside the block (a signal per save,
  never a row count: SQLite reports none for Django's INSERT … RETURNING), and
  `search_index_complete()` whether every object has its entry: a load that saved nothing
  needs no rebuild unless an earlier one was stopped before it ended (a `make run` interrupted
  after the load committed leaves the new objects without entries; the next run rebuilds).

An index the caller has already paused (the tests do, tests/wagtail_indexes.py) stays paused
and nothing is written to it at the end.
"""

from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import TextField
from django.db.models.functions import Cast
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.search.models import IndexEntry
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)


def auto_updated_search_models():
    """The models whose saves Wagtail's search index follows (tests pause the same ones)."""
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


class SearchIndexPause:
    """What `search_index_paused()` yields: `missed` is True once the block saved an object
    the search index follows (whether or not a pause of the caller's already kept it out)."""

    missed = False


@contextmanager
def search_index_paused():
    """Saves inside the block leave Wagtail's search index as it was (deletions still remove
    their entries). Only the handlers this block disconnected are connected again afterwards,
    so a pause the caller made outlasts this one."""
    models = auto_updated_search_models()
    pause = SearchIndexPause()
    followed = set(models)

    def note(sender, **kwargs):
        if sender in followed:
            pause.missed = True

    paused = [
        model for model in models if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    # A receiver of this pause's own: a pause nested in another notes its saves, and leaves the
    # outer one's receiver connected.
    receiver_id = ("demo-search-index-missed", id(pause))
    post_save.connect(note, weak=False, dispatch_uid=receiver_id)
    try:
        yield pause
    finally:
        post_save.disconnect(dispatch_uid=receiver_id)
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)


def search_index_complete():
    """Whether every object of every indexed model has its entry in Wagtail's search index: a
    query per model on the database backends, which keep one entry per object under its own
    content type. False for any other backend (it cannot be read so), so its caller rebuilds."""
    for backend in get_search_backends():
        if not type(backend).__module__.startswith("modelsearch.backends.database."):
            return False
    entries = IndexEntry.objects.all()
    for model in search_index.get_indexed_models():
        content_type = ContentType.objects.get_for_model(model)
        ids = entries.filter(content_type=content_type).values("object_id")
        objects = model.get_indexed_objects().annotate(entry_id=Cast("pk", TextField()))
        if objects.exclude(entry_id__in=ids).exists():
            return False
    return True


@contextmanager
def reference_index_deferred():
    """Inside the block, saves only note which objects changed; when it ends without an error,
    each one's references are written once, as the object is then. A caller that already
    paused the reference index keeps it paused (nothing is noted or written)."""
    if getattr(reference_index_auto_update_disabled, "value", False):
        yield
        return
    sources = {}  # (model, primary key) -> None, in the order of the first save

    def note(sender, instance, raw=False, **kwargs):
        if not raw and sender in ReferenceIndex.tracked_models:
            key = _source_key(sender, instance)
            if key is not None:
                sources.setdefault(key, None)

    def remove(sender, instance, **kwargs):
        if sender in ReferenceIndex.tracked_models:  # what Wagtail's own delete handler does
            sources.pop((sender, instance.pk), None)
            with transaction.atomic():
                ReferenceIndex.remove_for_object(instance)
                ReferenceIndex.remove_references_to(instance)

    with disable_reference_index_auto_update():
        post_save.connect(note, weak=False, dispatch_uid="demo-reference-index-save")
        post_delete.connect(remove, weak=False, dispatch_uid="demo-reference-index-delete")
        try:
            yield
        finally:
            post_save.disconnect(dispatch_uid="demo-reference-index-save")
            post_delete.disconnect(dispatch_uid="demo-reference-index-delete")
    _index_references(sources)


def _source_key(model, instance):
    """(model, primary key) of the object whose references a save changed: a child row (a
    video's hero) is recorded under its page, as Wagtail's `update_reference_index_task` does,
    which reads the parent through the first ParentalKey; None for a row without a parent.
    The parent is usually the instance in memory that saved the row, so this rarely queries."""
    pk = instance.pk
    while True:
        key = next(
            (field for field in model._meta.get_fields() if isinstance(field, ParentalKey)), None
        )
        if key is None:
            return model, pk
        pk = getattr(instance, key.attname)
        if pk is None:
            return None
        model, instance = key.related_model, getattr(instance, key.name)


def _index_references(keys):
    """Each object's references written once, fresh from the database (gone ones skipped)."""
    pks_by_model = {}
    for model, pk in keys:
        if ReferenceIndex.is_indexed(model):
            pks_by_model.setdefault(model, []).append(pk)
    found = {
        (model, pk): instance
        for model, pks in pks_by_model.items()
        for pk, instance in model._default_manager.in_bulk(pks).items()
    }
    for key in keys:
        if key in found:
            with transaction.atomic():
                ReferenceIndex.create_or_update_for_object(found[key])
