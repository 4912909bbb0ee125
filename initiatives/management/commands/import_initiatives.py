"""Import initiatives from a UTF-8 CSV file: all rows or none (see csv_format.py)."""

from django.core.management.base import BaseCommand, CommandError

from initiatives.csv_format import ImportFailed, import_records, read_records


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
            with open(file, encoding="utf-8", newline="") as stream:
                text = stream.read()
        except UnicodeDecodeError as error:
            raise CommandError(f"{file} is not UTF-8 ({error})") from None
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror}") from None
        try:
            records = read_records(text)
            if check:
                self.stdout.write(f"{file}: {len(records)} rows, no problems found.")
                return
            created, updated = import_records(records)
        except ImportFailed as failure:
            lines = [str(error) for error in failure.errors]
            raise CommandError(
                f"{file} was not imported; {len(lines)} problem(s):\n" + "\n".join(lines)
            ) from None
        self.stdout.write(
            self.style.SUCCESS(f"Imported {file}: {created} created, {updated} updated.")
        )
