"""The editors' roles: three groups from one data migration, and what each may do."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow, WorkflowPage

from stemhub import roles
from videos.factories import make_video
from videos.models import VideoPage

from .admin_helpers import form_data, member_of


@pytest.fixture
def video(site_tree):
    return make_video(
        site_tree.sections["videos"], "Zonnecellen maken", slug="zonnecellen-test", title_en=""
    )[0]


def test_the_migration_made_every_group_and_workflow(db):
    """No call to ensure_roles() here: what the test database has, the migration made."""
    assert {roles.EDITORS_GROUP, roles.PARTNER_REVIEWERS_GROUP, roles.TRANSLATORS_GROUP} <= set(
        Group.objects.values_list("name", flat=True)
    )
    names = set(Workflow.objects.values_list("name", flat=True))
    assert {roles.CONTENT_REVIEW, roles.INITIATIVE_REVIEW, roles.PARTNER_VIDEO_REVIEW} <= names
    root = Page.objects.get(depth=1)
    assert WorkflowPage.objects.get(page=root).workflow.name == roles.CONTENT_REVIEW


def test_ensure_roles_is_idempotent(db):
    roles.ensure_roles()
    counts = (Group.objects.count(), Workflow.objects.count(), WorkflowPage.objects.count())
    roles.ensure_roles()
    assert (Group.objects.count(), Workflow.objects.count(), WorkflowPage.objects.count()) == counts


def test_a_translator_may_edit_but_not_publish(video):
    translator = member_of(roles.TRANSLATORS_GROUP)
    permissions = video.permissions_for_user(translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not video.get_parent().permissions_for_user(translator).can_add_subpage()


def test_a_translator_changes_english_fields_only_and_submits_for_review(client, video):
    translator = member_of(roles.TRANSLATORS_GROUP)
    client.force_login(translator)
    edit_url = f"/admin/pages/{video.pk}/edit/"
    response = client.get(edit_url)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="action-publish"' not in body
    assert 'name="action-submit"' in body

    data = form_data(response, "form#page-edit-form")
    data.update(title_nl="Overschreven", title_en="Making solar cells", intro_en="In English.")
    data["action-submit"] = "1"
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    video.refresh_from_db()
    latest = video.get_latest_revision_as_object()
    assert latest.title_en == "Making solar cells"
    assert latest.intro_en == "In English."
    assert latest.title_nl == "Zonnecellen maken"  # the Dutch field was read-only
    assert video.live and video.title_en != "Making solar cells"  # nothing published
    assert video.current_workflow_state.workflow.name == roles.CONTENT_REVIEW


def test_an_editor_publishes_what_a_translator_submitted(client, video):
    translator = member_of(roles.TRANSLATORS_GROUP)
    video.title_en = "Making solar cells"
    revision = video.save_revision(user=translator)
    Workflow.objects.get(name=roles.CONTENT_REVIEW).start(video, translator)
    editor = member_of(roles.EDITORS_GROUP)
    client.force_login(editor)
    task_state = VideoPage.objects.get(pk=video.pk).current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{video.pk}/approve/{task_state.pk}/", {})
    assert response.status_code in (200, 302)
    video.refresh_from_db()
    assert video.title_en == "Making solar cells"
    assert video.live_revision_id == revision.pk


def test_a_partner_reviewer_reviews_videos_only(video, site_tree):
    reviewer = member_of(roles.PARTNER_REVIEWERS_GROUP)
    assert video.permissions_for_user(reviewer).can_publish()
    assert not site_tree.home.permissions_for_user(reviewer).can_edit()
    assert reviewer.has_perm("partners.view_videosubmission")
    assert not reviewer.has_perm("initiatives.view_initiativecandidacy")
    task = roles.partner_video_workflow().tasks.get().specific
    assert reviewer.groups.get() in task.groups.all()
