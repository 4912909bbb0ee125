"""What keeps the database queue healthy: recovery after a dead worker, periodic schedules.

django-tasks-db marks a task "running" when a worker claims it. A worker killed mid-task
(deploy, out of memory, power) leaves it so for ever; after STEMHUB_TASK_LEASE_SECONDS, longer
than any task may take, it goes back to "ready" and runs again. Tasks are written to be
repeated safely (an outbox row that is sent is never sent twice).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from stemhub.models import OutgoingMail

logger = logging.getLogger(__name__)


def uses_database_queue(task_):
    return task_.get_backend().supports_defer


def recover_abandoned_tasks(now=None):
    now = now or timezone.now()
    lease = timedelta(seconds=settings.STEMHUB_TASK_LEASE_SECONDS)
    abandoned = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=now - lease
    )
    count = abandoned.update(status=TaskResultStatus.READY)
    if count:
        logger.warning("Put %d task(s) of a worker that died back in the queue", count)
    return count


def queue_overdue_mail(deliver_task, now=None):
    """Retrying mail whose next attempt is long overdue lost its task (a crash between the
    failure and the queueing): queue it again. Delivery skips rows already sent."""
    now = now or timezone.now()
    lease = timedelta(seconds=settings.STEMHUB_TASK_LEASE_SECONDS)
    overdue = OutgoingMail.objects.filter(
        status__in=[OutgoingMail.Status.QUEUED, OutgoingMail.Status.RETRYING],
        created_at__lt=now - lease,
    ).exclude(next_attempt_at__gt=now - lease)
    pks = list(overdue.values_list("pk", flat=True))
    for pk in pks:
        deliver_task.enqueue(pk)
    return len(pks)


def is_scheduled(task_):
    return DBTaskResult.objects.filter(
        task_path=task_.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    ).exists()


def schedule_next(task_, every):
    """Queue the next run of a periodic task unless one is already waiting."""
    if not uses_database_queue(task_):
        return
    waiting = DBTaskResult.objects.filter(
        task_path=task_.module_path, status=TaskResultStatus.READY
    )
    if not waiting.exists():
        task_.using(run_after=timezone.now() + every).enqueue()


# Periodic tasks of apps above stemhub (the impact counters' aggregation, the partners' monthly
# mail), added from their AppConfig.ready() so that stemhub needs no import of them.
REGISTERED_PERIODIC = []


def register_periodic(task_):
    """Let the worker keep `task_` scheduled; the task re-queues itself with schedule_next()."""
    if task_ not in REGISTERED_PERIODIC:
        REGISTERED_PERIODIC.append(task_)


def ensure_schedules(periodic):
    """At worker start: every periodic task has a run waiting (queued now if it had none)."""
    for task_ in periodic:
        if uses_database_queue(task_) and not is_scheduled(task_):
            task_.enqueue()
