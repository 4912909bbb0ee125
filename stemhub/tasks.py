"""Background work, run by the worker (`manage.py run_worker`) from the "background" queue.

Every task here may run more than once (a worker that dies mid-task leaves it to the next
one, see stemhub.worker), so each one is written to be repeated safely.
"""

from datetime import timedelta

from django.core.management import call_command
from django.db import transaction
from django_tasks import task

from stemhub import worker
from stemhub.mail import delivery
from stemhub.models import OutgoingMail
from stemhub.pagecache import invalidation
from stemhub.search import index as search_index

BACKGROUND = "background"
HOUSEKEEPING_EVERY = timedelta(minutes=5)
CLEANUP_EVERY = timedelta(days=1)


def _queue_retry(pk, when):
    if worker.uses_database_queue(deliver_mail):
        deliver_mail.using(run_after=when).enqueue(pk)
    # Without deferral (the immediate backend of the tests) the row stays "retrying" until
    # an editor's "Send again" queues it.


@task(backend=BACKGROUND)
def deliver_mail(pk):
    return delivery.deliver(pk, _queue_retry)


def send_again(outgoing):
    """An editor's "Send again": a fresh round of attempts for a failed (or waiting) mail."""
    with transaction.atomic():
        updated = OutgoingMail.objects.filter(
            pk=outgoing.pk, status__in=[OutgoingMail.Status.FAILED, OutgoingMail.Status.RETRYING]
        ).update(status=OutgoingMail.Status.QUEUED, attempts=0, next_attempt_at=None)
        if updated:
            deliver_mail.enqueue(outgoing.pk)
    return bool(updated)


@task(backend=BACKGROUND)
def housekeeping():
    """Every few minutes: give abandoned tasks to a live worker, queue overdue retries."""
    recovered = worker.recover_abandoned_tasks()
    overdue = worker.queue_overdue_mail(deliver_mail)
    worker.schedule_next(housekeeping, HOUSEKEEPING_EVERY)
    return {"recovered_tasks": recovered, "queued_mail": overdue}


@task(backend=BACKGROUND)
def daily_cleanup():
    """Once a day: delete media files and temporary uploads that nothing refers to any more,
    and the personal data past its retention period (stemhub.personal_data)."""
    call_command("clean_orphans", "--delete", verbosity=0)
    call_command("purge_personal_data", verbosity=0)
    worker.schedule_next(daily_cleanup, CLEANUP_EVERY)


PERIODIC = [housekeeping, daily_cleanup]


@task(backend=BACKGROUND)
def reindex_pages(page_ids):
    """Pages that show another page's or a term's words, indexed again after it changed."""
    search_index.index_pages(page_ids)
    # Search pages cached between the change and this task would show the old words.
    invalidation.start_new_generation()
    return {"reindexed": len(page_ids)}
