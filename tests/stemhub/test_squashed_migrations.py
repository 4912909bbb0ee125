"""The squashed migrations stand in for the old ones (README, "Migrations").

A fresh database (this suite's, too) is built by the squashes; a database migrated with the old
files keeps them, and Django only marks the squashes applied. These tests read the migration
graph the way `migrate` does, without building a database: the squashes replace every old
migration exactly once, end in the same models as the old files (every attribute that reaches
the database), a database at any old state migrates without a cycle or a gap, and one at main's
last state has nothing to apply. `bench/schema.py compare` builds both databases and compares
their tables, indexes, constraints and rows (run on SQLite and PostgreSQL, see the README).

Taxonomy's, classroom's and videos' squashes were made again to take in the drafts-and-review
migrations written after the first squash; a database built by those first squashes still
records their names, which are no longer on disk (`EARLIER_SQUASHES`), and must migrate on too.
"""

import ast
from functools import cache
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

ROOT = Path(__file__).resolve().parents[2]
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


@cache  # the files do not change while the module runs; read once per app, not once per state
def migration_files(app):
    return tuple(
        sorted(path.stem for path in (ROOT / app / "migrations").glob("[0-9][0-9][0-9][0-9]_*.py"))
    )


def squashes(app):
    return [name for name in migration_files(app) if "_squashed_" in name]


def old_migrations(app):
    return [name for name in migration_files(app) if "_squashed_" not in name]


@cache  # only read: loaded once for the module instead of for every use (one per old state)
def old_graph():
    """Every migration file as a node, squashes not standing in for anything."""
    return MigrationLoader(None, ignore_no_migrations=True, replace_migrations=False).graph


def executor_with_applied(monkeypatch, applied):
    """The executor `migrate` builds for a database whose django_migrations holds `applied`."""
    monkeypatch.setattr(
        MigrationRecorder, "applied_migrations", lambda self: dict.fromkeys(applied)
    )
    return MigrationExecutor(connection)


def old_leaves(graph):
    """The last old migration of each project app, and every other app's last migration."""
    leaves = []
    for app in {app for app, _name in graph.nodes}:
        names = old_migrations(app) if app in PROJECT_APPS else None
        app_nodes = [name for node_app, name in graph.nodes if node_app == app]
        leaves.append((app, names[-1] if names else max(app_nodes)))
    return leaves


def replaced(app):
    graph = old_graph()
    return [name for squash in squashes(app) for _app, name in graph.nodes[(app, squash)].replaces]


@pytest.mark.parametrize("app", PROJECT_APPS)
def test_the_squashes_replace_every_old_migration_exactly_once(app):
    """Every migration up to the last one squashed is replaced, once; migrations written after
    the squash (depending on the last replaced one, which Django points at the squash) follow."""
    names = replaced(app)
    assert len(names) == len(set(names))
    later = sorted(set(old_migrations(app)) - set(names))
    assert sorted(names) == [name for name in old_migrations(app) if name not in later]
    assert all(name > max(names) for name in later)


@pytest.mark.parametrize("app", PROJECT_APPS)
def test_a_squash_never_imports_a_migration_it_replaces(app):
    for name in squashes(app):
        tree = ast.parse((ROOT / app / "migrations" / f"{name}.py").read_text())
        imported = [
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        ]
        assert not [module for module in imported if module and ".migrations" in module]


def database_shape(state, app):
    """Per model of `app`: its fields with every attribute that reaches the database, its
    table name and its indexes and constraints."""
    shape = {}
    for (model_app, model_name), model in state.models.items():
        if model_app != app:
            continue
        fields = {}
        for name, field in model.fields.items():
            path, args, kwargs = field.deconstruct()[1:]
            for attribute in field.non_db_attrs:
                kwargs.pop(attribute, None)
            if "to" in kwargs:
                kwargs["to"] = str(kwargs["to"]).lower()
            fields[name] = (path, args, sorted((key, repr(value)) for key, value in kwargs.items()))
        options = model.options
        shape[model_name] = {
            "fields": fields,
            "db_table": options.get("db_table"),
            "indexes": sorted(repr(index.deconstruct()) for index in options.get("indexes", [])),
            "constraints": sorted(repr(c.deconstruct()) for c in options.get("constraints", [])),
            "unique_together": sorted(map(sorted, options.get("unique_together", ()))),
            "managed": options.get("managed", True),
        }
    return shape


def test_the_squashes_end_in_the_models_of_the_old_migrations():
    graph = old_graph()
    old_state = graph.make_state(nodes=old_leaves(graph), at_end=True)
    new_graph = MigrationLoader(None, ignore_no_migrations=True).graph
    new_state = new_graph.make_state(nodes=new_graph.leaf_nodes(), at_end=True)
    for app in PROJECT_APPS:
        assert database_shape(new_state, app) == database_shape(old_state, app), app
    assert len(database_shape(new_state, "videos")) > 10  # the comparison saw the models


def test_a_database_at_the_old_migrations_has_nothing_to_apply(monkeypatch):
    applied = old_leaves(old_graph())
    everything_old = set()
    graph = old_graph()
    for leaf in applied:
        everything_old |= recorded(graph, graph.forwards_plan(leaf))
    executor = executor_with_applied(monkeypatch, everything_old)
    loader = executor.loader
    loader.check_consistent_history(connection)
    assert executor.migration_plan(loader.graph.leaf_nodes()) == []
    # Django marks every squash applied, so later migrations may depend on them.
    for app in PROJECT_APPS:
        for name in squashes(app):
            assert (app, name) in loader.applied_migrations


def test_a_fresh_database_is_built_by_the_squashes_alone(monkeypatch):
    executor = executor_with_applied(monkeypatch, set())
    loader = executor.loader
    planned = [
        migration for migration, _backwards in executor.migration_plan(loader.graph.leaf_nodes())
    ]
    project = [(m.app_label, m.name) for m in planned if m.app_label in PROJECT_APPS]
    expected = [
        (app, name)
        for app in PROJECT_APPS
        for name in squashes(app) + sorted(set(old_migrations(app)) - set(replaced(app)))
    ]
    assert sorted(project) == sorted(expected)
    assert not [name for _app, name in project if name in replaced(_app)]


def recorded(graph, nodes):
    """What django_migrations holds after applying `nodes`: a third-party squash (Wagtail has
    some) is recorded with the migrations it replaces."""
    rows = set(nodes)
    for node in nodes:
        rows |= set(graph.nodes[node].replaces)
    return rows


def old_states():
    """Every state a database could have been left in by `migrate app name` on the old files
    (each old migration of a project app with everything it needs)."""
    graph = old_graph()
    for app in PROJECT_APPS:
        for name in old_migrations(app):
            yield app, name, recorded(graph, graph.forwards_plan((app, name)))


def planned_from(monkeypatch, applied):
    """What `migrate` applies to a database whose django_migrations holds `applied`, after
    checking that history is consistent; the plan must not repeat anything applied and must
    leave every old migration applied or replaced by an applied squash."""
    executor = executor_with_applied(monkeypatch, applied)
    loader = executor.loader
    loader.check_consistent_history(connection)
    plan = [
        migration for migration, _backwards in executor.migration_plan(loader.graph.leaf_nodes())
    ]
    planned = {(migration.app_label, migration.name) for migration in plan}
    assert not planned & applied
    done = applied | planned
    for migration in plan:
        done |= set(migration.replaces)
    missing = {
        (other_app, old_name)
        for other_app in PROJECT_APPS
        for old_name in old_migrations(other_app)
    } - done
    assert not missing, sorted(missing)
    return planned


def test_a_database_at_any_old_state_migrates_on_without_a_cycle_or_a_gap(monkeypatch):
    """Where a squash's migrations are partly applied Django uses the old files for that app;
    wherever a database stopped, the plan must load, be consistent and complete the rest."""
    checked = 0
    for app, name, applied in old_states():
        try:
            planned_from(monkeypatch, applied)
        except AssertionError as error:
            raise AssertionError(f"stopped at {app} {name}: {error}") from error
        checked += 1
    assert checked == sum(len(old_migrations(app)) for app in PROJECT_APPS)


# The first squashes (main's, until the drafts-and-review migrations were folded in). A database
# built by them records their names (with every migration they replaced); it either stopped there
# (built before the drafts-and-review migrations existed) or went on through them.
FIRST_SQUASHES = {
    ("stemhub", "0001_squashed_0010_statements_help_texts"),
    ("taxonomy", "0001_squashed_0002_help_texts_for_editors"),
    ("videos", "0001_squashed_0006_collections_and_hero_paths"),
    ("videos", "0002_squashed_0008_plural_names_of_page_types"),
    ("classroom", "0001_squashed_0006_plural_names_of_page_types"),
    ("initiatives", "0001_squashed_0006_candidacy_networking_opt_in"),
    ("initiatives", "0002_squashed_0010_plural_names_of_page_types"),
    ("partners", "0001_squashed_0001_initial"),
    ("partners", "0002_squashed_0008_plural_names_of_page_types"),
    ("impact", "0001_squashed_0004_dashboard_help_texts"),
    ("selftest", "0001_squashed_0003_plural_names_of_page_types"),
}
# Written after the first squashes, applied by the old files on such a database.
WRITTEN_AFTER_THE_FIRST_SQUASHES = {
    ("taxonomy", "0003_drafts_and_review_of_terms"),
    ("classroom", "0007_drafts_and_review_of_terms"),
    ("videos", "0009_drafts_and_review_of_terms"),
    ("initiatives", "0011_drafts_and_review_of_terms"),
    ("stemhub", "0011_translators_review_vocabulary"),
    ("stemhub", "0012_page_indexes_for_children_and_translated_slugs"),
}


def built_by_the_first_squashes():
    """django_migrations of a database built by the first squashes alone: every migration they
    replaced (as Django records a squash), the squashes' own names, Wagtail's and Django's."""
    graph = old_graph()
    before = {
        (app, name)
        for leaf in old_leaves(graph)
        for app, name in graph.forwards_plan(leaf)
        if (app, name) not in WRITTEN_AFTER_THE_FIRST_SQUASHES
    }
    return recorded(graph, before) | FIRST_SQUASHES


def test_the_squashes_that_took_in_later_migrations_replaced_the_first_ones():
    """Each first squash whose successor replaces more is gone from disk (two squashes replacing
    the same migration would compete), and its successor replaces all it replaced."""
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    gone = {key for key in FIRST_SQUASHES if key not in graph.nodes}
    assert {app for app, _name in gone} == {"taxonomy", "videos", "classroom", "initiatives"}
    for app, _name in gone:
        assert {later for later in WRITTEN_AFTER_THE_FIRST_SQUASHES if later[0] == app} <= set(
            replaced_by_squashes(app)
        )
    replaced_now = [name for app in PROJECT_APPS for name in replaced_by_squashes(app)]
    assert len(replaced_now) == len(set(replaced_now))


def replaced_by_squashes(app):
    graph = old_graph()
    return [node for squash in squashes(app) for node in graph.nodes[(app, squash)].replaces]


def test_a_database_built_by_the_first_squashes_applies_what_was_written_after_them(
    monkeypatch,
):
    """Its squashes' names are unknown rows now (Django ignores those); the new squashes are
    partly applied there, so Django takes the old files and applies just the later ones."""
    applied = built_by_the_first_squashes()
    assert ("videos", "0008_plural_names_of_page_types") in applied
    assert ("videos", "0009_drafts_and_review_of_terms") not in applied
    assert planned_from(monkeypatch, applied) == WRITTEN_AFTER_THE_FIRST_SQUASHES


def test_a_database_built_by_the_first_squashes_and_migrated_on_has_nothing_to_apply(
    monkeypatch,
):
    graph = old_graph()
    applied = built_by_the_first_squashes() | recorded(graph, WRITTEN_AFTER_THE_FIRST_SQUASHES)
    assert planned_from(monkeypatch, applied) == set()
