"""Meta description, canonical, OpenGraph/Twitter cards and JSON-LD per page type, nl and en."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from ..kept_content import built_as_in_a_test
from ..template_contexts import template_contexts_not_kept

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def _pages_seen_once(published_pages, django_db_blocker):
    """Each page of the module's tests asked for once before them, as a visitor would have: the
    image renditions the first visit makes (posters, logos, share images: Pillow resizes) stay
    for the module, in its transaction, instead of being made again in every test's savepoint.
    The tests read the same HTML either way; a rendition's file name is all that differs."""
    with django_db_blocker.unblock(), built_as_in_a_test(), template_contexts_not_kept():
        pages = published_pages.fresh()
        urls = [page.url for page in (pages.video, pages.lesson, pages.partner, pages.initiative)]
        for url in [*urls, "/nl/", "/nl/videos/", "/en/initiatives/"]:
            assert Client().get(url).status_code == 200, url


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser"), response


def json_ld(soup):
    blocks = soup.select('script[type="application/ld+json"]')
    assert len(blocks) == 1
    data = json.loads(blocks[0].string)
    assert data["@context"] == "https://schema.org"
    return {node["@type"]: node for node in data["@graph"]}, blocks[0].string


def meta(soup, **attrs):
    tag = soup.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def check_breadcrumbs(nodes, page_url, depth):
    crumbs = nodes["BreadcrumbList"]["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == list(range(1, depth + 1))
    assert all(
        crumb["@type"] == "ListItem" and crumb["item"]["@id"].startswith("http") for crumb in crumbs
    )
    assert crumbs[-1]["item"]["@id"] == page_url


def check_cards(soup, url, title):
    assert soup.find("link", rel="canonical")["href"] == url
    assert meta(soup, property="og:url") == url
    assert meta(soup, property="og:title") == title
    assert meta(soup, name="twitter:card") == "summary_large_image"
    image = meta(soup, property="og:image")
    assert image.startswith("http://") and meta(soup, name="twitter:image") == image
    assert meta(soup, property="og:image:width") and meta(soup, property="og:image:alt")
    assert meta(soup, name="description") == meta(soup, property="og:description")
    return image


@pytest.mark.parametrize(
    ("language", "title", "description", "locale"),
    [
        ("nl", "Zonnecellen maken", "Meer stroom uit zonlicht.", "nl_BE"),
        ("en", "Making solar cells", "More power from sunlight.", "en_GB"),
    ],
)
def test_video_page_is_a_video_object(client, published, language, title, description, locale):
    from django.utils import translation

    with translation.override(language):
        url = published.video.get_full_url()
    soup, _response = head_of(client, url)
    image = check_cards(soup, url, title)
    assert meta(soup, name="description") == description
    assert meta(soup, property="og:type") == "video.other"
    assert meta(soup, property="og:locale") == locale
    assert "/media/images/" in image and image.endswith(".jpg")  # the poster, as a JPEG rendition
    nodes, _raw = json_ld(soup)
    video = nodes["VideoObject"]
    assert video["name"] == title
    assert video["description"] == description
    assert video["thumbnailUrl"] == [image]
    assert video["duration"] == "PT3M5S"
    assert video["uploadDate"][:4].isdigit() and "T" in video["uploadDate"]
    assert video["transcript"] in {"Wij maken zonnecellen.", "We make solar cells."}
    assert video["inLanguage"] == "nl-BE"
    assert video["publisher"]["@type"] == "Organization"
    assert video["embedUrl"].startswith("http") and f"/{language}/embed/" in video["embedUrl"]
    check_breadcrumbs(nodes, url, 3)


@pytest.mark.parametrize(
    ("language", "framework"),
    [("nl", "Vlaamse eindtermen"), ("en", "Flemish attainment targets")],
)
def test_lesson_page_is_a_learning_resource(client, published, language, framework):
    from django.utils import translation

    with translation.override(language):
        url = published.lesson.get_full_url()
        target_description = published.target.description
    soup, _response = head_of(client, url)
    check_cards(soup, url, published.lesson.title if language == "nl" else "Building a solar cell")
    assert meta(soup, property="og:type") == "article"
    # The intro's markup characters come through as text, escaped once by the template.
    if language == "nl":
        assert meta(soup, name="description") == (
            "Leerlingen bouwen een <kleine> zonnecel & meten de stroom."
        )
    nodes, raw = json_ld(soup)
    lesson = nodes["LearningResource"]
    assert lesson["typicalAgeRange"] == "10-12"
    assert lesson["timeRequired"] == "PT50M"
    assert isinstance(lesson["educationalLevel"], list) and lesson["educationalLevel"]
    assert lesson["teaches"] == [f"{published.target.code} {target_description}"]
    (alignment,) = lesson["educationalAlignment"]
    assert alignment["@type"] == "AlignmentObject"
    assert alignment["alignmentType"] == "teaches"
    assert alignment["targetName"] == published.target.code
    assert framework in alignment["educationalFramework"]
    assert lesson["isBasedOn"]["@type"] == "VideoObject"
    assert lesson["inLanguage"] == ("nl-BE" if language == "nl" else "en")
    check_breadcrumbs(nodes, url, 3)
    # Nothing in the data can end the <script> element.
    assert "<" not in raw and ">" not in raw and "&" not in raw


@pytest.mark.parametrize("language", ["nl", "en"])
def test_partner_page_is_an_organization(client, published, language):
    from django.utils import translation

    with translation.override(language):
        url = published.partner.get_full_url()
    soup, _response = head_of(client, url)
    check_cards(soup, url, "Umicore")
    nodes, _raw = json_ld(soup)
    organization = nodes["Organization"]
    assert organization["name"] == "Umicore"
    assert organization["url"] == "https://www.umicore.com/"
    assert organization["mainEntityOfPage"] == url
    assert organization["logo"].startswith("http") and organization["logo"].endswith(".png")
    check_breadcrumbs(nodes, url, 3)


@pytest.mark.parametrize(
    ("language", "name", "description"),
    [
        ("nl", "Robotkamp", "Robots bouwen in Antwerpen."),
        ("en", "Robot camp", "Building robots in Antwerp."),
    ],
)
def test_initiative_page_is_a_project(client, published, language, name, description):
    from django.utils import translation

    with translation.override(language):
        url = published.initiative.get_full_url()
    soup, _response = head_of(client, url)
    check_cards(soup, url, name)
    assert meta(soup, name="description") == description
    nodes, _raw = json_ld(soup)
    project = nodes["Project"]
    assert project["name"] == name
    assert project["foundingDate"] == "2021"
    assert project["url"] == "https://robotkamp.example/"
    assert project["parentOrganization"]["@type"] == "Organization"
    assert {member["name"] for member in project["member"]} >= {"Robot vzw"}
    assert project["areaServed"]
    check_breadcrumbs(nodes, url, 3)


@pytest.mark.parametrize("path", ["/nl/", "/en/", "/nl/videos/", "/en/initiatives/"])
def test_home_and_browse_pages_have_cards_and_breadcrumbs(client, published, path):
    soup, _response = head_of(client, path)
    canonical = soup.find_all("link", rel="canonical")
    assert len(canonical) == 1
    assert meta(soup, property="og:url") == canonical[0]["href"]
    assert meta(soup, property="og:image").endswith(".png")  # the site's default share image
    nodes, _raw = json_ld(soup)
    assert nodes["BreadcrumbList"]["itemListElement"][-1]["item"]["@id"] == canonical[0]["href"]
    assert nodes["WebPage" if path in ("/nl/", "/en/") else "CollectionPage"]["url"]


def test_filtered_browse_keeps_its_canonical_and_noindex(client, published):
    soup, _response = head_of(client, "/nl/videos/?sector=energie")
    canonical = soup.find_all("link", rel="canonical")
    assert len(canonical) == 1 and canonical[0]["href"].endswith("/nl/videos/")
    assert meta(soup, name="robots") == "noindex, follow"
    assert meta(soup, property="og:url") == canonical[0]["href"]


def test_editor_description_wins(client, published):
    video = published.video
    video.search_description_nl = "Door de redactie geschreven."
    video.search_description_en = "Written by the editors."
    video.save_revision().publish()
    soup, _response = head_of(client, video.get_full_url())
    assert meta(soup, name="description") == "Door de redactie geschreven."
    nodes, _raw = json_ld(soup)
    assert nodes["VideoObject"]["description"] == "Door de redactie geschreven."


def test_script_breaking_title_stays_data(client, published):
    video = published.video
    video.title_nl = video.title = "</script><script>alert(1)</script>"
    video.save_revision().publish()
    soup, response = head_of(client, video.get_full_url())
    assert b"<script>alert(1)" not in response.content
    nodes, _raw = json_ld(soup)
    assert nodes["VideoObject"]["name"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("page", ["video", "lesson", "partner", "initiative", "home"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_json_ld_keeps_to_the_schema_org_vocabulary(client, published, page, language):
    from django.utils import translation

    from .schema_org_vocabulary import check_node

    with translation.override(language):
        url = getattr(published, page).get_full_url()
    soup, _response = head_of(client, url)
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    for node in data["@graph"]:
        check_node(node)  # raises on an unknown type, property or a value out of range
