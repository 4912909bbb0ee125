"""Proposed initiatives for the editors: the Submissions menu's list, the inspect view, and the
review on the draft page deciding the proposal (approve publishes, request changes rejects)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import WorkflowState

from initiatives.models import InitiativeProposal
from stemhub import roles
from stemhub.models import OutgoingMail
from tests.kept_content import Kept, built_as_in_a_test
from tests.shared_content import (
    CommittedSkeleton,
    ensure_all_unless_committed,
    module_content,
)
from tests.stemhub.admin_helpers import member_of, prefers_english

from .test_proposal import PROPOSE, _media_root, valid_data  # noqa: F401  (fixture)

LIST = "/admin/initiatives_initiativeproposal/"


@pytest.fixture(scope="module")
def proposal_built(django_db_setup, django_db_blocker):
    """A visitor's proposal, posted once for the module: each test reviews it (approves or
    rejects it) in its own savepoint and gets a fresh instance."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            CommittedSkeleton.find_or_load()
            ensure_all_unless_committed()
            Client().post(PROPOSE["en"], valid_data())
            kept = Kept(proposal=InitiativeProposal.objects.get())
        yield kept


@pytest.fixture
def proposal(proposal_built, db):
    return proposal_built.fresh().proposal


@pytest.fixture
def editor(db):
    return member_of(roles.EDITORS_GROUP)


def test_editors_find_proposals_under_submissions(client, editor, proposal):
    client.force_login(editor)
    home = client.get("/admin/").content.decode()
    assert LIST in home  # the Submissions menu
    listing = client.get(LIST)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert proposal.reference in html and "Maakbaar vzw" in html
    assert f"/admin/pages/{proposal.page_id}/edit/" in html
    inspect = client.get(f"{LIST}inspect/{proposal.pk}/").content.decode()
    assert "sara@example.be" in inspect and "Maakplaats op wielen" in inspect


def test_the_list_speaks_english_to_an_english_editor(client, editor, proposal):
    client.force_login(prefers_english(editor))
    html = client.get(LIST).content.decode()
    assert "Initiative proposals" in html and "Waiting for review" in html


def test_nobody_adds_a_proposal_in_the_admin(client, editor, proposal):
    client.force_login(editor)
    assert client.get(f"{LIST}new/").status_code in (302, 403)
    assert client.post(f"{LIST}new/", {"title": "x"}).status_code in (302, 403)
    assert InitiativeProposal.objects.count() == 1


def test_a_visitor_cannot_reach_the_list(client, proposal):
    assert client.get(LIST).status_code == 302
    user = get_user_model().objects.create_user("someone", "someone@example.org")
    client.force_login(user)
    assert client.get(LIST).status_code in (302, 403)


def test_approving_in_the_admin_publishes_it_in_the_browse(
    client, editor, proposal, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    task_state = WorkflowState.objects.get(object_id=str(proposal.page_id)).current_task_state
    action = f"/admin/pages/workflow/action/{proposal.page_id}/approve/{task_state.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(action, {"comment": ""}).status_code < 400
    proposal.refresh_from_db()
    assert proposal.status == "approved" and proposal.page.live
    client.logout()
    browse = client.get("/nl/initiatieven/?region=antwerpen").content.decode()
    assert "Maakplaats op wielen" in browse


def test_request_changes_rejects_with_the_reason(
    client, editor, proposal, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    task_state = WorkflowState.objects.get(object_id=str(proposal.page_id)).current_task_state
    action = f"/admin/pages/workflow/action/{proposal.page_id}/reject/{task_state.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action, {"comment": "Geen STEM."})
    assert response.status_code < 400
    proposal.refresh_from_db()
    assert proposal.status == "rejected"
    assert proposal.rejection_reason == "Geen STEM."
    assert not proposal.page.live
    mail = OutgoingMail.objects.filter(to=["sara@example.be"]).order_by("-pk").first()
    assert "Geen STEM." in mail.body
    status = client.get(f"{PROPOSE['en']}status/{proposal.status_token}/").content.decode()
    assert "Geen STEM." in status and "Send an adapted proposal" in status
