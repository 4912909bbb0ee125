"""Faults around a submission: a mail server that refuses, is busy or hangs; a database that
goes away. The visitor is never kept waiting on SMTP, nothing stored is lost, nothing is half
stored, and the mail goes out once the server is back."""

from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import OperationalError
from wagtail.images import get_image_model
from wagtail.models import WorkflowState

from partners.models import VideoSubmission
from stemhub.models import OutgoingMail
from stemhub.roles import EDITORS_GROUP
from tests.stemhub.fake_smtp import BusyServer, GoodServer, HangingServer, refused_port
from tests.stemhub.worker_helpers import run_worker, time_passes
from videos.models import VideoPage

from .conftest import SUBMIT_EN, SUBMIT_NL

SUBMITTER = ("an.peeters@example.org",)
EDITORS = ("redactie@stemhub.example",)


@pytest.fixture
def reviewer(db):
    """A member of the editors' group: Wagtail mails them when the review starts."""
    user = get_user_model().objects.create_user("reviewer", "reviewer@example.org", "pw")
    user.groups.add(Group.objects.get_or_create(name=EDITORS_GROUP)[0])
    return user


class RefusingServer:
    def __init__(self):
        self.port = refused_port()
        self.connections = 0

    def start(self):
        return self

    def stop(self):
        pass


FAULTY_SERVERS = {"refuses": RefusingServer, "answers 421": BusyServer, "hangs": HangingServer}


def files_in(media_root):
    root = Path(media_root)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.mark.parametrize("fault", FAULTY_SERVERS)
def test_faulty_mail_server_never_holds_up_the_visitor_and_mail_follows(
    fault,
    client,
    valid_data,
    database_queue,
    reviewer,
    django_capture_on_commit_callbacks,
    _media_root,
):
    server = FAULTY_SERVERS[fault]().start()
    database_queue.EMAIL_PORT = server.port
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(SUBMIT_NL, valid_data(), follow=True)
        # The visitor's request made no connection to the mail server at all.
        assert server.connections == 0
        assert response.status_code == 200
        assert "notice--success" in response.content.decode()

        submission = VideoSubmission.objects.get()
        assert VideoPage.objects.get().pk == submission.page_id
        assert WorkflowState.objects.count() == 1
        assert files_in(_media_root)  # the poster is kept
        queued = OutgoingMail.objects.all()
        # One editors' notice per partner video (issue 19): Wagtail's own "submitted" notices to
        # the reviewer are skipped for the public form's workflow.
        assert {tuple(m.to) for m in queued} == {SUBMITTER, EDITORS}
        assert {m.status for m in queued} == {OutgoingMail.Status.QUEUED}

        # The server is still faulty. A hanging one keeps each of the two mails until the
        # timeout: a quarter of a second shows the same as the usual second, 1.5 s sooner.
        if fault == "hangs":
            database_queue.EMAIL_TIMEOUT = 0.25
        run_worker()
        database_queue.EMAIL_TIMEOUT = 1
        for mail in OutgoingMail.objects.all():
            assert mail.status == OutgoingMail.Status.RETRYING
            assert mail.attempts == 1 and mail.last_error and mail.next_attempt_at
    finally:
        server.stop()

    # The server comes back on the same address; the retry is due.
    good = GoodServer(port=server.port).start()
    try:
        time_passes()
        run_worker()
        assert good.recipients == sorted([SUBMITTER, EDITORS])
        assert {m.status for m in OutgoingMail.objects.all()} == {OutgoingMail.Status.SENT}
        run_worker()  # nothing left to do: nobody is mailed twice
        assert len(good.messages) == 2
    finally:
        good.stop()
    assert VideoSubmission.objects.count() == 1


def test_a_mail_that_keeps_failing_is_shown_to_editors_and_can_be_sent_again(
    client,
    admin_client,
    valid_data,
    database_queue,
    django_capture_on_commit_callbacks,
):
    busy = BusyServer().start()
    database_queue.EMAIL_PORT = busy.port
    database_queue.STEMHUB_MAIL_RETRY_DELAYS = []  # give up after the first attempt
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(SUBMIT_EN, valid_data()).status_code == 303
    run_worker()
    busy.stop()
    failed = OutgoingMail.objects.get(to=list(SUBMITTER))
    assert failed.status == OutgoingMail.Status.FAILED
    assert "421" in failed.last_error

    listing = admin_client.get("/admin/stemhub_outgoingmail/?status=failed").content.decode()
    assert failed.subject in listing
    assert "busy, try again later" in listing
    send_again_url = f"/admin/outgoing-mail/{failed.pk}/send-again/"
    assert f'action="{send_again_url}"' in listing

    good = GoodServer(port=busy.port).start()
    try:
        response = admin_client.post(send_again_url)
        assert response.status_code == 302
        failed.refresh_from_db()
        assert failed.status == OutgoingMail.Status.QUEUED
        run_worker()
        failed.refresh_from_db()
        assert failed.status == OutgoingMail.Status.SENT and failed.last_error == ""
        assert SUBMITTER in good.recipients
        # A second click on a sent mail queues nothing.
        admin_client.post(send_again_url)
        run_worker()
        assert good.recipients.count(SUBMITTER) == 1
    finally:
        good.stop()


def test_send_again_needs_the_permission(client, valid_data, django_user_model):
    mail = OutgoingMail.objects.create(
        from_email="a@example.org", to=["b@example.org"], subject="x", status="failed"
    )
    user = django_user_model.objects.create_user("nobody", "n@example.org", "pw")
    client.force_login(user)
    response = client.post(f"/admin/outgoing-mail/{mail.pk}/send-again/")
    assert response.status_code in (302, 403)
    mail.refresh_from_db()
    assert mail.status == OutgoingMail.Status.FAILED


@pytest.mark.parametrize(("url", "heading"), [(SUBMIT_NL, "Tijdelijk"), (SUBMIT_EN, "Temporarily")])
def test_database_down_during_a_submission_stores_nothing_and_says_so(
    url, heading, client, valid_data, _media_root
):
    lost = OperationalError("server closed the connection unexpectedly")
    with mock.patch("wagtail.models.Page.save_revision", side_effect=lost):
        response = client.post(url, valid_data())
    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert heading in html
    assert VideoSubmission.objects.count() == 0
    assert VideoPage.objects.count() == 0
    assert get_image_model().objects.count() == 0
    assert OutgoingMail.objects.count() == 0
    assert files_in(_media_root) == []
