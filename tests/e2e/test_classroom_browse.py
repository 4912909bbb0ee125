"""A teacher filters the demo lessons on a phone and on a desktop (issue 19, "hurts" 2).

Before: after applying filters on a phone the first lesson sat at y ≈ 3,300 px below the open
panel; on a desktop "Toon lessen" sat ≈ 2,400 px down below 13 long attainment-target texts.
Now targets show by code and short name (the wording on demand), long facets fold to their
best-filled options, the apply button sticks to the bottom of the panel, and applying lands on
the results.
"""

import re

import pytest

from classroom import demo
from stemhub.demo import read
from tests.e2e.expect import expect
from videos.factories import make_video

PHONE_HEIGHT, DESKTOP_HEIGHT = 844, 900


def load_demo_lessons(site_tree):
    """The demo's lessons (14, on every one of the 13 attainment targets)."""
    for slug in {lesson["video"] for lesson in read("lessons.yaml")["lessons"]}:
        make_video(site_tree.sections["videos"], slug, slug=slug)
    demo.load(site_tree)


@pytest.fixture
def demo_lessons(site_tree):
    load_demo_lessons(site_tree)


def in_viewport(locator, height):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_the_apply_button_is_in_reach_and_results_come_first(
    live_server, demo_lessons, phone_page
):
    page = phone_page
    page.goto(f"{live_server.url}/nl/klas/")
    page.locator(".filter-panel__summary").click()
    apply = page.locator(".filter-panel__actions button[type='submit']")
    target = page.locator("input[name='target'][value='LO-WT-2.4']")
    target.scroll_into_view_if_needed()
    target.check()
    # Deep in the list of facets the button is still on screen, stuck to the bottom.
    assert in_viewport(apply, PHONE_HEIGHT), apply.bounding_box()
    assert in_viewport(target, PHONE_HEIGHT)
    apply.click()
    page.wait_for_url(re.compile(r"[?&]target=LO-WT-2\.4"))

    assert page.locator("[data-filter-panel]").get_attribute("open") is None
    expect(page.locator(".active-filters .chip")).to_contain_text("LO-WT-2.4 Hergebruik")
    first_card = page.locator(".material-card .card__title a").first
    assert in_viewport(first_card, PHONE_HEIGHT), first_card.bounding_box()


@pytest.mark.django_db(transaction=True)
def test_on_a_desktop_targets_are_short_and_the_wording_and_the_rest_open_by_keyboard(
    live_server, demo_lessons, desktop_page
):
    page = desktop_page
    page.goto(f"{live_server.url}/nl/klas/")
    apply = page.get_by_role("button", name="Toon lessen")
    assert in_viewport(apply, DESKTOP_HEIGHT), apply.bounding_box()

    # The wording of a target: folded, the checkbox's description, opened with the keyboard.
    checkbox = page.get_by_role("checkbox", name=re.compile(r"^LO-WT-2\.4 Hergebruik"))
    expect(checkbox).to_have_accessible_description(
        re.compile("^De leerlingen illustreren dat materialen")
    )
    wording = page.locator(f"#{checkbox.get_attribute('aria-describedby')}")
    expect(wording).to_be_hidden()
    summary = page.get_by_text("Volledige tekst van LO-WT-2.4")
    summary.focus()
    page.keyboard.press("Enter")
    expect(wording).to_be_visible()

    # Seven targets wait behind "Toon nog 7"; Space opens them, a folded one can be checked.
    more = page.locator(".facet--target .facet__more > summary")
    expect(more).to_have_accessible_name("Toon nog 7")  # no "plus" read out
    folded = page.locator(".facet--target .facet__more input[name='target']").last
    expect(folded).to_be_hidden()
    more.focus()
    page.keyboard.press("Space")
    expect(folded).to_be_visible()
    code = folded.get_attribute("value")
    folded.focus()
    page.keyboard.press("Space")
    expect(folded).to_be_checked()
    assert in_viewport(apply, DESKTOP_HEIGHT), apply.bounding_box()
    apply.click()
    page.wait_for_url(re.compile(rf"[?&]target={re.escape(code)}"))

    # The checked target is in view without unfolding anything; the results are on screen.
    checked = page.locator(f".facet--target > ul input[value='{code}']")
    expect(checked).to_be_checked()
    expect(checked).to_be_visible()
    assert in_viewport(page.locator(".material-card").first, DESKTOP_HEIGHT)
    assert page.locator(".facet__more input:checked").count() == 0


@pytest.mark.django_db(transaction=True)
def test_in_english_the_targets_read_the_same_way(live_server, demo_lessons, desktop_page):
    page = desktop_page
    page.goto(f"{live_server.url}/en/classroom/")
    checkbox = page.get_by_role("checkbox", name=re.compile(r"^LO-WT-2\.4 Reuse and recycling"))
    expect(checkbox).to_have_accessible_description(re.compile("^Pupils illustrate"))
    expect(page.locator(".facet--target .facet__more > summary")).to_contain_text("Show 7 more")
    expect(page.get_by_role("button", name="Show lessons")).to_be_in_viewport()
