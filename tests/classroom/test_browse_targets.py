"""The teachers' browse shows attainment targets by code and short name, the wording on demand,
and folds long facets to their best-filled options (issue 19: the desktop "Toon lessen" button
sat ~2,400 px down below 13 long attainment-target texts).

The lessons are built once for the module (tests/shared_content.py); a test that changes a
target does so inside its own savepoint.
"""

import pytest
from bs4 import BeautifulSoup

from classroom.demo import load_index
from classroom.factories import ensure_vocabulary
from classroom.models import AttainmentTarget
from videos.factories import make_video

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .helpers import make_material

BROWSE = {"nl": "/nl/klas/", "en": "/en/classroom/"}


@pytest.fixture(scope="module")
def lessons_for_every_target(django_db_setup, django_db_blocker):
    """Every attainment target used by one lesson, LO-WT-2.4 by three and SO1-6.03 by two.
    Three lessons give those counts (a lesson names several targets): the facet counts lessons
    per target, not lessons. Built once for the module, rolled back after it."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            _levels, _domains, targets_by_code = ensure_vocabulary()
            classroom_index = load_index(skeleton)
            video = make_video(skeleton.sections["videos"], "Video voor de klas")[0]
            every_target = list(AttainmentTarget.objects.order_by("sort_order", "code"))
            for targets in (
                every_target,
                [targets_by_code["LO-WT-2.4"], targets_by_code["SO1-6.03"]],
                [targets_by_code["LO-WT-2.4"]],
            ):
                make_material(classroom_index, video, attainment_targets=targets)
        yield


@pytest.fixture
def every_target_used(lessons_for_every_target, classroom_index):
    """The attainment targets in the list's order, read again for each test."""
    return list(AttainmentTarget.objects.order_by("sort_order", "code"))


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def target_facet(soup):
    return soup.select_one("fieldset.facet--target")


def shown_codes(facet):
    """The codes in the facet's own list, outside "show all"."""
    return [
        option.select_one(".facet__code").get_text()
        for option in facet.select(":scope > ul > .facet__option")
    ]


def folded_codes(facet):
    return [code.get_text() for code in facet.select(".facet__more .facet__code")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "short_name", "wording", "more", "detail_label"),
    [
        (
            "nl",
            "Hergebruik en recyclage",
            "De leerlingen illustreren dat materialen hergebruikt",
            "Toon nog 7",
            "Volledige tekst van LO-WT-2.4",
        ),
        (
            "en",
            "Reuse and recycling",
            "Pupils illustrate that materials can be reused",
            "Show 7 more",
            "Full text of LO-WT-2.4",
        ),
    ],
)
def test_a_target_shows_its_code_and_short_name_and_the_wording_on_demand(
    client, every_target_used, language, short_name, wording, more, detail_label
):
    facet = target_facet(page(client, BROWSE[language]))
    checkbox = facet.select_one("input[name=target][value='LO-WT-2.4']")
    label = facet.select_one(f"label[for={checkbox['id']}]")
    assert label.select_one(".facet__code").get_text() == "LO-WT-2.4"
    assert short_name in label.get_text()
    assert wording not in label.get_text()  # the long wording is not in the label any more

    # The wording is folded in a <details> beside the checkbox, and it is the checkbox's
    # description, so a screen reader reads it with the option.
    option = checkbox.find_parent("li")
    detail = option.select_one("details.facet__detail")
    assert detail is not None and not detail.has_attr("open")
    assert detail.summary.get_text(" ", strip=True) == detail_label
    description = facet.select_one(f"#{checkbox['aria-describedby']}")
    assert description.find_parent("details") is detail
    assert description.get_text().startswith(wording)

    # 13 targets: six in view, seven behind "show all".
    assert len(shown_codes(facet)) == 6
    assert len(folded_codes(facet)) == 7
    summary = facet.select_one(".facet__more > summary .facet__more-show")
    assert summary.get_text(strip=True) == more


@pytest.mark.django_db
def test_the_targets_in_view_are_those_with_most_lessons_in_the_lists_order(
    client, every_target_used
):
    facet = target_facet(page(client, BROWSE["nl"]))
    shown, folded = shown_codes(facet), folded_codes(facet)
    order = [target.code for target in every_target_used]
    assert "LO-WT-2.4" in shown and "SO1-6.03" in shown  # three and two lessons
    assert shown == [code for code in order if code in shown]
    assert folded == [code for code in order if code not in shown]
    assert sorted(shown + folded) == sorted(order)


@pytest.mark.django_db
def test_a_checked_target_is_always_in_view_and_its_chip_names_code_and_short_name(
    client, every_target_used
):
    everything = target_facet(page(client, BROWSE["nl"]))
    hidden = folded_codes(everything)[-1]

    soup = page(client, f"{BROWSE['nl']}?target={hidden}")
    facet = target_facet(soup)
    assert hidden in shown_codes(facet)
    assert hidden not in folded_codes(facet)
    assert facet.select_one(f"input[value='{hidden}']").has_attr("checked")
    target = AttainmentTarget.objects.get(code=hidden)
    chips = [chip.get_text(" ", strip=True) for chip in soup.select(".active-filters .chip")]
    assert chips == [f"{hidden} {target.short_name_nl} — deze filter verwijderen ×"]


@pytest.mark.django_db
def test_a_target_without_short_name_shows_the_first_words_of_its_wording(
    client, every_target_used
):
    AttainmentTarget.objects.filter(code="LO-WT-2.4").update(short_name_nl="", short_name_en="")
    facet = target_facet(page(client, BROWSE["nl"]))
    checkbox = facet.select_one("input[value='LO-WT-2.4']")
    label = facet.select_one(f"label[for={checkbox['id']}]").get_text(" ", strip=True)
    assert label.startswith("LO-WT-2.4 De leerlingen illustreren dat…")


@pytest.mark.django_db
def test_the_form_still_works_without_javascript(client, every_target_used):
    """Folded options are ordinary checkboxes of the same GET form, and the apply button is
    a plain submit button in the panel."""
    soup = page(client, BROWSE["nl"])
    form = soup.select_one("form[data-browse-form]")
    assert form["method"] == "get"
    folded = form.select(".facet__more input[type=checkbox][name=target]")
    assert len(folded) == 7
    assert form.select_one(".filter-panel__actions button[type=submit]").get_text() == (
        "Toon lessen"
    )
    ids = [node["id"] for node in form.select("[id]")]
    assert len(ids) == len(set(ids)), "every id once"
