"""Import initiatives from a UTF-8 CSV file: all rows or none (see csv_format.py)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext

from initiatives.csv_exchange import ImportFailed, import_records, read_records


def decode_utf8(data, file):
    """The file's text, or one line saying why it is not UTF-8 text (nothing is imported)."""
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise CommandError(
            gettext(
                "%(file)s was not imported: it contains a NUL byte on line %(line)d, so it is "
                "not a text file (was it saved as UTF-16 or as a spreadsheet?). Save it as "
                "“CSV UTF-8” and try again."
            )
            % {"file": file, "line": line}
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CommandError(
            gettext(
                "%(file)s was not imported: it is not UTF-8 text (byte 0x%(byte)02x on line "
                "%(line)d); save it as UTF-8 and try again."
            )
            % {"file": file, "byte": data[error.start], "line": line}
        ) from None


class Command(BaseCommand):
    help = (
        "Import initiatives from a CSV file. The whole file is checked first; it is imported "
        "only if every row is valid, in one transaction. Rows update initiatives by slug_nl."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file to import")
        parser.add_argument(
            "--check", action="store_true", help="only check the file, import nothing"
        )

    def handle(self, *args, file, check=False, **options):
        try:
            with open(file, "rb") as stream:
                data = stream.read()
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror}") from None
        with translation.override("en"):
            text = decode_utf8(data, file)
        try:
            records = read_records(text)
            if check:
                self.stdout.write(f"{file}: {len(records)} rows, no problems found.")
                return
            created, updated = import_records(records)
        except ImportFailed as failure:
            with translation.override("en"):  # the command speaks English, like its help
                lines = [str(error) for error in failure.errors]
            raise CommandError(
                f"{file} was not imported; {len(lines)} problem(s):\n" + "\n".join(lines)
            ) from None
        self.stdout.write(
            self.style.SUCCESS(f"Imported {file}: {created} created, {updated} updated.")
        )
