"""The search box's suggestions in a real browser: keyboard only, our own server only."""

import re

import pytest

from tests.e2e.expect import expect
from videos.factories import make_video


@pytest.mark.django_db(transaction=True)
def test_suggestions_by_keyboard_open_the_chosen_page(live_server, site_tree, phone_page):
    make_video(site_tree.sections["videos"], "De zonnecel", slug="de-zonnecel")
    make_video(site_tree.sections["videos"], "Zonne-energie op school", slug="zonne-energie")
    phone_page.goto(f"{live_server.url}/nl/zoeken/")
    box = phone_page.get_by_role("combobox", name="Wat zoek je?")
    box.click()
    box.press_sequentially("zonn")
    listbox = phone_page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    expect(listbox.get_by_role("option")).to_have_count(2)
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(phone_page.locator("#search-suggestions-status")).to_contain_text("2 passende titels")
    box.press("ArrowDown")
    box.press("ArrowDown")
    second = listbox.get_by_role("option").nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", "search-suggestion-1")
    expect(box).to_be_focused()
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("ArrowDown")  # opens the list again, nothing chosen yet
    expect(listbox).to_be_visible()
    box.press("ArrowDown")
    box.press("ArrowDown")
    expect(listbox.get_by_role("option").nth(1)).to_contain_text("De zonnecel")
    box.press("Enter")
    expect(phone_page).to_have_url(re.compile(r"/nl/videos/de-zonnecel/$"))
    assert phone_page.external_requests == []


@pytest.mark.django_db(transaction=True)
def test_the_form_searches_and_marks_the_words(live_server, site_tree, desktop_page):
    make_video(
        site_tree.sections["videos"],
        "De zonnecel",
        slug="de-zonnecel",
        transcript=("Wij maken zonnecellen van silicium.", ""),
    )
    desktop_page.goto(f"{live_server.url}/nl/zoeken/")
    box = desktop_page.get_by_role("combobox", name="Wat zoek je?")
    box.fill("zonnecellen")
    box.press("Enter")
    expect(desktop_page.locator(".result-count")).to_contain_text("1 resultaat voor")
    expect(desktop_page.locator(".search-result mark").first).to_have_text("zonnecel")
    expect(desktop_page.locator(".search-result__kind")).to_have_text("Video's")
