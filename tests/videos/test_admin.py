import pytest
from django.contrib.auth import get_user_model

from videos.models import VideoHero, VideoIndexPage, VideoPage


@pytest.fixture
def admin_client(client, site_tree):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def add_video_form(video_url, slug="nieuwe-video"):
    data = {
        "title_nl": "Nieuwe video",
        "title_en": "New video",
        "slug_nl": slug,
        "slug_en": slug,
        "intro_nl": "Een test.",
        "video_url": video_url,
        "year": "2024",
        "action-publish": "action-publish",
    }
    for prefix in ("heroes", "signposts", "related_video_links"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return data


@pytest.mark.template_contexts
@pytest.mark.parametrize(
    "url",
    ["https://www.dailymotion.com/video/x7tgad0", "https://tracker.example/watch?v=dQw4w9WgXcQ"],
)
def test_admin_refuses_a_video_address_that_is_not_youtube_or_vimeo(admin_client, url):
    parent = VideoIndexPage.objects.get()
    response = admin_client.get(f"/admin/pages/add/videos/videopage/{parent.id}/")
    assert response.status_code == 200
    response = admin_client.post(
        f"/admin/pages/add/videos/videopage/{parent.id}/", add_video_form(url)
    )
    assert response.status_code == 200  # the form again, with the error
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["video_url"]] == ["invalid_video_url"]
    # The message is shown next to the field (English msgid until the catalogue translates it).
    assert str(errors["video_url"][0].messages[0]) in response.content.decode()
    assert not VideoPage.objects.exists()


def test_admin_accepts_youtube_and_stores_provider_and_id(admin_client):
    parent = VideoIndexPage.objects.get()
    response = admin_client.post(
        f"/admin/pages/add/videos/videopage/{parent.id}/",
        add_video_form("https://youtu.be/dQw4w9WgXcQ"),
    )
    assert response.status_code == 302
    video = VideoPage.objects.get()
    assert (video.video_provider, video.video_id) == ("youtube", "dQw4w9WgXcQ")
    assert video.live


@pytest.mark.parametrize("model", ["profiletype", "educationroute", "signpost"])
def test_vocabulary_is_editable_as_snippets(admin_client, model):
    response = admin_client.get(f"/admin/snippets/videos/{model}/")
    assert response.status_code == 200


@pytest.mark.template_contexts
def test_balance_report_counts_heroes_for_editors_only(admin_client, client, catalogue):
    response = admin_client.get("/admin/reports/hero-balance/")
    assert response.status_code == 200
    html = response.content.decode()
    # The catalogue has one non-binary theoretical hero and five heroes without a gender.
    totals = response.context["object_list"][-1]
    assert [totals.cells[value] for value, _label in VideoHero.Gender.choices] == [4, 0, 0, 1]
    assert totals.total == 5
    assert "Theoretisch opgeleid" in html
    assert "Evenwicht bij de helden" in html  # the report's header

    export = admin_client.get("/admin/reports/hero-balance/?export=csv")
    assert export.status_code == 200
    lines = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Profieltype,")
    assert lines[-1].startswith("Totaal,") and lines[-1].endswith(",5")
    xlsx = admin_client.get("/admin/reports/hero-balance/?export=xlsx")
    assert xlsx.status_code == 200 and b"".join(xlsx.streaming_content)[:2] == b"PK"

    admin_client.logout()
    response = admin_client.get("/admin/reports/hero-balance/")
    assert response.status_code == 302  # to the login page
