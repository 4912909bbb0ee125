"""Make every entry of the English catalogue repeat its msgid.

Our msgids are English, so the English catalogue is complete when every msgstr repeats its
msgid. Every entry is rewritten, not only the empty ones: after a msgid changes, makemessages
fills in the old text as a "fuzzy" guess, which must not survive.
"""

from pathlib import Path

from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Set msgstr to msgid for every entry in locale/en."

    def handle(self, *args, **options):
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("en/LC_MESSAGES/*.po")):
                with po_path.open("rb") as po_file:
                    catalog = read_po(po_file, locale="en")
                filled = 0
                for message in catalog:
                    if not message.id:
                        continue
                    wanted = (
                        (message.id[0], message.id[1])
                        if isinstance(message.id, tuple)
                        else message.id
                    )
                    if message.string != wanted or message.fuzzy:
                        message.string = wanted
                        filled += 1
                    message.flags.discard("fuzzy")
                catalog.fuzzy = False  # makemessages marks a new file's header fuzzy
                with po_path.open("wb") as po_file:
                    write_po(po_file, catalog, width=100)
                self.stdout.write(f"{po_path}: filled {filled} entries")
