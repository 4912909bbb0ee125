"""Editors' side of the self-test (page tree, admin, checks on the questions) and the
classroom pages that point teachers to its lesson idea."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from classroom.demo import load_index
from selftest.blocks import QuestionBlock, QuestionsBlock
from selftest.models import SelfTestPage
from tests.classroom.helpers import make_material
from videos.factories import make_video

from .helpers import NL


@pytest.fixture
def admin_client(client, site_tree):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_editors_can_place_one_self_test_under_the_home_page(site_tree, vocab):
    assert SelfTestPage.can_create_at(site_tree.home)
    assert not SelfTestPage.can_create_at(site_tree.sections["videos"])


def test_editors_open_the_self_test_in_the_admin_with_both_languages(admin_client, self_test):
    response = admin_client.get(f"/admin/pages/{self_test.pk}/edit/")
    assert response.status_code == 200
    page = response.content.decode()
    for field in ("title_nl", "title_en", "intro_nl", "intro_en", "teacher_note_en"):
        assert f'id="id_{field}"' in page, field
    # The questions' stream editor, with its Dutch and English answer fields.
    assert "Zes tot acht vragen" in page
    assert "antwoord (Engels)" in page
    assert not SelfTestPage.can_create_at(self_test.get_parent())  # only one


def test_the_questions_are_checked_when_an_editor_saves(self_test):
    stream_block = QuestionsBlock()
    value = self_test.questions
    stream_block.clean(value)  # the demo test is fine as it is

    too_few = stream_block.to_python(list(value.raw_data)[:5])
    with pytest.raises(ValidationError):
        stream_block.clean(too_few)

    question = QuestionBlock()
    raw = dict(value.raw_data[0]["value"])
    raw["answers"] = raw["answers"][:2]
    with pytest.raises(ValidationError):
        question.clean(question.to_python(raw))


def test_the_classroom_browse_and_lessons_point_teachers_to_the_lesson_idea(
    client, site_tree, self_test
):
    index = load_index(site_tree)
    lesson = make_material(
        index, make_video(site_tree.sections["videos"], "Video zelftest")[0], duration=50
    )
    link = f'href="{NL}#teachers"'
    assert link in client.get(index.url).content.decode()
    assert link in client.get(lesson.url).content.decode()
    assert (
        'href="/en/which-stem-hero-are-you/#teachers"'
        in client.get("/en/classroom/").content.decode()
    )


def test_without_a_live_self_test_the_classroom_shows_no_link(client, site_tree):
    index = load_index(site_tree)
    assert "#teachers" not in client.get(index.url).content.decode()
