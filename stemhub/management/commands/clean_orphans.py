"""List (and with --delete remove) media files and temporary uploads nothing refers to."""

from django.core.management.base import BaseCommand

from stemhub import orphans


class Command(BaseCommand):
    help = (
        "List media files no record refers to and temporary upload files left behind, older "
        "than the grace period; --delete removes them. The worker runs this daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=float,
            default=24.0,
            metavar="HOURS",
            help="grace period in hours: younger files are never touched (default 24)",
        )
        parser.add_argument("--delete", action="store_true", help="delete what is listed")

    def handle(self, *args, older_than, delete, **options):
        found = orphans.media_orphans(older_than) + orphans.temp_upload_orphans(older_than)
        for orphan in found:
            if delete:
                orphans.delete(orphan)
            self.stdout.write(
                f"{'deleted ' if delete else ''}{orphan.where}\t{orphan.name}\t"
                f"{orphan.size} bytes\t{orphan.age_hours:.0f} h"
            )
        total = sum(orphan.size for orphan in found)
        verb = "Deleted" if delete else "Found"
        self.stdout.write(
            f"{verb} {len(found)} unreferenced file(s), {total / 2**20:.1f} MiB, "
            f"older than {older_than:g} h."
        )
