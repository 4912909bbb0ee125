"""Run the real worker inside a test, on the database queue, and point mail at a test server."""

import signal
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


@pytest.fixture
def database_queue(settings):
    """The production set-up: mail waits in the database queue until a worker runs."""
    settings.TASKS = DATABASE_QUEUE
    settings.STEMHUB_MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = 1
    settings.EMAIL_USE_TLS = False
    settings.STEMHUB_MAIL_RETRY_DELAYS = [60, 600]
    return settings


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
