"""The embeddable card and oEmbed: framable only there, click-to-play kept, per specification."""

import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

pytestmark = pytest.mark.django_db

OEMBED = "/api/v1/oembed"


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict((part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip())


def full_url(page, language):
    with translation.override(language):
        return page.get_full_url()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_video_card_keeps_the_click_to_play_facade(client, published, language):
    response = client.get(f"/{language}/embed/{published.video.pk}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.find("iframe") is None  # the player's frame is made only after the click
    player = soup.find(attrs={"data-player": True})
    assert player["data-embed-src"].startswith("https://www.youtube-nocookie.com/embed/")
    loaded = [tag.get("src") for tag in soup.find_all(["script", "img"])]
    loaded += [tag["href"] for tag in soup.find_all("link", rel="stylesheet")]
    assert len(loaded) >= 4 and all(url.startswith("/") for url in loaded), loaded
    title = soup.find("h1").find("a")
    assert title["href"] == full_url(published.video, language)
    assert title["target"] == "_blank" and "noopener" in title["rel"]
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert not response.cookies


@pytest.mark.parametrize(("language", "lesson_word"), [("nl", "Les"), ("en", "Lesson")])
def test_lesson_card_shows_its_video_and_facts(client, published, language, lesson_word):
    response = client.get(f"/{language}/embed/{published.lesson.pk}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    eyebrow = soup.select_one(".embed-card__eyebrow").get_text()
    assert lesson_word in eyebrow and "10–12" in eyebrow and "50" in eyebrow
    assert soup.find(attrs={"data-player": True}) is not None
    assert soup.find("iframe") is None


def test_only_the_card_may_be_framed_by_other_sites(client, published):
    card = client.get(f"/nl/embed/{published.video.pk}/")
    assert directives(card)["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in card
    assert directives(card)["script-src"] == ["'self'"]  # otherwise the same strict policy
    page = client.get(full_url(published.video, "nl"))
    assert directives(page)["frame-ancestors"] == ["'self'"]
    assert page["X-Frame-Options"] == "SAMEORIGIN"
    api = client.get("/api/v1/videos")
    assert directives(api)["frame-ancestors"] == ["'self'"]


def test_cards_exist_only_for_live_videos_and_lessons(client, published):
    assert client.get(f"/nl/embed/{published.partner.pk}/").status_code == 404
    assert client.get(f"/nl/embed/{published.initiative.pk}/").status_code == 404
    assert client.get("/nl/embed/999999/").status_code == 404
    published.lesson.unpublish()
    assert client.get(f"/nl/embed/{published.lesson.pk}/").status_code == 404


def test_cached_card_keeps_its_framing_headers(client, published, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "opendata-embed-cache",
        }
    }
    settings.STEMHUB_PAGE_CACHE = True
    url = f"/nl/embed/{published.video.pk}/"
    first = client.get(f"{url}?utm_source=klascement")
    second = client.get(url)
    assert first["X-Cache"] == "MISS" and second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert directives(second)["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in second


@pytest.mark.parametrize("language", ["nl", "en"])
def test_oembed_for_a_video_follows_the_specification(client, published, language):
    page_url = full_url(published.video, language)
    response = client.get(OEMBED, {"url": page_url, "format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "video"
    assert data["provider_name"] == "#STEMhelden" and data["provider_url"].startswith("http")
    assert data["title"] == published.video.title if language == "nl" else "Making solar cells"
    assert data["author_name"] == "Umicore"
    assert isinstance(data["width"], int) and isinstance(data["height"], int)
    frame = BeautifulSoup(data["html"], "html.parser").find("iframe")
    assert frame["src"].endswith(f"/{language}/embed/{published.video.pk}/")
    assert int(frame["width"]) == data["width"] and int(frame["height"]) == data["height"]
    assert frame["title"] and frame["loading"] == "lazy"
    assert {"thumbnail_url", "thumbnail_width", "thumbnail_height"} <= set(data)
    assert data["thumbnail_url"].startswith("http")


def test_oembed_respects_maxwidth_and_maxheight(client, published):
    url = full_url(published.video, "nl")
    data = client.get(OEMBED, {"url": url, "maxwidth": 300, "maxheight": 400}).json()
    assert data["width"] <= 300 and data["height"] <= 400
    assert "thumbnail_url" not in data or data["thumbnail_width"] <= 300
    small = client.get(OEMBED, {"url": url, "maxwidth": 300}).json()
    assert "thumbnail_url" not in small  # the 640 px thumbnail would be too wide


def test_oembed_for_a_lesson_is_rich(client, published):
    data = client.get(OEMBED, {"url": full_url(published.lesson, "en")}).json()
    assert data["type"] == "rich"
    assert re.search(rf'src="[^"]*/en/embed/{published.lesson.pk}/"', data["html"])


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"url": "VIDEO", "format": "xml"}, 501),
        ({"url": "https://elsewhere.example/nl/videos/zonnecellen-maken/"}, 404),
        ({"url": "PARTNER"}, 404),
        ({"url": "http://testserver/nl/bestaat-niet/"}, 404),
        ({"url": "not a url"}, 404),
        ({"url": "VIDEO", "maxwidth": "0"}, 400),
        ({"url": "VIDEO", "callback": "x"}, 400),
        ({}, 400),
    ],
)
def test_oembed_errors_are_json(client, published, params, status):
    replacements = {
        "VIDEO": full_url(published.video, "nl"),
        "PARTNER": full_url(published.partner, "nl"),
    }
    params = {key: replacements.get(value, value) for key, value in params.items()}
    response = client.get(OEMBED, params)
    assert response.status_code == status
    assert response.json()["error"]


@pytest.mark.parametrize(
    ("page", "discoverable"), [("video", True), ("lesson", True), ("partner", False)]
)
def test_pages_link_their_oembed(client, published, page, discoverable):
    url = full_url(getattr(published, page), "en")
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    link = soup.find("link", attrs={"type": "application/json+oembed"})
    assert (link is not None) == discoverable
    if link:
        data = client.get(link["href"]).json()  # the discovered address works as it is
        assert f"/en/embed/{getattr(published, page).pk}/" in data["html"]
