"""`manage.py backup` / `restore` (make backup / make restore): restoring into an empty
database and media folder gives the same pages and files. Runs manage.py in subprocesses on
throwaway SQLite files and, where a PostgreSQL server answers, throwaway PostgreSQL databases
(pg_dump / psql), as an operator would.

What is tested where, per run:
- `migrate` on an empty database, as an operator's `make db` does (in the source's build
  process, tests/stemhub/backup_site.py): the case of the other engine than the run's (SQLite
  run: the PostgreSQL case; PostgreSQL run, as in CI: the SQLite case), or the SQLite case itself
  when no PostgreSQL server answers. Its result is kept under the fingerprint of everything
  `migrate` reads (in pytest's cache, or for PostgreSQL as a template database on the server;
  backup_site.py), so only a cold run migrates: CI's fresh clone, and any run after a change of a
  migration, model, setting or package (about 12 s of CPU). Without pytest's cache
  (`-p no:cacheprovider`) every run migrates.
- The case of the run's own engine starts from a copy of the run's test database instead: that
  one is migrated already, and a second `migrate` was half of each case's CPU.
- In both cases the built source (`make db`'s next steps, the skeleton, the content, the search
  index; with the media files it wrote) is kept beside `migrate`'s result, under the fingerprint
  of what it was built on (`migrate`'s, or the SQLite copy's bytes) plus backup_site.py, the test
  helpers it calls and the translations, and its build's own id; a warm run copies it instead of
  building it (about 1.5 s of CPU less per case; not on a copy of a PostgreSQL test database,
  which has no bytes to fingerprint cheaply). The backup, the restore and both states are never
  kept.
- In both cases: `manage.py backup` runs as manage.py runs it (`execute_from_command_line`) in
  the source's build process, after its state is read; `manage.py restore` (into an empty
  database and media folder) runs the same way in a fresh process of its own, apart from the
  source's, as the first thing it does; that process then reads the restored site's state
  through new database connections and runs `manage.py restore` once more, with an empty media
  folder: it must refuse because the database is not empty. Two Python start-ups per case
  (about 1.5 s of CPU each), not three."""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import psycopg2
import pytest
from django.db import connection

from stemhub.roles import EDITORS_GROUP
from tests.garbage_collector import THRESHOLDS
from tests.migrated_database import SqliteCopy

from .backup_site import BUILT_STAGE, GC_THRESHOLDS, KEPT_MIGRATION_VARIABLE, KeptSource

# Far longer than most files: the workers start it first (tests/file_order.py).
pytestmark = pytest.mark.long_file

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# The source site is built, and both sites are read, by tests/stemhub/backup_site.py.
SITE = "tests.stemhub.backup_site"
# What the small source holds at least one of: each kind of row a backup must carry.
KINDS = [
    "videos.VideoPage", "videos.VideoHero", "videos.VideoSignpost", "videos.Signpost",
    "videos.Reporter", "videos.ProfileType", "taxonomy.Sector", "partners.PartnerPage",
    "classroom.ClassroomMaterialPage", "classroom.Worksheet", "wagtaildocs.Document",
    "initiatives.InitiativePage", "initiatives.InitiativePartner", "selftest.SelfTestPage",
    "wagtailimages.Image", "wagtailimages.Rendition", "wagtailcore.Revision",
    "wagtailsearch.IndexEntry", "auth.User", "auth.User_groups",
]  # fmt: skip

# The server the PostgreSQL case uses: the machine's (CI creates its databases there too).
POSTGRES_URL = os.environ.get(
    "STEMHUB_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)


def postgres_admin():
    parts = urlsplit(POSTGRES_URL)
    connection = psycopg2.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username,
        password=parts.password or "",
        dbname=parts.path.lstrip("/") or "postgres",
        connect_timeout=3,
    )
    connection.autocommit = True
    return connection


def postgres_answers():
    try:
        postgres_admin().close()
    except psycopg2.OperationalError:
        return False
    return True


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A function that gives an empty database of the run's kind for a name, dropped afterwards."""
    if request.param == "sqlite":
        yield lambda name: f"sqlite:///{tmp_path / name}.sqlite3"
        return
    try:
        admin = postgres_admin()
    except psycopg2.OperationalError as error:
        pytest.skip(f"no PostgreSQL at {POSTGRES_URL} ({error}); set STEMHUB_TEST_POSTGRES_URL")
    created = []

    def make(name):
        database = f"stemhub_backup_{name}_{os.getpid()}"
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            cursor.execute(f"CREATE DATABASE \"{database}\" ENCODING 'UTF8' TEMPLATE template0")
        created.append(database)
        return POSTGRES_URL.rsplit("/", 1)[0] + f"/{database}"

    yield make
    with admin.cursor() as cursor:
        for database in created:
            cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    admin.close()


def copy_of_the_test_database(url, workdir):
    """Copy this run's test database to the empty database at `url` when both are of the same
    kind; returns whether it did. The copy holds what is committed there: the schema, the rows
    the migrations made and the skeleton tests/conftest.py commits (or, after a transactional
    test flushed it, no content: `backup_site build-migrated` builds what is missing either way).
    Called before the test writes anything in its own transaction (`db`: pytest-django sets up
    the test database only for a run with tests that ask for it)."""
    if connection.vendor == "sqlite" and url.startswith("sqlite:"):
        connection.ensure_connection()
        target = sqlite3.connect(url.removeprefix("sqlite:///"))
        with target:
            connection.connection.backup(target)
        target.close()
        return True
    if connection.vendor == "postgresql" and url.startswith("postgres"):
        # pg_dump, not CREATE DATABASE … TEMPLATE: that needs every connection to the test
        # database closed, and a live server's thread may keep one open.
        db = connection.settings_dict
        source = [
            "-h", db["HOST"] or "localhost", "-p", str(db["PORT"] or 5432),
            "-U", db["USER"] or "postgres", "-d", db["NAME"],
        ]  # fmt: skip
        dump = Path(workdir) / "test-database.sql"
        env = {**os.environ, "PGPASSWORD": db["PASSWORD"] or ""}
        for command in (
            ["pg_dump", "--no-owner", "--no-privileges", *source, "-f", str(dump)],
            ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", str(dump)],
        ):
            result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
            assert result.returncode == 0, result.stderr[-3000:]
        return True
    return False


def env_for(tmp_path, name, database_url, **more):
    return {
        **more,
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "stemhub.settings.dev",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": database_url(name),
        "MEDIA_ROOT": str(tmp_path / f"{name}-media"),
        "LOG_LEVEL": "ERROR",
        "REDIS_URL": "",  # a cache of each process's own: nothing read from the other site
    }


def site(env, *command):
    """What tests/stemhub/backup_site.py prints for `command` (one JSON object): `build BACKUPS`
    the source's state and the backup's exit status and output; `restore ARCHIVE EMPTY_MEDIA`
    the restore's, the restored site's state and the second restore's."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", SITE, *command],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def media_files(env):
    """Every file below MEDIA_ROOT: its path there and a hash of its bytes."""
    root = Path(env["MEDIA_ROOT"])
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_restore_into_an_empty_database_gives_the_same_pages(request, tmp_path, database_url, db):
    cache = getattr(request.config, "cache", None)  # keeps the source's stages for the next run
    kept = {KEPT_MIGRATION_VARIABLE: str(cache.mkdir("backup-migrated"))} if cache else {}
    source = env_for(tmp_path, "source", database_url, **kept)
    # A cold run (a fresh clone, as CI's, or changed migrations) migrates an empty database as
    # an operator does: in the case of the other engine, or in the SQLite case itself when no
    # PostgreSQL server answers; a warm run copies that migrate's kept result, or the source
    # built on it (backup_site.py) when that one's fingerprint still holds.
    other_case_runs = source["DATABASE_URL"].startswith("postgres") or postgres_answers()
    copied = other_case_runs and copy_of_the_test_database(source["DATABASE_URL"], tmp_path)
    Path(source["MEDIA_ROOT"], "original_images").mkdir(parents=True, exist_ok=True)
    Path(source["MEDIA_ROOT"], "original_images", "kept.txt").write_text("media survive")
    build = "build-migrated" if copied else "build"
    built = site(source, build, str(tmp_path / "backups"))
    before, backup = built["state"], built["backup"]
    assert [kind for kind in KINDS if not before["counts"][kind]] == []
    assert backup["returncode"] == 0, backup["stderr"][-3000:]
    archive = backup["stdout"].strip()
    assert archive.endswith(".tar.gz") and Path(archive).exists()

    target = env_for(tmp_path, "target", database_url)
    # A second restore must refuse to overwrite the database that is there now, even with an
    # empty media folder (into the full one, the media check alone would refuse and hide a
    # broken database check); run after the state is read, in the same process.
    restored = site(target, "restore", archive, str(tmp_path / "empty-media"))
    restore = restored["restore"]
    assert restore["returncode"] == 0, restore["stderr"][-3000:]
    assert restore["stdout"].strip() == f"Restored {archive}."
    after, second_restore = restored["state"], restored["second_restore"]
    assert after.pop("editor_signs_in") == [True]
    assert after["database"] == source["DATABASE_URL"].split(":")[0].replace(
        "postgres", "postgresql"
    )
    assert len(after["pages"]) > 10
    assert after == before
    assert len(after["page_types"]) >= 10
    assert set(after["statuses"].values()) == {200}
    assert "/nl/videos/backup-en-terugzetten/" in after["search_results"]
    assert [groups for _password, groups in after["editor"]] == [[EDITORS_GROUP]]
    assert media_files(target) == media_files(source)
    kept_file = Path(target["MEDIA_ROOT"], "original_images", "kept.txt")
    assert kept_file.read_text() == "media survive"

    assert second_restore["returncode"] != 0, second_restore["stdout"]
    assert "The database is not empty" in second_restore["stderr"]


class SqliteDatabase:
    """What SqliteCopy uses of a Django connection, on an in-memory database of its own."""

    alias = "default"

    def __init__(self):
        self.connection = sqlite3.connect(":memory:")

    def ensure_connection(self):
        pass


def test_the_kept_source_is_its_database_with_the_media_of_the_same_build(tmp_path, settings):
    """keep → exists → restore gives back the database copy and the media files of one build
    (written aside, then renamed); a database copy kept since by another build of the same
    fingerprint (another checkout replacing PostgreSQL's shared template) is not the kept
    source: its media files are not these."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media" / "images").mkdir(parents=True)
    (tmp_path / "media" / "images" / "poster.png").write_bytes(b"poster")
    source = SqliteDatabase()
    source.connection.execute("CREATE TABLE page (title)")
    source.connection.execute("INSERT INTO page VALUES ('built')")
    source.connection.commit()
    kept = KeptSource(tmp_path / "kept", BUILT_STAGE, "migrated", "built-print")
    kept.built = SqliteCopy(source, kept.folder, stage=BUILT_STAGE)
    assert not kept.exists()

    kept.keep(kept.media_files())
    assert kept.exists()
    assert not list(kept.folder.glob("*.partial"))
    restored = SqliteDatabase()
    kept.built.connection = restored
    shutil.rmtree(tmp_path / "media")
    kept.restore()
    assert restored.connection.execute("SELECT title FROM page").fetchall() == [("built",)]
    assert (tmp_path / "media" / "images" / "poster.png").read_bytes() == b"poster"

    kept.built.keep(kept.database_print("another-build"))
    assert not kept.exists()


def test_the_site_processes_collect_garbage_as_pytest_does():
    assert GC_THRESHOLDS == THRESHOLDS
