"""Translators edit English texts and submit them for review; everything else is refused, on
pages (publish, unpublish, delete, move, bulk actions, approving a review) and on child
reporters (no English text, and consent records). Their rights on the vocabularies, which have
drafts now, are in test_translator_snippets.py."""

import pytest
from django.urls import reverse
from wagtail.models import Workflow

from stemhub import roles
from videos.factories import make_video
from videos.models import Reporter, VideoPage

from .admin_helpers import form_data, member_of


def refused(response):
    """Wagtail answers a refused admin view with a redirect to the dashboard, or a 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] in ("/admin/", "/admin/login/")
    )


@pytest.fixture
def video(site_tree):
    return make_video(
        site_tree.sections["videos"], "Zonnecellen maken", slug="zonnecellen-vertaler", title_en=""
    )[0]


@pytest.fixture
def draft(site_tree):
    page = make_video(site_tree.sections["videos"], "Concept", slug="concept-vertaler")[0]
    page.unpublish()
    return VideoPage.objects.get(pk=page.pk)


@pytest.fixture
def translator_client(client, db):
    client.force_login(member_of(roles.TRANSLATORS_GROUP))
    return client


def test_a_translator_who_posts_publish_publishes_nothing(translator_client, video):
    edit_url = f"/admin/pages/{video.pk}/edit/"
    data = form_data(translator_client.get(edit_url), "form#page-edit-form")
    data.update(title_en="Making solar cells", **{"action-publish": "1"})
    translator_client.post(edit_url, data)
    video = VideoPage.objects.get(pk=video.pk)
    assert video.title_en != "Making solar cells"  # the live page did not change
    assert video.get_latest_revision_as_object().title_en == "Making solar cells"  # a draft


def test_a_translator_cannot_unpublish(translator_client, video):
    assert refused(translator_client.post(f"/admin/pages/{video.pk}/unpublish/"))
    assert VideoPage.objects.get(pk=video.pk).live


def test_a_translator_cannot_delete_or_move_a_draft(translator_client, draft, site_tree):
    assert refused(translator_client.post(f"/admin/pages/{draft.pk}/delete/"))
    assert VideoPage.objects.filter(pk=draft.pk).exists()
    target = site_tree.sections["videos"]
    assert refused(translator_client.post(f"/admin/pages/{draft.pk}/move/{target.pk}/confirm/"))


def test_a_translator_cannot_run_a_bulk_delete(translator_client, draft):
    url = f"/admin/bulk/wagtailcore/page/delete/?id={draft.pk}&next=/admin/pages/"
    translator_client.post(url)
    assert VideoPage.objects.filter(pk=draft.pk).exists()


def test_a_translator_cannot_approve_a_review(translator_client, video):
    translator = member_of(roles.TRANSLATORS_GROUP, username="andere-vertaler")
    video.title_en = "Making solar cells"
    video.save_revision(user=translator)
    Workflow.objects.get(name=roles.CONTENT_REVIEW).start(video, translator)
    task_state = VideoPage.objects.get(pk=video.pk).current_workflow_task_state
    translator_client.post(f"/admin/pages/workflow/action/{video.pk}/approve/{task_state.pk}/", {})
    video = VideoPage.objects.get(pk=video.pk)
    assert video.title_en != "Making solar cells"
    assert video.current_workflow_task_state.status == "in_progress"


def test_a_translator_sees_no_child_reporter(translator_client):
    reporter = Reporter.objects.create(first_name="Lotte", age=11)
    assert refused(translator_client.get(reverse("wagtailsnippets_videos_reporter:list")))
    assert refused(
        translator_client.get(reverse("wagtailsnippets_videos_reporter:edit", args=[reporter.pk]))
    )
