"""A page's terms of one many-to-many relation (its sectors, regions, school levels …) and its
inline rows (heroes, signposts, worksheets …), their SQL compiled once per process
(stemhub.prepared_queries).

Every detail page lists its vocabularies: `list(page.sectors.all())`, a query that Django builds
and compiles at every render, for more CPU than SQLite takes to run it (an initiative page reads
five). `page_terms(page, name)` reads the same rows with the same SQL, the related model's default
manager filtered on the page as Django's related manager filters it, compiled once per relation
and language. A relation the page holds in memory is read as before: a preview or a revision
(modelcluster keeps the chosen terms on the page), a prefetched one, an unsaved page's; an unsaved
page's plain relations (not modelcluster's: a foreign key to the page) are empty.
`page_children(page, name, *related)` does the same for `page.<name>.select_related(*related)`:
each row's link back to the page is the page itself, as Django's related manager sets it.
Tests compare the SQL and instances with the related managers'
(tests/stemhub/test_prepared_queries.py).
"""

import types

from django.db.models import prefetch_related_objects
from modelcluster.fields import ParentalKey, ParentalManyToManyField

from stemhub.prepared_queries import PreparedQuery


def related_terms(model, name, pk):
    """What `page.<name>.all()` reads for the page of `model` with this pk."""
    field = model._meta.get_field(name)
    # The related manager's filter: the relation's query name and the field the link table's
    # column points to on the page (`page_ptr` for a Wagtail page type).
    target = field.remote_field.through._meta.get_field(field.m2m_field_name()).target_field
    return field.related_model._default_manager.filter(
        **{f"{field.related_query_name()}__{target.name}": pk}
    )


prepared_related_terms = PreparedQuery(related_terms)


def _narrowed(children, related, narrow):
    children = children.select_related(*related) if related else children  # (): every relation
    return narrow(children) if narrow else children


def related_children(model, name, related, narrow, pk):
    """What `page.<name>`, `select_related(*related)` and narrowed by `narrow` (a function of
    the queryset: live ones, an order), reads for the page of `model` with this pk."""
    link = model._meta.get_field(name).field  # the child's ParentalKey (or ForeignKey)
    return _narrowed(link.model._default_manager.filter(**{link.name: pk}), related, narrow)


prepared_related_children = PreparedQuery(related_children)


def _in_memory(page, name):
    """Whether the page holds the relation itself: unsaved, a preview or revision, prefetched."""
    in_memory = getattr(page, "_cluster_related_objects", {})
    prefetched = getattr(page, "_prefetched_objects_cache", {})
    return page.pk is None or name in in_memory or name in prefetched


def _unsaved_without_rows(page, name):
    """Whether the page is unsaved (a preview on create) and the relation not modelcluster's:
    Django's related manager refuses a page without an id, which no row can point to yet."""
    if page.pk is not None:
        return False
    field = type(page)._meta.get_field(name)
    link = field if field.many_to_many and not field.auto_created else field.field
    return not isinstance(link, (ParentalKey, ParentalManyToManyField))


def page_terms(page, name):
    """list(page.<name>.all()), its SQL compiled once when the terms come from the database."""
    if _unsaved_without_rows(page, name):
        return []
    if _in_memory(page, name):
        return list(getattr(page, name).all())
    return prepared_related_terms(type(page), name, pk=page.pk)


def page_children(page, name, *related, narrow=None, prefetch=()):
    """list(page.<name>.select_related(*related), narrowed by `narrow` (a module's function:
    it is part of the query's shape), with `prefetch`), its SQL compiled once when the rows
    come from the database."""
    if narrow is not None and not (
        isinstance(narrow, types.FunctionType) and "<locals>" not in narrow.__qualname__
    ):
        # A function made at each call (a closure, a nested function or lambda), a bound method
        # (a new one per page, whose values would end up compiled into the SQL) or a partial
        # would be a new shape each time; a module's function or lambda is made once: allowed.
        raise ValueError(f"narrow must be a module's function, not {narrow!r}")
    if _unsaved_without_rows(page, name):
        return []
    if _in_memory(page, name):
        children = _narrowed(getattr(page, name).all(), related, narrow)
        return list(children.prefetch_related(*prefetch))
    children = prepared_related_children(type(page), name, related, narrow, pk=page.pk)
    link = type(page)._meta.get_field(name).field.name
    for child in children:
        setattr(child, link, page)  # as the related manager does (its known related objects)
    prefetch_related_objects(children, *prefetch)
    return children
