"""The two sides of tests/stemhub/test_backup.py, each run in a subprocess of its own (the
database and MEDIA_ROOT come from the environment, as they do for an operator):

    python -m tests.stemhub.backup_site build BACKUPS   # the source site; reads its state,
                                                        # then backs it up into BACKUPS
    python -m tests.stemhub.backup_site build-migrated BACKUPS  # the same on a migrated copy
    python -m tests.stemhub.backup_site restore ARCHIVE EMPTY_MEDIA  # restores ARCHIVE, prints
                                                        # the restored site's state, restores
                                                        # ARCHIVE again (it must refuse)

`build` does in ONE process what `make db` and `load_demo` would do in five: migrate, fill the
translated columns, then a small site with one of every kind of content a backup must carry
(instead of the whole demo: a backup copies tables and files, not amounts), and the search
index. `build-migrated` skips `migrate`: the database is a copy of the test run's own, already
migrated test database (tests/stemhub/test_backup.py), and `migrate` is about half of the
build's CPU. `build` migrates as `make db` does, unless the test names a folder in
STEMHUB_TEST_BACKUP_MIGRATED (pytest's cache): then `migrate`'s result is kept under the
fingerprint of everything it reads (tests/migrated_database.py: the same fingerprint, lock and
copies as the test database's), and a later run with the same fingerprint copies it instead of
migrating (about 12 s of CPU): SQLite a file there, PostgreSQL the template database
`stemhub_backup_migrated` on the server, fingerprint in its comment, taken under a lock on the
server. The built source (what `make db` does next, the demo's skeleton, the content and the
search index: `build_content()`) is kept the same way beside it, with the media files it wrote
(`stemhub_backup_built` on PostgreSQL), under the fingerprint of what it was built on plus this
module, the test helpers it calls and the translations, and an id of its own build that names
both copies (`KeptSource`); `build-migrated` keeps it too, as a stage of another name, under the
SQLite copy's bytes and `migrate`'s fingerprint. So a cold run (CI's fresh clone, a changed
migration, model or package) still runs the real `migrate`, `make db`'s next steps and the
source's build; a warm run copies their result (about 1.5 s of CPU less per case); the state,
the backup and the restore run every time. The state is what a restore must give back:
every model's row count, the page tree, images, documents, the editor's password hash (the
restored side also checks that the editor can sign in with it), one page of every type
answering in both languages, and what the site search finds. It is read after
those requests, so the renditions they create are counted on both sides.

The management commands run as manage.py runs them (`execute_from_command_line`: the command's
arguments, checks, error message and exit status), in a process that would otherwise start
Python and Django for it alone (about 1.5 s of CPU each). `build BACKUPS` runs `manage.py
backup --output BACKUPS` after the source's state is read, and prints both (the backup's exit
status and output: the archive's path) as one JSON object. `restore ARCHIVE EMPTY_MEDIA` is a
fresh process of its own, apart from the source's: `manage.py restore ARCHIVE` is the first
thing it does (nothing reads the database or the media folder before it); it then closes the
database connections, so the state is read from what the restore left in the database, not
from its session, and finally runs `manage.py restore ARCHIVE` a second time with MEDIA_ROOT an
empty folder, which must refuse. It prints the three as one JSON object.
"""

import contextlib
import json
import re
import sys

EDITOR = ("redacteur", "backup-restore-check")
# The folder that keeps the source's stages for the next run (set by the test), and where the
# PostgreSQL case keeps them: template databases on the server. First `migrate`'s result:
KEPT_MIGRATION_VARIABLE = "STEMHUB_TEST_BACKUP_MIGRATED"
POSTGRES_TEMPLATE = "stemhub_backup_migrated"
# Then the built source (`build_content()`'s result): SQLite a file of its stage's name beside
# it, PostgreSQL a template database of its own; the media files it wrote in a folder there.
# `build` and `build-migrated` (SQLite only) keep theirs under names of their own.
BUILT_STAGE = "built"
BUILT_ON_COPY_STAGE = "built-on-copy"
POSTGRES_BUILT_TEMPLATE = "stemhub_backup_built"
# As in pytest's processes (tests/garbage_collector.py's THRESHOLDS, which test_backup.py checks
# this equals; not imported: that module imports pytest, about 0.1 s of CPU in the restore's
# process, which needs none): Django's start and the site make hundreds of thousands of objects
# that live until the end, and the collector's default (every 700 allocations) walked them again
# and again.
GC_THRESHOLDS = (50_000, 50, 100)


def build_source(migrate=True):
    """Migrate the empty database (unless it is a migrated copy) and build the source site
    (`build_content()`); with a folder in STEMHUB_TEST_BACKUP_MIGRATED, the built source is
    kept there for the next run (`kept_source()`) and copied instead when there is one."""
    import io

    from django.core.management import call_command

    quiet = io.StringIO()
    kept = kept_source(migrate)
    if kept is None:
        if migrate:
            call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
        build_content(quiet)
        return
    with kept.locked:
        if kept.exists():
            kept.restore()
            return
        if migrate:
            kept.migrate_or_copy(quiet)
        before = kept.media_files()
        build_content(quiet)
        kept.keep(kept.media_files() - before)


def build_content(quiet):
    """What `make db` does after migrating, the demo's skeleton (`prepare()`), the source's
    content on it and the search index. As load_demo does: each object's references written
    once at the end, the search index left alone by the saves and built by `update_index`
    (stemhub/demo/indexes.py)."""
    from django.core.management import call_command

    from stemhub.demo.indexes import reference_index_deferred, search_index_paused

    context = prepare(quiet)
    with search_index_paused(), reference_index_deferred():
        _build_content(context)
    call_command("update_index", verbosity=0, stdout=quiet)


def prepare(quiet):
    """What `make db` does after migrating (rows the migrations made get their Dutch columns and
    translated URL paths), then the demo's skeleton: home page, sections, sectors (snippets),
    partner pages (only what is missing: demo.load() finds the skeleton a copy of the test
    database already holds). Returns the skeleton's DemoContext."""
    from django.core.management import call_command
    from django.db import transaction

    from stemhub import demo
    from stemhub.demo.indexes import reference_index_deferred, search_index_paused

    call_command("update_translation_fields", verbosity=0, stdout=quiet)
    call_command("set_translation_url_paths", verbosity=0, stdout=quiet)
    with search_index_paused(), reference_index_deferred(), transaction.atomic():
        return demo.load()


def kept_source(migrate):
    """The built source as it is kept for the next run, or None where nothing is: without a
    folder in STEMHUB_TEST_BACKUP_MIGRATED (the test runs without pytest's cache), and for a
    copy of a PostgreSQL test database (unlike a SQLite file, it has no bytes to fingerprint
    cheaply).

    Its fingerprint: what it is built on, then this module, the test helpers it calls and the
    texts the skeleton's labels may come from, the .po files and the compiled .mo ones they are
    read from (tests/migrated_database.py, `KeptStage`).
    What it is built on: `migrate`'s result (`build`), whose fingerprint covers everything
    `migrate` reads, the project's code and the demo data among it; or (`build-migrated`) the
    copy of the test database, its bytes with that fingerprint."""
    import hashlib
    import os
    from pathlib import Path

    from django.conf import settings
    from django.db import connection

    from tests.classroom import helpers
    from tests.migrated_database import KeptStage, fingerprint

    folder = os.environ.get(KEPT_MIGRATION_VARIABLE)
    if not folder or connection.vendor not in ("sqlite", "postgresql"):
        return None
    if not migrate and connection.vendor != "sqlite":
        return None
    migrated_print = fingerprint(connection)
    start = migrated_print
    if not migrate:
        copied = Path(connection.settings_dict["NAME"]).read_bytes()
        start = f"{migrated_print} {hashlib.sha256(copied).hexdigest()}"
    texts = Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.[mp]o")
    name = BUILT_STAGE if migrate else BUILT_ON_COPY_STAGE
    stage = KeptStage(name, build=None, files=[__file__, helpers.__file__, *texts])
    return KeptSource(Path(folder), name, migrated_print, stage.fingerprint(start))


class KeptSource:
    """`migrate`'s result and the built source kept in `folder` and, for PostgreSQL, on the
    server (`kept_copies()`), under their fingerprints, with the media files the build wrote (a
    copy of the database carries none). Kept and copied under one lock (`locked`): another
    worker, or another run of this tree or (PostgreSQL) of any tree, may be keeping them.

    Each build of the source gets an id of its own, in the media folder's name and in the
    database copy's fingerprint: PostgreSQL's template is one per server, shared by every
    checkout, its media folder one per checkout, and two checkouts of the same tree have the
    same fingerprint; the id pairs a template with the media files of its own build only."""

    def __init__(self, folder, stage, migrated_print, built_print):
        from django.db import connection

        self.folder = folder
        self.migrated_print, self.built_print = migrated_print, built_print
        self.migrated, self.built, self.locked = kept_copies(folder, stage)
        self.media_prefix = f"{stage}-media.{connection.vendor}-"

    def media(self, build_id):
        return self.folder / f"{self.media_prefix}{self.built_print}-{build_id}"

    def build_id(self):
        """The id of the build whose media files are kept under this fingerprint, or None."""
        for kept in self.folder.glob(f"{self.media_prefix}{self.built_print}-*"):
            if kept.is_dir() and not kept.name.endswith(".partial"):
                return kept.name.rpartition("-")[2]
        return None

    def database_print(self, build_id):
        return f"{self.built_print}-{build_id}"

    @staticmethod
    def media_files():
        """The files below MEDIA_ROOT, relative to it."""
        from pathlib import Path

        from django.conf import settings

        root = Path(settings.MEDIA_ROOT)
        return {path.relative_to(root) for path in root.rglob("*") if path.is_file()}

    def exists(self):
        build_id = self.build_id()
        return build_id is not None and self.built.exists(self.database_print(build_id))

    def restore(self):
        import shutil

        from django.conf import settings

        build_id = self.build_id()
        self.built.restore(self.database_print(build_id))
        shutil.copytree(self.media(build_id), settings.MEDIA_ROOT, dirs_exist_ok=True)

    def keep(self, made):
        """Keep the built source with `made`, the media files its build wrote: the files first,
        then the database, whose copy is the last thing kept (its fingerprint, tests/
        migrated_database.py), so a build stopped half-way keeps nothing that exists()."""
        import shutil
        import uuid
        from pathlib import Path

        from django.conf import settings

        for old in self.folder.glob(f"{self.media_prefix}*"):
            shutil.rmtree(old)  # only the newest is ever read again
        build_id = uuid.uuid4().hex
        partial = Path(f"{self.media(build_id)}.partial")
        for name in made:
            (partial / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(Path(settings.MEDIA_ROOT, name), partial / name)
        partial.mkdir(exist_ok=True)  # a build that wrote none
        partial.rename(self.media(build_id))
        self.built.keep(self.database_print(build_id))

    def migrate_or_copy(self, quiet):
        """A copy of an earlier `migrate`'s result with the same fingerprint when there is one,
        else `migrate` on the empty database, whose result is then kept."""
        from django.core.management import call_command

        if self.migrated.exists(self.migrated_print):
            self.migrated.restore(self.migrated_print)
            return
        call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
        self.migrated.keep(self.migrated_print)


def kept_copies(folder, stage):
    """The copies of `migrate`'s result and of the built source (tests/migrated_database.py),
    and the lock both are kept and copied under: SQLite files in `folder` and a lock file there;
    PostgreSQL template databases of fixed names (the source database's name is the process's
    own) and an advisory lock of the server."""
    from django.db import connection

    from tests.migrated_database import PostgresCopy, SqliteCopy

    if connection.vendor == "postgresql":
        migrated = PostgresCopy(connection, template=POSTGRES_TEMPLATE)
        built = PostgresCopy(connection, template=POSTGRES_BUILT_TEMPLATE)
        return migrated, built, migrated.locked()
    folder.mkdir(parents=True, exist_ok=True)
    built = SqliteCopy(connection, folder, stage=stage)
    return SqliteCopy(connection, folder), built, folder_locked(folder)


@contextlib.contextmanager
def folder_locked(folder):
    """The SQLite copies' lock file in `folder`, held (tests/migrated_database.py)."""
    import fcntl

    from tests.migrated_database import lock_path

    with lock_path(folder).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _build_content(context):
    """The source site's content on the skeleton; `context` is prepare()'s DemoContext."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from classroom import demo as classroom_demo
    from classroom.factories import ensure_vocabulary
    from initiatives.choices import PartnerRole
    from initiatives.factories import create_initiative
    from initiatives.setup import ensure_all
    from partners.models import PartnerPage
    from selftest import demo as selftest_demo
    from stemhub import demo
    from taxonomy.models import Sector
    from tests.classroom.helpers import make_material
    from videos import demo as videos_demo
    from videos.factories import (
        ensure_education_routes,
        ensure_profile_types,
        make_image,
        make_video,
    )
    from videos.models import Reporter

    with transaction.atomic():
        sector = Sector.objects.order_by("pk").first()
        partner = PartnerPage.objects.order_by("path").first()
        profiles, routes = ensure_profile_types(), ensure_education_routes()
        signposts = videos_demo.load_signposts(context)  # with their logos (images)
        reporter = Reporter.objects.create(
            first_name="Lotte", age=12, school_or_town="Gent", consent_given_by="Ouder"
        )
        poster = make_image("Poster backup", size=(320, 180))
        video, _created = make_video(
            context.sections["videos"],
            "Backup en terugzetten",
            title_en="Backup and restore",
            slug_en="backup-and-restore",
            intro=("Een video om te bewaren.", "A video to keep."),
            sectors=[sector],
            company=partner,
            heroes=[
                {
                    "name": ("Anna", "Anna"),
                    "job_title": ("Ingenieur", "Engineer"),
                    "quote": ("Ik bouw bruggen.", "I build bridges."),
                    "profile_type": next(iter(profiles.values())),
                    "education_route": next(iter(routes.values())),
                }
            ],
            signposts=[(next(iter(signposts.values())), "Waarom", "Why", "https://example.org/")],
            reporter=reporter,
            poster=poster,
            listing_image=poster,
        )
        levels, _domains, _targets = ensure_vocabulary()
        classroom = classroom_demo.load_index(context)
        demo.relink_entry_points(context)
        make_material(classroom, video, worksheet=True, school_levels=[next(iter(levels.values()))])
        # The initiatives' vocabulary, the editors' groups and workflows (once: a second call
        # writes nothing and cost as much as the first, about 400 queries).
        editors = ensure_all()
        create_initiative(
            context.sections["initiatives"],
            "backup-initiatief",
            title="Backup-initiatief",
            title_en="Backup initiative",
            regions=["antwerpen"],
            sectors=[sector.slug],
            partners=[(PartnerRole.LEAD, partner), (PartnerRole.CONTRIBUTING, "Een vzw")],
        )
        selftest_demo.load(context)
        editor = get_user_model().objects.create_user(
            EDITOR[0], f"{EDITOR[0]}@stemhub.example", EDITOR[1], is_staff=True
        )
        editor.groups.add(editors)


def site_state(editor_signs_in=False):
    """What a restore must give back, as JSON-ready data; requests first, then the counts.
    `editor_signs_in`: also whether the editor's password is accepted (the restored site's
    side: a check costs as much as hashing, about 0.35 s of CPU with the site's hasher; the
    source's side gives the hash, which the restored one must equal)."""
    from django.apps import apps
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    cache.clear()
    client = Client()
    live = Page.objects.live().filter(depth__gt=1).order_by("path").specific()
    first_of_each_type = {}
    for page in live:
        first_of_each_type.setdefault(type(page).__name__, page)
    statuses = {}
    for language in ("en", "nl"):
        with translation.override(language):
            urls = [page.url for page in first_of_each_type.values()]
            urls.append(reverse("search") + "?q=backup")
        for url in urls:
            response = client.get(url)
            statuses[url] = response.status_code
    # What the site search finds: the last answer, the Dutch search (one request less).
    search = response.content.decode()
    pages = sorted(
        [p.url_path, p.title_nl, p.title_en, p.live, p.specific_class.__name__]
        for p in Page.objects.all()
    )
    counts = {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }
    editors = list(get_user_model().objects.filter(username=EDITOR[0]))
    state = {
        "database": connection.vendor,
        "pages": pages,
        "page_types": sorted(first_of_each_type),
        "images": sorted(i.file.name for i in get_image_model().objects.all()),
        "documents": sorted(
            [d.file.name, d.file_hash, d.file_size] for d in get_document_model().objects.all()
        ),
        "statuses": statuses,
        "search_results": sorted(re.findall(r'search-result__title"><a href="([^"]+)"', search)),
        # The password hash and the group survive.
        "editor": [
            [user.password, sorted(user.groups.values_list("name", flat=True))] for user in editors
        ],
        "counts": counts,
    }
    if editor_signs_in:
        # The password is accepted (no sign-in: that would log an attempt).
        state["editor_signs_in"] = [user.check_password(EDITOR[1]) for user in editors]
    return state


def manage(*arguments, media_root=None):
    """`manage.py ARGUMENTS` as manage.py runs it (with MEDIA_ROOT `media_root`, if given); its
    exit status and what it wrote."""
    import contextlib
    import io

    from django.core.management import execute_from_command_line
    from django.test import override_settings

    stdout, stderr = io.StringIO(), io.StringIO()
    media = override_settings(MEDIA_ROOT=media_root) if media_root else contextlib.nullcontext()
    with (
        media,
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
    ):
        try:
            execute_from_command_line(["manage.py", *arguments])
            returncode = 0
        except SystemExit as exit:
            returncode = 0 if exit.code is None else exit.code  # sys.exit(): success
    return {"returncode": returncode, "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}


def main(command, *arguments):
    import gc

    import django

    gc.set_threshold(*GC_THRESHOLDS)
    if command == "restore" and len(arguments) == 2:
        # Nothing before the restore: it runs first in this fresh process, as `manage.py
        # restore` would (execute_from_command_line sets Django up itself).
        archive, empty_media = arguments
        print(json.dumps(restore_and_read(archive, empty_media)))
        return
    django.setup()
    if command in ("build", "build-migrated") and len(arguments) == 1:
        build_source(migrate=command == "build")
        state = site_state()
        print(json.dumps({"state": state, "backup": manage("backup", "--output", arguments[0])}))
    else:
        raise SystemExit(
            "usage: python -m tests.stemhub.backup_site build|build-migrated BACKUPS"
            f" | restore ARCHIVE EMPTY_MEDIA, not {command} {' '.join(arguments)}"
        )


def restore_and_read(archive, empty_media):
    """`manage.py restore ARCHIVE` first, then the restored site's state read through new
    database connections (what the restore left in the database, not in its own session), then
    the same restore again with MEDIA_ROOT `empty_media`, which must refuse."""
    from django.db import connections

    restore = manage("restore", archive)
    if restore["returncode"]:
        return {"restore": restore}
    connections.close_all()
    state = site_state(editor_signs_in=True)
    return {
        "restore": restore,
        "state": state,
        "second_restore": manage("restore", archive, media_root=empty_media),
    }


def exit_without_finalizing():
    """Exit status 0 once the JSON is printed, as the interpreter would give it, without the
    interpreter's finalization: the database connections are closed and the atexit handlers run
    (logging's flush, weakref finalizers), but the modules and objects Django and the site
    loaded are not freed one by one first, about 0.5 s of CPU per process for nothing.
    Unlike the interpreter's exit, os._exit does not join non-daemon threads: the site starts
    none in these processes, and one started later would be cut off."""
    import atexit
    import os

    from django.db import connections

    connections.close_all()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main(*sys.argv[1:])
    exit_without_finalizing()
