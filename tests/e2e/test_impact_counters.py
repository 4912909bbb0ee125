"""A visitor in Chromium views a video, plays it, answers the question and follows a signpost:
each counter goes up once, no cookie is set, and nothing is requested from another host except
the video the visitor asked for by pressing play (which the harness blocks)."""

import re

import pytest
from django.core.management import call_command

from impact.models import DailyCount, Event
from tests.e2e.expect import expect
from videos.factories import (
    ensure_education_routes,
    ensure_profile_types,
    make_signpost,
    make_video,
)

BEACON = {
    "view": re.compile(r"/impact/view/$"),
    "play": re.compile(r"/impact/play/$"),
}


def stored_events():
    """Read once the server has answered every counting request, never while one is in flight.

    The live server runs in this process, and on SQLite (the suite's default) it shares the
    test's database connection: a query from the test while the server handles a beacon uses
    that one connection from two threads at once, which Django warns may fail at random. Under
    load that lost the first page view's beacon now and then (the test polled the database while
    the beacon was being stored). So the test waits for each beacon's answer in the browser,
    registered before the action that sends it, and for the network to go quiet (no request of
    the page's in flight), and only then reads the database.
    """
    return sorted(Event.objects.values_list("kind", "language", "page_id", "target", "answer"))


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_views_plays_answers_and_signposts_are_counted_without_cookies(
    live_server, site_tree, phone_page, language
):
    profiles, routes = ensure_profile_types(), ensure_education_routes()
    # The deep link leads to a page of this site, so the whole visit stays on 127.0.0.1.
    deep_link = f"{live_server.url}/{language}/"
    signpost = make_signpost(
        "onderwijskiezer", "Onderwijskiezer", "https://www.onderwijskiezer.be/"
    )
    video, _ = make_video(
        site_tree.sections["videos"],
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
        heroes=[
            {
                "name": ("De ingenieur", "The engineer"),
                "job_title": ("Ingenieur", "Engineer"),
                "profile_type": profiles["theoretisch"],
                "education_route": routes["master"],
            }
        ],
        signposts=[(signpost, "Welke opleiding?", "Which programme?", deep_link)],
    )
    home = site_tree.home
    page = phone_page
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    slug = "zonnecellen-maken" if language == "nl" else "making-solar-cells"
    # Listening starts before the page loads: its beacon may leave before goto() returns.
    with page.expect_response(BEACON["view"]) as viewed:
        page.goto(f"{live_server.url}/{language}/videos/{slug}/")
    assert viewed.value.status == 204
    page.wait_for_load_state("networkidle")
    assert stored_events() == [("view", language, video.pk, 0, "")]

    start = page.locator("[data-player-start]")
    expect(start).to_have_attribute("role", "button")
    with page.expect_response(BEACON["play"]) as played:
        start.click()
    assert played.value.status == 204
    expect(page.locator("iframe.player__frame")).to_have_count(1)

    # The question under the video, answered with JavaScript: a thank-you in the live region,
    # the focus stays on the button that was pressed.
    answer = page.locator("#feedback-curious button[value='a-bit']")
    answer.focus()
    answer.press("Enter")
    status = page.locator("#feedback-curious [role='status']")
    thanks = {"nl": "Bedankt voor je antwoord!", "en": "Thank you for your answer!"}[language]
    expect(status).to_have_text(thanks)
    expect(answer).to_be_focused()
    expect(answer).to_have_attribute("aria-pressed", "true")

    link = page.locator(".signpost__name a")
    expect(link).to_have_attribute("href", re.compile(rf"^/{language}/impact/signpost/"))
    # The page the signpost leads to sends its own view beacon once it is shown.
    with page.expect_response(BEACON["view"], timeout=30_000) as beacon:
        link.click()
        page.wait_for_url(deep_link)
    assert beacon.value.status == 204

    expected = [
        ("view", language, video.pk, 0, ""),
        ("play", language, video.pk, 0, ""),
        ("curious", language, video.pk, 0, "a-bit"),
        ("signpost", language, video.pk, signpost.pk, ""),
        ("view", language, home.pk, 0, ""),
    ]
    # The question's answer was shown, the signpost's redirect and the home page's beacon
    # answered: everything counted is stored.
    page.wait_for_load_state("networkidle")
    assert stored_events() == sorted(expected), requests

    assert page.context.cookies() == []
    outside = [url for url in requests if not url.startswith(live_server.url)]
    assert all(url.startswith("https://www.youtube-nocookie.com/") for url in outside), outside
    assert all("youtube-nocookie.com" in url for url in page.external_requests)

    call_command("aggregate_impact", verbosity=0)
    assert not Event.objects.exists()
    assert sorted(
        DailyCount.objects.values_list("kind", "page_id", "target", "answer", "count")
    ) == sorted(
        (kind, page_id, target, answer, 1) for kind, _l, page_id, target, answer in expected
    )
