"""Title suggestions for the search box: a small JSON answer from our own site."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from videos.factories import make_video

SUGGEST = {"nl": "/nl/zoeken/suggesties/", "en": "/en/search/suggestions/"}


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("nl", "zon", [("De zonnecel", "/nl/videos/de-zonnecel/", "Video's")]),
        ("nl", "ZONNEC", [("De zonnecel", "/nl/videos/de-zonnecel/", "Video's")]),
        ("en", "batt", [("The solar battery", "/en/videos/the-solar-battery/", "Videos")]),
        ("en", "the sol", [("The solar battery", "/en/videos/the-solar-battery/", "Videos")]),
    ],
)
def test_titles_with_a_word_starting_with_what_was_typed(client, solar, language, typed, expected):
    response = client.get(SUGGEST[language], {"q": typed})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert [(s["title"], s["url"], s["kind"]) for s in data["suggestions"]] == expected


def test_titles_starting_with_the_letters_come_first(client, solar, videos):
    make_video(videos, "Zonne-energie op school")
    make_video(videos, "Over de zon")
    titles = [s["title"] for s in client.get(SUGGEST["nl"], {"q": "zon"}).json()["suggestions"]]
    assert titles == ["Zonne-energie op school", "De zonnecel", "Over de zon"]


@pytest.mark.parametrize("typed", ["", "z", "zon\x00", "x" * 500, "<script>"])
def test_odd_input_gets_an_empty_answer_never_an_error(client, solar, typed):
    response = client.get(SUGGEST["nl"], {"q": typed})
    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_at_most_eight_suggestions_in_a_fixed_number_of_queries(client, videos):
    for n in range(12):
        make_video(videos, f"Robot {n}")
    with CaptureQueriesContext(connection) as queries:
        data = client.get(SUGGEST["nl"], {"q": "robot"}).json()
    assert len(data["suggestions"]) == 8
    assert len(queries) <= 2


def test_the_search_box_is_an_accessible_combobox_that_works_without_script(client, site_tree):
    html = client.get("/nl/zoeken/").content.decode()
    assert 'data-suggest-url="/nl/zoeken/suggesties/"' in html
    assert 'role="listbox"' in html
    assert '<form class="search-form" method="get" action="/nl/zoeken/" role="search">' in html
    assert '<script src="/static/js/search-suggest.js" defer></script>' in html
