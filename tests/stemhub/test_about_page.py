"""The campaign's story (issue 16, item 5): the about page per language from demo/about.yaml,
in the main menu, with its sections, the partners' logos and the distribution network."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from stemhub.demo import DemoContext
from stemhub.demo.about import load_about
from stemhub.demo.runner import read


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def about(site_tree):
    context = DemoContext(home=site_tree.home, files={"about.yaml": read("about.yaml")})
    partners = Page.objects.child_of(site_tree.sections["partners"])
    return load_about(context, {page.slug_nl: page.pk for page in partners})


@pytest.mark.parametrize(
    ("path", "title", "headings", "network"),
    [
        (
            "/nl/over-stemhelden/",
            "Over #STEMhelden",
            ["Waarom kinderen van 10 tot 14?", "Twee reeksen video's", "De STEM-agenda"],
            "Onderwijskiezer",
        ),
        (
            "/en/about-stemhelden/",
            "About #STEMhelden",
            ["Why children of 10 to 14?", "Two series of videos", "The STEM agenda"],
            "CLB (pupil guidance centres)",
        ),
    ],
)
def test_about_page_tells_the_story_in_each_language(client, about, path, title, headings, network):
    response = client.get(path)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == title
    found = [h2.get_text(strip=True) for h2 in page.select(".about-section h2")]
    assert found[:3] == headings
    assert len(found) == 6  # why, series, agenda, partners, network, press and contact
    names = [node.get_text(strip=True) for node in page.select(".about-network__name")]
    assert network in names
    assert "Ouderverenigingen" in names or "Parent associations" in names


def test_about_page_shows_the_partners_with_links(client, about):
    page = soup(client.get("/nl/over-stemhelden/"))
    partners = page.select(".about-logos__item a")
    names = [link.select_one(".about-logos__name").get_text(strip=True) for link in partners]
    assert names[:3] == ["Technopolis", "VRT", "STEM-platform"]
    assert all(link["href"].startswith("/nl/partners/") for link in partners)


def test_about_page_is_in_the_main_menu_of_every_page(client, about):
    for path, href in (("/nl/videos/", "/nl/over-stemhelden/"), ("/en/", "/en/about-stemhelden/")):
        menu = soup(client.get(path)).select_one(".main-nav")
        assert href in [a["href"] for a in menu.select("a")]


def test_about_page_is_created_once(about, site_tree):
    context = DemoContext(home=site_tree.home, files={"about.yaml": read("about.yaml")})
    assert load_about(context, {}).pk == about.pk
