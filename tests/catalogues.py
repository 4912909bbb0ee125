"""The compiled translation catalogues (.mo) the tests need, and the .po files they come from.

Translated pages need the .mo files, and so does the kept skeleton (tests/shared_content.py):
publishing its partner pages writes each language's search entry, whose keywords hold
translated labels ("Organisatie"). `make messages` compiles them before pytest starts; run by
hand, whoever needs them first compiles what is stale, under a lock.
"""

import fcntl
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.utils.translation.reloader import translation_file_changed


def source_catalogues():
    """Every .po file of the project's locale folders, in a fixed order."""
    return sorted(
        po_path
        for locale_dir in settings.LOCALE_PATHS
        for po_path in Path(locale_dir).glob("*/LC_MESSAGES/*.po")
    )


def stale_catalogues():
    """The .po files whose .mo is missing or older (`make messages` compiled the others)."""
    return [
        po_path
        for po_path in source_catalogues()
        if not po_path.with_suffix(".mo").exists()
        or po_path.with_suffix(".mo").stat().st_mtime_ns < po_path.stat().st_mtime_ns
    ]


def compile_stale_catalogues():
    """Compile what is stale, once: processes that start at the same moment (pytest-xdist
    workers, the early migration's child) wait on the lock, and the later ones find nothing
    left to do. On a fresh checkout there were no .mo files while Django started, and it caches
    the empty catalogues it found then: forget them, as the dev server does when a .mo changes."""
    lock_path = Path(settings.BASE_DIR) / "locale" / ".compile.lock"
    with lock_path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stale_catalogues():
            call_command("compile_catalogues", verbosity=0)
    translation_file_changed(sender=None, file_path=Path("compiled.mo"))
