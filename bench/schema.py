"""What building the schema costs, and proof that the squashed migrations build the same one.

    .venv/bin/python bench/schema.py time [--old]   # migrate an empty database: CPU s per app
    .venv/bin/python bench/schema.py compare        # old path vs squashed path; 1 if they differ

`time` runs `manage.py migrate --noinput` (wagtail-modeltranslation's version of it, as `make db`
does) on an empty database and prints, per app, the CPU seconds its migrations took (process
time, which a busy machine moves far less than wall time), then the post-migrate handlers
(content types, permissions, the modeltranslation hook) and the total. `--old` does the same in
a copy of this tree without the squashed migrations (`*/migrations/*_squashed_*.py`): the path a
database took before the squash.

`compare` builds one database each way and compares what `migrate` leaves behind: every table's
columns, indexes and constraints (SQLite: each table's definitions from sqlite_master, in any
order, and its indexes; PostgreSQL: information_schema.columns, pg_indexes and pg_constraint),
and every row of every table (the groups and their permissions, workflows and tasks, the root
page, site, collection and locale, the seeded vocabulary …), ids replaced by what they name
(a permission by its content type and codename, a group by its name …). django_migrations is
left out: the squashed path records the squashes beside the migrations they replace.

Databases: SQLite files under BENCH_TMP (default /tmp/stemhub-schema-bench), or, with
BENCH_POSTGRES_URL set (e.g. postgres://postgres@127.0.0.1:5432), the PostgreSQL databases
`<BENCH_DB_PREFIX>schema_old` and `<BENCH_DB_PREFIX>schema_new` (default prefix stemhub_bench_),
dropped and created for each run.
"""

import argparse
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TMP = Path(os.environ.get("BENCH_TMP", "/tmp/stemhub-schema-bench"))  # noqa: S108 - throwaway
PG_URL = os.environ.get("BENCH_POSTGRES_URL", "")
DB_PREFIX = os.environ.get("BENCH_DB_PREFIX", "stemhub_bench_")
PROJECT_APPS = (
    "stemhub",
    "taxonomy",
    "videos",
    "classroom",
    "initiatives",
    "partners",
    "impact",
    "selftest",
)
SKIPPED_TABLES = {"django_migrations", "sqlite_sequence"}
# Columns that differ between any two builds: ids (compared by what they name instead) and
# Wagtail's random translation keys.
SKIPPED_COLUMNS = {"id", "translation_key"}


# Building a database (runs in a child process, inside the tree that is measured) -------------


def migrate_and_measure():
    """In the child: `migrate --noinput` with the CPU time of each migration; prints JSON."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.core.management.commands.migrate import Command as MigrateCommand
    from django.db.migrations.state import ModelState

    spent = defaultdict(float)
    started = {}

    def progress(self, action, migration=None, fake=False):
        if action == "apply_start":
            started["at"] = time.process_time()
        elif action == "apply_success":
            spent[migration.app_label] += time.process_time() - started.pop("at")

    MigrateCommand.migration_progress_callback = progress
    # Model classes Django builds from migration states: the work behind most of the CPU time,
    # counted (unlike seconds) the same on a busy machine and an idle one.
    renders = Counter()
    original_render = ModelState.render

    def counting_render(self, apps):
        renders["models"] += 1
        return original_render(self, apps)

    ModelState.render = counting_render
    hook_output = io.StringIO()
    begin = time.process_time()
    with contextlib.redirect_stdout(hook_output):
        call_command("migrate", interactive=False, verbosity=0)
    total = time.process_time() - begin
    # wagtail-modeltranslation's hook prints what it had to add to wagtailcore_page.
    hook_added = "Missing languages" in hook_output.getvalue()
    print(
        json.dumps(
            {
                "apps": spent,
                "total": total,
                "hook_added_columns": hook_added,
                "renders": renders["models"],
            }
        )
    )


def old_tree():
    """This tree's files without the squashed migrations, copied under TMP."""
    target = TMP / "old-tree"
    shutil.rmtree(target, ignore_errors=True)
    listed = subprocess.run(  # noqa: S603
        ["git", "ls-files", "-co", "--exclude-standard"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    for name in filter(None, listed):
        source = ROOT / name
        if "_squashed_" in name and "/migrations/" in name or not source.is_file():
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name)
    return target


def database_url(label):
    if PG_URL:
        import psycopg2

        name = f"{DB_PREFIX}schema_{label}"
        admin = psycopg2.connect(f"{PG_URL}/postgres")
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
        admin.close()
        return f"{PG_URL}/{name}"
    TMP.mkdir(parents=True, exist_ok=True)
    path = TMP / f"schema-{label}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def build(label, tree):
    """A fresh database migrated from `tree`; returns (url, measurements)."""
    url = database_url(label)
    env = os.environ | {
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "stemhub.settings.test",
        "PYTHONPATH": str(tree),
    }
    result = subprocess.run(  # noqa: S603
        [PYTHON, str(Path(__file__).resolve()), "_child"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"migrate failed in {tree}:\n{result.stderr[-3000:]}")
    return url, json.loads(result.stdout.strip().splitlines()[-1])


def print_times(label, measured):
    apps = measured["apps"]
    own = sum(apps.get(app, 0) for app in PROJECT_APPS)
    migrations = sum(apps.values())
    print(f"{label}: CPU seconds per app's migrations")
    for app in PROJECT_APPS:
        print(f"  {app:<12} {apps.get(app, 0):6.2f}")
    print(f"  {'(project)':<12} {own:6.2f}")
    print(f"  {'(others)':<12} {migrations - own:6.2f}")
    print(f"  {'post-migrate':<12} {measured['total'] - migrations:6.2f}")
    print(f"  {'total':<12} {measured['total']:6.2f}")
    print(f"  {'model classes rendered':<12} {measured['renders']:,}")
    added = "added" if measured["hook_added_columns"] else "found nothing to add"
    print(f"  wagtail-modeltranslation's migrate hook {added} (Page translation columns)")


# Reading a database back -------------------------------------------------------------------


def connect(url):
    if url.startswith("sqlite:///"):
        import sqlite3

        return sqlite3.connect(url.removeprefix("sqlite:///"))
    import psycopg2

    return psycopg2.connect(url)


def split_definitions(sql):
    """The comma-separated definitions inside CREATE TABLE (…), split at the top level.

    A trailing ` NULL` is dropped: it is SQLite's default for a column, which Django's column
    SQL spells out and wagtail-modeltranslation's ALTER TABLE leaves out (stemhub 0012 adds
    `slug_nl` / `slug_en` the first way on the old path; the squash adds every translated Page
    column the second way), and both mean the same column.
    """
    body = sql[sql.index("(") + 1 : sql.rindex(")")]
    parts, depth, current = [], 0, ""
    for char in body:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return sorted(
        part if part.endswith(" NOT NULL") else part.removesuffix(" NULL")
        for part in [*parts, current.strip()]
    )


def schema_of(url):
    connection = connect(url)
    cursor = connection.cursor()
    schema = {}
    if url.startswith("sqlite"):
        cursor.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
        for kind, name, table, sql in cursor.fetchall():
            if table in SKIPPED_TABLES:
                continue
            if kind == "table":
                schema[f"table {name}"] = split_definitions(sql) if sql else None
            else:
                schema[f"{kind} {name} on {table}"] = sql
    else:
        cursor.execute(
            "SELECT table_name, column_name, data_type, character_maximum_length,"
            " numeric_precision, is_nullable, column_default, is_identity"
            " FROM information_schema.columns WHERE table_schema = 'public'"
        )
        for table, column, *rest in cursor.fetchall():
            schema[f"column {table}.{column}"] = [str(value) for value in rest]
        cursor.execute(
            "SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        )
        for name, table, definition in cursor.fetchall():
            schema[f"index {name} on {table}"] = definition
        cursor.execute(
            "SELECT conname, conrelid::regclass::text, contype, pg_get_constraintdef(oid)"
            " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
        )
        for name, table, kind, definition in cursor.fetchall():
            schema[f"constraint {name} on {table}"] = f"{kind} {definition}"
    connection.close()
    return schema


def tables_of(cursor, url):
    if url.startswith("sqlite"):
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return sorted(name for (name,) in cursor.fetchall() if name not in SKIPPED_TABLES)


def rows_of(url):
    """Every table's rows as a multiset, ids replaced by the natural key of what they name."""
    connection = connect(url)
    cursor = connection.cursor()

    def lookup(sql):
        cursor.execute(sql)
        return {row[0]: tuple(row[1:]) for row in cursor.fetchall()}

    names = {
        "content_type_id": lookup("SELECT id, app_label, model FROM django_content_type"),
        "permission_id": lookup(
            "SELECT p.id, c.app_label, c.model, p.codename FROM auth_permission p"
            " JOIN django_content_type c ON c.id = p.content_type_id"
        ),
        "group_id": lookup("SELECT id, name FROM auth_group"),
        "page_id": lookup("SELECT id, path FROM wagtailcore_page"),
        "collection_id": lookup("SELECT id, path FROM wagtailcore_collection"),
        "workflow_id": lookup("SELECT id, name FROM wagtailcore_workflow"),
        "task_id": lookup("SELECT id, name FROM wagtailcore_task"),
        "locale_id": lookup("SELECT id, language_code FROM wagtailcore_locale"),
    }
    names |= {
        "root_page_id": names["page_id"],
        "task_ptr_id": names["task_id"],
        "groupapprovaltask_id": names["task_id"],
    }
    rows = {}
    for table in tables_of(cursor, url):
        cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - our own table names
        columns = [column[0] for column in cursor.description]
        counted = Counter()
        for row in cursor.fetchall():
            named = tuple(
                sorted(
                    (column, repr(names[column].get(value, value) if column in names else value))
                    for column, value in zip(columns, row, strict=True)
                    if column not in SKIPPED_COLUMNS
                )
            )
            counted[named] += 1
        if counted:
            rows[table] = counted
    connection.close()
    return rows


def differences(old, new):
    found = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            found.append(f"  {key}:\n    old: {old.get(key)}\n    new: {new.get(key)}")
    return found


def compare():
    old_url, old_times = build("old", old_tree())
    new_url, new_times = build("new", ROOT)
    print(f"old path: {old_url}\nnew path: {new_url}")
    failed = False
    old_schema, new_schema = schema_of(old_url), schema_of(new_url)
    problems = differences(old_schema, new_schema)
    print(f"schema: {len(old_schema)} objects old, {len(new_schema)} new, {len(problems)} differ")
    print("\n".join(problems))
    failed |= bool(problems)
    old_rows, new_rows = rows_of(old_url), rows_of(new_url)
    problems = differences(old_rows, new_rows)
    counts = ", ".join(f"{table} {sum(rows.values())}" for table, rows in sorted(new_rows.items()))
    print(
        f"rows: {len(old_rows)} tables with rows old, {len(new_rows)} new, {len(problems)} differ"
    )
    print(f"  ({counts})")
    print("\n".join(problems))
    failed |= bool(problems)
    print_times("old path", old_times)
    print_times("new path", new_times)
    print("EQUIVALENT" if not failed else "DIFFERENT")
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["time", "compare", "_child"])
    parser.add_argument("--old", action="store_true", help="without the squashed migrations")
    args = parser.parse_args()
    if args.command == "_child":
        sys.path.insert(0, os.getcwd())
        migrate_and_measure()
        return 0
    if args.command == "compare":
        return compare()
    label = "old" if args.old else "new"
    _url, measured = build(label, old_tree() if args.old else ROOT)
    print_times(f"{label} path", measured)
    return 0


if __name__ == "__main__":
    sys.exit(main())
