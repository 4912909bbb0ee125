"""The test database is migrated once, and kept for the runs after it (issue 18).

Building the test database by `migrate` (every Django, Wagtail and project migration on an empty
database) was about 85 % of a worker's session set-up, and every worker paid it in every run.
What `migrate` leaves behind depends only on what it reads: the migration files, the models and
the code its data steps and post-migrate handlers call (the project's files and the installed
packages), a few settings, and the database engine. `fingerprint()` hashes all of that. The
first worker to need a test database takes a lock, runs the real `migrate` and keeps a copy of
the result under that fingerprint; every other worker of the run, and every later run with the
same fingerprint, gets a copy of it instead of migrating again. Change a migration, a model, a
data step or a package and the fingerprint changes: the next run migrates afresh.

Where the copy lives: SQLite (the in-memory test database) in a file in pytest's cache directory
(`.pytest_cache/d/migrated-database/`, cleared by `pytest --cache-clear`), written and read with
SQLite's backup API; PostgreSQL in a template database on the server, `<test database>_migrated`
(the worker suffix left out), fingerprint in its comment, copied by `CREATE DATABASE … TEMPLATE`.

The first worker used to migrate while the other waited on the lock, after both had started and
collected the suite: on a cold run (CI's fresh clone) one core idled for the whole `migrate`.
Now pytest's own process (the xdist controller, or the one process of a run without workers)
forks a child that runs `migrate` as it configures (`EarlyMigration`), before the workers even
start, holding the lock for it: the workers collect while it migrates, then wait on
the lock and copy. Without pytest's cache (`-p no:cacheprovider`) the copy goes to a temporary
folder for that run only, and only under xdist (one process without a cache migrates itself).

Not a second way of building the schema: the copy is `migrate`'s own result, page for page
(SQLite) or file for file (PostgreSQL).

A second stage (`KeptStage`) is kept beside it: what the test set-up commits right after
`migrate` (the page skeleton and `ensure_all()`'s rows, tests/shared_content.py), built once on
top of the migrated database and kept under a fingerprint of its own (the migration's, plus the
test modules that say what the stage builds; the project code it runs, `stemhub.demo`, the apps'
`demo` modules, `demo/*.yaml`, `initiatives.setup`, is in the migration's fingerprint already).
Each worker then copies a database that holds them: about 1.3 s of CPU less per worker than
building them (2,200 queries). When only the stage is stale, the stage is rebuilt on the kept
migration; when the migration is stale, both are.
"""

import contextlib
import ctypes
import fcntl
import functools
import hashlib
import importlib.metadata
import os
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
import traceback
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core import management
from django.db import connections
from django.test.utils import setup_databases, setup_test_environment, teardown_databases
from django.utils import translation
from pytest_django.plugin import blocking_manager_key

from .garbage_collector import freeze_and_enable

ROOT = Path(__file__).resolve().parents[1]
# Folders that `migrate` never reads: the tests themselves, benchmarks, what the site serves
# and builds at run time, caches. Everything else in the tree is part of the fingerprint.
NOT_READ_BY_MIGRATE = {
    ".git",
    ".venv",
    ".ci",
    ".pytest_cache",
    ".ruff_cache",
    "__pycache__",
    "bench",
    "tests",
    "templates",
    "static",
    "staticfiles",
    "media",
    "media-test",
    "node_modules",
    "screenshots",
    "backups",
    "upload-tmp",
    "tmp",
    "locale",  # the .po texts; migrate reads none
}
NOT_READ_SUFFIXES = (".pyc", ".mo", ".md", ".lock", ".sqlite3", ".sqlite3-journal")
# Settings that change what `migrate` creates (apps, languages of the translated columns,
# swappable models, Wagtail's and wagtail-modeltranslation's options).
SETTINGS_PREFIXES = ("WAGTAIL", "MODELTRANSLATION")
# A tuple that wagtail-modeltranslation makes from a set: its order changes from run to run.
UNORDERED_SETTINGS = {"MODELTRANSLATION_CUSTOM_FIELDS"}
SETTINGS_NAMES = (
    "INSTALLED_APPS",
    "MIGRATION_MODULES",
    "LANGUAGES",
    "LANGUAGE_CODE",
    "AUTH_USER_MODEL",
    "TIME_ZONE",
    "USE_TZ",
    "DEFAULT_AUTO_FIELD",
    "STEMHUB_DEMO_APPS",
)


def source_files(root=ROOT):
    """Every file of the tree that `migrate` may read, relative to `root`, sorted."""
    found = []
    for folder, subfolders, files in os.walk(root):
        # Hidden folders (.git, .venv, .hypothesis, which a run writes to …) are never read.
        subfolders[:] = [
            name
            for name in subfolders
            if name not in NOT_READ_BY_MIGRATE and not name.startswith(".")
        ]
        found.extend(
            Path(folder, name).relative_to(root)
            for name in files
            if not name.endswith(NOT_READ_SUFFIXES) and not name.startswith(".")
        )
    return sorted(found)


@functools.cache
def installed_packages():
    """Every installed distribution and its version (Django's, Wagtail's … migrations).

    Read from the header lines of its metadata: `dist.metadata` parses the whole file as an
    e-mail message, 0.08 s of CPU for our 141 distributions in every worker and the early
    migration, for two lines (the same pairs, tests/test_migrated_database.py)."""
    found = set()
    for dist in importlib.metadata.distributions():
        text = (  # the files importlib.metadata reads, in its order ("" is a single-file egg-info)
            dist.read_text("METADATA") or dist.read_text("PKG-INFO") or dist.read_text("") or ""
        )
        fields = {}
        for line in text.split("\n\n", 1)[0].splitlines():  # the header ends at a blank line
            key, _, value = line.partition(":")
            if key in ("Name", "Version"):
                fields.setdefault(key, value.strip())
        found.add((fields.get("Name", "").lower(), fields.get("Version")))
    return sorted(found)


def relevant_settings():
    """The settings `migrate` reads, as text in no language: LANGUAGES' names are translated
    lazily, so a worker with Dutch active would otherwise hash other text than one with English."""
    with translation.override(None):
        return _relevant_settings()


def _relevant_settings():
    names = [
        name
        for name in dir(settings)
        if name in SETTINGS_NAMES or name.startswith(SETTINGS_PREFIXES)
    ]
    return [
        (name, canonical(getattr(settings, name), unordered=name in UNORDERED_SETTINGS))
        for name in sorted(names)
    ]


def canonical(value, unordered=False):
    """A repr that is the same in every process: sets sorted, since their order follows the
    process's string hashing."""
    if unordered or isinstance(value, set | frozenset):
        return repr(sorted(canonical(item) for item in value))
    if isinstance(value, dict):
        return repr({key: canonical(item) for key, item in sorted(value.items(), key=repr)})
    if isinstance(value, list | tuple):
        return repr([canonical(item) for item in value])
    return repr(value)


def fingerprint(connection, root=ROOT):
    """A hash of everything `migrate` on an empty database depends on."""
    digest = hashlib.sha256()

    def add(*parts):
        for part in parts:
            digest.update(repr(part).encode())
            digest.update(b"\0")

    for path in source_files(root):
        add(path.as_posix())
        digest.update(hashlib.sha256((root / path).read_bytes()).digest())
    add(sys.version, sqlite3.sqlite_version, installed_packages(), relevant_settings())
    add(connection.vendor, connection.settings_dict["ENGINE"])
    if connection.vendor == "postgresql":
        connection.ensure_connection()
        add(connection.pg_version)
    return digest.hexdigest()


# Keeping and restoring a copy ----------------------------------------------------------------


class SqliteCopy:
    """The migrated database as a file, written and read with SQLite's backup API.

    `stage`: a later stage (`KeptStage`) is kept in files of its own name
    (`skeleton.default-….sqlite3`), beside `migrate`'s (`default-….sqlite3`)."""

    def __init__(self, connection, folder, stage=None):
        self.connection = connection
        self.folder = folder
        self.prefix = f"{stage}.{connection.alias}" if stage else connection.alias

    def path(self, print_):
        return self.folder / f"{self.prefix}-{print_}.sqlite3"

    def exists(self, print_):
        return self.path(print_).exists()

    def restore(self, print_):
        self.connection.ensure_connection()
        source = sqlite3.connect(self.path(print_))
        try:
            source.backup(self.connection.connection)
        finally:
            source.close()

    def keep(self, print_):
        for old in self.folder.glob(f"{self.prefix}-*.sqlite3"):
            old.unlink()  # only the newest is ever read again
        partial = self.path(print_).with_suffix(".partial")
        target = sqlite3.connect(partial)
        try:
            self.connection.ensure_connection()
            self.connection.connection.backup(target)
        finally:
            target.close()
        partial.replace(self.path(print_))


class PostgresCopy:
    """The migrated database as a template database on the server, its fingerprint in its
    comment: `test_stemhub_gw0` is then made again as `CREATE DATABASE … TEMPLATE`.
    A later stage (`KeptStage`) is a template of its own: `test_stemhub_skeleton`."""

    def __init__(self, connection, template=None, stage=None):
        self.connection = connection
        if template is None:
            name = connection.settings_dict["NAME"]
            worker = os.environ.get("PYTEST_XDIST_WORKER")
            if worker:
                name = name.removesuffix(f"_{worker}")
            # The early migration's own test database (EarlyMigration) fills the same template.
            name = name.removesuffix(EARLY_SUFFIX)
            template = f"{name}_{stage or 'migrated'}"
        self.template = template

    @contextlib.contextmanager
    def locked(self):
        """The template's lock on the server (an advisory lock of a session of its own): for
        processes of any checkout that keep or copy the same template."""
        with self.connection._nodb_cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(hashtext(%s))", [self.template])
            try:
                yield
            finally:
                cursor.execute("SELECT pg_advisory_unlock(hashtext(%s))", [self.template])

    def _sql(self, *statements):
        """Run on the server's maintenance database: neither the test database nor the
        template may have a session open while one is copied."""
        self.connection.close()
        with self.connection._nodb_cursor() as cursor:
            for statement, *params in statements:
                cursor.execute(statement, *params)
            rows = cursor.fetchall() if cursor.description else None
        return rows

    def exists(self, print_):
        rows = self._sql(
            (
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
                [self.template],
            )
        )
        return bool(rows) and rows[0][0] == print_

    def restore(self, print_):
        quote = self.connection.ops.quote_name
        test_database = self.connection.settings_dict["NAME"]
        self._sql(
            (f"DROP DATABASE IF EXISTS {quote(test_database)}",),
            (f"CREATE DATABASE {quote(test_database)} TEMPLATE {quote(self.template)}",),
        )

    def keep(self, print_):
        quote = self.connection.ops.quote_name
        test_database = self.connection.settings_dict["NAME"]
        self._sql(
            (f"DROP DATABASE IF EXISTS {quote(self.template)}",),
            (f"CREATE DATABASE {quote(self.template)} TEMPLATE {quote(test_database)}",),
            (f"COMMENT ON DATABASE {quote(self.template)} IS %s", [print_]),
        )


def copy_for(connection, folder, stage=None):
    if connection.vendor == "sqlite":
        return SqliteCopy(connection, folder, stage)
    if connection.vendor == "postgresql":
        return PostgresCopy(connection, stage=stage)
    return None


class KeptStage:
    """What the test set-up commits right after `migrate`, kept as a copy of its own.

    `build()` runs once on the freshly migrated (or copied) test database, under the same lock;
    the result is kept under `fingerprint(migration's)`, which adds the files that say what
    `build()` does and are not in the migration's fingerprint (test modules). The default
    database only: the set-up builds nothing in another."""

    def __init__(self, name, build, files):
        self.name = name
        self.build = build
        self.files = tuple(sorted(Path(path).resolve() for path in files))

    def fingerprint(self, migrated_print):
        digest = hashlib.sha256(f"{self.name}\0{migrated_print}\0".encode())
        for path in self.files:
            digest.update(path.name.encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        return digest.hexdigest()


def lock_path(folder, alias="default"):
    return folder / f"{alias}.lock"


@contextlib.contextmanager
def migrate_once(folder, held_lock=None, stage=None):
    """While pytest-django creates the test databases: `migrate` of a test database (as
    Django's `create_test_db` calls it, once per database) is served from the kept copy when
    its fingerprint matches, and run (then kept) when it does not. Any other command, or a
    later `migrate`, runs as it is.

    `stage` (a `KeptStage`): the default database is then served as the stage's kept copy
    (migrated, and the stage built on it) when there is one; otherwise the stage is built right
    after the migration was copied or run, and kept. `served` says which: ("default", "copied")
    or ("default", "migrated"), then ("default", "<stage> copied") or ("default", "<stage>
    built"); a run whose `served` names no stage got none (set-up builds it, as before).

    `held_lock`: the default database's lock, already taken (an open file); the early
    migration's child gets it from pytest's process, so no worker can take it in between.
    Closing it, once the copy is kept, lets the workers go on."""
    folder.mkdir(parents=True, exist_ok=True)
    real_call_command = management.call_command
    served = []

    def call_command(name, *args, **options):
        nonlocal held_lock
        alias = options.get("database", "default")
        creating_test_database = name == "migrate" and options.get("run_syncdb") and not args
        copy = copy_for(connections[alias], folder) if creating_test_database else None
        if copy is None or alias in dict(served):
            return real_call_command(name, *args, **options)
        if alias == "default" and held_lock is not None:
            lock, held_lock = held_lock, None
        else:
            lock = lock_path(folder, alias).open("a")
            fcntl.flock(lock, fcntl.LOCK_EX)  # the other workers wait for the first one
        with lock:
            print_ = fingerprint(connections[alias])
            staged = stage if alias == "default" else None
            if staged is not None:
                stage_copy = copy_for(connections[alias], folder, staged.name)
                stage_print = staged.fingerprint(print_)
                if stage_copy.exists(stage_print):
                    stage_copy.restore(stage_print)
                    served.extend([(alias, "copied"), (alias, f"{staged.name} copied")])
                    return None
            result = None
            if copy.exists(print_):
                copy.restore(print_)
                served.append((alias, "copied"))
            else:
                result = real_call_command(name, *args, **options)
                copy.keep(print_)
                served.append((alias, "migrated"))
            if staged is not None:
                staged.build()
                stage_copy.keep(stage_print)
                served.append((alias, f"{staged.name} built"))
            return result

    with mock.patch.object(management, "call_command", call_command):
        yield served


# Migrating while the workers start ------------------------------------------------------------

# The early migration's test database on PostgreSQL: test_<name>_early, dropped when it is kept.
EARLY_SUFFIX = "_early"
PR_SET_PDEATHSIG = 1  # linux/prctl.h
# Tells the workers (and the tests) which folder the early migration keeps its copy in.
EARLY_FOLDER_VARIABLE = "STEMHUB_TEST_EARLY_MIGRATION"


class EarlyMigration:
    """`migrate` in a child process, forked from pytest's own process before its workers start.

    A fork, not a new Python: pytest's process has Django set up and the project imported, and
    a second start-up cost about 2.5 s of CPU more than a worker migrating itself. The default
    database's lock is taken here, without waiting (another run of the same tree migrating:
    leave it to that one), and the child inherits it; it lets go once the copy is kept, or when
    the child dies. Either way the workers then take the lock and find a copy, or migrate
    themselves as before.
    """

    def __init__(self, folder, temporary=False):
        self.folder = folder
        self.temporary = temporary
        self.pid = None
        self.returncode = None
        self.log = folder / "early-migration.log"

    @classmethod
    def start(cls, folder, work, temporary=False):
        """Fork; the child runs `work(folder, lock)` with its output in the log, then exits."""
        early = cls(folder, temporary)
        folder.mkdir(parents=True, exist_ok=True)
        lock = lock_path(folder).open("a")
        try:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return None
            sys.stdout.flush()
            sys.stderr.flush()
            early.pid = os.fork()
            if early.pid == 0:  # the child: never back into pytest
                status = 1
                try:
                    die_with_parent()
                    with early.log.open("w") as log:
                        os.dup2(log.fileno(), 1)
                        os.dup2(log.fileno(), 2)
                    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
                    # pytest's process forks with its collector still off until its first test
                    # (tests/garbage_collector.py); `migrate` makes garbage enough to need it.
                    freeze_and_enable()
                    work(folder, lock)
                    status = 0
                except BaseException:
                    traceback.print_exc()
                finally:
                    sys.stdout.flush()
                    sys.stderr.flush()
                    os._exit(status)
        finally:
            lock.close()  # in pytest's process; the child's copy holds the lock now
        os.environ[EARLY_FOLDER_VARIABLE] = str(folder)
        return early

    def wait(self, timeout=None):
        """The child's exit status (None while it runs, if a timeout is given)."""
        waited = 0.0
        while self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG if timeout is not None else 0)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
            elif waited >= timeout:
                return None
            else:
                time.sleep(0.02)
                waited += 0.02
        return self.returncode

    def stop(self):
        """At the end of the run. A run that needed no database ends before the child: its
        copy is never half kept (SQLite: written aside, then renamed; PostgreSQL: the
        fingerprint is the template's comment, set last), so stop it rather than wait."""
        os.environ.pop(EARLY_FOLDER_VARIABLE, None)
        if self.wait(timeout=0) is None:
            os.kill(self.pid, signal.SIGKILL)  # SIGTERM may be ignored, inherited from a runner
            self.wait()
        if self.temporary:
            shutil.rmtree(self.folder, ignore_errors=True)


def die_with_parent():
    """The child ends when pytest's process does, however it ends (killed, out of memory): it
    would hold the lock and a log pipe, and keep a copy after a CI run cleaned up (Linux)."""
    parent = os.getppid()
    # Not on Linux: a stopped run's child finishes its migrate, as a worker would.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def start_early_migration(config, stage=None):
    """pytest_configure of pytest's own process: start `migrate` early when this run will create
    test databases through `migrate_once`, i.e. not on a worker, not with `--reuse-db`, not for
    `--collect-only`; in pytest's cache, or without one in a temporary folder for this run's
    workers (a single process without the cache migrates itself, as before). The workers'
    `stage` (a `KeptStage`) is built and kept there too."""
    if hasattr(config, "workerinput") or config.getoption("collectonly"):
        return None
    informative = ("help", "version", "markers", "showfixtures")  # no test runs
    if any(config.getoption(name, False) for name in informative):
        return None
    if config.getoption("reuse_db", False) or config.getoption("nomigrations", False):
        return None
    cache = getattr(config, "cache", None)
    if cache is not None:
        return EarlyMigration.start(cache.mkdir("migrated-database"), unblocked(config, stage))
    # xdist's controller, whose workers will start (its own test, `_is_distribution_mode`).
    if config.getoption("dist", "no") != "no" and config.getoption("tx", None):
        folder = Path(tempfile.mkdtemp(prefix="stemhub-migrated-"))
        return EarlyMigration.start(folder, unblocked(config, stage), temporary=True)
    return None


def unblocked(config, stage=None):
    """`migrate_early` with the database open: pytest-django blocks it outside tests."""
    blocker = config.stash[blocking_manager_key]

    def work(folder, lock):
        blocker.unblock()
        migrate_early(folder, lock, stage)

    return work


def migrate_early(folder, lock, stage=None):
    """The child: create the test databases as pytest-django does, with `migrate` (and the
    `stage` after it) kept by `migrate_once` under the lock it inherited, then drop them
    again."""
    setup_test_environment(debug=False)
    for connection in connections.all():
        if connection.vendor == "postgresql":
            name = connection.creation._get_test_db_name()
            connection.settings_dict["TEST"]["NAME"] = f"{name}{EARLY_SUFFIX}"
    with migrate_once(folder, held_lock=lock, stage=stage) as served:
        databases = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    lock.close()  # no default database to create (already closed otherwise)
    teardown_databases(databases, verbosity=0)
    print(served)
