"""A page's terms of one many-to-many relation (its sectors, regions, school levels …), their
SQL compiled once per process (stemhub.prepared_queries).

Every detail page lists its vocabularies: `list(page.sectors.all())`, a query that Django builds
and compiles at every render, for more CPU than SQLite takes to run it (an initiative page reads
five). `page_terms(page, name)` reads the same rows with the same SQL, the related model's default
manager filtered on the page as Django's related manager filters it, compiled once per relation
and language. A relation the page holds in memory is read as before: a preview or a revision
(modelcluster keeps the chosen terms on the page), a prefetched one, an unsaved page.
Tests compare the SQL and instances with the related manager's (tests/stemhub/test_page_terms.py).
"""

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


def page_terms(page, name):
    """list(page.<name>.all()), its SQL compiled once when the terms come from the database."""
    in_memory = getattr(page, "_cluster_related_objects", {})
    prefetched = getattr(page, "_prefetched_objects_cache", {})
    if page.pk is None or name in in_memory or name in prefetched:
        return list(getattr(page, name).all())
    return prepared_related_terms(type(page), name, pk=page.pk)
