"""Keeping the search index: a page's entries are written when it is published and removed
when it is unpublished or deleted (signals.py), and `manage.py rebuild_search_index` writes
them all again.
"""

import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Value
from django.utils import translation
from wagtail.models import Page, get_page_models

from stemhub.models import SearchEntry

from . import text
from .documents import joined, rows_read_once, takes_part

WEIGHTS = (("title", "A"), ("keywords", "B"), ("summary", "C"), ("body", "D"))
VERSION_KEY = "stemhub-search-index-version"


def languages():
    return [code for code, _name in settings.LANGUAGES]


def uses_postgres():
    return connection.vendor == "postgresql"


def searchable_models():
    return [model for model in get_page_models() if takes_part(model)]


def index_version():
    """Changes whenever the index does; cached derivations (the spelling vocabulary) key on it."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, None)
    return version


def new_version():
    """A new version of the index: what was kept under the old one is read afresh."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _vector(parts, language):
    """A weighted tsvector of already stemmed terms, in the language's configuration."""
    config = text.config(language)
    vector = None
    for name, weight in WEIGHTS:
        part = SearchVector(Value(" ".join(parts[name])), weight=weight, config=config)
        vector = part if vector is None else vector + part
    return vector


def build_entry(page, language):
    """The entry of a live page in one language, or None if it has nothing to find."""
    with translation.override(language):
        document = page.search_document()
    fields = {
        "title": " ".join(document.title.split()),
        "summary": joined([document.summary]),
        "keywords": joined(document.keywords),
        "body": joined(document.body),
    }
    if not fields["title"]:
        return None
    parts = {name: text.terms(fields[name], language) for name, _weight in WEIGHTS}
    terms = " ".join(f"{weight.lower()}:{term}" for name, weight in WEIGHTS for term in parts[name])
    entry = SearchEntry(
        page_id=page.pk,
        language=language,
        kind=page.search_kind,
        title=fields["title"][:255],
        title_key=f" {' '.join(text.words(fields['title']))} "[:300],
        summary=fields["summary"],
        keywords=fields["keywords"],
        body=fields["body"],
        terms=f" {terms} ",
        published_at=page.first_published_at,
    )
    if uses_postgres():
        entry.vector = _vector(parts, language)
        entry.title_vector = SearchVector(
            Value(" ".join(parts["title"])), config=text.config(language)
        )
    return entry


def entries(page):
    """The entries of a live page in every language; related rows each read once for all."""
    with rows_read_once(page):
        return [entry for entry in (build_entry(page, code) for code in languages()) if entry]


def is_indexable(page):
    return page.live and takes_part(type(page))


def index_page(page):
    """Write (or remove) the entries of one page, as it is in the database now."""
    with transaction.atomic():
        SearchEntry.objects.filter(page_id=page.pk).delete()
        if is_indexable(page):
            SearchEntry.objects.bulk_create(entries(page))
    new_version()


def index_pages(page_ids):
    """Re-index pages by id, fresh from the database (gone or unpublished ones are removed)."""
    page_ids = set(page_ids)
    found = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    for page_id in page_ids:
        page = found.get(page_id)
        if page is None:
            SearchEntry.objects.filter(page_id=page_id).delete()
        else:
            index_page(page)
    new_version()


def remove_page(page_id):
    SearchEntry.objects.filter(page_id=page_id).delete()
    new_version()


def rebuild():
    """Every live page of every searchable type, written afresh; returns the number of pages."""
    count = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for model in searchable_models():
            for page in model.objects.live().exact_type(model).iterator(chunk_size=200):
                SearchEntry.objects.bulk_create(entries(page))
                count += 1
    new_version()
    return count
