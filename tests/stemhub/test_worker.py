"""The worker: a task whose worker died runs again without mailing twice; periodic schedules."""

from datetime import timedelta

import pytest
from django.core.mail import send_mail
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from stemhub import tasks, worker
from stemhub.mail import delivery
from stemhub.models import OutgoingMail

from .fake_smtp import GoodServer
from .worker_helpers import run_worker

pytestmark = pytest.mark.django_db


@pytest.fixture
def good_server(database_queue):
    server = GoodServer().start()
    database_queue.EMAIL_PORT = server.port
    yield server
    server.stop()


def claimed_by_a_worker_that_died(minutes_ago):
    task_result = DBTaskResult.objects.get(task_path=tasks.deliver_mail.module_path)
    task_result.claim("worker-that-died")
    started = timezone.now() - timedelta(minutes=minutes_ago)
    DBTaskResult.objects.filter(pk=task_result.pk).update(started_at=started)
    return task_result


def test_mail_is_only_queued_by_the_request(good_server):
    assert send_mail("Onderwerp", "Tekst", None, ["an@example.org"]) == 1
    assert good_server.messages == []
    assert OutgoingMail.objects.get().status == OutgoingMail.Status.QUEUED
    run_worker()
    assert good_server.recipients == [("an@example.org",)]
    message = good_server.messages[0].content.decode()
    assert f"Message-ID: {OutgoingMail.objects.get().message_id}" in message


def test_task_of_a_dead_worker_runs_again_and_mails_once(good_server, settings):
    send_mail("Onderwerp", "Tekst", None, ["an@example.org"])
    task_result = claimed_by_a_worker_that_died(minutes_ago=31)
    run_worker()
    task_result.refresh_from_db()
    assert task_result.status == TaskResultStatus.SUCCESSFUL
    assert task_result.worker_ids[0] == "worker-that-died" and len(task_result.worker_ids) == 2
    assert len(good_server.messages) == 1
    assert OutgoingMail.objects.get().status == OutgoingMail.Status.SENT


def test_worker_that_died_after_sending_causes_no_second_mail(good_server):
    send_mail("Onderwerp", "Tekst", None, ["an@example.org"])
    outgoing = OutgoingMail.objects.get()
    # The dead worker got as far as handing the mail to the server.
    assert delivery.deliver(outgoing.pk, schedule_retry=None) == OutgoingMail.Status.SENT
    claimed_by_a_worker_that_died(minutes_ago=45)
    run_worker()
    assert len(good_server.messages) == 1
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


def test_a_task_a_live_worker_is_running_is_left_alone(good_server):
    send_mail("Onderwerp", "Tekst", None, ["an@example.org"])
    task_result = claimed_by_a_worker_that_died(minutes_ago=2)  # within the lease
    assert worker.recover_abandoned_tasks() == 0
    run_worker()
    task_result.refresh_from_db()
    assert task_result.status == TaskResultStatus.RUNNING
    assert good_server.messages == []


def test_periodic_tasks_are_scheduled_once(database_queue):
    worker.ensure_schedules(tasks.PERIODIC)
    worker.ensure_schedules(tasks.PERIODIC)
    paths = sorted(DBTaskResult.objects.values_list("task_path", flat=True))
    assert paths == sorted(t.module_path for t in tasks.PERIODIC)


def test_housekeeping_recovers_and_schedules_its_next_run(database_queue, settings):
    settings.STEMHUB_TASK_LEASE_SECONDS = 60
    send_mail("Onderwerp", "Tekst", None, ["an@example.org"])
    claimed_by_a_worker_that_died(minutes_ago=5)
    result = tasks.housekeeping.call()
    assert result["recovered_tasks"] == 1
    waiting = DBTaskResult.objects.filter(
        task_path=tasks.housekeeping.module_path, status=TaskResultStatus.READY
    ).get()
    assert waiting.run_after > timezone.now() + timedelta(minutes=4)


def test_two_tasks_for_one_mail_send_it_once(good_server):
    send_mail("Onderwerp", "Tekst", None, ["an@example.org"])
    outgoing = OutgoingMail.objects.get()
    # Another worker is sending it right now (claimed a moment ago).
    assert delivery.claim(outgoing.pk, timezone.now())
    assert delivery.deliver(outgoing.pk, schedule_retry=None) == OutgoingMail.Status.SENDING
    assert good_server.messages == []
    # That worker died: after the lease the row is free again and goes out once.
    later = timezone.now() - timedelta(minutes=31)
    OutgoingMail.objects.filter(pk=outgoing.pk).update(last_attempt_at=later)
    assert delivery.deliver(outgoing.pk, schedule_retry=None) == OutgoingMail.Status.SENT
    assert delivery.deliver(outgoing.pk, schedule_retry=None) == OutgoingMail.Status.SENT
    assert len(good_server.messages) == 1
