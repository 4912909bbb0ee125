"""The teachers' browse: each facet, combinations, counts, both languages, bad input, speed.

Every test here sees the four-lesson catalogue, built once for the module
(tests/shared_content.py); the growth test adds its lessons inside its own savepoint.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from classroom.demo import load_index
from classroom.factories import ensure_vocabulary
from classroom.filters import ClassroomMaterialFilterSet
from classroom.models import ClassroomMaterialPage
from taxonomy.models import Sector
from videos.factories import make_video

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from ..stemhub.shape_checks import assert_counts_compiled_once, chosen
from .helpers import make_material

BROWSE_NL = "/nl/klas/"
BROWSE_EN = "/en/classroom/"


# The browse tests read the view's context (materials, facets, filters): the client keeps it
# for the tests marked so (each one but the hostile query strings' 46 requests, which read bytes).
pytestmark = pytest.mark.usefixtures("catalogue")


@pytest.fixture(scope="module")
def catalogue_pks(django_db_setup, django_db_blocker):
    """`build_catalogue()` once for the module, rolled back after it."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            levels, domains, targets = ensure_vocabulary()
            vocabulary = {"levels": levels, "domains": domains, "targets": targets}
            built = build_catalogue(load_index(skeleton), skeleton, vocabulary)
        yield {key: page.pk for key, page in built.items()}


@pytest.fixture
def catalogue(catalogue_pks, classroom_index):
    """The module's lessons as fresh instances, read again for each test."""
    pages = ClassroomMaterialPage.objects.in_bulk(catalogue_pks.values())
    return {key: pages[pk] for key, pk in catalogue_pks.items()}


def build_catalogue(classroom_index, site_tree, vocabulary):
    """Four lessons that differ on every facet, on two videos in different sectors."""
    levels, domains, targets = vocabulary["levels"], vocabulary["domains"], vocabulary["targets"]
    energy = Sector.objects.get(slug="energie")
    building = Sector.objects.get(slug="bouw")
    video_a = make_video(site_tree.sections["videos"], "Video energie", sectors=[energy])[0]
    video_b = make_video(site_tree.sections["videos"], "Video bouw", sectors=[building])[0]
    return {
        "m1": make_material(
            classroom_index,
            video_a,
            title="Alfa",
            min_age=10,
            max_age=12,
            school_levels=[levels["lager-5"]],
            stem_domains=[domains["wetenschap"]],
            attainment_targets=[targets["LO-WT-2.4"]],
            duration=15,
            worksheet=True,
        ),
        "m2": make_material(
            classroom_index,
            video_b,
            title="Bravo",
            min_age=12,
            max_age=14,
            school_levels=[levels["secundair-1"]],
            stem_domains=[domains["wiskunde"]],
            attainment_targets=[targets["SO1-6.03"]],
            duration=30,
        ),
        "m3": make_material(
            classroom_index,
            video_a,
            title="Charlie",
            min_age=10,
            max_age=14,
            school_levels=[levels["lager-6"], levels["secundair-1"]],
            stem_domains=[domains["techniek"], domains["wetenschap"]],
            attainment_targets=[targets["LO-WT-2.4"], targets["SO1-5.20"]],
            duration=100,
            worksheet=True,
        ),
        "m4": make_material(
            classroom_index,
            video_b,
            title="Delta",
            min_age=13,
            max_age=14,
            school_levels=[levels["secundair-2"]],
            stem_domains=[domains["engineering"]],
            attainment_targets=[targets["SO1-5.20"]],
            duration=50,
        ),
    }


def titles(response):
    return sorted(material.title for material in response.context["materials"])


def counts(response, facet_name):
    facet = next(f for f in response.context["facets"] if f.name == facet_name)
    return {option.value: option.count for option in facet.options}


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_unfiltered_browse_lists_every_lesson(client, catalogue):
    response = client.get(BROWSE_NL)
    assert response.status_code == 200
    assert titles(response) == ["Alfa", "Bravo", "Charlie", "Delta"]
    assert '<p class="result-count" role="status"' in response.content.decode()


FACET_CASES = [
    ("age=11", ["Alfa", "Charlie"]),
    ("age=13", ["Bravo", "Charlie", "Delta"]),
    ("level=lager-6", ["Charlie"]),
    ("level=lager-5&level=secundair-2", ["Alfa", "Delta"]),
    ("domain=wetenschap", ["Alfa", "Charlie"]),
    ("domain=wiskunde&domain=engineering", ["Bravo", "Delta"]),
    ("target=LO-WT-2.4", ["Alfa", "Charlie"]),
    ("target=SO1-5.20", ["Charlie", "Delta"]),
    ("duration=short", ["Alfa"]),
    ("duration=medium", ["Bravo", "Delta"]),
    ("duration=long", ["Charlie"]),
    ("duration=short&duration=long", ["Alfa", "Charlie"]),
    ("sector=energie", ["Alfa", "Charlie"]),
    ("sector=bouw", ["Bravo", "Delta"]),
    ("worksheet=1", ["Alfa", "Charlie"]),
]


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_each_facet_filters(client, catalogue):
    # One catalogue for all cases: building the page tree is the slow part of these tests.
    for query, expected in FACET_CASES:
        response = client.get(f"{BROWSE_NL}?{query}")
        assert response.status_code == 200, query
        assert titles(response) == expected, query
        assert not response.context["filterset"].problems, query


COMBINATIONS = [
    ("age=13&target=SO1-5.20", ["Charlie", "Delta"]),
    ("age=11&target=SO1-5.20", ["Charlie"]),
    ("age=13&domain=wetenschap&worksheet=1", ["Charlie"]),
    ("sector=bouw&duration=medium&level=secundair-2", ["Delta"]),
    ("sector=energie&domain=wiskunde", []),
]


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_facets_combine(client, catalogue):
    for query, expected in COMBINATIONS:
        assert titles(client.get(f"{BROWSE_NL}?{query}")) == expected, query


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_counts_follow_the_other_filters(client, catalogue):
    response = client.get(f"{BROWSE_NL}?age=11&target=SO1-5.20")
    # The age facet ignores the chosen age but respects the target.
    assert counts(response, "age") == {"10": 1, "11": 1, "12": 1, "13": 2, "14": 2}
    # The target facet ignores the chosen target but respects the age.
    target_counts = counts(response, "target")
    assert target_counts["LO-WT-2.4"] == 2
    assert target_counts["SO1-5.20"] == 1
    assert target_counts["SO1-6.03"] == 0
    assert counts(response, "duration") == {"short": 0, "medium": 0, "long": 1}
    assert counts(response, "worksheet") == {"1": 1}
    assert counts(response, "sector") == {"energie": 1, "bouw": 0}


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_unfiltered_counts_and_unused_terms_hidden(client, catalogue):
    response = client.get(BROWSE_NL)
    assert counts(response, "domain") == {
        "wetenschap": 2,
        "techniek": 1,
        "engineering": 1,
        "wiskunde": 1,
    }
    # Targets no lesson uses yet are not offered; sectors without lessons neither.
    assert set(counts(response, "target")) == {"LO-WT-2.4", "SO1-5.20", "SO1-6.03"}
    assert set(counts(response, "sector")) == {"energie", "bouw"}
    html = response.content.decode()
    assert 'name="age"' in html and 'value="LO-WT-2.4"' in html


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_both_languages(client, catalogue):
    response = client.get(f"{BROWSE_EN}?target=SO1-5.20&domain=engineering")
    assert response.status_code == 200
    assert titles(response) == ["Delta (EN)"]
    html = response.content.decode()
    assert "Engineering" in html
    assert "Pupils go through the technical process" in html
    assert 'lang="en"' in html
    dutch = client.get(f"{BROWSE_NL}?target=SO1-5.20&domain=engineering")
    assert titles(dutch) == ["Delta"]
    assert "De leerlingen doorlopen het technisch proces" in dutch.content.decode()


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_sort_by_title_and_duration(client, catalogue):
    response = client.get(f"{BROWSE_NL}?sort=title")
    assert [m.title for m in response.context["materials"]] == ["Alfa", "Bravo", "Charlie", "Delta"]
    response = client.get(f"{BROWSE_NL}?sort=duration")
    assert [m.duration for m in response.context["materials"]] == [15, 30, 50, 100]
    translation.activate("en")
    response = client.get(f"{BROWSE_EN}?sort=title")
    assert [m.title for m in response.context["materials"]][0] == "Alfa (EN)"


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_zero_results_offers_a_way_back(client, catalogue):
    response = client.get(f"{BROWSE_NL}?sector=energie&domain=wiskunde")
    html = response.content.decode()
    assert response.context["page_obj"].paginator.count == 0
    assert 'class="empty-state"' in html
    assert f'href="{BROWSE_NL}"' in html


HOSTILE = [
    "age=<script>alert(1)</script>",
    "age=99",
    "age=-1",
    "age=1e9",
    "domain=<script>alert(1)</script>",
    "domain=../../etc/passwd",
    "level=" + "a" * 5000,
    "target=LO-WT-2.4'--",
    "target=%00",
    "sector=" + "&sector=".join(f"s{i}" for i in range(40)),
    "duration=forever",
    "duration=<b>x</b>",
    "worksheet=yes",
    "worksheet=1&worksheet=<i>",
    "sort=-pk",
    "sort=title;drop",
    "page=-1",
    "page=99999",
    "page=abc",
    "q=%00%01",
    "q=" + "x" * 500,
    "q=<img src=x onerror=alert(1)>",
    "age[]=1&domain[$ne]=1",
]


@pytest.mark.django_db
def test_hostile_query_strings_never_fail_or_echo(client, catalogue):
    for query in HOSTILE:
        for browse in (BROWSE_NL, BROWSE_EN):
            response = client.get(f"{browse}?{query}")
            assert response.status_code == 200, query
            html = response.content.decode()
            for payload in ("<script>alert(1)", "<b>x</b>", "<img src=x", "<i>"):
                assert payload not in html, query


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_invalid_values_are_shown_as_errors_and_other_filters_still_apply(client, catalogue):
    response = client.get(f"{BROWSE_NL}?domain=onbekend&age=13&duration=forever")
    problems = response.context["filterset"].problem_names
    assert problems == {"domain", "duration"}
    assert titles(response) == ["Bravo", "Charlie", "Delta"]  # the valid age still applies
    html = response.content.decode()
    assert 'class="form-notice"' in html
    assert "onbekend" not in html.split('class="form-notice"')[1].split("</div>")[0]


@pytest.mark.django_db
@pytest.mark.template_contexts
@pytest.mark.parametrize("browse", [BROWSE_NL, BROWSE_EN])
def test_an_old_bookmark_with_only_unknown_values_shows_every_lesson(client, catalogue, browse):
    """Issue 18: unknown values are dropped before filtering, not filtered on."""
    response = client.get(f"{browse}?target=XX-9.99&sector=no-such-sector")
    assert len(response.context["materials"]) == 4
    assert response.context["filterset"].problem_names == {"target", "sector"}
    assert 'class="form-notice"' in response.content.decode()
    assert counts(response, "domain")["wetenschap"] == 2


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_an_unknown_value_next_to_a_known_one_narrows_like_the_known_one_alone(client, catalogue):
    mixed = client.get(f"{BROWSE_EN}?domain=wetenschap&domain=no-such-domain")
    alone = client.get(f"{BROWSE_EN}?domain=wetenschap")
    assert len(mixed.context["materials"]) == len(alone.context["materials"]) == 2
    assert mixed.context["filterset"].problem_names == {"domain"}
    assert [chip.label for chip in mixed.context["active_filters"]] == [
        chip.label for chip in alone.context["active_filters"]
    ]


def _make_many(classroom_index, video, vocabulary, n):
    """`n` lessons on `video` (in the energy sector): a query per card for its video shows
    whether or not the cards share one."""
    domain = vocabulary["domains"]["wetenschap"]
    target = vocabulary["targets"]["LO-WT-1.1"]
    for i in range(n):
        make_material(
            classroom_index,
            video,
            duration=10 + i,
            school_levels=[vocabulary["levels"]["lager-5"]],
            stem_domains=[domain],
            attainment_targets=[target],
            worksheet=i % 3 == 0,
        )


def _counted(client, url):
    """(queries, response) of a second request of `url`: the first warms the per-language site
    root cache."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def _queries(client, url):
    return _counted(client, url)[0]


FILTERED = (
    f"{BROWSE_NL}?age=11&level=lager-5&domain=wetenschap&target=LO-WT-1.1&duration=short"
    "&sector=energie&worksheet=1&q=les&sort=title"
)


def _counted_with_results(client):
    """The queries and the number of results of the unfiltered page and of FILTERED."""
    pairs = [_counted(client, url) for url in (BROWSE_NL, FILTERED)]
    queries = [queries for queries, _response in pairs]
    results = [response.context["page_obj"].paginator.count for _queries, response in pairs]
    return queries, results


# Checking vocabulary values costs no query of its own (README, "Browse pages").
BUDGETS = {"": 17, "?sector=energie": 17, "?domain=wetenschap&sector=no-such-sector": 17}


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_query_count_does_not_grow_with_results(client, classroom_index, catalogue, vocabulary):
    """2 more lessons (one page; one matching every filter), then 23 (three pages of the
    domain with the catalogue's two; three matching every filter): a query per card, per
    result or per page shows. They show the catalogue's energy video (Alfa's)."""
    video = catalogue["m1"].video
    _make_many(classroom_index, video, vocabulary, 2)
    small, small_results = _counted_with_results(client)
    _make_many(classroom_index, video, vocabulary, 21)
    large, large_results = _counted_with_results(client)
    assert (small_results, large_results) == ([6, 1], [27, 3])
    assert small == large
    assert max(large) <= 20, large
    # The unfiltered page's budget is what was just counted.
    counts = {"": large[0]} | {
        query: _queries(client, f"{BROWSE_NL}{query}") for query in BUDGETS if query
    }
    print(f"browse queries: unfiltered {large[0]}, every filter {large[1]}, {counts}")
    assert all(counts[query] <= budget for query, budget in BUDGETS.items()), counts
    page_two_queries, page_two = _counted(client, f"{BROWSE_NL}?domain=wetenschap&page=2")
    assert len(page_two.context["materials"]) == 12
    html = page_two.content.decode()
    assert 'href="?domain=wetenschap&amp;page=3"' in html
    assert page_two_queries <= 20


@pytest.mark.django_db
@pytest.mark.template_contexts
def test_counts_compiled_once_per_process_send_what_django_compiles(client, monkeypatch):
    """stemhub/browse/shapes.py on the classroom browse: the attainment targets (read without
    only(): their label is a property) and the school levels hide what is unused, so with
    another facet chosen each counts a `total` too; the same SQL as Django's, both languages."""
    urls = [
        url
        for path in (BROWSE_NL, BROWSE_EN)
        for url in chosen(client, path, "level", "target", "domain")
    ]
    assert_counts_compiled_once(client, monkeypatch, ClassroomMaterialFilterSet, urls)
