"""Compile locale/*/LC_MESSAGES/*.po to .mo without GNU gettext (pure Python, via Babel).

Django's own `compilemessages` needs the msgfmt program, which a fresh machine may lack.
"""

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
                with po_path.with_suffix(".mo").open("wb") as mo_file:
                    write_mo(mo_file, catalog)
                compiled += 1
        if options["verbosity"]:
            self.stdout.write(f"Compiled {compiled} catalogue(s).")
