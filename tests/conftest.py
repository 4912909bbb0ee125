"""Shared fixtures: a site with the page skeleton, in whichever database the run uses.

The skeleton (home page, the three sections, 13 sectors, ten partners: `stemhub.demo.load()`)
is committed in the test database before the first test: built once on the migrated database
and kept with it (tests/shared_content.py `KEPT_SET_UP`), or built right after the test
database is created where no copy is kept (`--reuse-db`). Every test that uses `db` runs
inside a transaction that is rolled back, so a test may change the tree freely: the next test
sees it as it was. Transactional tests (the browser tests, anything
with `transactional_db` or `live_server`) flush the database when they end; pytest-django runs
them after all the others, and `site_tree` rebuilds the skeleton when it finds it gone.
"""

import os
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.test import TransactionTestCase
from django.utils import translation

from . import garbage_collector
from .catalogues import compile_stale_catalogues
from .e2e_marks import pytest_collection_finish, pytest_deselected  # noqa: F401 (hooks)
from .file_order import pytest_collection_modifyitems  # noqa: F401 (hook)
from .migrated_database import EARLY_FOLDER_VARIABLE, migrate_once, start_early_migration
from .shared_content import KEPT_SET_UP, CommittedSkeleton
from .template_contexts import MARKER as TEMPLATE_CONTEXTS
from .template_contexts import template_contexts_not_kept
from .wagtail_indexes import wagtail_indexes_paused


@pytest.fixture(scope="session", autouse=True)
def _compiled_catalogues():
    """Translated pages need the .mo files; compile them once, as `make run` does
    (tests/catalogues.py)."""
    compile_stale_catalogues()


def pytest_configure(config):
    """pytest's own process starts `migrate` of the test database before the workers start and
    collect (tests/migrated_database.py, `EarlyMigration`), and the skeleton on it; the workers
    then copy its result."""
    if not config.pluginmanager.is_registered(garbage_collector):
        # Run without pyproject's `-p tests.garbage_collector` (`-o addopts=`): registering it
        # turns the collector off, and its hook turns it on for the tests.
        config.pluginmanager.register(garbage_collector)
    config.stash[EARLY_MIGRATION] = start_early_migration(config, stage=KEPT_SET_UP)


def pytest_unconfigure(config):
    early = config.stash.get(EARLY_MIGRATION, None)
    if early is not None:
        early.stop()


EARLY_MIGRATION = pytest.StashKey()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, request):
    """pytest-django's hook before it creates the test databases: their `migrate` runs once per
    fingerprint of what it reads, then is copied to every worker and later run
    (tests/migrated_database.py). Without pytest's cache (`-p no:cacheprovider`) the workers
    share a copy made for this run only, and a single process migrates, as pytest-django does;
    with `--reuse-db` pytest-django keeps the last run's databases, used ones, which must never
    be kept as what `migrate` gives. The set-up every test starts from (`KEPT_SET_UP`) is kept
    the same way, right after `migrate`."""
    cache = getattr(request.config, "cache", None)
    early_folder = os.environ.get(EARLY_FOLDER_VARIABLE)
    if request.config.getvalue("reuse_db") or (cache is None and not early_folder):
        yield []
        return
    folder = cache.mkdir("migrated-database") if cache is not None else Path(early_folder)
    with migrate_once(folder, stage=KEPT_SET_UP) as served:
        yield served


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_modify_db_settings):
    """The test database, migrated, with the demo skeleton every test starts from, and the
    initiatives' vocabulary, groups, workflows and page rights committed with it: fixtures
    that need them skip ensure_all() (400 queries) until a flush. Kept with the migrated copy
    (found here in about 40 queries) or built here (tests/shared_content.py)."""
    with django_db_blocker.unblock():
        CommittedSkeleton.set_up(served=django_db_modify_db_settings)
        # Content types are cached per process, as in a running server; Wagtail's indexes used
        # to fill that cache on the first save (tests/wagtail_indexes.py), so a query-count
        # test's first request never paid for it. Fill it once for every test alike.
        ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)


# The fixtures that give a test the database (inside its own savepoint, or flushed after it).
_DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
}


@pytest.fixture(autouse=True)
def _database_only_through_db(request, django_db_blocker):
    """A test that did not ask for the database cannot reach it, even while a module-scoped
    fixture holds it open for shared content (tests/shared_content.py): without its own
    savepoint, what such a test wrote would outlive it and reach the module's next tests."""
    test_case = getattr(request.node, "cls", None)
    if (
        _DATABASE_FIXTURES & set(request.fixturenames)
        or request.node.get_closest_marker("django_db")
        or (test_case is not None and issubclass(test_case, TransactionTestCase))
    ):  # Django's own test cases get the database from pytest-django as the class says
        yield
        return
    with django_db_blocker.block():
        yield


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Each test starts in the default language, as a fresh request would."""
    translation.activate("nl")
    yield
    translation.activate("nl")


@pytest.fixture(autouse=True)
def _wagtail_indexes_only_when_asked(request):
    """Wagtail's reference and search indexes follow saves only in tests marked
    `wagtail_indexes` and in the browser tests (tests/wagtail_indexes.py says why)."""
    if request.node.get_closest_marker("wagtail_indexes") or request.node.get_closest_marker("e2e"):
        yield
        return
    with wagtail_indexes_paused():
        yield


@pytest.fixture(autouse=True)
def _template_contexts_only_when_asked(request):
    """The test client copies every rendered template's context only in tests marked
    `template_contexts`; elsewhere `response.context` raises (tests/template_contexts.py)."""
    if request.node.get_closest_marker(TEMPLATE_CONTEXTS):
        yield
        return
    with template_contexts_not_kept():
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits and Wagtail's site root paths live in the cache; no test sees another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _mail_through_the_outbox(settings):
    """Django's test runner swaps EMAIL_BACKEND for locmem; put the site's outbox back, so
    every test sends mail the way production does (delivered at once by the immediate
    "background" task backend to the locmem outbox, or by a worker in the fault tests)."""
    settings.EMAIL_BACKEND = "stemhub.mail.backend.OutboxEmailBackend"


@pytest.fixture
def database_queue(settings):
    """The production set-up: mail waits in the database queue until a worker runs."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    settings.STEMHUB_MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = 1
    settings.EMAIL_USE_TLS = False
    settings.STEMHUB_MAIL_RETRY_DELAYS = [60, 600]
    return settings


@pytest.fixture
def site_tree(db):
    """Home page, the three section index pages, sectors and partners (stemhub.demo).

    Fresh instances for each test, of the skeleton committed once for the run (what loading
    again would find, without its forty look-ups); rebuilt by `demo.load()` after a
    transactional test flushed the database.
    """
    return CommittedSkeleton.find_or_load()


@pytest.fixture
def home_page(site_tree):
    return site_tree.home
