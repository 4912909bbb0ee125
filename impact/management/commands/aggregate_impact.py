"""Fold every raw counted event into the daily counts and delete it (the worker does this every
10 minutes; run it by hand after a restore or before reading the counts)."""

from django.core.management.base import BaseCommand

from impact.aggregation import fold_events, oldest_event_day


class Command(BaseCommand):
    help = "Fold raw impact events into daily counts and delete them: no raw event is kept."

    def handle(self, *args, **options):
        folded = fold_events()
        left = oldest_event_day()
        if options["verbosity"]:
            self.stdout.write(f"Folded {folded} event(s) into the daily counts.")
            if left is not None:
                self.stdout.write(f"Events that arrived meanwhile wait for the next run ({left}).")
