"""Page-tree rules and model validation for classroom material."""

import pytest
from django.core.exceptions import ValidationError

from classroom.models import ClassroomIndexPage, ClassroomMaterialPage
from stemhub.models import HomePage
from videos.factories import make_video

from .helpers import make_material


def test_classroom_index_lives_once_under_the_home_page():
    assert ClassroomIndexPage.allowed_parent_page_models() == [HomePage]
    assert ClassroomIndexPage in HomePage.allowed_subpage_models()
    assert ClassroomIndexPage.max_count == 1
    assert ClassroomIndexPage.allowed_subpage_models() == [ClassroomMaterialPage]


def test_material_lives_in_the_classroom_only():
    assert ClassroomMaterialPage.allowed_parent_page_models() == [ClassroomIndexPage]
    assert ClassroomMaterialPage.allowed_subpage_models() == []


@pytest.mark.django_db
def test_only_one_classroom_index_can_be_created(classroom_index, site_tree):
    assert not ClassroomIndexPage.can_create_at(site_tree.home)


@pytest.mark.django_db
def test_classroom_has_its_translated_addresses(classroom_index, client):
    assert classroom_index.slug_nl == "klas"
    assert classroom_index.slug_en == "classroom"
    assert client.get("/nl/klas/").status_code == 200
    assert client.get("/en/classroom/").status_code == 200


@pytest.mark.django_db
def test_oldest_age_cannot_be_below_youngest(classroom_index, site_tree):
    video = make_video(site_tree.sections["videos"], "Video")[0]
    material = make_material(classroom_index, video, min_age=12, max_age=14)
    material.min_age, material.max_age = 13, 11
    with pytest.raises(ValidationError) as error:
        material.full_clean()
    assert "max_age" in error.value.message_dict


@pytest.mark.django_db
def test_material_without_live_video_links_to_nothing(classroom_index, site_tree):
    video = make_video(site_tree.sections["videos"], "Video")[0]
    material = make_material(classroom_index, video)
    assert material.live_video() == video
    video.unpublish()
    material.refresh_from_db()
    assert material.live_video() is None


@pytest.mark.django_db
def test_the_videos_visibility_is_read_once_per_page(
    classroom_index, site_tree, django_assert_num_queries
):
    """The page head (share image) and the body both ask: one check, two queries."""
    video = make_video(site_tree.sections["videos"], "Video")[0]
    material = ClassroomMaterialPage.objects.get(pk=make_material(classroom_index, video).pk)
    assert material.video == video
    with django_assert_num_queries(2):
        assert material.live_video() == video
    with django_assert_num_queries(0):
        assert material.live_video() == video


@pytest.mark.django_db
def test_a_video_unpublished_on_the_pages_object_is_no_longer_linked(classroom_index, site_tree):
    """The check is kept for the video object and its `live`: unpublishing that very object
    (no new object, as `refresh_from_db` would give) is seen at the next ask."""
    video = make_video(site_tree.sections["videos"], "Video")[0]
    material = ClassroomMaterialPage.objects.get(pk=make_material(classroom_index, video).pk)
    assert material.live_video() == material.video
    material.video.unpublish()
    assert material.live_video() is None


@pytest.mark.django_db
def test_editors_can_open_the_admin_forms(client, classroom_index, site_tree):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    material = make_material(classroom_index, make_video(site_tree.sections["videos"], "Video")[0])
    urls = [
        reverse(
            "wagtailadmin_pages:add",
            args=("classroom", "classroommaterialpage", classroom_index.pk),
        ),
        reverse("wagtailadmin_pages:edit", args=(material.pk,)),
        reverse("wagtailadmin_pages:edit", args=(classroom_index.pk,)),
        reverse("wagtailsnippets_classroom_attainmenttarget:list"),
        reverse("wagtailsnippets_classroom_attainmenttarget:add"),
        reverse("wagtailsnippets_classroom_schoollevel:list"),
        reverse("wagtailsnippets_classroom_stemdomain:list"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    html = client.get(urls[1]).content.decode()
    assert 'name="lesson_nl' in html or "lesson_nl" in html


@pytest.mark.template_contexts
@pytest.mark.django_db
def test_editor_publishes_a_lesson_through_the_admin(
    client, classroom_index, site_tree, vocabulary
):
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    from .helpers import make_pdf_document

    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    video = make_video(site_tree.sections["videos"], "Video")[0]
    sheet = make_pdf_document()
    lesson = streamfield(
        [
            ("introduction", {"heading": "", "text": rich_text("<p>Kijk eerst.</p>")}),
            (
                "discussion",
                {
                    "heading": "Praat",
                    "questions": {
                        "count": 1,
                        "0": {"value": "Waarom?", "deleted": "", "order": 0, "id": ""},
                    },
                },
            ),
        ]
    )
    data = nested_form_data(
        {
            "title_nl": "Nieuwe les",
            "title_en": "New lesson",
            "slug_nl": "nieuwe-les",
            "slug_en": "new-lesson",
            "video": video.pk,
            "intro_nl": "Kort",
            "subject_nl": "Wiskunde",
            "min_age": 11,
            "max_age": 13,
            "duration": 20,
            "stem_domains": [vocabulary["domains"]["wiskunde"].pk],
            "attainment_targets": [vocabulary["targets"]["SO1-6.03"].pk],
            "lesson_nl": lesson,
            "lesson_en": streamfield([]),
            "worksheets": inline_formset([{"document": sheet.pk, "label_nl": "", "language": ""}]),
            "action-publish": "publish",
        }
    )
    url = reverse(
        "wagtailadmin_pages:add", args=("classroom", "classroommaterialpage", classroom_index.pk)
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    material = ClassroomMaterialPage.objects.get(slug_nl="nieuwe-les")
    assert material.live and material.video == video and material.worksheets.count() == 1
    assert "Waarom?" in client.get("/nl/klas/nieuwe-les/").content.decode()
    assert client.get("/en/classroom/new-lesson/").status_code == 200
