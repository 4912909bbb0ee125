"""The measured conformance of the accessibility statement: axe-core (bundled by
axe-playwright-python) runs every WCAG 2.1 A and AA rule it has over one page of every public
type, in Dutch and English, at phone and desktop width; our own checks add what axe cannot see
(the skip link is the first stop of the keyboard and works, the focus is visible).

A rule we cannot meet yet goes in EXCLUDED_RULES with its reason AND in the statement's "not
yet accessible" section (demo/statements.yaml); the last test holds the two together. The test
prints the figures the statement states (pages, page types, rules, violations, axe version).
"""

import re

import pytest

from stemhub.demo import DemoContext
from stemhub.demo.runner import read
from stemhub.demo.statements import load_statements
from tests.e2e.expect import expect
from tests.stemhub.public_pages import build_public_pages

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# rule id: why it is excluded (also listed in the statement's "not accessible yet" section).
EXCLUDED_RULES = {}
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


def public_urls(site_tree):
    pages = build_public_pages(site_tree)
    load_statements(
        DemoContext(home=site_tree.home, files={"statements.yaml": read("statements.yaml")})
    )
    pages.urls["privacy statement"] = ("/nl/privacyverklaring/", "/en/privacy-statement/")
    pages.urls["accessibility statement"] = (
        "/nl/toegankelijkheidsverklaring/",
        "/en/accessibility-statement/",
    )
    return pages.urls


def axe_options():
    rules = {rule: {"enabled": False} for rule in EXCLUDED_RULES}
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    if rules:
        options["rules"] = rules
    return options


def describe(violations):
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} → {targets}")
    return "\n".join(lines)


@pytest.mark.django_db(transaction=True)
def test_every_public_page_type_passes_axe_in_both_languages(live_server, site_tree, browser):
    # axe at run time, not at collection (tests/e2e/expect.py says why)
    from axe_playwright_python.sync_playwright import Axe

    urls = public_urls(site_tree)
    axe, options = Axe(), axe_options()
    found, rules, checked, version = [], set(), 0, ""
    for width, viewport in WIDTHS.items():
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, locale="nl-BE"
        )
        page = context.new_page()
        try:
            for kind, pair in urls.items():
                for url in pair:
                    page.goto(f"{live_server.url}{url}")
                    results = axe.run(page, options=options).response
                    version = results["testEngine"]["version"]
                    for group in ("passes", "violations", "incomplete", "inapplicable"):
                        rules.update(rule["id"] for rule in results[group])
                    checked += 1
                    if results["violations"]:
                        found.append(
                            f"{kind} {url} at {width} width:\n" + describe(results["violations"])
                        )
        finally:
            context.close()
    print(
        f"\naxe-core {version}: {checked // len(WIDTHS)} pages ({len(urls)} page types, nl and "
        f"en) at {len(WIDTHS)} widths, {len(rules)} rules, {len(found)} pages with violations"
    )
    assert not found, "\n\n".join(found)


@pytest.mark.django_db(transaction=True)
def test_keyboard_reaches_the_content_first_with_a_visible_focus(live_server, site_tree, browser):
    urls = public_urls(site_tree)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    page = context.new_page()
    try:
        for pair in urls.values():
            for url in pair:
                page.goto(f"{live_server.url}{url}")
                page.keyboard.press("Tab")
                skip = page.locator(".skip-link")
                expect(skip).to_be_focused()
                expect(skip).to_be_in_viewport()
                expect(skip).to_have_css("outline-style", "solid")
                page.keyboard.press("Tab")  # the logo: focus ring visible on the dark header
                expect(page.locator(".site-logo")).to_be_focused()
                expect(page.locator(".site-logo")).to_have_css("outline-style", "solid")
                page.keyboard.press("Shift+Tab")
                page.keyboard.press("Enter")
                expect(page.locator("#main")).to_be_focused()
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
def test_footer_statements_are_reachable_by_keyboard(live_server, site_tree, phone_page):
    public_urls(site_tree)
    page = phone_page
    page.goto(f"{live_server.url}/nl/videos/")
    link = page.get_by_role("link", name="Toegankelijkheidsverklaring")
    link.focus()
    expect(link).to_have_css("outline-style", "solid")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/nl/toegankelijkheidsverklaring/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Toegankelijkheidsverklaring")


def test_the_check_finds_violations_where_there_are_some(browser):
    """No false comfort: the same run flags a page without language, alt text or label."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context()
    page = context.new_page()
    try:
        page.set_content('<html><body><img src="x.png"><input type="text"></body></html>')
        results = Axe().run(page, options=axe_options()).response
    finally:
        context.close()
    assert {"html-has-lang", "image-alt", "label"} <= {v["id"] for v in results["violations"]}


def test_the_statement_names_the_tool_and_the_excluded_rules():
    """The statement's figures come from this check: same axe-core version, every rule we
    exclude named in its "not accessible yet" section, in both languages."""
    from axe_playwright_python.base import AXE_SCRIPT

    version = re.search(r"axe v(\d+\.\d+\.\d+)", AXE_SCRIPT).group(1)
    statement = read("statements.yaml")["accessibility"]["body"]
    for language in ("nl", "en"):
        measured = next(block for block in statement[language] if block["type"] == "measured")
        assert f"axe-core {version}" in measured["tool"]
        assert measured["violations"] == 0
        assert measured["pages"] == 2 * measured["page_types"]
        not_accessible = " ".join(block.get("text", "") for block in statement[language])
        for rule in EXCLUDED_RULES:
            assert rule in not_accessible, f"{rule} is excluded but not named ({language})"
