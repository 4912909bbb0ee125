"""A child on a phone does the self-test one question per screen and opens a matching video."""

import re

import pytest

from selftest import demo as selftest_demo
from tests.e2e.expect import expect
from tests.selftest.helpers import HEALTH, NL, build_hero_videos, build_vocab


@pytest.mark.django_db(transaction=True)
def test_a_child_answers_every_question_and_opens_a_matching_video(
    live_server, site_tree, phone_page
):
    vocab = build_vocab()
    build_hero_videos(site_tree, vocab)
    selftest_demo.load(site_tree)
    page = phone_page
    page.goto(f"{live_server.url}{NL}")

    questions = page.locator("[data-question]")
    expect(questions).to_have_count(8)
    # With JavaScript: one question per screen, with progress.
    expect(page.locator("[data-question]:visible")).to_have_count(1)
    expect(page.locator("[data-progress-label]")).to_have_text("Vraag 1 van 8")
    expect(page.get_by_role("button", name="Vorige")).to_be_hidden()

    # "Next" without an answer explains what to do and stays on the question.
    page.get_by_role("button", name="Volgende vraag").click()
    expect(page.locator("#question-1 [data-question-error]")).to_have_text(
        "Kies eerst een antwoord."
    )
    expect(page.locator("[data-progress-label]")).to_have_text("Vraag 1 van 8")

    # Keyboard: the focused first answer is chosen with Space, Enter goes to the next question.
    first = page.locator("#q1-a1")
    first.focus()
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    page.keyboard.press("Enter")
    expect(page.locator("[data-progress-label]")).to_have_text("Vraag 2 van 8")
    expect(page.locator("#q2-a1")).to_be_focused()

    # Back is allowed, and the answer given is still there.
    page.get_by_role("button", name="Vorige").click()
    expect(page.locator("[data-progress-label]")).to_have_text("Vraag 1 van 8")
    expect(first).to_be_checked()
    page.get_by_role("button", name="Volgende vraag").click()

    for number in range(2, 9):
        expect(page.locator("[data-progress-label]")).to_have_text(f"Vraag {number} van 8")
        page.locator(f"label[for='q{number}-a{HEALTH[f'q{number}']}']").click()
        if number < 8:
            page.get_by_role("button", name="Volgende vraag").click()
    page.get_by_role("button", name="Toon mijn STEM-helden").click()

    page.wait_for_url(re.compile(r"\?q1=1&q2=1&q3=2&q4=1&q5=2&q6=1&q7=1&q8=1$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Jouw STEM-helden")
    expect(page.get_by_role("heading", name=re.compile("Gezondheid en noodhulp"))).to_be_visible()
    expect(page.locator("#share-url")).to_have_value(
        re.compile(r"/nl/welke-stemheld-ben-jij/\?q1=")
    )
    expect(page.get_by_role("button", name="Kopieer de link")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    page.get_by_role("link", name="Bekijk de video: Bloed dat levens redt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bloed dat levens redt")
    assert page.external_requests == []
    assert page.context.cookies() == []


@pytest.mark.django_db(transaction=True)
def test_without_javascript_every_question_is_on_one_page(live_server, site_tree, browser):
    build_vocab()
    selftest_demo.load(site_tree)
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}{NL}")
    expect(page.locator("[data-question]:visible")).to_have_count(8)
    expect(page.locator("[data-steps]")).to_be_hidden()
    for name, value in HEALTH.items():
        page.locator(f"label[for='{name}-a{value}']").click()
    page.get_by_role("button", name="Toon mijn STEM-helden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jouw STEM-helden")
    context.close()
