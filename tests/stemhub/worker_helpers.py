"""Run the real worker inside a test, on the database queue, and point mail at a test server."""

import signal
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult


def run_worker():
    """`manage.py run_worker --batch`: everything due, then stop (signal handlers restored)."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        call_command("run_worker", "--batch", verbosity=0)
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def time_passes(minutes=61):
    """Deferred tasks (mail retries) become due, as if the clock had moved on."""
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
        run_after=timezone.now() - timedelta(seconds=1)
    )
    return minutes
