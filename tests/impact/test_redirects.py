"""Signpost click-throughs and worksheet downloads through our own counting redirects."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from impact.models import Event

from .conftest import DEEP_LINK, events, url


def signpost_link(client, video, language):
    soup = BeautifulSoup(client.get(url(video, language)).content, "html.parser")
    return soup.select_one(".signpost__name a")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_signpost_click_is_counted_and_lands_on_the_deep_link(visitor, content, language):
    link = signpost_link(visitor, content.video, language)
    href = link["href"]
    path = f"/{language}/impact/signpost/{content.video.pk}/{content.onderwijskiezer.pk}/"
    assert href.startswith(path)
    # The address still says where it goes, and so does the page.
    assert parse_qs(urlsplit(href).query)["to"] == [DEEP_LINK]
    assert "onderwijskiezer.be" in link.find_parent("article").get_text()

    response = visitor.get(href)
    assert response.status_code == 302
    assert response["Location"] == DEEP_LINK
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert events() == [
        ("signpost", language, content.video.pk, content.onderwijskiezer.pk, "", "")
    ]


def test_the_redirect_goes_where_the_editors_said_not_where_the_address_says(visitor, content):
    path = f"/nl/impact/signpost/{content.video.pk}/{content.onderwijskiezer.pk}/"
    response = visitor.get(path + "?to=https://evil.example/")
    assert response["Location"] == DEEP_LINK


def test_a_signpost_without_deep_link_goes_to_its_site(visitor, content):
    response = visitor.get(f"/nl/impact/signpost/{content.other.pk}/{content.vdab.pk}/")
    assert response["Location"] == "https://www.vdab.be/"
    assert events() == [("signpost", "nl", content.other.pk, content.vdab.pk, "", "")]


@pytest.mark.parametrize(
    "path",
    [
        "/nl/impact/signpost/{video}/{vdab}/",  # a signpost this video does not show
        "/nl/impact/signpost/{lesson}/{onderwijskiezer}/",  # not a video
        "/nl/impact/signpost/999999/{onderwijskiezer}/",
        "/nl/impact/signpost/{video}/999999/",
        "/nl/impact/worksheet/999999/",
    ],
)
def test_unknown_objects_are_404_and_not_counted(visitor, content, path):
    ids = {
        "video": content.video.pk,
        "lesson": content.lesson.pk,
        "vdab": content.vdab.pk,
        "onderwijskiezer": content.onderwijskiezer.pk,
    }
    assert visitor.get(path.format(**ids)).status_code == 404
    assert not Event.objects.exists()


def test_garbage_in_the_address_is_404(visitor, content):
    for path in ["/nl/impact/signpost/abc/1/", "/nl/impact/worksheet/-1/", "/nl/impact/worksheet/"]:
        assert visitor.get(path).status_code == 404
    assert not Event.objects.exists()


def test_a_bot_is_sent_on_but_not_counted(bot, content):
    response = bot.get(f"/nl/impact/signpost/{content.video.pk}/{content.onderwijskiezer.pk}/")
    assert response["Location"] == DEEP_LINK
    assert bot.get(f"/nl/impact/worksheet/{content.worksheet.pk}/").status_code == 302
    assert not Event.objects.exists()


def test_a_flood_of_clicks_still_redirects_but_counts_no_more(visitor, content, settings):
    settings.STEMHUB_IMPACT_RATE_LIMITS = {"signpost": (2, 600)}
    path = f"/nl/impact/signpost/{content.video.pk}/{content.onderwijskiezer.pk}/"
    for _ in range(5):
        assert visitor.get(path)["Location"] == DEEP_LINK
    assert Event.objects.filter(kind="signpost").count() == 2


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_worksheet_download_is_counted_for_its_lesson(visitor, content, language):
    soup = BeautifulSoup(visitor.get(url(content.lesson, language)).content, "html.parser")
    link = soup.select_one(".download__link")
    assert link["href"] == f"/{language}/impact/worksheet/{content.worksheet.pk}/"
    assert link.has_attr("download")
    response = visitor.get(link["href"])
    assert response.status_code == 302
    assert response["Location"] == content.worksheet.document.url
    document = visitor.get(response["Location"])
    assert document.status_code == 200
    assert b"".join(document.streaming_content).startswith(b"%PDF")
    assert events() == [("download", language, content.lesson.pk, 0, "", "")]


def test_a_lesson_preview_links_the_worksheet_itself(content):
    """An editor's preview of a saved lesson counts no download: the document's own address."""
    body = content.lesson.make_preview_request(preview_mode="nl").content.decode()
    assert f'href="{content.worksheet.document.url}"' in body
    assert "/impact/worksheet/" not in body


def test_a_worksheet_of_an_unpublished_lesson_is_not_offered(visitor, content):
    content.lesson.unpublish()
    assert visitor.get(f"/nl/impact/worksheet/{content.worksheet.pk}/").status_code == 404
    assert not Event.objects.exists()
