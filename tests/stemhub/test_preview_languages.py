"""The preview panel shows a page in Dutch and in English, whatever the admin's language."""

import pytest
from django.test import RequestFactory

from videos.factories import make_signpost, make_video

from .admin_helpers import form_data


@pytest.fixture
def video(site_tree):
    return make_video(
        site_tree.sections["videos"],
        "Bruggen bouwen",
        slug="bruggen-preview",
        title_en="Building bridges",
        intro=("Een brug over de Schelde.", "A bridge over the Scheldt."),
        signposts=[make_signpost("vdab", "VDAB", "https://www.vdab.be/")],
    )[0]


def test_every_page_offers_a_dutch_and_an_english_preview(video, site_tree):
    for page in (video, site_tree.home, site_tree.sections["initiatives"]):
        assert [mode for mode, _label in page.preview_modes] == ["nl", "en"]
        assert page.default_preview_mode == "nl"


@pytest.mark.parametrize(
    ("mode", "shown", "hidden"),
    [("nl", "Een brug over de Schelde.", "A bridge over"), ("en", "A bridge over", "Een brug")],
)
def test_the_preview_renders_in_its_language(video, admin_user, mode, shown, hidden):
    request = RequestFactory().get("/admin/pages/preview/")
    request.user = admin_user
    body = video.serve_preview(request, mode).content.decode()
    assert shown in body
    assert hidden not in body
    assert f'lang="{mode}"' in body


def test_the_admin_preview_view_serves_both_languages(admin_client, video):
    edit_url = f"/admin/pages/{video.pk}/edit/preview/"
    response = admin_client.get(f"/admin/pages/{video.pk}/edit/")
    assert response.status_code == 200
    data = form_data(response, "form#page-edit-form")
    assert admin_client.post(edit_url, data).json()["is_valid"]
    english = admin_client.get(edit_url, {"mode": "en"}).content.decode()
    dutch = admin_client.get(edit_url, {"mode": "nl"}).content.decode()
    assert "Building bridges" in english and "Een brug over de Schelde." not in english
    assert "Een brug over de Schelde." in dutch
    for body in (english, dutch):
        # A saved page's preview counts nothing: no feedback address, disabled buttons, a
        # signpost linking straight to its site.
        assert "/impact/feedback/" not in body
        assert 'aria-describedby="used-in-class-hint" disabled>' in body
        assert 'href="https://www.vdab.be/"' in body
        assert "/impact/signpost/" not in body
