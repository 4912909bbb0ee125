"""The counters survive the page cache: a page answered from the cache still carries its beacon,
and feeds, embedded cards and searches without results are counted at the cache's edge, on every
hit, with the mark never leaving the server."""

import pytest
from bs4 import BeautifulSoup

from impact.models import Event
from tests.pagecache.helpers import cache_state, text

from .conftest import events, url


def get_twice(client, address):
    first, second = client.get(address), client.get(address)
    assert first.status_code == second.status_code == 200, address
    assert (cache_state(first), cache_state(second)) == ("MISS", "HIT"), address
    for response in (first, second):
        assert "X-Stemhub-Count" not in response
        assert not response.cookies
    return first, second


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_cached_video_page_still_sends_its_view_and_play(page_cache, visitor, content, language):
    _first, cached = get_twice(visitor, url(content.video, language))
    soup = BeautifulSoup(text(cached), "html.parser")
    script = soup.find("script", attrs={"data-count-page": True})
    assert script["data-count-page"] == str(content.video.pk)
    assert visitor.post(script["data-count-url"], {"page": content.video.pk}).status_code == 204
    player = soup.find(attrs={"data-player": True})
    assert visitor.post(player["data-count-url"], {"page": content.video.pk}).status_code == 204
    assert sorted(events()) == sorted(
        [
            ("view", language, content.video.pk, 0, "", ""),
            ("play", language, content.video.pk, 0, "", ""),
        ]
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_feed_reads_are_counted_on_every_hit(page_cache, visitor, content, language):
    index = content.video.get_parent()
    get_twice(visitor, f"{url(index, language)}feed/")
    assert events() == [("feed", language, index.pk, 0, "", "")] * 2


@pytest.mark.parametrize("language", ["nl", "en"])
def test_embedded_cards_are_counted_on_every_hit(page_cache, visitor, content, language):
    get_twice(visitor, f"/{language}/embed/{content.lesson.pk}/")
    assert events() == [("embed", language, content.lesson.pk, 0, "", "")] * 2


@pytest.mark.parametrize("language", ["nl", "en"])
def test_searches_without_results_are_counted_with_a_folded_term(
    page_cache, visitor, content, language
):
    search = {"nl": "/nl/zoeken/", "en": "/en/search/"}[language]
    get_twice(visitor, f"{search}?q=Kwantum%C3%A9%21%21  COMPUTER%3Cscript%3E")
    assert events() == [("search-empty", language, 0, 0, "", "kwantumé computer script")] * 2
    # A search that finds something is not counted.
    found = {"nl": "zonnecellen", "en": "solar"}[language]
    get_twice(visitor, f"{search}?q={found}")
    assert Event.objects.count() == 2


def test_crawlers_reading_cached_feeds_are_not_counted(page_cache, bot, content):
    get_twice(bot, f"{url(content.video.get_parent(), 'nl')}feed/")
    get_twice(bot, f"/nl/embed/{content.video.pk}/")
    assert not Event.objects.exists()


def test_the_thank_you_is_its_own_cached_variant(page_cache, visitor, content):
    page = url(content.video, "en")
    _plain, plain = get_twice(visitor, page)
    _thanked, thanked = get_twice(visitor, f"{page}?thanks=curious")

    def status(response):
        form = BeautifulSoup(text(response), "html.parser").find("form", id="feedback-curious")
        return form.find(attrs={"role": "status"}).get_text(strip=True)

    assert status(plain) == ""
    assert status(thanked) == "Thank you for your answer!"
