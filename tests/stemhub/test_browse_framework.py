"""The shared browse (stemhub.browse) through its public surface: fields, facets, the directory.

The four browse pages have their own tests (tests/<app>/test_browse.py, test_directory.py); these
check the pieces they share, on the partner directory that every site tree has.
"""

import logging
import re

import pytest
from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils import translation
from modeltranslation.utils import fallbacks

from classroom.filters import ClassroomMaterialFilterSet
from classroom.models import ClassroomMaterialPage
from initiatives.filters import InitiativeFilterSet
from initiatives.models import InitiativePage
from partners.filters import PartnerFilterSet
from stemhub.browse import FacetOption, VocabularyFacet
from stemhub.browse import filterset as browse_filterset
from stemhub.browse.fields import MAX_VALUES, ValuesField
from stemhub.browse.html import option_items
from stemhub.browse.shapes import shape_key
from taxonomy.models import Sector
from videos.filters import VideoFilterSet
from videos.models import ProfileType, VideoPage

from .shape_checks import assert_counts_compiled_once

DIRECTORY = "/nl/partners/"


def test_values_field_reads_every_value_once_and_ignores_what_is_not_text():
    field = ValuesField(required=False)
    assert field.clean(["energie", "media", "energie", ""]) == ["energie", "media"]
    assert field.clean("energie") == ["energie"]
    assert field.clean(None) == []


def test_vocabulary_facets_find_their_terms_and_the_way_back_from_the_fields():
    sector, profile, company, *_rest = VideoFilterSet.facet_definitions
    assert sector.resolve(VideoPage) == (Sector, "videos")
    assert profile.resolve(VideoPage) == (ProfileType, "heroes__page")
    assert company.resolve(VideoPage)[1] == "videos"
    classroom_sector = next(
        facet for facet in ClassroomMaterialFilterSet.facet_definitions if facet.name == "sector"
    )
    assert classroom_sector.resolve(ClassroomMaterialPage) == (
        Sector,
        "videos__classroom_materials",
    )
    organisation = InitiativeFilterSet.facet_definitions[-1]
    assert organisation.resolve(InitiativePage)[1] == "initiatives"


def test_shape_checks_never_query(db, django_assert_num_queries):
    sector = PartnerFilterSet.facet_definitions[0]
    with django_assert_num_queries(0):
        assert sector.accepts("LO-WT-2.4") and sector.accepts("energie")
        assert not sector.accepts("<script>") and not sector.accepts("../etc")


@pytest.mark.template_contexts
@pytest.mark.django_db
def test_chips_link_to_the_rest_and_unknown_values_are_left_out(client, site_tree):
    response = client.get(f"{DIRECTORY}?sector=media&kind=company&kind=nope&q=vrt")
    chips = {chip.label: chip.remove_url for chip in response.context["active_filters"]}
    assert chips == {
        "“vrt”": "?sector=media&kind=company",
        "Media": "?q=vrt&kind=company",
        "Bedrijf": "?q=vrt&sector=media",
    }
    assert response.context["filterset"].problem_names == {"kind"}
    assert "nope" not in response.content.decode().split('class="form-notice"')[1][:400]


@pytest.mark.template_contexts
@pytest.mark.django_db
def test_a_search_alone_has_its_chip_and_nothing_chosen_has_none(client, site_tree):
    searched = client.get(f"{DIRECTORY}?q=vrt")
    assert [(chip.label, chip.remove_url) for chip in searched.context["active_filters"]] == [
        ("“vrt”", "?")
    ]
    assert client.get(f"{DIRECTORY}?kind=nope").context["active_filters"] == []


@pytest.mark.template_contexts
@pytest.mark.django_db
def test_too_many_values_are_cut_and_reported(client, site_tree):
    many = "&".join(f"sector=s{i}" for i in range(MAX_VALUES + 5))
    response = client.get(f"{DIRECTORY}?{many}&sector=media")
    assert response.status_code == 200
    assert response.context["filterset"].problem_names == {"sector"}
    assert response.context["filterset"].values["sector"] == []


@pytest.mark.template_contexts
@pytest.mark.django_db
def test_counts_follow_the_other_filters(client, site_tree):
    response = client.get(f"{DIRECTORY}?kind=school")
    sectors = {o.value: o.count for o in response.context["facets"][0].options}
    kinds = {o.value: o.count for o in response.context["facets"][1].options}
    everything = client.get(DIRECTORY)
    all_kinds = {o.value: o.count for o in everything.context["facets"][1].options}
    assert kinds == all_kinds  # a facet's own choice does not narrow its own counts
    assert sum(sectors.values()) < sum(o.count for o in everything.context["facets"][0].options)
    assert response.context["result_count"] == kinds["school"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "budget"),
    [
        ("", 14),
        ("?sector=media", 14),
        ("?sector=media&kind=company", 12),
        ("?sector=no-such-sector&q=a", 14),
    ],
)
def test_directory_query_budget(client, site_tree, django_assert_max_num_queries, query, budget):
    """Checking a vocabulary value costs no query of its own (README, "Browse pages")."""
    client.get(f"{DIRECTORY}{query}")  # warm the per-language site root cache
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(f"{DIRECTORY}{query}").status_code == 200
    print(f"directory {query or '(unfiltered)'}: {len(captured)} queries")


@pytest.mark.django_db
def test_filtered_variants_are_not_indexed_and_name_the_plain_page(client, site_tree):
    canonical = re.compile(r'<link rel="canonical" href="https?://[^/"]+/nl/partners/">')
    plain = client.get(DIRECTORY).content.decode()
    assert canonical.search(plain)
    assert 'name="robots"' not in plain
    filtered = client.get(f"{DIRECTORY}?kind=school").content.decode()
    assert canonical.search(filtered)
    assert '<meta name="robots" content="noindex, follow">' in filtered


@pytest.mark.django_db
def test_the_panel_stays_folded_after_filtering_and_opens_for_a_problem(client, site_tree):
    filtered = client.get(f"{DIRECTORY}?kind=school").content.decode()
    assert '<details class="filter-panel" data-filter-panel>' in filtered
    wrong = client.get(f"{DIRECTORY}?kind=nope").content.decode()
    assert '<details class="filter-panel" data-filter-panel open>' in wrong


def _sector_facet(response):
    from bs4 import BeautifulSoup

    facet = BeautifulSoup(response.content, "html.parser").select_one("fieldset.facet--sector")
    shown = [node["value"] for node in facet.select(":scope > ul input[name=sector]")]
    folded = [node["value"] for node in facet.select(".facet__more input[name=sector]")]
    return facet, shown, folded


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "more"), [("/nl/videos/", "Toon nog"), ("/en/videos/", "Show")])
def test_a_long_checkbox_facet_folds_all_but_its_best_filled_options(client, site_tree, url, more):
    """Every browse page shares the fold: the video sectors (13) show six, the rest on demand."""
    from videos.factories import make_video

    sectors = list(Sector.objects.all())
    last = sectors[-1]
    make_video(site_tree.sections["videos"], "Een video", sectors=[last])
    response = client.get(url)
    facet, shown, folded = _sector_facet(response)
    assert len(shown) == 6 and len(shown) + len(folded) == len(sectors) > 8
    assert last.slug in shown  # the only sector with a video is among the six
    assert [s.slug for s in sectors if s.slug in shown] == shown  # the editors' order
    summary = facet.select_one(".facet__more > summary")
    assert summary.get_text(" ", strip=True).startswith(f"{more} {len(folded)}"[: len(more)])
    assert str(len(folded)) in summary.get_text()

    checked = folded[-1]
    response = client.get(f"{url}?sector={checked}")
    facet, shown, folded = _sector_facet(response)
    assert checked in shown and checked not in folded
    # Ids stay those of the option's place in the whole list, shown or folded.
    ids = [node["id"] for node in facet.select("input[name=sector]")]
    assert sorted(ids) == sorted(f"id_sector_{n}" for n in range(1, len(sectors) + 1))


@pytest.mark.django_db
def test_a_short_facet_is_not_folded(client, site_tree):
    response = client.get("/nl/videos/")
    assert response.status_code == 200
    html = response.content.decode()
    duration = html.split('class="facet facet--duration"')[1].split("</fieldset>")[0]
    assert "facet__more" not in duration


def test_a_checkbox_escapes_what_editors_wrote_and_keeps_its_markup():
    """The checkboxes are written by stemhub.browse.html, not a template: every text is escaped
    as the template escaped it, and the markup (ids, classes, the folded long text) stays."""
    described = FacetOption(
        "a&b", 'Light <b>"on"</b>', 3, True, detail="x < y & z", count_label="videos",
        code="LO<1>", position=2,
    )  # fmt: skip
    empty = FacetOption("c", "Plain", 0, False, count_label="videos", position=12)
    with translation.override("en"):
        html = option_items("target", [described, empty])
    assert html == (
        '\n<li class="facet__option facet__option--described">\n'
        '  <input type="checkbox" name="target" value="a&amp;b" id="id_target_2" checked'
        ' aria-describedby="id_target_2_detail">\n'
        '  <label for="id_target_2"><strong class="facet__code">LO&lt;1&gt;</strong> '
        "Light &lt;b&gt;&quot;on&quot;&lt;/b&gt; "
        '<span class="facet__count">(3<span class="visually-hidden"> videos</span>)</span>'
        "</label>\n"
        "  \n"
        '  <details class="facet__detail">\n'
        '    <summary>Full text<span class="visually-hidden"> of LO&lt;1&gt;</span></summary>\n'
        '    <p id="id_target_2_detail">x &lt; y &amp; z</p>\n'
        "  </details>\n"
        "  \n"
        "</li>\n"
        '\n<li class="facet__option facet__option--empty">\n'
        '  <input type="checkbox" name="target" value="c" id="id_target_12">\n'
        '  <label for="id_target_12">Plain <span class="facet__count">(0'
        '<span class="visually-hidden"> videos</span>)</span></label>\n'
        "  \n"
        "</li>\n"
    )


SHAPED_QUERIES = [
    "",
    "?kind=school",
    "?sector=media",
    "?sector=media&kind=company",
    "?q=vrt&kind=school",
    "?sector=no-such-sector&q=a",
]
STAND_IN = "stemhub_browse_ids_"


@pytest.mark.django_db
def test_counts_compiled_once_per_process_send_what_django_compiles(client, site_tree, monkeypatch):
    """shapes.py: the counts compiled once per process with stand-ins, filled with a render's
    id sets, are the SQL and parameters Django compiles for that render, and the page is the
    same, in both languages, with and without filters and a search. The other browse pages
    check the same on their content (tests/<app>/test_browse.py)."""
    urls = [f"{page}{query}" for query in SHAPED_QUERIES for page in (DIRECTORY, "/en/partners/")]
    assert_counts_compiled_once(client, monkeypatch, PartnerFilterSet, urls)


def fresh_shapes(monkeypatch, filterset_class):
    """Forget the count shapes this process compiled for `filterset_class`: the next render
    compiles them again (shapes.py)."""
    monkeypatch.setattr(browse_filterset, "SCALAR_SHAPES", {})
    vocabularies = [f for f in filterset_class.facet_definitions if hasattr(f, "_shapes")]
    for facet in vocabularies:
        monkeypatch.setattr(facet, "_shapes", {})
    return vocabularies


@pytest.mark.django_db
def test_counts_compile_with_debug_on_and_never_log_what_was_not_sent(
    client, site_tree, settings, monkeypatch, caplog
):
    """With DEBUG on (`make run`'s dev settings) Django logs every statement through a debug
    cursor; the catch of a shape sends nothing, so it must log nothing either (on PostgreSQL a
    statement never sent has no text, and the page was a 500)."""
    settings.DEBUG = True
    vocabularies = fresh_shapes(monkeypatch, PartnerFilterSet)
    with caplog.at_level(logging.DEBUG, logger="django.db.backends"):
        for url in (DIRECTORY, f"{DIRECTORY}?sector=media&kind=company", "/en/partners/?q=vrt"):
            assert client.get(url).status_code == 200
            assert connection.queries  # DEBUG on: what was sent is logged
            assert not any(STAND_IN in str(query["sql"]) for query in connection.queries)
    assert any(browse_filterset.SCALAR_SHAPES.values())
    assert all(any(facet._shapes.values()) for facet in vocabularies)
    assert any(record.name == "django.db.backends" for record in caplog.records)
    assert not any(STAND_IN in record.getMessage() for record in caplog.records)


def test_a_shape_is_kept_per_database_language_and_fallbacks():
    """What changes a count query's SQL besides its declaration is in its key (shapes.py)."""
    with translation.override("nl"):
        dutch = shape_key("default", PartnerFilterSet)
        with fallbacks(False):
            assert shape_key("default", PartnerFilterSet) != dutch
    with translation.override("en"):
        assert shape_key("default", PartnerFilterSet) != dutch
    assert shape_key("default", PartnerFilterSet, True) != shape_key("default", PartnerFilterSet)
    assert connection.vendor in dutch


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("more", "shows"),
    [
        # A term's shown fields are read with only(): the joined relation must be one of them.
        (lambda terms: terms.select_related("latest_revision"), {"detail_attr": "latest_revision"}),
        (lambda terms: terms.prefetch_related("videos"), {}),
    ],
    ids=["select_related", "prefetch_related"],
)
def test_terms_raw_cannot_read_are_counted_as_usual(more, shows):
    """raw() on a shape's SQL would drop what a `terms=` declaration adds (shapes.py): such a
    facet keeps no shape and its terms are read by Django, with what it added."""
    videos = RawSQL("SELECT page_ptr_id FROM videos_videopage", ())  # noqa: S611 - no value
    plain = VocabularyFacet("sector", "Sector", "sectors", **shows)
    assert plain.counted_terms_by_shape(VideoPage, videos) is not None  # a shape, as usual
    declared = VocabularyFacet("sector", "Sector", "sectors", terms=more, **shows)
    assert declared.counted_terms_by_shape(VideoPage, videos) is None
    assert list(declared._shapes.values()) == [None]
    first = declared.counted_terms(VideoPage, videos)[0]
    assert first._state.fields_cache or first._prefetched_objects_cache
