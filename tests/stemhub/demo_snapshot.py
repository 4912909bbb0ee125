"""What the demo content looks like from outside: pages and snippets by title and slug.

`tests/stemhub/fixtures/demo_snapshot.json` was written from the demo loader of the Python
literal modules, before the demo moved to the data files in `demo/`; the test asserts that
the data files load the same pages and terms in both languages. After deliberately changing a
title or slug in `demo/`, rewrite the fixture from a freshly loaded database:

    .venv/bin/python manage.py shell -c "from tests.stemhub.demo_snapshot import write; write()"
"""

import json
from pathlib import Path

from django.apps import apps
from wagtail.models import Page

FIXTURE = Path(__file__).parent / "fixtures" / "demo_snapshot.json"
APP_LABELS = ("stemhub", "taxonomy", "partners", "videos", "classroom", "initiatives")
KEY_FIELDS = ("slug", "code")
LABEL_FIELDS = ("name", "heading", "description", "role", "title")
# Rows derived from the pages (the site search index), not demo content of their own.
DERIVED_MODELS = {"SearchEntry"}
# Wagtail's draft/revision/locking state of reviewed snippets (taxonomy.ReviewedSnippet): how a
# term is being edited, not what the demo loads.
EDITING_STATE_FIELDS = {"latest_revision", "live_revision", "locked_by"}


def _path(page):
    """The Dutch path from the site root: the same in a migrated and in a test database."""
    return page.url_path.strip("/")


def _label(obj):
    if isinstance(obj, Page):
        return _path(obj)
    return str(obj)


def _labelled_relations(model):
    """The foreign keys whose targets a row names (editing state aside)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and field.name not in EDITING_STATE_FIELDS
    ]


def _snippet_row(obj):
    names = {field.name for field in obj._meta.concrete_fields}
    row = [getattr(obj, name) for name in KEY_FIELDS if name in names]
    for name in LABEL_FIELDS:
        if f"{name}_nl" in names:
            row += [getattr(obj, f"{name}_nl"), getattr(obj, f"{name}_en")]
        elif name in names:
            row.append(getattr(obj, name))
    for name in _labelled_relations(type(obj)):
        row.append(_label(getattr(obj, name)))
    return [str(value) for value in row]


def snapshot():
    """Every page below the root (type, path, titles, slugs) and every snippet row of our apps."""
    pages = [
        [
            type(page).__name__,
            _path(page),
            page.title_nl,
            page.title_en,
            page.slug_nl,
            page.slug_en,
        ]
        for page in Page.objects.filter(depth__gt=1).order_by("path").specific()
    ]
    snippets = {}
    for model in apps.get_models():
        if (
            model._meta.app_label in APP_LABELS
            and not issubclass(model, Page)
            and model.__name__ not in DERIVED_MODELS
        ):
            # The rows' targets read in the same query: one query per target and row was most
            # of what a snapshot cost (about 490 in the full demo).
            rows = model.objects.select_related(*_labelled_relations(model))
            rows = sorted(_snippet_row(obj) for obj in rows)
            if rows:
                snippets[model.__name__] = rows
    return {"pages": pages, "snippets": snippets}


def write():
    FIXTURE.write_text(json.dumps(snapshot(), indent=1, ensure_ascii=False) + "\n")
