"""The video browse at /nl/videos/ and /en/videos/, through HTTP.

Every test here sees the four-video catalogue, built once for the module (`shared_catalogue`);
a test that adds videos or unpublishes a company does so inside its own savepoint.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from videos.filters import VideoFilterSet
from videos.models import VideoPage

from ..stemhub.shape_checks import assert_counts_compiled_once, chosen
from .conftest import build_many_videos, many_videos_kept

BROWSE = "/nl/videos/"

pytestmark = pytest.mark.usefixtures("catalogue")


@pytest.fixture
def catalogue(shared_catalogue):
    return shared_catalogue


def titles(response):
    """The titles of the video cards, in order."""
    html = response.content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def result_count(response):
    html = response.content.decode()
    match = re.search(r'role="status" id="result-count">(\d+)', html)
    return int(match.group(1))


def test_browse_lists_all_live_videos_newest_first(client, catalogue):
    response = client.get(BROWSE)
    assert response.status_code == 200
    assert titles(response) == [
        "Robots een brein geven",
        "Zonnecellen maken",
        "Geld veilig op de bank",
        "Batterijen voor auto&#x27;s",
    ]
    assert result_count(response) == 4


def test_browse_in_english(client, catalogue):
    response = client.get("/en/videos/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
    assert "Making solar cells" in titles(response)
    assert "Geld veilig op de bank" in titles(response)  # Dutch fallback for the empty title
    assert "4 videos" in response.content.decode()
    assert "Energy <span" in response.content.decode()  # sector names in English
    assert "Practically trained <span" in response.content.decode()


# One catalogue, many queries: (query string, titles it must give).
FILTER_CASES = [
    ("sector=energie", {"Zonnecellen maken", "Batterijen voor auto&#x27;s"}),
    (
        "sector=energie&sector=financien-bank",
        {"Zonnecellen maken", "Batterijen voor auto&#x27;s", "Geld veilig op de bank"},
    ),
    ("profile=theoretisch", {"Zonnecellen maken", "Robots een brein geven"}),
    (
        "profile=praktisch",
        {"Zonnecellen maken", "Batterijen voor auto&#x27;s", "Geld veilig op de bank"},
    ),
    ("company=vrt", {"Robots een brein geven", "Batterijen voor auto&#x27;s"}),
    ("year=2020", {"Batterijen voor auto&#x27;s", "Geld veilig op de bank"}),
    ("q=zonlicht", {"Zonnecellen maken"}),  # in the intro
    ("q=kluis", {"Geld veilig op de bank"}),  # in the transcript
    ("q=ROBOTS", {"Robots een brein geven"}),  # in the title, any case
    ("q=robots+brein", {"Robots een brein geven"}),  # every word must match
    ("sector=energie&year=2021", {"Zonnecellen maken"}),
    ("sector=energie&profile=praktisch&company=vrt", {"Batterijen voor auto&#x27;s"}),
    ("profile=theoretisch&year=2020", set()),
]


def test_each_filter_and_combination_narrows(client, catalogue):
    for query, expected in FILTER_CASES:
        response = client.get(f"{BROWSE}?{query}")
        assert response.status_code == 200, query
        assert set(titles(response)) == expected, query
        assert result_count(response) == len(expected), query


def test_search_in_english_matches_english_text(client, catalogue):
    response = client.get("/en/videos/?q=sunlight")
    assert titles(response) == ["Making solar cells"]


def test_sort_by_title(client, catalogue):
    response = client.get(f"{BROWSE}?sort=title")
    assert titles(response) == sorted(titles(response), key=str.lower)


def facet_count(response, name, value):
    html = response.content.decode()
    if name in ("sector", "profile"):
        pattern = (
            rf'name="{name}" value="{value}" id="(id_{name}_\d+)"[^>]*>\s*'
            rf'<label for="\1">[^<]*<span class="facet__count">\((\d+)'
        )
        return int(re.search(pattern, html).group(2))
    pattern = rf'<option value="{value}"[^>]*>[^<]*\((\d+)\)</option>'
    return int(re.search(pattern, html).group(1))


def test_facet_counts_reflect_the_other_active_filters(client, catalogue):
    everything = client.get(BROWSE)
    assert facet_count(everything, "sector", "energie") == 2
    assert facet_count(everything, "profile", "praktisch") == 3
    assert facet_count(everything, "company", "vrt") == 2
    assert facet_count(everything, "year", "2020") == 2

    in_2021 = client.get(f"{BROWSE}?year=2021")
    assert facet_count(in_2021, "sector", "energie") == 1
    assert facet_count(in_2021, "sector", "financien-bank") == 0
    assert facet_count(in_2021, "company", "vrt") == 1
    # A facet's own choice does not shrink its own counts.
    assert facet_count(in_2021, "year", "2020") == 2

    energy = client.get(f"{BROWSE}?sector=energie")
    assert facet_count(energy, "sector", "robotica-industrie") == 1
    assert facet_count(energy, "profile", "theoretisch") == 1
    assert 'value="energie" id="id_sector_6" checked' in energy.content.decode()


def test_zero_results_offer_a_reset_link(client, catalogue):
    response = client.get(f"{BROWSE}?q=onbestaandwoord")
    html = response.content.decode()
    assert result_count(response) == 0
    assert 'class="empty-state"' in html
    assert '<a class="button" href="/nl/videos/">' in html


def current_page(response):
    return int(
        re.search(
            r'aria-current="page"><span class="visually-hidden">[^<]*</span>(\d+)<',
            response.content.decode(),
        ).group(1)
    )


# Beside the catalogue's four: 25 videos, one more than two pages of 12 hold.
MORE = 21


@pytest.fixture(scope="class")
def more_video_pks(shared_catalogue_pks, django_db_blocker):
    """21 more videos ("Video nummer 0" to "20") beside the module's catalogue, built once for
    the class that asks (tests/shared_content.py) and rolled back after it."""
    with many_videos_kept(django_db_blocker, MORE) as pks:
        yield pks


@pytest.fixture
def more_videos(more_video_pks, db):
    """The class's 21 videos' primary keys; `db` gives the test its own savepoint, so what it
    deletes is back for the next test."""
    return more_video_pks


# Query budgets (README, "Browse pages"): checking a vocabulary value costs no query of its own,
# so a known or an unknown sector costs what the unfiltered page costs.
BUDGETS = {"": 18, "?sector=energie": 18, "?sector=energie&sector=no-such-sector": 18}

# Every filter at once: of the 21 more videos, "Video nummer 11" matches.
EVERY_FILTER = (
    f"{BROWSE}?sector=energie&sector=media&profile=praktisch&company=vrt&q=video&sort=title"
)


class TestWithThreePagesOfVideos:
    """Two tests over 25 videos: the catalogue and 21 more (`more_videos`)."""

    def test_pagination_keeps_the_filters_and_bad_page_numbers_give_a_real_page(
        self, client, catalogue, more_videos
    ):
        # The 21 numbered videos: 2 pages of 12 (all 25 with the catalogue: 3 pages, below)
        response = client.get(f"{BROWSE}?q=nummer&sort=title")
        assert result_count(response) == MORE
        assert len(titles(response)) == 12
        page_links = re.findall(r'<a href="(\?[^"]*page=\d[^"]*)"', response.content.decode())
        assert page_links
        assert all("q=nummer&amp;sort=title" in link for link in page_links)

        for page, expected in [("2", 2), ("999", 3), ("abc", 1), ("-1", 3), ("0", 3), ("", 1)]:
            response = client.get(BROWSE, {"page": page})
            assert response.status_code == 200
            assert current_page(response) == expected, page

    def test_browse_queries_do_not_grow_with_the_number_of_videos(
        self, client, more_videos, video_index, vocab
    ):
        """26 videos (3 pages of cards, two matching every filter), then 5 (one page, one
        matching) after deleting 21 as an editor does, inside this test's savepoint: a query
        per card, per result or per page shows."""
        (matching,) = build_many_videos(video_index, vocab, 1, start=31)  # as nummer 11 does
        with_26 = counted(client, BROWSE), counted(client, EVERY_FILTER)
        assert [result_count(response) for _queries, response in with_26] == [26, 2]
        many = tuple(queries for queries, _response in with_26)
        assert max(many) <= 20, many
        # The unfiltered page's budget is what was just counted.
        counts = {"": many[0]} | {
            query: count_queries(client, f"{BROWSE}{query}") for query in BUDGETS if query
        }
        print(f"video browse queries: {counts}, every filter {many[1]}")
        assert all(counts[query] <= budget for query, budget in BUDGETS.items()), counts
        Page.objects.filter(pk__in=[*more_videos[:11], *more_videos[12:], matching.pk]).delete()
        assert VideoPage.objects.live().count() == 5
        with_5 = counted(client, BROWSE), counted(client, EVERY_FILTER)
        assert [result_count(response) for _queries, response in with_5] == [5, 1]
        assert tuple(queries for queries, _response in with_5) == many


HOSTILE = [
    "sector=<script>alert(1)</script>",
    "sector=%3Cscript%3Ealert(1)%3C/script%3E",
    "profile=%22onmouseover=%22alert(1)",
    "company=<img src=x onerror=alert(1)>",
    "year=x",
    "year=1999",
    "year=99999999999999999999999",
    "sort=<b>evil</b>",
    "q=" + "a" * 300,
    "q=%00%01<script>",
    "page=<script>",
    "page=1e9",
    "sector=energie&sector=energie&sector=unknown",
    "sector[]=energie",
    "q=%E2%80%AE%F0%9F%98%80",
    "q=%25%5F%5C",
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_hostile_query_strings_never_fail_and_are_never_echoed_raw(client, catalogue, language):
    for query in HOSTILE:
        response = client.get(f"/{language}/videos/?{query}")
        assert response.status_code == 200, query
        html = response.content.decode()
        assert "<script>alert" not in html, query
        assert "<img src=x" not in html, query
        assert '"onmouseover="' not in html, query
        assert "<b>evil" not in html, query


def test_malformed_values_are_shown_as_form_errors(client, catalogue):
    html = client.get("/en/videos/?year=x&sort=random").content.decode()
    assert 'class="form-notice"' in html
    assert "Choose a year from the list." in html
    assert "We can sort by date or by title only." in html
    # The malformed filters are ignored: all four videos are listed.
    assert "4 videos" in html


def test_unknown_sector_is_dropped_and_the_known_one_kept(client, catalogue):
    response = client.get("/en/videos/?sector=energie&sector=no-such-sector")
    html = response.content.decode()
    assert "We left them out." in html
    assert result_count(response) == 2


@pytest.mark.template_contexts
@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_old_bookmark_with_only_an_unknown_sector_shows_every_video(client, catalogue, language):
    """Issue 18: the unknown value is dropped before filtering, not filtered on."""
    response = client.get(f"/{language}/videos/?sector=no-such-sector")
    assert result_count(response) == 4
    assert 'class="form-notice"' in response.content.decode()
    profile = response.context["facets"][1]
    assert {option.value: option.count for option in profile.options}["praktisch"] == 3


@pytest.mark.template_contexts
def test_unknown_values_never_reach_the_links(client, catalogue):
    response = client.get(f"{BROWSE}?sector=energie&sector=no-such-sector&profile=nope")
    chips = response.context["active_filters"]
    assert [chip.label for chip in chips] == ["Energie"]
    assert chips[0].remove_url == "?"


DURATION_CASES = [
    ("duration=short", {"Robots een brein geven"}),
    ("duration=medium", {"Zonnecellen maken", "Geld veilig op de bank"}),
    ("duration=long", {"Batterijen voor auto&#x27;s"}),
    ("duration=short&duration=long", {"Robots een brein geven", "Batterijen voor auto&#x27;s"}),
]


@pytest.mark.template_contexts
def test_length_facet_filters_and_counts(client, catalogue):
    for query, expected in DURATION_CASES:
        assert set(titles(client.get(f"{BROWSE}?{query}"))) == expected, query
    response = client.get("/en/videos/?sector=energie")
    html = response.content.decode()
    assert "Under 3 minutes <span" in html
    length = next(facet for facet in response.context["facets"] if facet.name == "duration")
    assert {o.value: o.count for o in length.options} == {"short": 0, "medium": 1, "long": 1}


def test_unknown_company_is_reported(client, catalogue):
    html = client.get("/en/videos/?company=acme").content.decode()
    assert "We do not know this company" in html
    assert "4 videos" in html


@pytest.mark.template_contexts
def test_a_company_that_is_no_longer_published_counts_as_unknown(client, catalogue, vocab):
    """The company facet offers live partners only, so an unpublished one is left out (with the
    notice) before filtering: its videos are not what the page narrows to."""
    vocab.partners["umicore"].unpublish()
    response = client.get("/en/videos/?company=umicore&company=vrt")
    assert response.context["filterset"].problem_names == {"company"}
    only_vrt = client.get("/en/videos/?company=vrt")
    assert titles(response) == titles(only_vrt)
    assert result_count(client.get("/en/videos/?company=umicore")) == 4


def test_browse_works_without_javascript_as_a_get_form(client, catalogue):
    html = client.get(BROWSE).content.decode()
    assert '<form class="browse-form" method="get" action="/nl/videos/#results"' in html
    assert '<fieldset class="facet facet--sector">' in html
    assert '<legend class="facet__legend">' in html
    assert '<label for="id_q">' in html
    assert 'type="submit"' in html


def counted(client, url):
    """(queries, response) of a second request of `url`: the first warms renditions and the
    site root paths."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def count_queries(client, url):
    return counted(client, url)[0]


# The company facet hides what is unused: with a sector chosen it counts a `total` too.
CHOSEN = ("sector", "company")


@pytest.mark.template_contexts
def test_counts_compiled_once_per_process_send_what_django_compiles(client, monkeypatch):
    """stemhub/browse/shapes.py on the video browse: the company facet (a page with a
    translated title, read with raw(); hide unused, so with a sector chosen it counts a
    `total` too) and the aggregate send what Django compiles, in both languages."""
    urls = [url for path in (BROWSE, "/en/videos/") for url in chosen(client, path, *CHOSEN)]
    assert_counts_compiled_once(client, monkeypatch, VideoFilterSet, urls)
