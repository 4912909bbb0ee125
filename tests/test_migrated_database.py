"""The test database is `migrate`'s result, kept once per fingerprint (tests/migrated_database.py).

A stale copy would test the site against a schema its migrations no longer make. These tests
check that the fingerprint follows every file `migrate` reads (and no test or template), and
that the database this run got, copied or migrated, is what the migrations and models on disk
describe: nothing left to apply, every model's column in place. The set-up kept on top of it
(`KeptStage`: the skeleton) is rebuilt when what builds it changes, and only the stage when only
the stage is stale.
"""

import fcntl
import importlib.metadata
import os
import signal
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core import management
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation

from . import migrated_database
from .migrated_database import (
    EARLY_FOLDER_VARIABLE,
    ROOT,
    EarlyMigration,
    KeptStage,
    PostgresCopy,
    fingerprint,
    installed_packages,
    lock_path,
    migrate_once,
    source_files,
)

# Only the engine of the connection counts; these tests need no database.
SQLITE = SimpleNamespace(vendor="sqlite", settings_dict={"ENGINE": "django.db.backends.sqlite3"})
# SQLite's full-text tables (Wagtail's search index) have a rowid their description leaves out.
IMPLICIT_COLUMNS = {"rowid"}
TREE = {
    "shop/migrations/0001_initial.py": "operations = []\n",
    "shop/models.py": "class Basket: pass\n",
    "shop/setup.py": "TERMS = ['a']\n",
    "shop/vocabulary.yaml": "terms: [a]\n",
    "stemhub/settings/base.py": "LANGUAGES = []\n",
    "tests/test_shop.py": "def test(): pass\n",
    "templates/shop/basket.html": "<p></p>\n",
    "static/shop.css": "p {}\n",
    "README.md": "# shop\n",
    ".hypothesis/unicode_data/codec.json": "{}\n",
    "locale/nl/LC_MESSAGES/django.po": 'msgid "basket"\n',
}


@pytest.fixture
def tree(tmp_path):
    for name, text in TREE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    "name",
    [
        "shop/migrations/0001_initial.py",
        "shop/models.py",
        "shop/setup.py",
        "shop/vocabulary.yaml",
        "stemhub/settings/base.py",
    ],
)
def test_the_fingerprint_changes_with_every_file_migrate_reads(tree, name):
    before = fingerprint(SQLITE, tree)
    (tree / name).write_text((tree / name).read_text() + "# changed\n")
    assert fingerprint(SQLITE, tree) != before


def test_a_new_migration_changes_the_fingerprint(tree):
    before = fingerprint(SQLITE, tree)
    (tree / "shop/migrations/0002_more.py").write_text("operations = []\n")
    assert fingerprint(SQLITE, tree) != before


@pytest.mark.parametrize(
    "name",
    [
        "tests/test_shop.py",
        "templates/shop/basket.html",
        "static/shop.css",
        "README.md",
        # A run writes here (hypothesis's character tables): the next run must still find it.
        ".hypothesis/unicode_data/codec.json",
        "locale/nl/LC_MESSAGES/django.po",
    ],
)
def test_tests_templates_and_texts_leave_the_fingerprint_alone(tree, name):
    before = fingerprint(SQLITE, tree)
    (tree / name).write_text((tree / name).read_text() + "<!-- changed -->\n")
    assert fingerprint(SQLITE, tree) == before
    assert name not in {path.as_posix() for path in source_files(tree)}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_active_language_leaves_the_fingerprint_alone(tree, language):
    """LANGUAGES' names are translated lazily: two workers must agree whatever is active."""
    with translation.override(None):
        neutral = fingerprint(SQLITE, tree)
    with translation.override(language):
        assert fingerprint(SQLITE, tree) == neutral


def test_the_packages_are_read_as_importlib_metadata_reads_them():
    """The header lines give every distribution's name and version as parsing all of it does."""
    installed_packages.cache_clear()
    parsed = {
        (dist.metadata["Name"].lower(), dist.version) for dist in importlib.metadata.distributions()
    }
    assert installed_packages() == sorted(parsed)
    assert ("django", importlib.metadata.version("django")) in parsed


def test_every_migration_of_the_tree_is_read():
    read = {path.as_posix() for path in source_files()}
    migrations = [
        path.relative_to(ROOT).as_posix()
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(ROOT) and ".venv" not in Path(config.path).parts
        for path in (Path(config.path) / "migrations").glob("*.py")
    ]
    assert migrations
    assert set(migrations) <= read


@pytest.mark.django_db
def test_the_test_database_has_no_migration_left_to_apply():
    """A copy kept before a migration was added would miss it."""
    executor = MigrationExecutor(connection)
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []


@pytest.mark.django_db
def test_every_model_finds_each_of_its_columns_in_the_test_database():
    """A copy kept before a field was added would miss its column."""
    missing = []
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        for model in apps.get_models(include_auto_created=True):
            options = model._meta
            if not options.managed or options.proxy:
                continue
            if options.db_table not in tables:
                missing.append(options.db_table)
                continue
            columns = {
                column.name
                for column in connection.introspection.get_table_description(
                    cursor, options.db_table
                )
            }
            missing.extend(
                f"{options.db_table}.{field.column}"
                for field in options.local_concrete_fields
                if field.column not in columns | IMPLICIT_COLUMNS
            )
    assert missing == []


@pytest.mark.django_db
def test_a_run_that_migrated_early_copies_the_result(django_db_modify_db_settings):
    """When pytest's process started `migrate` early (EarlyMigration), this process's test
    database is a copy of its result, never a second `migrate`: a child that failed, or kept
    its copy under another fingerprint than the workers compute, would make every worker
    migrate again and the early one pure waste."""
    served = django_db_modify_db_settings
    if os.environ.get(EARLY_FOLDER_VARIABLE):
        assert served == [("default", "copied"), ("default", "skeleton copied")]
    else:  # a single process without pytest's cache, --reuse-db, or another run held the lock
        assert served in (
            [],
            [("default", "migrated"), ("default", "skeleton built")],
            [("default", "copied"), ("default", "skeleton built")],
            [("default", "copied"), ("default", "skeleton copied")],
        )


def waiting_for(go):
    """A stand-in for the early migration's work: holds the inherited lock until `go` exists."""

    def work(folder, lock):
        while not go.exists():
            time.sleep(0.02)

    return work


def lock_is_free(folder):
    with lock_path(folder).open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def test_the_early_migration_holds_the_lock_until_its_child_ends(tmp_path, monkeypatch):
    """The lock is taken before the child starts, so no worker can take it first and migrate
    beside it; the child's end (or death) lets the workers go on."""
    monkeypatch.delenv(EARLY_FOLDER_VARIABLE, raising=False)
    go = tmp_path / "go"
    early = EarlyMigration.start(tmp_path / "kept", waiting_for(go))
    try:
        assert os.environ[EARLY_FOLDER_VARIABLE] == str(tmp_path / "kept")
        assert not lock_is_free(tmp_path / "kept")
        go.touch()
        assert early.wait(timeout=30) == 0
        assert lock_is_free(tmp_path / "kept")
    finally:
        go.touch()
        early.stop()
    assert EARLY_FOLDER_VARIABLE not in os.environ


def test_no_early_migration_while_another_run_holds_the_lock(tmp_path, monkeypatch):
    monkeypatch.delenv(EARLY_FOLDER_VARIABLE, raising=False)
    (tmp_path / "kept").mkdir()
    with lock_path(tmp_path / "kept").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        assert EarlyMigration.start(tmp_path / "kept", waiting_for(tmp_path)) is None
    assert EARLY_FOLDER_VARIABLE not in os.environ


def test_a_run_that_needed_no_database_stops_the_early_migration(tmp_path, monkeypatch):
    """And a temporary folder (no pytest cache) goes with it."""
    monkeypatch.delenv(EARLY_FOLDER_VARIABLE, raising=False)
    early = EarlyMigration.start(tmp_path / "kept", waiting_for(tmp_path / "never"), temporary=True)
    early.stop()
    assert early.returncode is not None
    assert not (tmp_path / "kept").exists()


def test_the_early_migration_stops_even_where_sigterm_is_ignored(tmp_path, monkeypatch):
    """Some runners start jobs with SIGTERM ignored, which a fork inherits: stop() must not
    wait for a child that never ends."""
    monkeypatch.delenv(EARLY_FOLDER_VARIABLE, raising=False)
    never = waiting_for(tmp_path / "never")

    def deaf(folder, lock):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        never(folder, lock)

    early = EarlyMigration.start(tmp_path / "kept", deaf)
    early.stop()
    assert early.returncode == -signal.SIGKILL


@pytest.mark.parametrize("worker", [None, "gw1"])
@pytest.mark.parametrize("name", ["test_stemhub_early", "test_stemhub"])
def test_the_early_migration_and_the_workers_share_one_template(monkeypatch, worker, name):
    """On PostgreSQL the early migration builds test_<name>_early; the workers copy the
    template it keeps, test_<name>_migrated."""
    if worker:
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        name = name if name.endswith("_early") else f"{name}_{worker}"
    else:
        monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    connection = SimpleNamespace(settings_dict={"NAME": name})
    assert PostgresCopy(connection).template == "test_stemhub_migrated"


def test_the_backup_test_keeps_its_migrate_under_a_template_of_its_own(monkeypatch):
    """tests/stemhub/backup_site.py keeps `migrate` on an empty database, and the source it
    builds on it, under names of its own, the same for every process (not the per-process name
    of the database it migrated)."""
    import django.db

    from tests.stemhub import backup_site

    templates = []
    for pid in (4242, 4343):
        connection = SimpleNamespace(
            vendor="postgresql", settings_dict={"NAME": f"stemhub_backup_source_{pid}"}
        )
        monkeypatch.setattr(django.db, "connection", connection)
        migrated, built, _locked = backup_site.kept_copies(
            Path("/nowhere"), backup_site.BUILT_STAGE
        )
        templates += [migrated.template, built.template]
    assert templates == ["stemhub_backup_migrated", "stemhub_backup_built"] * 2


# The set-up kept on top of the migration (KeptStage) ------------------------------------------


class FakeCopies:
    """Kept copies by (stage, fingerprint), the newest of each stage only, as SqliteCopy keeps
    them; what `migrate_once` restored, in order."""

    def __init__(self):
        self.kept = {}
        self.restored = []

    def copy_for(self, connection, folder, stage=None):
        copies = self

        class Copy:
            def exists(self, print_):
                return copies.kept.get(stage) == print_

            def restore(self, print_):
                copies.restored.append((stage, print_))

            def keep(self, print_):
                copies.kept[stage] = print_

        return Copy()


@pytest.fixture
def kept_stage(tmp_path, monkeypatch):
    """`migrate_once` with a stage whose builder is a file of tmp_path, `migrate` recorded, the
    copies faked and the migration's fingerprint `tmp_path / "migrations"`'s text."""
    calls = []
    copies = FakeCopies()
    (tmp_path / "migrations").write_text("0001")
    (tmp_path / "skeleton.py").write_text("def build(): ...\n")
    stage = KeptStage("skeleton", lambda: calls.append("built"), [tmp_path / "skeleton.py"])
    monkeypatch.setattr(management, "call_command", lambda *a, **kw: calls.append("migrated"))
    monkeypatch.setattr(migrated_database, "copy_for", copies.copy_for)
    monkeypatch.setattr(
        migrated_database, "fingerprint", lambda connection: (tmp_path / "migrations").read_text()
    )

    def create_test_database():
        """What Django's create_test_db asks for; returns (served, calls)."""
        calls.clear()
        with migrate_once(tmp_path / "kept", stage=stage) as served:
            management.call_command("migrate", run_syncdb=True, database="default")
        return served, list(calls)

    return SimpleNamespace(
        create=create_test_database, copies=copies, builder=tmp_path / "skeleton.py", root=tmp_path
    )


def test_the_kept_set_up_is_built_once_then_copied(kept_stage):
    assert kept_stage.create() == (
        [("default", "migrated"), ("default", "skeleton built")],
        ["migrated", "built"],
    )
    assert kept_stage.create() == ([("default", "copied"), ("default", "skeleton copied")], [])
    # A worker copies the stage's database alone: it holds the migration already.
    assert [stage for stage, _print in kept_stage.copies.restored] == ["skeleton"]


def test_a_stale_kept_set_up_is_rebuilt_on_the_kept_migration(kept_stage):
    """The skeleton's test-side code changed: the stage is built again, `migrate` is not."""
    kept_stage.create()
    kept_stage.builder.write_text("def build(): ...  # more\n")
    assert kept_stage.create() == (
        [("default", "copied"), ("default", "skeleton built")],
        ["built"],
    )
    assert kept_stage.create() == ([("default", "copied"), ("default", "skeleton copied")], [])


def test_a_new_migration_rebuilds_the_kept_set_up_too(kept_stage):
    """Everything the skeleton's project code reads is in the migration's fingerprint: a change
    there (a demo file, a model) makes both stale."""
    kept_stage.create()
    (kept_stage.root / "migrations").write_text("0002")
    assert kept_stage.create() == (
        [("default", "migrated"), ("default", "skeleton built")],
        ["migrated", "built"],
    )


def test_the_code_that_builds_the_kept_set_up_is_in_its_fingerprint():
    """The project code the skeleton runs (the demo loader, every app's demo step and data file,
    the initiatives' and editors' set-up) in the migration's fingerprint; the test modules that
    say what the stage is, in the stage's own."""
    from stemhub import demo

    from . import shared_content

    read = {path.as_posix() for path in source_files()}
    builders = [
        Path(demo.__file__),
        *Path(demo.__file__).parent.glob("*.py"),
        *[Path(module.__file__) for _label, module in demo.demo_modules()],
        *(ROOT / "demo").glob("*.yaml"),
        ROOT / "initiatives" / "setup.py",
        ROOT / "stemhub" / "roles.py",
    ]
    assert {path.relative_to(ROOT).as_posix() for path in builders} <= read
    assert shared_content.KEPT_SET_UP.build is shared_content.commit_set_up
    assert set(shared_content.KEPT_SET_UP.files) >= {
        Path(shared_content.__file__).resolve(),
        Path(migrated_database.__file__).resolve(),
    }


def test_the_translations_are_in_the_kept_set_ups_fingerprint():
    """The skeleton's search entries hold translated labels ("Organisatie"), and the migration's
    fingerprint leaves texts out: each .po file is one of the stage's files, and a stale .mo is
    compiled before the stage is built (the early migration's child builds it first)."""
    from . import catalogues, shared_content

    po_files = {path.resolve() for path in catalogues.source_catalogues()}
    assert {path.parent.parent.name for path in po_files} >= {"nl", "en"}
    assert po_files <= set(shared_content.KEPT_SET_UP.files)


def test_the_stage_fingerprint_follows_its_files_and_the_migration(tmp_path):
    (tmp_path / "skeleton.py").write_text("A = 1\n")
    stage = KeptStage("skeleton", None, [tmp_path / "skeleton.py"])
    before = stage.fingerprint("migrated-1")
    assert stage.fingerprint("migrated-1") == before
    assert stage.fingerprint("migrated-2") != before
    (tmp_path / "skeleton.py").write_text("A = 2\n")
    assert stage.fingerprint("migrated-1") != before
