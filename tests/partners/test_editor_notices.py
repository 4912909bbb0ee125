"""One partner video sends one notice to the editors, not three; a new organisation gets a
draft partner page that the video's approval publishes."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from partners.models import PartnerPage, VideoSubmission
from stemhub.roles import EDITORS_GROUP
from stemhub.roles import partner_video_workflow as review_workflow
from videos.models import VideoPage

from .conftest import SUBMIT_NL


@pytest.fixture
def editors(db):
    """A superuser and an editor in the reviewing group, both with the editors' address."""
    users = get_user_model().objects
    chief = users.create_superuser("hoofdredactie", "redactie@stemhub.example", "pw")
    editor = users.create_user("redacteur", "redactie@stemhub.example", "pw")
    editor.groups.add(Group.objects.get_or_create(name=EDITORS_GROUP)[0])
    return chief, editor


def _send(client, data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(SUBMIT_NL, data).status_code == 303


def test_one_submission_mails_the_editors_once(
    client, valid_data, editors, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.STEMHUB_EDITORS_EMAIL = ["redactie@stemhub.example"]
    review_workflow()  # the editor is in the task's group
    _send(client, valid_data(), django_capture_on_commit_callbacks)
    to_editors = [m for m in mailoutbox if "redactie@stemhub.example" in m.to]
    assert len(to_editors) == 1
    assert VideoSubmission.objects.get().reference in to_editors[0].subject
    assert [m.to for m in mailoutbox if m not in to_editors] == [["an.peeters@example.org"]]


def test_an_editor_submitting_in_the_admin_still_notifies_the_reviewers(
    site_tree, editors, mailoutbox, django_capture_on_commit_callbacks
):
    chief, _editor = editors
    page = site_tree.sections["videos"]
    with django_capture_on_commit_callbacks(execute=True):
        review_workflow().start(page, chief)
    assert mailoutbox, "Wagtail's own notices are only skipped for the public form"


def test_a_new_organisation_gets_a_draft_partner_page_published_on_approval(
    client, valid_data, editors, django_capture_on_commit_callbacks, mailoutbox
):
    chief, _editor = editors
    data = valid_data(partner="", organisation_name="Zonnewerf Gent")
    _send(client, data, django_capture_on_commit_callbacks)
    partner = PartnerPage.objects.get(title_nl="Zonnewerf Gent")
    video = VideoPage.objects.get()
    assert not partner.live and video.company_id == partner.pk
    notice = next(m for m in mailoutbox if "redactie@stemhub.example" in m.to)
    assert "Zonnewerf Gent" in notice.body and "conceptpagina" in notice.body
    assert client.get("/nl/partners/zonnewerf-gent/").status_code == 404

    task_state = video.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, chief, "approve")
    partner.refresh_from_db()
    assert partner.live
    submission = VideoSubmission.objects.get()
    assert submission.partner_id == partner.pk
    html = client.get("/nl/videos/germanium-uit-afval/").content.decode()
    assert 'href="/nl/partners/zonnewerf-gent/"' in html
    assert "Germanium uit afval" in client.get("/nl/partners/zonnewerf-gent/").content.decode()


def test_an_existing_partner_gets_no_new_page(
    client, valid_data, editors, django_capture_on_commit_callbacks, umicore
):
    before = PartnerPage.objects.count()
    _send(client, valid_data(), django_capture_on_commit_callbacks)
    assert PartnerPage.objects.count() == before
    assert VideoPage.objects.get().company_id == umicore.pk


def test_status_page_of_a_rejected_video_links_the_form_again(
    client, valid_data, editors, django_capture_on_commit_callbacks
):
    chief, _editor = editors
    _send(client, valid_data(), django_capture_on_commit_callbacks)
    video = VideoPage.objects.get()
    task_state = video.current_workflow_task_state
    task_state.task.specific.on_action(task_state, chief, "reject", comment="Te lang")
    submission = VideoSubmission.objects.get()
    html = client.get(f"{SUBMIT_NL}status/{submission.status_token}/").content.decode()
    assert f'href="{SUBMIT_NL}"' in html
