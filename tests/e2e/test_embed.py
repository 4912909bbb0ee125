"""A school's site frames our embeddable card: nothing from a third party before the click.

The school's page comes from a tiny HTTP server of this test on 127.0.0.1 (another origin than
the live server's localhost, both on the loopback, so Chromium's local-network checks do not
interfere); the card comes from the live server. Every request of the browser context is
recorded, and requests to any other host are recorded and refused.
"""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from partners.models import PartnerPage
from tests.e2e.expect import expect
from videos.factories import make_image, make_video

from .conftest import assert_no_csp_violations, watch_csp

pytestmark = pytest.mark.e2e


@pytest.fixture
def school_site(live_server):
    """http://127.0.0.1:<port>/klas?frame=<path>: a school page framing <path> of our site."""

    class SchoolPage(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            frame = parse_qs(urlsplit(self.path).query).get("frame", ["/nl/"])[0]
            body = (
                '<!DOCTYPE html><html lang="nl"><head><title>Onze school</title></head>'
                "<body><h1>STEM in de klas</h1>"
                f'<iframe src="{live_server.url}{frame}" width="480" height="440" '
                'title="STEMhelden" allow="autoplay; fullscreen"></iframe></body></html>'
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), SchoolPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def school_page(browser, live_server, school_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    page = context.new_page()
    page.requests, page.third_party = [], []

    def route(route):
        url = route.request.url
        if url.startswith((school_site, live_server.url, "data:", "blob:")):
            route.continue_()
        else:
            page.third_party.append(url)
            route.abort()

    page.on("request", lambda request: page.requests.append(request.url))
    context.route("**/*", route)
    watch_csp(page)
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert_no_csp_violations(page)


@pytest.mark.django_db(transaction=True)
def test_framed_card_loads_nothing_third_party_before_the_click(
    live_server, site_tree, school_site, school_page
):
    video, _created = make_video(
        site_tree.sections["videos"],
        "Zonnecellen maken",
        intro=("Meer stroom uit zonlicht.", "More power from sunlight."),
        company=PartnerPage.objects.get(slug_nl="umicore"),
        poster=make_image("solar", size=(320, 180)),
    )
    page = school_page
    page.goto(f"{school_site}/klas?frame=/nl/embed/{video.pk}/")
    card = page.frame_locator("iframe")
    play = card.get_by_role("button", name="Video afspelen")
    expect(play).to_be_visible()
    expect(card.locator("h1")).to_contain_text("Zonnecellen maken")
    expect(card.locator("img.player__poster")).to_be_visible()
    page.wait_for_load_state("networkidle")

    assert any(url.startswith(f"{live_server.url}/nl/embed/") for url in page.requests)
    assert any(url.startswith(f"{live_server.url}/static/js/") for url in page.requests)
    assert page.third_party == []
    assert all(url.startswith((school_site, live_server.url)) for url in page.requests)
    assert_no_csp_violations(page)  # the school may frame the card; the card's CSP holds

    with page.expect_request(lambda request: "youtube-nocookie.com" in request.url):
        play.click()  # only now does the player's frame ask the video host for anything
    expect(card.locator("iframe.player__frame")).to_have_attribute(
        "src", re.compile(r"^https://www\.youtube-nocookie\.com/embed/")
    )
    assert page.third_party and all("youtube-nocookie.com" in url for url in page.third_party)


@pytest.mark.django_db(transaction=True)
def test_ordinary_pages_refuse_to_be_framed(live_server, site_tree, school_site, school_page):
    page = school_page
    with page.expect_console_message(lambda message: "frame-ancestors" in message.text):
        page.goto(f"{school_site}/klas?frame=/nl/")
    assert any("frame-ancestors" in text for text in page.csp_violations)
    page.csp_violations = []  # expected: this refusal is what the test is about


@pytest.mark.django_db(transaction=True)
def test_json_ld_data_block_passes_the_strict_csp(live_server, site_tree, desktop_page):
    """The page's <script type="application/ld+json"> is data: Chromium neither runs nor
    blocks it, so the strict policy (script-src 'self', no hash) reports nothing."""
    video, _created = make_video(
        site_tree.sections["videos"],
        "Zonnecellen maken",
        intro=("Meer stroom uit zonlicht.", "More power from sunlight."),
        poster=make_image("solar", size=(320, 180)),
    )
    desktop_page.goto(f"{live_server.url}/en/videos/{video.slug_en}/")
    data_block = desktop_page.locator('script[type="application/ld+json"]')
    expect(data_block).to_have_count(1)
    graph = json.loads(data_block.text_content())["@graph"]
    assert {node["@type"] for node in graph} == {"VideoObject", "BreadcrumbList"}
    desktop_page.wait_for_load_state("networkidle")
    assert desktop_page.csp_violations == []
