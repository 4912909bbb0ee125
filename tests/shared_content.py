"""Content that several tests read and none keeps: built once, shared, rolled back (issue 18).

Two levels, both in one transaction that nothing commits after them:

- the **skeleton** (home page, sections, sectors, partners: `stemhub.demo.load()`) and
  `ensure_all()`'s rows (`commit_set_up()`), committed right after the test database is
  created: built once on the migrated database and kept with it (`KEPT_SET_UP`,
  tests/migrated_database.py), so a worker copies a database that holds them, and
  `django_db_setup` in tests/conftest.py only finds their primary keys;
  `CommittedSkeleton.find()` hands out fresh instances of it;
- a module's **own content** (the videos of a browse page, the lessons of the classroom's
  facets …), built once per module by a module-scoped fixture inside `module_content()` and
  rolled back when the module ends. `make test` runs pytest-xdist with `--dist loadfile`, so a
  module runs on one worker and builds its content once.

Each test still runs in its own savepoint on top (pytest-django's `db`), so a test may change
shared content freely: the next test sees it as the fixture built it. **Only through `db`**: the
database stays unblocked while the module runs, so a test that reached shared content without
asking for `db` (or `site_tree`, or a per-test fixture that does) would write outside any
savepoint, and the module's later tests would see its changes; `_database_only_through_db` in
tests/conftest.py blocks the database for such a test, as pytest-django does everywhere else.
Hand shared content out through a function-scoped fixture that asks for `db`
(tests/kept_content.py: `Kept.fresh()`), never the module fixture.
Python objects are not rolled back, though: hand tests primary keys or fresh instances (a
function-scoped fixture that reads them again), never an instance a test could change in memory.

    @pytest.fixture(scope="module")
    def videos(django_db_setup, django_db_blocker):
        with module_content(django_db_blocker):
            skeleton = CommittedSkeleton.find_or_load()
            yield [make_video(skeleton.sections["videos"], f"Video {n}")[0].pk for n in range(30)]

    def test_browse(videos, client):  # `client` or `db` opens the test's own savepoint
        ...
"""

from contextlib import contextmanager

from django.db import transaction
from wagtail.models import Page

from initiatives.setup import ensure_all
from stemhub import demo, roles
from stemhub.models import HomePage

from . import catalogues, migrated_database
from .catalogues import compile_stale_catalogues, source_catalogues
from .migrated_database import KeptStage


@contextmanager
def module_content(django_db_blocker):
    """Database access for a module- (or class-) scoped fixture, in a transaction that is
    rolled back when the fixture ends: what it builds is seen by the module's tests only.

    Anything `transaction.on_commit()` would do after the content is built does not happen
    (nothing commits), exactly as inside a test: the site search indexes a published page at
    once as well, and the page cache is off in tests unless a test turns it on.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def commit_set_up():
    """What every test starts from: the page skeleton, then the initiatives' vocabulary, groups,
    workflows and page rights (`ensure_all()`, about 400 queries), so that fixtures may skip
    `ensure_all()` until a flush. Returns the skeleton's DemoContext.

    The catalogues first: the early migration's child builds this before any worker compiled
    them, and the partner pages' search entries keep translated labels."""
    compile_stale_catalogues()
    context = demo.load()
    ensure_all()
    return context


# `commit_set_up()` built once on the migrated test database and kept beside it. Its fingerprint
# adds this module (what the stage builds), the keeping itself, and the translations (.po: the
# search entries of the skeleton's pages hold translated labels; the migration's fingerprint
# leaves texts out); the project code it runs is in the migration's fingerprint
# (tests/test_migrated_database.py checks both).
KEPT_SET_UP = KeptStage(
    "skeleton",
    commit_set_up,
    files=[__file__, migrated_database.__file__, catalogues.__file__, *source_catalogues()],
)


class CommittedSkeleton:
    """Where the skeleton committed for the whole run is: its home page and section pages."""

    home_pk = None
    section_pks = ()  # (app label, page id) in the menu's order
    # The home page django_db_setup committed together with `ensure_all()`'s rows; None once
    # a transactional test flushed them (noticed by `find()` or `holds_ensure_all()`).
    ensured_home_pk = None

    @classmethod
    def set_up(cls, served):
        """Right after the test database was created (`served`: what `migrate_once` did, see
        tests/migrated_database.py). A database copied or built with `KEPT_SET_UP` holds the
        set-up already: `demo.load()` only finds it (about 40 queries, nothing created);
        otherwise (`--reuse-db`, no copy kept) it is built and committed here, as before."""
        if any(what.startswith(f"{KEPT_SET_UP.name} ") for _alias, what in served):
            context = demo.load()
            if context.created:
                raise RuntimeError(
                    f"The kept test database lacked part of the set-up ({context.created}): "
                    "run `pytest --cache-clear` (on PostgreSQL drop the template database "
                    "test_<name>_skeleton) and report it (tests/migrated_database.py)."
                )
        else:
            context = commit_set_up()
        cls.remember(context)
        cls.ensured_home_pk = cls.home_pk
        return context

    @classmethod
    def remember(cls, context):
        cls.home_pk = context.home.pk
        cls.section_pks = tuple((label, page.pk) for label, page in context.sections.items())
        return context

    @classmethod
    def find(cls):
        """A fresh DemoContext of the committed skeleton in five queries, or None if it is
        gone (a transactional test flushed the database)."""
        home = HomePage.objects.filter(pk=cls.home_pk).first() if cls.home_pk else None
        if home is None:
            cls.ensured_home_pk = None  # flushed: whatever comes next was not committed
            return None
        pages = Page.objects.filter(pk__in=[pk for _label, pk in cls.section_pks]).specific()
        by_pk = {page.pk: page for page in pages}
        if len(by_pk) != len(cls.section_pks):
            return None
        sections = {label: by_pk[pk] for label, pk in cls.section_pks}
        return demo.DemoContext(home=home, files=demo.demo_files(), sections=sections)

    @classmethod
    def find_or_load(cls):
        """The committed skeleton, or a new one (a transactional test flushed the database)."""
        return cls.find() or cls.remember(demo.load())

    @classmethod
    def holds_ensure_all(cls):
        """True while the database holds what django_db_setup committed, `ensure_all()`'s
        vocabulary, groups, workflows and page rights included (one query)."""
        if cls.ensured_home_pk is None:
            return False
        if not HomePage.objects.filter(pk=cls.ensured_home_pk).exists():
            cls.ensured_home_pk = None
            return False
        return True


def ensure_all_unless_committed():
    """`initiatives.setup.ensure_all()` (about 400 queries), skipped while the database holds
    what django_db_setup committed: it ran there, and a second run writes nothing
    (tests/test_shared_content.py checks that). After a flush it runs as before."""
    if not CommittedSkeleton.holds_ensure_all():
        ensure_all()


def ensure_roles_unless_committed():
    """`stemhub.roles.ensure_roles()` (the editors' groups, workflows and page rights: about
    0.11 s of CPU), skipped while the database holds what django_db_setup committed:
    `ensure_all()` ran it there, and a second run writes nothing (tests/test_shared_content.py
    checks that). After a flush it runs as before. `member_of()` calls it for every editor,
    translator and reviewer a test signs in with."""
    if not CommittedSkeleton.holds_ensure_all():
        roles.ensure_roles()
