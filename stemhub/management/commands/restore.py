"""`manage.py restore FILE`: load a backup into an empty database and MEDIA_ROOT (make restore)."""

from django.core.management.base import BaseCommand, CommandError

from stemhub import backup


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty database and media folder."
    # Not the system checks (as Django's dbshell): they check the code and settings, not the
    # database or files this copies, and a recovery tool must not be blocked by one that fails.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, archive, **options):
        try:
            backup.restore(archive)
        except (backup.BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {archive}.")
