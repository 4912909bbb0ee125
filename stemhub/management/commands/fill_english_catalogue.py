"""Fill empty entries of the English catalogue with their msgid.

Our msgids are English, so the English catalogue is complete when every msgstr repeats its
msgid; this keeps `locale/en` complete after `makemessages` without hand work.
"""

from pathlib import Path

from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Copy msgid to msgstr for every untranslated entry in locale/en."

    def handle(self, *args, **options):
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("en/LC_MESSAGES/*.po")):
                with po_path.open("rb") as po_file:
                    catalog = read_po(po_file, locale="en")
                filled = 0
                for message in catalog:
                    if not message.id:
                        continue
                    if isinstance(message.id, tuple):
                        if not all(message.string):
                            message.string = (message.id[0], message.id[1])
                            filled += 1
                    elif not message.string:
                        message.string = message.id
                        filled += 1
                    message.flags.discard("fuzzy")
                catalog.fuzzy = False  # makemessages marks a new file's header fuzzy
                with po_path.open("wb") as po_file:
                    write_po(po_file, catalog, width=100)
                self.stdout.write(f"{po_path}: filled {filled} entries")
