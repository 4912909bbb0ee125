"""Indexes that keep finding one page flat as the site grows (README, "Tests and benchmarks").

- `(depth, path)` on wagtailcore_page: "the children of this page" (routing, menus, the browse
  pages) is `depth = d AND path BETWEEN …`; with only the path index, that range covers every
  descendant (every video below the home page) and the depth is checked row by row.
- `slug_nl`, `slug_en`: routing asks for the child with this slug in the visitor's language
  (stemhub.routing). wagtail-modeltranslation adds these columns after the migrations, without
  an index; on a fresh database they do not exist yet when this runs, so this migration adds
  them exactly as it would (nullable, the translated field's definition) and the later sync
  finds them in place.
"""

from django.conf import settings
from django.db import migrations

TREE_INDEX = "stemhub_page_depth_path_idx"


def slug_index(code):
    return f"stemhub_page_slug_{code}_idx"


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def create_indexes(apps, schema_editor):
    from wagtail.models import Page  # the real model: it has the translated fields

    connection = schema_editor.connection
    table = Page._meta.db_table
    quote = schema_editor.quote_name
    with connection.cursor() as cursor:
        columns = {
            column.name for column in connection.introspection.get_table_description(cursor, table)
        }
    for code in language_codes():
        field = Page._meta.get_field(f"slug_{code}")
        if field.column not in columns:
            definition, params = schema_editor.column_sql(Page, field, include_default=False)
            schema_editor.execute(
                f"ALTER TABLE {quote(table)} ADD COLUMN {quote(field.column)} {definition}",
                params or None,
            )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(slug_index(code))} "
            f"ON {quote(table)} ({quote(field.column)})"
        )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {quote(TREE_INDEX)} ON {quote(table)} "
        f"({quote('depth')}, {quote('path')})"
    )


def drop_indexes(apps, schema_editor):
    quote = schema_editor.quote_name
    for name in [TREE_INDEX, *(slug_index(code) for code in language_codes())]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {quote(name)}")


class Migration(migrations.Migration):
    dependencies = [
        ("stemhub", "0011_translators_review_vocabulary"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
