"""Wagtail's review mails name the workflow and task in the reader's language."""

from django.contrib.auth.models import Group
from wagtail.models import Workflow
from wagtail.users.models import UserProfile

from initiatives.factories import create_initiative
from initiatives.setup import EDITORS_GROUP, WORKFLOW_NAME, ensure_all


def test_review_mails_name_the_workflow_in_each_editors_language(
    site_tree, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    ensure_all()
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
