"""The shared browse on a phone: after filtering a parent lands on the results, not the form."""

import re
from urllib.parse import urlparse

import pytest

from tests.e2e.expect import expect

from .test_videos import build_videos


@pytest.mark.django_db(transaction=True)
def test_after_filtering_the_first_result_is_in_the_first_viewport(
    live_server, site_tree, phone_page
):
    build_videos(site_tree)
    page = phone_page
    page.goto(f"{live_server.url}/nl/videos/")
    page.locator(".filter-panel__summary").click()
    page.locator("input[name='sector'][value='energie']").check()
    page.locator(".filter-panel__actions button[type='submit']").click()
    page.wait_for_url(re.compile(r"[?&]sector=energie"))

    # Empty fields (search, company, year) stay out of the address.
    query = urlparse(page.url).query
    assert "q=" not in query and "company=" not in query and "year=" not in query, query
    # The panel is folded again and the chosen sector shows as a removable chip.
    assert page.locator("[data-filter-panel]").get_attribute("open") is None
    expect(page.locator(".active-filters .chip")).to_have_text(re.compile("Energie"))
    first_card = page.locator(".card__title a").first
    box = first_card.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844, box
