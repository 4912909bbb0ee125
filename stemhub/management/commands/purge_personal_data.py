"""Anonymise or delete personal data past its retention period (the worker runs it daily)."""

from django.core.management.base import BaseCommand

from stemhub import personal_data


class Command(BaseCommand):
    help = (
        "Anonymise or delete what is past its retention period (STEMHUB_*_RETENTION_DAYS): "
        "handled submissions, candidacies, proposals, forwarded messages, sent mail."
    )

    def handle(self, *args, **options):
        outcomes = personal_data.purge()
        for outcome in outcomes:
            verb = "deleted" if outcome.action == personal_data.DELETE else "anonymised"
            self.stdout.write(
                f"{outcome.entry.model}: {verb} {outcome.count} row(s) older than "
                f"{outcome.entry.retention_days} day(s)"
            )
        total = sum(outcome.count for outcome in outcomes)
        self.stdout.write(f"Purged {total} row(s) past their retention period.")
