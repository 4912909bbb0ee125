"""Study routes that lead somewhere (issue 16, item 1): a hero's route explains itself and links
to its study programmes; the browse narrows videos by the level of the heroes' routes.

Every test here sees the three route videos, built once for the module (tests/shared_content.py);
the growth test adds its videos inside its own savepoint.
"""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from videos.factories import make_video
from videos.models import EducationRoute, VideoPage

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .conftest import build_vocab, hero

NL, EN = "/nl/videos/", "/en/videos/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return sorted(
        a.get_text(strip=True) for a in soup(response).select(".video-card a, .card__title a")
    )


def route_count(response, level):
    page = soup(response)
    node = page.find("input", attrs={"name": "route", "value": level})
    if node is None:
        return None
    label = page.find("label", attrs={"for": node["id"]})
    return int(label.select_one(".facet__count").get_text().split("(")[-1].split(")")[0].split()[0])


pytestmark = pytest.mark.usefixtures("routes_catalogue")


@pytest.fixture(scope="module")
def routes_catalogue_pks(django_db_setup, django_db_blocker):
    """`build_routes_catalogue()` once for the module, rolled back after it."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            built = build_routes_catalogue(skeleton.sections["videos"], build_vocab())
        yield {key: page.pk for key, page in built.items()}


@pytest.fixture
def routes_catalogue(routes_catalogue_pks, video_index):
    """The module's route videos as fresh instances, read again for each test."""
    pages = VideoPage.objects.in_bulk(routes_catalogue_pks.values())
    return {key: pages[pk] for key, pk in routes_catalogue_pks.items()}


def build_routes_catalogue(video_index, vocab):
    """Three videos whose heroes' routes differ in level."""
    theo, prac = vocab.profiles["theoretisch"], vocab.profiles["praktisch"]
    r = vocab.routes
    videos = {}
    videos["bridge"], _ = make_video(
        video_index,
        "Bruggen bouwen",
        title_en="Building bridges",
        heroes=[hero(theo, r["master"]), hero(prac, r["dubbele-finaliteit"])],
    )
    videos["cars"], _ = make_video(
        video_index,
        "Auto's herstellen",
        title_en="Repairing cars",
        heroes=[hero(theo, r["professionele-bachelor"]), hero(prac, r["arbeidsmarkt"])],
    )
    videos["lab"], _ = make_video(
        video_index,
        "Werken in het labo",
        title_en="Working in the lab",
        heroes=[hero(theo, r["master"]), hero(prac, r["graduaat"])],
    )
    return videos


def test_demo_routes_carry_level_explanation_and_links(vocab):
    route = EducationRoute.objects.get(slug="dubbele-finaliteit")
    assert route.level == "secondary"
    assert route.explanation_nl and route.explanation_en
    assert route.onderwijskiezer_url.startswith("https://www.onderwijskiezer.be/")
    assert all(route.level for route in EducationRoute.objects.all())
    assert all(route.onderwijskiezer_url for route in EducationRoute.objects.all())


@pytest.mark.parametrize(
    ("prefix", "slug", "explained", "link_text"),
    [
        (
            "/nl/videos/",
            "bruggen-bouwen",
            "Wat betekent deze route?",
            "Studierichtingen op Onderwijskiezer",
        ),
        (
            "/en/videos/",
            "bruggen-bouwen",
            "What does this route mean?",
            "Study programmes on Onderwijskiezer",
        ),
    ],
)
def test_video_page_links_each_heros_route(
    client, routes_catalogue, prefix, slug, explained, link_text
):
    response = client.get(f"{prefix}{slug}/")
    assert response.status_code == 200
    page = soup(response)
    routes = page.select(".hero-card__route")
    assert len(routes) == 2
    practical = routes[1]
    assert practical.select_one("details summary").get_text(strip=True) == explained
    route = EducationRoute.objects.get(slug="dubbele-finaliteit")
    explanation = route.explanation_nl if prefix.startswith("/nl") else route.explanation_en
    assert practical.select_one("details p").get_text(strip=True) == explanation
    link = practical.select_one(".route-links a")
    assert link["href"] == route.onderwijskiezer_url
    assert link.get_text(" ", strip=True).startswith(link_text)
    # The accessible name says which route, as both heroes have such a link.
    assert (route.name_nl if prefix.startswith("/nl") else route.name_en) in link.get_text()


def test_vdab_link_only_where_it_fits(client, routes_catalogue):
    page = soup(client.get("/nl/videos/autos-herstellen/"))
    practical, theoretical = (
        page.select(".hero-card__route")[1],
        page.select(".hero-card__route")[0],
    )
    hrefs = [a["href"] for a in practical.select(".route-links a")]
    assert any(href.startswith("https://www.vdab.be/") for href in hrefs)
    assert not any("vdab.be" in a["href"] for a in theoretical.select(".route-links a"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("route=secondary", ["Auto's herstellen", "Bruggen bouwen"]),
        ("route=master", ["Bruggen bouwen", "Werken in het labo"]),
        ("route=higher_vocational", ["Werken in het labo"]),
        ("route=bachelor&route=higher_vocational", ["Auto's herstellen", "Werken in het labo"]),
        (
            "route=master&route=secondary",
            ["Auto's herstellen", "Bruggen bouwen", "Werken in het labo"],
        ),
    ],
)
def test_route_level_facet_filters(client, routes_catalogue, query, expected):
    assert titles(client.get(f"{NL}?{query}")) == expected


def test_route_level_facet_counts_in_both_languages(client, routes_catalogue):
    dutch = client.get(NL)
    assert route_count(dutch, "secondary") == 2
    assert route_count(dutch, "master") == 2
    assert route_count(dutch, "bachelor") == 1
    assert route_count(dutch, "higher_vocational") == 1
    assert route_count(dutch, "adult") is None  # no video: not offered
    assert "Met secundair onderwijs" in soup(dutch).get_text()
    english = client.get(f"{EN}?route=master")
    assert titles(english) == ["Building bridges", "Working in the lab"]
    # Counts follow the other filters, not the facet's own choice.
    assert route_count(english, "secondary") == 2
    assert "With secondary school" in soup(english).get_text()
    assert "Jobs you reach" in soup(english).get_text()


def test_unknown_route_level_is_reported(client, routes_catalogue):
    response = client.get(f"{NL}?route=phd")
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_route_facet_adds_no_query_and_does_not_grow(client, video_index, vocab, routes_catalogue):
    url = f"{NL}?route=secondary"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    theo, prac = vocab.profiles["theoretisch"], vocab.profiles["praktisch"]
    for number in range(8):
        make_video(
            video_index,
            f"Extra video {number}",
            heroes=[hero(theo, vocab.routes["master"]), hero(prac, vocab.routes["arbeidsmarkt"])],
        )
    client.get(url)  # kept per cache generation: read again after the publish
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(titles(response)) == 10
    print(f"video browse with route filter: {len(few)} queries (3 videos), {len(many)} (11)")
    assert len(few) == len(many) <= 12
