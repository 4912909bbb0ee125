"""Editors' side: the admin listing, approving and rejecting in the workflow, the status page."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, TestCase, override_settings

from partners import signals
from partners.models import VideoSubmission
from videos.models import VideoPage

from ..kept_content import built_as_in_a_test
from ..shared_content import module_content
from .conftest import SUBMIT_EN, SUBMIT_NL, valid_post


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture(scope="module")
def media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _media_root(settings, media_root):
    """One media folder for the module: the shared submission's poster stays where each test
    looks for it."""
    settings.MEDIA_ROOT = media_root
    return media_root


@pytest.fixture(scope="module")
def submission_pk(submission_terms, media_root, django_db_blocker):
    """A submission sent through the public form (its draft page in review, its mails sent),
    once for the module and rolled back after it (tests/shared_content.py): each test reviews
    it inside its own savepoint."""
    with module_content(django_db_blocker):
        with (
            built_as_in_a_test(),
            override_settings(MEDIA_ROOT=media_root),
            TestCase.captureOnCommitCallbacks(execute=True),
        ):
            assert Client().post(SUBMIT_NL, valid_post(submission_terms)).status_code == 303
        yield VideoSubmission.objects.get().pk


@pytest.fixture
def submission(submission_pk, db):
    """The module's submission, read again for each test."""
    return VideoSubmission.objects.get(pk=submission_pk)


def act(page, user, action, **kwargs):
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, action, **kwargs)


def test_approving_publishes_the_page_and_mails_the_submitter(
    submission, editor, mailoutbox, django_capture_on_commit_callbacks, client
):
    page = VideoPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        act(page, editor, "approve")
    page.refresh_from_db()
    submission.refresh_from_db()
    assert page.live
    assert submission.status == VideoSubmission.Status.APPROVED
    assert submission.decided_at is not None
    assert [m.to for m in mailoutbox] == [["an.peeters@example.org"]]
    assert "staat online" in mailoutbox[0].subject  # mailed in the language used
    assert "/nl/videos/germanium-uit-afval/" in mailoutbox[0].body
    html = client.get(f"{SUBMIT_NL}status/{submission.status_token}/").content.decode()
    assert "status-badge--approved" in html


def test_a_publish_signal_sent_without_a_sender_still_decides_by_the_page(submission):
    """page_published may come without a sender (a bare `send(None, …)`): the receiver looks at
    the page itself instead of failing on the sender."""
    signals.on_page_published(sender=None, instance=VideoPage.objects.get())
    submission.refresh_from_db()
    assert submission.status == VideoSubmission.Status.APPROVED


def test_rejecting_with_a_reason_keeps_the_page_draft_and_mails_the_reason(
    submission, editor, mailoutbox, django_capture_on_commit_callbacks, client
):
    page = VideoPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        act(page, editor, "reject", comment="The sound is too soft <b>here</b>.")
    page.refresh_from_db()
    submission.refresh_from_db()
    assert not page.live
    assert submission.status == VideoSubmission.Status.REJECTED
    assert submission.rejection_reason == "The sound is too soft <b>here</b>."
    assert len(mailoutbox) == 1
    assert "The sound is too soft <b>here</b>." in mailoutbox[0].body
    html = client.get(f"{SUBMIT_EN}status/{submission.status_token}/").content.decode()
    assert "status-badge--rejected" in html
    assert "The sound is too soft &lt;b&gt;here&lt;/b&gt;." in html


def test_a_rejected_video_may_be_sent_again(submission, editor, client, valid_data):
    act(VideoPage.objects.get(), editor, "reject", comment="Too long")
    assert client.post(SUBMIT_NL, valid_data(title_nl="Korter")).status_code == 303
    assert VideoSubmission.objects.count() == 2


def test_approval_through_the_admin_workflow_action(submission, editor, client):
    page = VideoPage.objects.get()
    task_state = page.current_workflow_task_state
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert VideoSubmission.objects.get().status == VideoSubmission.Status.APPROVED


@pytest.mark.parametrize("path", [SUBMIT_NL, SUBMIT_EN])
def test_status_page_in_both_languages(client, submission, path):
    response = client.get(f"{path}status/{submission.status_token}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert submission.reference in html
    assert "status-badge--in_review" in html
    assert response["X-Robots-Tag"] == "noindex"


def test_status_page_alternate_link_keeps_the_token(client, submission):
    html = client.get(f"{SUBMIT_NL}status/{submission.status_token}/").content.decode()
    assert f'href="{SUBMIT_EN}status/{submission.status_token}/"' in html


@pytest.mark.parametrize("token", ["x" * 43, "short", "../../admin"])
def test_status_page_needs_the_right_token(client, submission, token):
    assert client.get(f"{SUBMIT_NL}status/{token}/").status_code == 404


def test_admin_lists_submissions_with_status_search_and_filters(client, submission, editor):
    client.force_login(editor)
    listing = client.get("/admin/partners_videosubmission/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert submission.reference in html
    assert "Wacht op beoordeling" in html  # the admin speaks Dutch by default
    assert f"/admin/pages/{submission.page_id}/edit/" in html
    assert (
        submission.reference
        in client.get("/admin/partners_videosubmission/", {"q": "Germanium"}).content.decode()
    )
    assert (
        submission.reference
        not in client.get(
            "/admin/partners_videosubmission/", {"status": "approved"}
        ).content.decode()
    )
    inspect = client.get(f"/admin/partners_videosubmission/inspect/{submission.pk}/")
    assert inspect.status_code == 200
    assert "an.peeters@example.org" in inspect.content.decode()


def test_admin_cannot_create_submissions_by_hand(client, editor):
    client.force_login(editor)
    assert client.get("/admin/partners_videosubmission/new/").status_code in (302, 403)


def test_editors_group_and_workflow_exist(db):
    from wagtail.models import Workflow

    from stemhub import roles

    workflow = roles.partner_video_workflow()
    assert workflow == Workflow.objects.get(name=roles.PARTNER_VIDEO_REVIEW)
    task = workflow.tasks.get().specific
    assert {g.name for g in task.groups.all()} == {
        roles.EDITORS_GROUP,
        roles.PARTNER_REVIEWERS_GROUP,
    }
    assert roles.partner_video_workflow() == workflow  # idempotent


def test_a_member_of_the_editors_group_sees_submissions_and_approves(submission, client):
    from django.contrib.auth.models import Group

    from stemhub.roles import EDITORS_GROUP

    member = get_user_model().objects.create_user("els", "els@example.org", "pw")
    member.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client.force_login(member)
    assert submission.reference in client.get("/admin/partners_videosubmission/").content.decode()
    page = VideoPage.objects.get()
    task_state = page.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {})
    page.refresh_from_db()
    assert page.live
