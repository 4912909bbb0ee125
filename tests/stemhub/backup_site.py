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
server. What `make db` does next and the demo's skeleton (`prepare()`) are kept the same way
beside it, as a second copy (`stemhub_backup_prepared` on PostgreSQL), under that fingerprint
plus this module and the translations. So a cold run (CI's fresh clone, a changed migration,
model or package) still runs the real `migrate`, `make db`'s next steps and the skeleton's
build; a warm run copies their result. The state is what a restore must give back:
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

import json
import re
import sys

EDITOR = ("redacteur", "backup-restore-check")
# The folder that keeps `migrate`'s result for the next run (set by the test), and where the
# PostgreSQL case keeps it: a template database on the server.
KEPT_MIGRATION_VARIABLE = "STEMHUB_TEST_BACKUP_MIGRATED"
POSTGRES_TEMPLATE = "stemhub_backup_migrated"
# `migrate`'s result with what prepare() adds: SQLite a file of this stage's name beside it,
# PostgreSQL a template database of its own.
PREPARED_STAGE = "prepared"
POSTGRES_PREPARED_TEMPLATE = "stemhub_backup_prepared"


def build_source(migrate=True):
    """Migrate the empty database (unless it is a migrated copy) and build the source site;
    returns nothing. Everything after `migrate` only adds what is missing (demo.load() finds
    the skeleton a copy of the test database, or of the kept skeleton, already holds)."""
    import io

    from django.core.management import call_command

    from stemhub.demo.indexes import reference_index_deferred, search_index_paused

    quiet = io.StringIO()
    if migrate:
        _result, context = migrate_or_copy(quiet)  # and prepare(), or a copy of its result
    else:
        context = prepare(quiet)
    # As load_demo does: each object's references written once at the end, the search index
    # left alone by the saves and built by `update_index` (stemhub/demo/indexes.py).
    with search_index_paused(), reference_index_deferred():
        _build_content(context)
    call_command("update_index", verbosity=0, stdout=quiet)


def prepare(quiet):
    """What `make db` does after migrating (rows the migrations made get their Dutch columns and
    translated URL paths), then the demo's skeleton: home page, sections, sectors (snippets),
    partner pages. Returns the skeleton's DemoContext."""
    from django.core.management import call_command
    from django.db import transaction

    from stemhub import demo
    from stemhub.demo.indexes import reference_index_deferred, search_index_paused

    call_command("update_translation_fields", verbosity=0, stdout=quiet)
    call_command("set_translation_url_paths", verbosity=0, stdout=quiet)
    with search_index_paused(), reference_index_deferred(), transaction.atomic():
        return demo.load()


def migrate_or_copy(quiet):
    """`migrate` on the empty database, then `prepare()`; with a folder in
    STEMHUB_TEST_BACKUP_MIGRATED, a copy of an earlier `migrate`'s result with the same
    fingerprint when there is one, else `migrate`, whose result is then kept. What `prepare()`
    adds to it is kept too, as a second copy (a stage, as the test database's skeleton is,
    tests/migrated_database.py), under the migration's fingerprint plus this module and the
    translations: a warm run copies that one instead of both steps (`prepare()` is about 1 s of
    CPU and 2,000 queries). Returns "migrated" or "copied" (then prepared, and kept), or
    "copied prepared", and the skeleton's DemoContext where `prepare()` ran and its result was
    not kept (else None: the skeleton is read again)."""
    import contextlib
    import fcntl
    import os
    from pathlib import Path

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from tests.migrated_database import (
        KeptStage,
        PostgresCopy,
        SqliteCopy,
        fingerprint,
        lock_path,
    )

    folder = os.environ.get(KEPT_MIGRATION_VARIABLE)
    if not folder or connection.vendor not in ("sqlite", "postgresql"):
        call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
        return "migrated", prepare(quiet)
    if connection.vendor == "postgresql":
        copy = PostgresCopy(connection, template=POSTGRES_TEMPLATE)
        prepared = PostgresCopy(connection, template=POSTGRES_PREPARED_TEMPLATE)
        locked = copy.locked()  # one lock for both templates
    else:
        Path(folder).mkdir(parents=True, exist_ok=True)
        copy = SqliteCopy(connection, Path(folder))
        prepared = SqliteCopy(connection, Path(folder), stage=PREPARED_STAGE)
        locked = contextlib.ExitStack()
        lock = locked.enter_context(lock_path(Path(folder)).open("a"))
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worker or run of this tree keeping it
    # What prepare() reads beyond the migration's fingerprint (the project's code and the demo
    # data are in it): this module, and the texts (.po) the skeleton's labels may come from.
    texts = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/*.po"))
    stage = KeptStage(PREPARED_STAGE, build=lambda: prepare(quiet), files=[__file__, *texts])
    print_ = fingerprint(connection)
    prepared_print = stage.fingerprint(print_)
    with locked:
        if prepared.exists(prepared_print):
            prepared.restore(prepared_print)
            return "copied prepared", None
        if copy.exists(print_):
            copy.restore(print_)
            result = "copied"
        else:
            call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
            copy.keep(print_)
            result = "migrated"
        stage.build()
        # A copy of the database carries no media files: what is kept must need none.
        assert not any(
            model.objects.exists() for model in (get_image_model(), get_document_model())
        )
        prepared.keep(prepared_print)
        return result, None


def _build_content(context=None):
    """The source site's content on the skeleton; `context` is prepare()'s DemoContext when it
    ran in this process (a second demo.load() would only read again what it made)."""
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
        # The skeleton (prepare() built it, or the database was a copy that holds it).
        if context is None:
            context = demo.load()
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

    # As in pytest's processes (tests/garbage_collector.py): Django's start and the site make
    # hundreds of thousands of objects that live until the end, and the collector's default
    # (every 700 allocations) walked them again and again.
    gc.set_threshold(50_000, 50, 100)
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
    loaded are not freed one by one first, about 0.5 s of CPU per process for nothing."""
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
