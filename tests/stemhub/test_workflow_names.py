"""Wagtail's review mails name the workflow and task in the reader's language."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Workflow
from wagtail.users.models import UserProfile

from initiatives.factories import create_initiative
from initiatives.setup import EDITORS_GROUP, WORKFLOW_NAME

from ..shared_content import ensure_all_unless_committed


def test_review_mails_name_the_workflow_in_each_editors_language(
    site_tree, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    ensure_all_unless_committed()
    initiative = create_initiative(site_tree.sections["initiatives"], "robotkamp")
    author = django_user_model.objects.create_user("auteur", "auteur@example.be", "pw")
    dutch = django_user_model.objects.create_user("an", "an@example.be", "pw")
    english = django_user_model.objects.create_user("sam", "sam@example.be", "pw")
    for editor in (dutch, english):
        editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    profile = UserProfile.get_for_user(english)
    profile.preferred_language = "en"
    profile.save()

    with django_capture_on_commit_callbacks(execute=True):
        Workflow.objects.get(name=WORKFLOW_NAME).start(initiative, author)

    to_dutch = [m for m in mailoutbox if m.to == ["an@example.be"]]
    to_english = [m for m in mailoutbox if m.to == ["sam@example.be"]]
    assert to_dutch and to_english
    dutch_text = " ".join(m.subject + m.body for m in to_dutch)
    english_text = " ".join(m.subject + m.body for m in to_english)
    assert "Nakijken door de redactie van het STEM-platform" in dutch_text
    assert "Review by the STEM-platform editors" not in dutch_text
    assert "Review by the STEM-platform editors" in english_text


def test_admin_screens_name_workflows_and_tasks_in_the_editors_language(admin_client, db):
    ensure_all_unless_committed()
    dutch = admin_client.get("/admin/workflows/list/").content.decode()
    assert "Nakijken van initiatieven" in dutch
    assert "Nakijken van partnervideo" in dutch
    assert "Initiative review" not in dutch
    tasks = admin_client.get("/admin/workflows/tasks/index/").content.decode()
    assert "Nakijken door de redactie van het STEM-platform" in tasks
    assert "Review by the STEM-platform editors" not in tasks

    profile = UserProfile.get_for_user(django_user_model_admin(admin_client))
    profile.preferred_language = "en"
    profile.save()
    english = admin_client.get("/admin/workflows/list/").content.decode()
    assert "Initiative review" in english
    assert "Nakijken van initiatieven" not in english


def django_user_model_admin(client):
    return get_user_model().objects.get(pk=client.session["_auth_user_id"])


def test_a_page_in_review_shows_the_task_in_dutch(admin_client, site_tree, django_user_model):
    ensure_all_unless_committed()
    initiative = create_initiative(site_tree.sections["initiatives"], "robotkamp-review")
    author = django_user_model.objects.create_user("auteur2", "a2@example.be", "pw")
    Workflow.objects.get(name=WORKFLOW_NAME).start(initiative, author)
    body = admin_client.get(f"/admin/pages/{initiative.pk}/edit/").content.decode()
    assert "Nakijken door de redactie van het STEM-platform" in body
    assert "Review by the STEM-platform editors" not in body


def test_saving_a_workflow_in_the_dutch_admin_keeps_its_english_name(db):
    ensure_all_unless_committed()
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert str(workflow.name) == "Nakijken van initiatieven"  # Dutch is active in tests
    workflow.name = "Nakijken van initiatieven"  # what the Dutch edit form posts back
    workflow.save()
    assert Workflow.objects.filter(name="Initiative review").count() == 1
    assert not Workflow.objects.filter(name="Nakijken van initiatieven").exists()
