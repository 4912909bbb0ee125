"""A child page may not take a slug its index page answers itself (stemhub.reserved_slugs):
the index resolves its routes (feed, forms, downloads) first, so such a child is unreachable."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.html import escape
from wagtail.users.models import UserProfile

from initiatives.factories import create_initiative
from initiatives.models import InitiativeIndexPage
from partners.models import PartnerIndexPage, PartnerPage
from partners.submissions import unique_slug
from stemhub.reserved_slugs import reserved_slugs
from videos.models import VideoIndexPage, VideoPage

from .admin_helpers import form_data

MESSAGES = {
    "nl": "is een adres van de pagina “Video's” zelf",
    "en": "is an address of the page “Video's” itself",
}


@pytest.fixture
def editor(client, site_tree):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def admin_in(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def test_each_index_page_reserves_the_first_segment_of_its_routes(site_tree):
    assert reserved_slugs(VideoIndexPage.objects.get()) == {"feed"}
    assert reserved_slugs(PartnerIndexPage.objects.get()) == {
        "feed",
        "video-indienen",
        "submit-video",
    }
    assert reserved_slugs(InitiativeIndexPage.objects.get()) == {
        "feed",
        "csv",
        "csv-excel",
        "voorstellen",
        "propose",
        "contact",
    }
    assert reserved_slugs(PartnerPage.objects.first()) == frozenset()  # no routes of its own


@pytest.mark.template_contexts
@pytest.mark.parametrize(
    ("language", "field", "slug"),
    [("nl", "slug_nl", "feed"), ("en", "slug_en", "feed")],
)
def test_admin_refuses_a_new_page_whose_slug_is_a_route_of_its_parent(
    client, editor, language, field, slug
):
    admin_in(editor, language)
    parent = VideoIndexPage.objects.get()
    url = f"/admin/pages/add/videos/videopage/{parent.id}/"
    data = form_data(client.get(url), "form#page-edit-form")
    data.update(
        {
            "title_nl": "Voeding van de toekomst",
            "title_en": "Food of the future",
            "slug_nl": "voeding-van-de-toekomst",
            "slug_en": "food-of-the-future",
            "video_url": "https://youtu.be/dQw4w9WgXcQ",
            "year": "2024",
            "action-publish": "action-publish",
        }
    )
    data[field] = slug

    response = client.post(url, data)

    assert response.status_code == 200  # the form again, with what the editor typed
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors[field]] == ["reserved_slug"]
    assert set(errors) == {field}
    page = response.content.decode()
    assert escape(f"“{slug}” {MESSAGES[language]}") in page
    assert 'value="Voeding van de toekomst"' in page
    assert not VideoPage.objects.exists()

    data[field] = "feed-en-voeding"  # a slug that merely starts like a route is fine
    assert client.post(url, data).status_code == 302
    assert VideoPage.objects.get().live


@pytest.mark.template_contexts
def test_admin_refuses_renaming_a_page_to_a_route_of_its_parent(client, editor):
    admin_in(editor, "en")
    partner = PartnerPage.objects.get(slug_nl="vrt")
    url = f"/admin/pages/{partner.id}/edit/"
    data = form_data(client.get(url), "form#page-edit-form")
    data["slug_en"] = "submit-video"
    data["action-publish"] = "action-publish"

    response = client.post(url, data)

    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["slug_en"]] == ["reserved_slug"]
    assert "“submit-video” is an address of the page" in response.content.decode()
    partner.refresh_from_db()
    assert partner.slug_en != "submit-video"
    assert client.get("/en/partners/submit-video/").status_code == 200  # the form still answers


def test_model_validation_refuses_a_reserved_slug_in_either_language(site_tree):
    index = InitiativeIndexPage.objects.get()
    initiative = create_initiative(index, "robotica-kamp")
    initiative.slug_nl = "voorstellen"
    initiative.slug_en = "contact"
    with pytest.raises(ValidationError) as refused:
        initiative.full_clean()
    assert {"slug_nl", "slug_en"} <= set(refused.value.error_dict)


def test_pages_made_from_public_forms_step_around_the_routes(site_tree):
    """A proposal titled "Contact" or a company called "Feed" gets a slug that can be opened."""
    assert unique_slug(InitiativeIndexPage.objects.get(), "Contact", "nl") == "contact-2"
    assert unique_slug(PartnerIndexPage.objects.get(), "Feed", "en") == "feed-2"
    assert unique_slug(VideoIndexPage.objects.get(), "Feed de robots", "nl") == "feed-de-robots"
