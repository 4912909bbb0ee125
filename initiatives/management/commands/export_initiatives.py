"""Write every initiative to a UTF-8 CSV file; the format is documented in csv_format.py."""

import sys

from django.core.management.base import BaseCommand

from initiatives.csv_exchange import export_csv


class Command(BaseCommand):
    help = "Export all initiatives to a CSV file (see initiatives/csv_format.py for the format)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the CSV; '-' for standard output")

    def handle(self, *args, file, **options):
        if file == "-":
            count = export_csv(sys.stdout)
        else:
            with open(file, "w", encoding="utf-8", newline="") as stream:
                count = export_csv(stream)
            self.stderr.write(f"Exported {count} initiatives to {file}.")
