"""Page views and plays through the first-party beacon: counted once per request, only for real
objects and actions, never for bots, never beyond the rate limit; nothing else is stored."""

import pytest
from bs4 import BeautifulSoup

from impact.models import Event

from .conftest import events, url


def beacon(client, language, kind, page):
    return client.post(f"/{language}/impact/{kind}/", {"page": str(page)})


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_page_names_its_beacon_and_id_without_a_cookie(visitor, content, language):
    response = visitor.get(url(content.video, language))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    script = soup.find("script", src=lambda src: src and src.endswith("js/count.js"))
    assert script["data-count-url"] == f"/{language}/impact/view/"
    assert script["data-count-page"] == str(content.video.pk)
    player = soup.find(attrs={"data-player": True})
    assert player["data-count-url"] == f"/{language}/impact/play/"
    assert player["data-count-page"] == str(content.video.pk)
    assert not response.cookies


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_view_and_a_play_count_once_each_in_the_pages_language(visitor, content, language):
    assert beacon(visitor, language, "view", content.video.pk).status_code == 204
    assert beacon(visitor, language, "play", content.video.pk).status_code == 204
    assert beacon(visitor, language, "view", content.lesson.pk).status_code == 204
    assert sorted(events()) == sorted(
        [
            ("view", language, content.video.pk, 0, "", ""),
            ("play", language, content.video.pk, 0, "", ""),
            ("view", language, content.lesson.pk, 0, "", ""),
        ]
    )
    event = Event.objects.first()
    assert event.day is not None
    # What the visitor is (address, browser) appears nowhere in what is stored.
    stored = " ".join(str(value) for value in Event.objects.values_list().first())
    assert "Mozilla" not in stored and "127.0.0.1" not in stored


@pytest.mark.parametrize(
    ("kind", "body", "status"),
    [
        ("view", {"page": "999999"}, 404),  # no such page
        ("view", {"page": "abc"}, 400),
        ("view", {"page": "-3"}, 400),
        ("view", {"page": "1e3"}, 400),
        ("view", {"page": "٣"}, 400),  # a digit, but not an ASCII one
        ("view", {}, 400),
        ("view", {"page": "9" * 40}, 400),
        ("view", {"page": "12\x00"}, 400),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(visitor, content, kind, body, status):
    response = visitor.post(f"/nl/impact/{kind}/", body)
    assert response.status_code == status
    assert not Event.objects.exists()


def test_an_unknown_action_is_refused(visitor, content):
    # Not one of our endpoints: Wagtail's page serving refuses a post without a CSRF token.
    response = visitor.post("/nl/impact/nonsense/", {"page": content.video.pk})
    assert response.status_code in (403, 404)
    assert not Event.objects.exists()


def test_a_play_counts_only_for_a_video_page(visitor, content):
    assert beacon(visitor, "nl", "play", content.lesson.pk).status_code == 404
    assert beacon(visitor, "nl", "play", content.classroom.pk).status_code == 404
    assert not Event.objects.exists()


def test_a_draft_page_is_not_counted(visitor, content):
    content.video.unpublish()
    assert beacon(visitor, "nl", "view", content.video.pk).status_code == 404
    assert beacon(visitor, "nl", "play", content.video.pk).status_code == 404
    assert not Event.objects.exists()


def test_a_page_unpublished_after_its_views_were_counted_is_refused_at_once(visitor, content):
    # The beacon remembers live pages (no look-up per view); unpublishing makes it forget.
    assert beacon(visitor, "nl", "view", content.video.pk).status_code == 204
    content.video.unpublish()
    assert beacon(visitor, "nl", "view", content.video.pk).status_code == 404
    assert events() == [("view", "nl", content.video.pk, 0, "", "")]


def test_a_deleted_page_is_forgotten_too(visitor, content):
    assert beacon(visitor, "nl", "view", content.lesson.pk).status_code == 204
    lesson_id = content.lesson.pk
    content.lesson.delete()
    assert beacon(visitor, "nl", "view", lesson_id).status_code == 404


def test_a_remembered_live_page_costs_no_look_up(visitor, content, django_assert_num_queries):
    assert beacon(visitor, "nl", "view", content.video.pk).status_code == 204
    with django_assert_num_queries(1):  # the INSERT only
        assert beacon(visitor, "nl", "view", content.video.pk).status_code == 204
    assert len(events()) == 2


def test_the_beacon_takes_only_posts(visitor, content):
    assert visitor.get(f"/nl/impact/view/?page={content.video.pk}").status_code == 405
    assert not Event.objects.exists()


def test_bots_are_not_counted(bot, client, content):
    assert beacon(bot, "nl", "view", content.video.pk).status_code == 204
    assert beacon(bot, "nl", "play", content.video.pk).status_code == 204
    assert beacon(client, "nl", "view", content.video.pk).status_code == 204  # no user agent
    assert not Event.objects.exists()


def test_a_flood_from_one_address_stops_at_the_limit(visitor, content, settings):
    settings.STEMHUB_IMPACT_RATE_LIMITS = {"view": (3, 600)}
    answers = [beacon(visitor, "nl", "view", content.video.pk).status_code for _ in range(6)]
    assert answers == [204, 204, 204, 429, 429, 429]
    assert Event.objects.filter(kind="view").count() == 3
    # Per object: another page still counts, and so does another visitor.
    assert beacon(visitor, "nl", "view", content.lesson.pk).status_code == 204
    other = {"REMOTE_ADDR": "10.0.0.7"}
    assert visitor.post("/nl/impact/view/", {"page": content.video.pk}, **other).status_code == 204
    assert Event.objects.filter(kind="view").count() == 5


def test_the_refusal_of_a_flood_is_translated(visitor, content, settings):
    settings.STEMHUB_IMPACT_RATE_LIMITS = {"play": (1, 600)}
    beacon(visitor, "en", "play", content.video.pk)
    english = beacon(visitor, "en", "play", content.video.pk)
    dutch = beacon(visitor, "nl", "play", content.video.pk)
    assert english.status_code == dutch.status_code == 429
    assert english["Retry-After"] == "600"
    assert english.content.decode() != dutch.content.decode()
