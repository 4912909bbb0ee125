"""A parent on a phone: filter the videos by sector, open one, press play."""

import re

import pytest

from partners.models import PartnerPage
from taxonomy.models import Sector
from tests.e2e.expect import expect
from videos.factories import ensure_education_routes, ensure_profile_types, make_image, make_video


def build_videos(site_tree):
    profiles, routes = ensure_profile_types(), ensure_education_routes()
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    umicore = PartnerPage.objects.get(slug_nl="umicore")
    heroes = [
        {
            "name": ("De ingenieur", "The engineer"),
            "job_title": ("Procesingenieur", "Process engineer"),
            "profile_type": profiles["theoretisch"],
            "education_route": routes["master"],
        },
        {
            "name": ("De operator", "The operator"),
            "job_title": ("Operator", "Operator"),
            "profile_type": profiles["praktisch"],
            "education_route": routes["duaal-leren"],
        },
    ]
    index = site_tree.sections["videos"]
    make_video(
        index,
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
        sectors=[sectors["energie"]],
        company=umicore,
        heroes=heroes,
        poster=make_image("solar", size=(320, 180)),
    )
    make_video(
        index,
        "Robots een brein geven",
        title_en="Giving robots a brain",
        slug_en="giving-robots-a-brain",
        sectors=[sectors["robotica-industrie"]],
        heroes=heroes,
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("language", "title"), [("nl", "Zonnecellen maken"), ("en", "Making solar cells")]
)
def test_parent_filters_by_sector_opens_a_video_and_plays_it(
    live_server, site_tree, phone_page, language, title
):
    build_videos(site_tree)
    page = phone_page
    page.goto(f"{live_server.url}/{language}/videos/")
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator("#result-count")).to_contain_text("2")

    # On a phone the filters are folded away; open them, pick a sector, submit the GET form.
    page.locator(".filter-panel__summary").click()
    page.locator("input[name='sector'][value='energie']").check()
    page.locator(".filter-panel__actions button[type='submit']").click()
    page.wait_for_url(re.compile(r"[?&]sector=energie"))
    expect(page.locator("#result-count")).to_contain_text("1")
    cards = page.locator(".card__title a")
    expect(cards).to_have_count(1)
    expect(cards.first).to_have_text(title)

    cards.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert page.locator("iframe").count() == 0
    assert page.external_requests == [], "nothing may load from a video host before play"

    # Until the player's script ran, the play button is a plain link to the video host: wait
    # for the script to make it a button (under load the click could come first).
    start = page.locator("[data-player-start]")
    expect(start).to_have_attribute("role", "button")
    with page.expect_request(re.compile(r"^https://www\.youtube-nocookie\.com/")):
        start.click()
    frame = page.locator("iframe.player__frame")
    expect(frame).to_have_count(1)
    expect(frame).to_have_attribute(
        "src", re.compile(r"^https://www\.youtube-nocookie\.com/embed/dQw4w9WgXcQ\?")
    )
    # The only external request is the one the click asked for (the harness blocks it): wait
    # until the page and its new frame have had no request in flight for 500 ms, then look.
    page.wait_for_load_state("networkidle")
    assert all("youtube-nocookie.com" in url for url in page.external_requests)
    # The page is no wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
