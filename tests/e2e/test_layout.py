"""Layout found by measurement: reflow at 320 px, the footer on short pages, the home page's
calls to action on one line and its cards without a repeated heading."""

import pytest


@pytest.mark.django_db(transaction=True)
def test_partner_directory_reflows_at_320_px(live_server, site_tree, browser):
    """WCAG 1.4.10: before, the page was 344 px wide and every card was cut off."""
    context = browser.new_context(viewport={"width": 320, "height": 800}, locale="nl-BE")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/nl/partners/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        for right in page.locator(".partner-card").evaluate_all(
            "cards => cards.map(card => card.getBoundingClientRect().right)"
        ):
            assert right <= 320
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
def test_footer_reaches_the_bottom_of_a_short_page(live_server, site_tree, desktop_page):
    page = desktop_page
    page.goto(f"{live_server.url}/nl/bestaat-niet/")
    bottom = page.locator(".site-footer").evaluate("el => el.getBoundingClientRect().bottom")
    assert bottom == pytest.approx(page.viewport_size["height"], abs=1)


@pytest.mark.django_db(transaction=True)
def test_home_calls_to_action_fit_on_one_line(live_server, site_tree, desktop_page):
    page = desktop_page
    page.goto(f"{live_server.url}/nl/")
    links = page.locator(".entry__link")
    assert links.count() >= 2
    heights = links.evaluate_all("links => links.map(link => link.getBoundingClientRect().height)")
    assert max(heights) < 56, heights  # one line of text in a 44 px+ button
    for entry in page.locator(".entry").all():
        audience = entry.locator(".entry__audience")
        if audience.count():
            first_word = audience.inner_text().split()[0].casefold()
            assert first_word not in entry.locator(".entry__heading").inner_text().casefold()
