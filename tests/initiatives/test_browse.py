"""The initiative browse at /nl/initiatieven/ and /en/initiatives/, through HTTP.

Every test here sees the four-initiative sample, built once for the module (`shared_sample`);
the pagination and growth tests also share 13 more, built once for their class; a test that
adds, deletes or unpublishes initiatives does so inside its own savepoint.
"""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from initiatives.factories import create_initiative
from initiatives.filters import InitiativeFilterSet

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from ..stemhub.shape_checks import assert_counts_compiled_once, chosen
from .conftest import partners_by_slug
from .helpers import option_count, result_titles, soup

NL = "/nl/initiatieven/"
EN = "/en/initiatives/"

pytestmark = pytest.mark.usefixtures("sample")


@pytest.fixture
def sample(shared_sample):
    return shared_sample


def test_lists_every_live_initiative_sorted_by_name(client, sample):
    response = client.get(NL)
    assert response.status_code == 200
    assert result_titles(response) == [
        "Chemieklas",
        "Europees netwerk",
        "Robotkamp",
        "Talent Limburg",
    ]
    assert "4 " in soup(response).select_one("[role=status]").get_text()


def test_english_titles_and_labels(client, sample):
    response = client.get(EN)
    assert response.status_code == 200
    assert result_titles(response) == [
        "Chemistry class",
        "European network",
        "Robot camp",
        "Talent Limburg",  # no English title: Dutch fallback
    ]
    assert "Building robots in Antwerp." in response.content.decode()


def test_unpublished_initiatives_are_not_listed(client, sample):
    sample["talent"].unpublish()
    assert "Talent Limburg" not in result_titles(client.get(NL))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=limburg", ["Chemieklas", "Talent Limburg"]),
        ("region=limburg&region=europa", ["Chemieklas", "Europees netwerk", "Talent Limburg"]),
        ("target_group=leerkrachten", ["Europees netwerk"]),
        ("education_level=secundair-onderwijs", ["Chemieklas", "Europees netwerk"]),
        ("sector=robotica-industrie", ["Robotkamp"]),
        ("status=running", ["Europees netwerk", "Robotkamp"]),
        ("status=planned&status=ended", ["Chemieklas", "Talent Limburg"]),
        ("organisation=umicore", ["Chemieklas"]),
        ("q=robots", ["Robotkamp"]),
        ("q=ROBOT+camp", ["Robotkamp"]),  # English title, any case, every word
        ("q=umicore", ["Chemieklas"]),  # the organisation's name
        ("region=antwerpen&status=planned", ["Chemieklas"]),
        ("region=limburg&education_level=hoger-onderwijs&status=ended", ["Talent Limburg"]),
        ("region=antwerpen&q=proeven", ["Chemieklas"]),
    ],
)
def test_facets_and_combinations(client, sample, query, expected):
    assert result_titles(client.get(f"{NL}?{query}")) == expected


def test_counts_follow_the_other_filters_not_their_own(client, sample):
    response = client.get(f"{NL}?region=limburg")
    # Region counts ignore the region choice, so other regions still show what they would add.
    assert option_count(response, "region", "limburg") == 2
    assert option_count(response, "region", "antwerpen") == 2
    assert option_count(response, "region", "europa") == 1
    # Other facets count within Limburg only.
    assert option_count(response, "status", "planned") == 1
    assert option_count(response, "status", "ended") == 1
    assert option_count(response, "status", "running") is None  # nothing to add: hidden
    assert option_count(response, "organisation", "umicore") == 1
    assert option_count(response, "organisation", "technopolis") is None


def test_counts_in_english_use_english_labels(client, sample):
    response = client.get(f"{EN}?status=running")
    page = soup(response)
    label = page.find("label", attrs={"for": page.find("input", attrs={"value": "europa"})["id"]})
    assert label.get_text(" ", strip=True).startswith("Europe")
    assert option_count(response, "region", "antwerpen") == 1


def test_sorting(client, sample):
    newest = result_titles(client.get(f"{NL}?sort=newest"))
    assert newest == ["Chemieklas", "Robotkamp", "Talent Limburg", "Europees netwerk"]


def test_zero_results_offers_a_reset(client, sample):
    response = client.get(f"{NL}?region=europa&status=ended")
    assert response.status_code == 200
    assert result_titles(response) == []
    page = soup(response)
    assert page.select_one("[role=status]").get_text(strip=True).startswith("0")
    reset = page.select_one(".empty-state a")
    assert reset["href"] == NL


def test_form_works_without_javascript(client, sample):
    form = soup(client.get(NL)).select_one("form.browse-form")
    assert form["method"] == "get"
    assert form.select("fieldset legend")  # checkbox groups are labelled
    for box in form.select("input[type=checkbox]"):
        assert form.find("label", attrs={"for": box["id"]}) is not None


@pytest.mark.parametrize(
    "query",
    [
        "region=<script>alert(1)</script>",
        "status=nonsense&sort=';DROP TABLE x;--",
        "page=-1",
        "page=99999",
        "page=abc",
        "q=" + "x" * 5000,
        "q=%00",
        "organisation[]=1&region=%ff%fe",
        "sector=onderwijs&sector=onderwijs&sector=",
        "q=%27%22%3E%3Csvg/onload=alert(1)%3E",
    ],
)
def test_hostile_query_strings_never_break_or_echo(client, sample, query):
    response = client.get(f"{NL}?{query}")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)" not in body
    assert "<svg/onload" not in body
    assert "DROP TABLE" not in body or "&#x27;" in body


def test_invalid_choices_are_reported_not_silently_dropped(client, sample):
    response = client.get(f"{NL}?region=atlantis")
    alert = soup(response).select_one("[role=alert]")
    assert alert is not None and "Regio" in alert.get_text()
    assert "atlantis" not in alert.get_text()


@pytest.mark.parametrize("path", [NL, EN])
def test_an_old_bookmark_with_only_unknown_values_shows_every_initiative(client, sample, path):
    """Issue 18: unknown values are dropped before filtering, not filtered on."""
    response = client.get(f"{path}?region=atlantis&organisation=no-such-partner")
    assert len(result_titles(response)) == 4
    assert soup(response).select_one("[role=alert]") is not None
    link = soup(response).select_one(".browse__csv")["href"]
    assert link == f"{path}csv/"


def test_an_unknown_region_next_to_a_known_one_narrows_like_the_known_one_alone(client, sample):
    mixed = client.get(f"{EN}?region=limburg&region=atlantis")
    alone = client.get(f"{EN}?region=limburg")
    assert result_titles(mixed) == result_titles(alone)
    assert 0 < len(result_titles(alone)) < 4
    assert soup(mixed).select_one("[role=alert]") is not None
    assert soup(mixed).select_one(".browse__csv")["href"] == f"{EN}csv/?region=limburg"


def test_csv_download_follows_the_filters(client, sample):
    response = client.get(f"{EN}csv/?region=limburg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Name"
    assert [row[0] for row in rows[1:]] == ["Chemistry class", "Talent Limburg"]
    chemistry = rows[1]
    assert chemistry[1].endswith("/en/initiatives/chemieklas/")
    assert chemistry[2] == "Umicore"
    assert "Limburg" in chemistry[4] and "Antwerp" in chemistry[4]


def test_csv_link_on_the_page_keeps_the_query(client, sample):
    link = soup(client.get(f"{NL}?status=running&page=1")).select_one(".browse__csv")["href"]
    assert link == f"{NL}csv/?status=running"


def test_csv_cells_cannot_become_spreadsheet_formulas(client, index):
    create_initiative(index, "formule", title='=HYPERLINK("http://evil")')
    rows = list(csv.reader(io.StringIO(client.get(f"{NL}csv/").content.decode("utf-8-sig"))))
    (formula,) = [row for row in rows[1:] if row[1].endswith("/formule/")]
    assert formula[0].startswith("'=")


def _browse_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


# Checking vocabulary values costs no query of its own (README, "Browse pages").
# One count query per facet: 17 before the type, country and language facets (issue 16).
BUDGETS = {"": 20, "?region=limburg": 20, "?region=limburg&organisation=no-such-partner": 20}

MORE = 13  # beside the sample: one more result than a page of 12 holds, for the filters below


@pytest.fixture(scope="class")
def more_initiative_pks(shared_sample_pks, django_db_blocker):
    """13 running initiatives in Limburg and Antwerp for parents, built once for the class's
    tests (tests/shared_content.py) and rolled back after them: the module's other tests see
    the sample alone."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            index = CommittedSkeleton.find_or_load().sections["initiatives"]
            vrt = partners_by_slug()["vrt"]
            pks = [
                create_initiative(
                    index,
                    f"initiatief-{i:03d}",
                    regions=["limburg", "antwerpen"],
                    target_groups=["ouders"],
                    sectors=["energie"],
                    status="running",
                    organisation=vrt,
                    partners=[("lead", vrt)],
                ).pk
                for i in range(MORE)
            ]
        yield pks


@pytest.fixture
def more_initiatives(more_initiative_pks, db):
    """The class's initiatives' primary keys; `db` gives the test its own savepoint, so what
    it deletes is back for the next test."""
    return more_initiative_pks


class TestWithTwoPagesOfInitiatives:
    """Two tests over the sample and 13 more initiatives (`more_initiatives`)."""

    def test_pagination_keeps_the_filters(self, client, more_initiatives):
        # The sample's running initiatives lie outside Limburg; its Limburg ones are not running.
        response = client.get(f"{NL}?region=limburg&status=running")
        assert len(result_titles(response)) == 12
        next_link = soup(response).select_one(".pagination a[rel=next]")["href"]
        assert "region=limburg" in next_link and "status=running" in next_link
        assert "page=2" in next_link
        second = client.get(f"{NL}{next_link}")
        assert len(result_titles(second)) == MORE - 12
        assert f"{MORE} " in soup(second).select_one("[role=status]").get_text()

    def test_query_count_does_not_grow_with_the_results(self, client, more_initiatives):
        """13 results (12 cards, two pages), then 2 (2 cards, one page) after deleting 11 of
        them inside this test's savepoint: a query per card, per result or per page shows; the
        sample's initiatives come on top of both."""
        url = f"{NL}?region=limburg&target_group=ouders&sort=newest"
        first = client.get(url)  # also warms the per-process caches (site root paths)
        assert len(result_titles(first)) == 12
        assert soup(first).select_one(".pagination a[rel=next]") is not None
        assert f"{MORE} " in soup(first).select_one("[role=status]").get_text()
        many = _browse_queries(client, url)
        # 18 before the type, country and language facets (issue 16): one count query each.
        assert many <= 16
        counts = {query: _browse_queries(client, f"{NL}{query}") for query in BUDGETS}
        print(f"browse queries: {counts}")
        assert all(counts[query] <= budget for query, budget in BUDGETS.items()), counts
        Page.objects.filter(pk__in=more_initiatives[2:]).delete()
        assert len(result_titles(client.get(url))) == 2  # and read again after the change
        few = _browse_queries(client, url)
        print(f"browse queries: {MORE} initiatives → {many}, 2 initiatives → {few}")
        assert few == many


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_counts_compiled_once_per_process_send_what_django_compiles(client, monkeypatch):
    """stemhub/browse/shapes.py on the initiative browse: the organisation facet (a page with
    a translated title, read with raw()) and the aggregate send what Django compiles, in both
    languages. Its facets all hide what is empty: none counts a `total`."""
    urls = [url for path in (NL, EN) for url in chosen(client, path, "sector", "organisation")]
    assert_counts_compiled_once(client, monkeypatch, InitiativeFilterSet, urls)
