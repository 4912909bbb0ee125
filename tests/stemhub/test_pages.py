"""The home page, the language switch and the redirects, as a visitor meets them."""

import re

import pytest
from wagtail.models import Page, get_page_models

from stemhub.models.mixins import ListingMixin


@pytest.mark.parametrize(
    ("language", "heading"),
    [("nl", "Word jij een #STEMheld?"), ("en", "Will you be a #STEMhero?")],
)
def test_home_page_renders_in_each_language(client, home_page, language, heading):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f'<h1 class="hero__heading">{heading}</h1>' in html


@pytest.mark.parametrize("language", ["nl", "en"])
def test_home_page_shows_an_entry_point_per_audience(client, home_page, language):
    html = client.get(f"/{language}/").content.decode()
    for audience in ("parents", "teachers", "initiatives", "partners"):
        assert f"entry--{audience}" in html
    expected = "/en/initiatives/" if language == "en" else "/nl/initiatieven/"
    assert f'href="{expected}"' in html


def test_home_page_shows_featured_items_in_editor_order(client, home_page, site_tree):
    from stemhub.demo import feature_pages

    partners = site_tree.sections["partners"].get_children().live().specific()
    chosen = [partners.get(slug_nl="vrt"), partners.get(slug_nl="umicore")]
    feature_pages(site_tree, chosen)
    html = client.get("/nl/").content.decode()
    assert html.index("/nl/partners/vrt/") < html.index("/nl/partners/umicore/")


def test_unpublished_featured_item_is_not_shown(client, home_page, site_tree):
    from stemhub.demo import feature_pages

    vrt = site_tree.sections["partners"].get_children().get(slug_nl="vrt")
    feature_pages(site_tree, [vrt])
    vrt.unpublish()
    assert "/nl/partners/vrt/" not in client.get("/nl/").content.decode()


def _featured_with_images(site_tree, count):
    from stemhub.demo import feature_pages
    from videos.factories import make_image

    site_tree.home.featured_pages.all().delete()
    partners = list(site_tree.sections["partners"].get_children().live().specific()[:count])
    for partner in partners:
        partner.listing_image = make_image(f"card {partner.slug}", size=(64, 36))
        partner.save_revision().publish()
    feature_pages(site_tree, partners)
    return partners


def test_featured_cards_fetch_their_images_in_one_go(
    client, site_tree, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for count in (1, 2):  # a query per card or per image shows with the second one
        _featured_with_images(site_tree, count)
        client.get("/nl/")  # the first view makes the renditions
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/nl/").content.decode()
        assert html.count('class="card__image"') == count
        counts[count] = len(queries)
    assert counts[2] == counts[1], "no query per card or per image"
    with django_assert_max_num_queries(counts[1]):
        client.get("/en/")


@pytest.mark.parametrize(
    ("path", "other_language_path"),
    [
        ("/nl/", "/en/"),
        ("/en/", "/nl/"),
        ("/nl/initiatieven/", "/en/initiatives/"),
        ("/en/initiatives/", "/nl/initiatieven/"),
        ("/nl/videos/", "/en/videos/"),
        ("/nl/partners/umicore/", "/en/partners/umicore/"),
    ],
)
def test_language_switcher_leads_to_the_same_page(client, site_tree, path, other_language_path):
    html = client.get(path).content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert f'href="{other_language_path}"' in switcher
    assert client.get(other_language_path).status_code == 200


def test_language_switcher_keeps_the_query_string(client, site_tree):
    html = client.get("/nl/initiatieven/?page=1").content.decode()
    assert 'href="/en/initiatives/?page=1"' in html


def test_every_page_has_hreflang_alternates(client, site_tree):
    html = client.get("/en/initiatives/").content.decode()
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/initiatieven/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/initiatives/">' in html
    assert 'hreflang="x-default" href="http://testserver/nl/initiatieven/"' in html


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [("en-GB,en;q=0.9", "/en/"), ("nl-BE,nl;q=0.9", "/nl/"), ("fr-BE", "/nl/"), ("", "/nl/")],
)
def test_root_redirects_by_browser_language(client, site_tree, accept_language, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == target


def test_admin_login_page(client, site_tree):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


@pytest.mark.parametrize(
    ("path", "title"),
    [("/nl/bestaat-niet/", "Pagina niet gevonden"), ("/en/does-not-exist/", "Page not found")],
)
def test_unknown_url_gives_translated_404(client, site_tree, path, title):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert f'<html lang="{path[1:3]}">' in html


@pytest.mark.parametrize(
    "path",
    ["/nl/%ff%fe/", "/nl/videos/../../etc/passwd", "/en/<script>/", "/nl/partners/x/y/z/"],
)
def test_hostile_urls_never_give_a_server_error(client, site_tree, path):
    response = client.get(path, follow=True)
    assert response.status_code in (200, 404)
    assert b"<script>" not in response.content


def test_pages_load_nothing_from_other_hosts(client, site_tree):
    html = client.get("/nl/").content.decode()
    for match in re.finditer(r'<(?:link|script|img|iframe)[^>]+(?:href|src)="([^"]+)"', html):
        if re.search(r'rel="(?:canonical|alternate)"', match.group(0)):
            continue  # addresses of this page (the Site's host), not something loaded
        url = match.group(1)
        assert url.startswith(("/", "http://testserver/")), url
    assert "<iframe" not in html


def test_no_cookies_are_set_for_an_anonymous_visitor(client, site_tree):
    response = client.get("/nl/")
    assert response.cookies == {} or all(not c.value for c in response.cookies.values())


def test_robots_txt_points_to_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_read_only_api_lists_pages(client, site_tree):
    response = client.get("/api/v2/pages/?type=partners.PartnerPage")
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == 10


def test_read_only_api_shows_what_a_partner_page_says(client, site_tree):
    listing = client.get("/api/v2/pages/?type=partners.PartnerPage&slug=umicore&fields=*").json()
    umicore = listing["items"][0]
    assert umicore["kind"] == "company"
    assert umicore["website"] == "https://www.umicore.com/"
    assert umicore["short_description"].startswith("Materiaaltechnologie en recyclage")
    assert len(umicore["sectors"]) == 2


def test_sitemap_lists_every_page_in_both_languages_with_alternates(client, site_tree):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://127.0.0.1:8000/nl/initiatieven/</loc>" in xml
    assert "<loc>http://127.0.0.1:8000/en/initiatives/</loc>" in xml
    assert (
        '<xhtml:link rel="alternate" hreflang="en" href="http://127.0.0.1:8000/en/initiatives/"/>'
        in xml
    )
    assert 'hreflang="x-default" href="http://127.0.0.1:8000/nl/"' in xml


def test_sitemap_reads_its_pages_in_one_query_whatever_their_types(
    client, site_tree, django_assert_num_queries
):
    """The skeleton holds pages of several types; Wagtail's sitemap read each type's own fields
    in a query of its own (stemhub/seo/sitemap.py)."""
    client.get("/sitemap.xml")  # the site's root paths, cached as in a running server
    # The site, the view restrictions, the paginator's count of the pages, the pages.
    with django_assert_num_queries(4):
        client.get("/sitemap.xml")


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/nl/zoeken/?q=umicore", "1 resultaat voor"), ("/en/search/?q=umicore", "1 result for")],
)
def test_site_search_finds_pages_in_each_language(client, site_tree, path, expected):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert expected in html
    assert f'href="/{path[1:3]}/partners/umicore/"' in html


def test_site_search_switcher_keeps_the_query(client, site_tree):
    html = client.get("/nl/zoeken/?q=energie").content.decode()
    assert 'href="/en/search/?q=energie"' in html


@pytest.mark.parametrize(
    "query", ["?q=<script>alert(1)</script>", "?q=x&page=abc", "?page=9999&q=a"]
)
def test_site_search_survives_hostile_input(client, site_tree, query):
    response = client.get("/en/search/" + query)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_site_search_without_query_shows_the_form_only(client, site_tree):
    html = client.get("/nl/zoeken/").content.decode()
    assert '<label for="search-q" id="search-q-label">Wat zoek je?</label>' in html
    assert "result-count" not in html


def test_no_page_type_gives_the_sitemap_entries_of_its_own():
    """The sitemap's one query holds for every page type, not only the skeleton's: each reads
    the entries and URL parts of ListingMixin, which use only fields every page has (a type's
    own override reading its own fields would cost a query per page, deferred)."""
    for model in get_page_models():
        if model is Page:
            continue
        assert model.get_sitemap_urls is ListingMixin.get_sitemap_urls, model
        assert model.get_url_parts is ListingMixin.get_url_parts, model
