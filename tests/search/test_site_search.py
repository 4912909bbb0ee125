"""The one site search through HTTP: stemming per language, ranking, kinds, snippets, help."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from videos.factories import make_video

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .conftest import SEARCH, build_solar, postgres_only, titles

# Results, suggestions and pages are read from the view's context: the client keeps it.
pytestmark = pytest.mark.template_contexts


@pytest.fixture(scope="module", autouse=True)
def solar_built(django_db_setup, django_db_blocker):
    """The conftest's `solar`, built (and indexed for the site search) once for the module:
    most tests only search for it; the one that restricts it does so in its own savepoint.
    Every test of the module sees it, whatever the order: the snippets test finds it beside the
    vault video (its marks and escaped text can only come from the vault's), the others do not
    find it."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            kept = Kept(solar=build_solar(CommittedSkeleton.find_or_load().sections["videos"]))
        yield kept


@pytest.fixture
def solar(solar_built, db):
    return solar_built.fresh().solar


@pytest.mark.parametrize(
    "typed",
    ["zonnecel", "zonnecellen", "zonnecelletje", "zonnecelletjes", "ZONNECEL", "zonnecél"],
)
def test_dutch_forms_find_the_singular_title(client, solar, typed):
    response = client.get(SEARCH["nl"], {"q": typed})
    assert response.status_code == 200
    assert titles(response) == ["De zonnecel"]


@pytest.mark.parametrize("typed", ["bouw", "bouwen", "klein", "centrale kleine", "licht"])
def test_dutch_inflections_find_the_body_text(client, solar, typed):
    assert titles(client.get(SEARCH["nl"], {"q": typed})) == ["De zonnecel"]


@pytest.mark.parametrize("typed", ["batteries", "battery", "powered", "plants"])
def test_english_forms_find_the_english_page(client, solar, typed):
    response = client.get(SEARCH["en"], {"q": typed})
    assert "The solar battery" in titles(response)


def test_a_title_match_ranks_above_a_transcript_match(client, solar, vault):
    found = titles(client.get(SEARCH["nl"], {"q": "zonnecellen"}))
    assert found == ["De zonnecel", "Geld veilig bewaren"]
    found = titles(client.get(SEARCH["en"], {"q": "solar batteries"}))
    assert found == ["The solar battery", "Keeping money safe"]


def test_results_are_labelled_and_can_be_narrowed_by_kind(client, solar, initiative):
    response = client.get(SEARCH["nl"], {"q": "bouwen"})
    html = response.content.decode()
    assert {r.kind for r in response.context["results"]} == {"video", "initiative"}
    assert 'class="search-result__kind">Video' in html
    assert 'class="search-result__kind">Initiatieven' in html
    assert 'href="?q=bouwen&amp;kind=initiative"' in html
    narrowed = client.get(SEARCH["nl"], {"q": "bouwen", "kind": "initiative"})
    assert titles(narrowed) == ["Robotkamp in de zomer"]
    assert '<a href="?q=bouwen&amp;kind=initiative" aria-current="true">' in (
        narrowed.content.decode()
    )


def test_an_unknown_kind_is_reported_and_every_kind_shown(client, solar):
    response = client.get(SEARCH["en"], {"q": "battery", "kind": "<b>nope"})
    html = response.content.decode()
    assert "We cannot narrow the results this way" in html
    assert "<b>nope" not in html
    assert titles(response) == ["The solar battery"]


def test_snippets_mark_the_words_and_escape_the_text(client, vault):
    response = client.get(SEARCH["nl"], {"q": "zonnecel"})
    html = response.content.decode()
    assert "<mark>zonnecellen</mark>" in html
    assert "alert(1)" in html  # the transcript's text, its tags never sent as markup
    assert "<script>alert(1)</script>" not in html


def test_a_query_is_never_read_as_html(client, solar):
    response = client.get(SEARCH["nl"], {"q": "<mark>zonnecel</mark>"})
    html = response.content.decode()
    assert "&lt;mark&gt;zonnecel&lt;/mark&gt;" in html
    assert titles(response) == ["De zonnecel"]


def test_when_no_page_has_every_word_pages_with_some_are_shown(client, solar):
    response = client.get(SEARCH["nl"], {"q": "zonnecel olifant"})
    assert titles(response) == ["De zonnecel"]
    assert "Geen pagina heeft al deze woorden" in response.content.decode()


def test_a_misspelt_word_gets_a_did_you_mean(client, solar):
    response = client.get(SEARCH["nl"], {"q": "zonecel"})
    html = response.content.decode()
    assert response.context["page_obj"].paginator.count == 0
    assert response.context["suggestion"] == "zonnecel"
    assert 'Bedoelde je <a href="?q=zonnecel">zonnecel</a>?' in html


def test_nothing_similar_gets_no_suggestion(client, solar):
    response = client.get(SEARCH["en"], {"q": "xylofoonqz"})
    assert response.context["suggestion"] == ""
    assert "Nothing found" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "message"),
    [("nl", "onzichtbare stuurtekens"), ("en", "invisible control characters")],
)
def test_control_characters_are_refused_with_a_message(client, solar, language, message):
    response = client.get(SEARCH[language], {"q": "zonne\x00cel\x1b"})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="zonne cel"' in html  # what was typed stays, without the characters
    assert "\x00" not in html
    assert response.context["page_obj"] is None


def test_an_over_long_search_is_refused_and_kept(client, solar):
    typed = "zonnecel " * 20
    response = client.get(SEARCH["en"], {"q": typed})
    html = response.content.decode()
    assert "Keep your search under 100 characters." in html
    assert "zonnecel zonnecel zonnecel" in html
    assert response.context["page_obj"] is None


def test_more_than_eight_words_searches_the_first_eight(client, solar):
    response = client.get(SEARCH["nl"], {"q": "zonnecel " + "a b c d e f g h i j"})
    assert "We hebben alleen naar de eerste 8 woorden gezocht." in response.content.decode()
    assert titles(response) == ["De zonnecel"]


def test_stop_words_alone_are_explained(client, solar):
    response = client.get(SEARCH["nl"], {"q": "de het een"})
    assert "te gewoon" in response.content.decode()


def test_pages_in_draft_or_behind_a_password_are_not_found(client, solar, videos):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=solar, restriction_type="password", password="x")
    assert titles(client.get(SEARCH["nl"], {"q": "zonnecel"})) == []


def test_query_count_does_not_grow_with_the_results(client, videos):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(SEARCH["nl"], {"q": "energie"})
        assert response.status_code == 200
        return len(queries), response.context["page_obj"].paginator.count

    for n in range(3):
        make_video(videos, f"Energie {n}", transcript=(f"Energie nummer {n}", ""))
    few, few_found = count_queries()
    for n in range(3, 14):
        make_video(videos, f"Energie {n}", transcript=(f"Energie nummer {n}", ""))
    many, many_found = count_queries()
    assert (few_found, many_found) == (3, 14)
    assert few == many
    assert many <= 8


@postgres_only
def test_postgres_indexes_with_the_language_configurations(solar):
    from stemhub.models import SearchEntry

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT language, vector::text FROM stemhub_searchentry WHERE page_id = %s",
            [solar.pk],
        )
        vectors = dict(cursor.fetchall())
    assert "'zonnecel':1A" in vectors["nl"]
    assert "'batteri'" in vectors["en"]  # the english configuration's stem
    assert SearchEntry.objects.filter(page=solar).count() == 2


@postgres_only
@pytest.mark.parametrize("typed", ["robotje", "robots", "robotjes", "ROBOT"])
def test_postgres_finds_dutch_forms_of_a_title_word(client, initiative, typed):
    assert titles(client.get(SEARCH["nl"], {"q": typed})) == ["Robotkamp in de zomer"]


def test_a_misspelt_word_beside_a_found_one_gets_a_did_you_mean(client, solar):
    response = client.get(SEARCH["nl"], {"q": "zonnecel centrnale"})
    assert titles(response) == ["De zonnecel"]
    assert response.context["suggestion"] == "zonnecel centrale"
