"""`manage.py backup [--output DIR]`: database dump and media in one .tar.gz (make backup)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from stemhub import backup


class Command(BaseCommand):
    help = "Write the database and the media folder to backups/stemhub-<time>.tar.gz."
    # Not the system checks (as Django's dbshell): they check the code and settings, not the
    # database or files this copies, and a recovery tool must not be blocked by one that fails.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help="folder (default: backups/)")

    def handle(self, *args, output, **options):
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        try:
            path = backup.backup(output, stamp)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
