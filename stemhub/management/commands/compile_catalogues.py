"""Compile locale/*/LC_MESSAGES/*.po to .mo without GNU gettext (pure Python, via Babel).

Django's own `compilemessages` needs the msgfmt program, which a fresh machine may lack.
Each .mo file is written beside itself and then renamed into place, so a process that reads it
meanwhile (a running server, another test worker compiling the same catalogues) sees the old or
the new catalogue, never half of one.
"""

import os
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile the project's message catalogues (.po → .mo) without needing msgfmt."

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                with po_path.open("rb") as po_file:
                    catalog = read_po(po_file, locale=po_path.parent.parent.name)
                fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
                if fuzzy:
                    raise CommandError(f"{po_path}: fuzzy entries left: {fuzzy[:3]}")
                write_atomically(po_path.with_suffix(".mo"), catalog)
                compiled += 1
        if options["verbosity"]:
            self.stdout.write(f"Compiled {compiled} catalogue(s).")


def write_atomically(mo_path, catalog):
    """Write the compiled catalogue to a temporary file in the same folder, then rename it."""
    handle, temporary = tempfile.mkstemp(dir=mo_path.parent, prefix=".", suffix=".mo.tmp")
    try:
        with os.fdopen(handle, "wb") as mo_file:
            write_mo(mo_file, catalog)
        os.chmod(temporary, 0o644)
        os.replace(temporary, mo_path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
