"""What every public request reads, read once: the home page comes with the site and a page below
a browse page in one query. The menu, the footer and the view restrictions are read on every
request (a per-generation copy went stale in the other processes of a server without a shared
cache: a restriction is a security check), so an editor's change shows at once."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from stemhub.demo import add_child_page
from stemhub.models import AboutPage, HomePage
from stemhub.pagecache.keys import current_generation
from stemhub.routing import child_by_slug
from videos.factories import make_video
from videos.models import VideoPage

MENU = '"show_in_menus" OR'  # the menu and footer's query (stemhub.context_processors)
RESTRICTIONS = 'SELECT "wagtailcore_pageviewrestriction"."id"'


def field_values(page):
    return {
        field.attname: getattr(page, field.attname) for field in type(page)._meta.concrete_fields
    }


def sql_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), [query["sql"] for query in queries]


def about_page(site_tree, slug="over-ons", slug_en="about-us", **fields):
    page, _created = add_child_page(
        site_tree.home,
        AboutPage,
        {"nl": slug, "en": slug_en},
        {"nl": "Over ons", "en": "About us"},
        **fields,
    )
    return page


def test_the_home_page_comes_whole_with_the_site(site_tree, django_assert_num_queries):
    """Routing starts from `site.root_page.specific`: the site query has it already."""
    request = RequestFactory().get("/nl/")
    with django_assert_num_queries(1):
        home = Site.find_for_request(request).root_page.specific
        assert type(home) is HomePage
    assert field_values(home) == field_values(HomePage.objects.get(pk=site_tree.home.pk))


def test_a_root_page_of_another_type_is_fetched_as_before(site_tree, django_assert_num_queries):
    site = Site.objects.get(is_default_site=True)
    site.root_page = add_child_page(
        site_tree.home, AboutPage, {"nl": "over", "en": "about"}, {"nl": "Over", "en": "About"}
    )[0]
    site.save()
    with django_assert_num_queries(2):
        root = Site.find_for_request(RequestFactory().get("/nl/")).root_page.specific
    assert type(root) is AboutPage


def test_a_page_below_a_browse_page_is_found_whole_in_one_query(
    site_tree, django_assert_num_queries
):
    index = site_tree.sections["videos"].specific
    video, _created = make_video(index, "Zonnecellen maken")
    with django_assert_num_queries(1):
        found = child_by_slug(index, "zonnecellen-maken")
    assert type(found) is VideoPage
    assert field_values(found) == field_values(VideoPage.objects.get(pk=video.pk))
    with django_assert_num_queries(1):
        assert child_by_slug(index, "bestaat-niet") is None


def test_a_child_of_a_type_the_browse_page_no_longer_allows_is_still_found(site_tree):
    """A page added before the rule (or by code that skips it) is served as before."""
    index = site_tree.sections["videos"].specific
    about = index.add_child(instance=AboutPage(title="Over", slug="over", live=True))
    found = child_by_slug(index, "over")
    assert (type(found), found.pk) == (AboutPage, about.pk)


def test_the_menu_is_read_in_one_query_and_follows_every_publish(client, site_tree):
    about = about_page(site_tree, show_in_menus=True)
    for _render in range(2):
        html, queries = sql_of(client, "/nl/")
        assert 'href="/nl/over-ons/"' in html
        assert len([sql for sql in queries if MENU in sql]) == 1

    about.unpublish()
    assert 'href="/nl/over-ons/"' not in client.get("/nl/").content.decode()
    other = about_page(site_tree, slug="contact", slug_en="contact", show_in_menus=True)
    assert 'href="/en/contact/"' in client.get("/en/").content.decode()
    other.show_in_menus = False
    other.save_revision().publish()
    assert 'href="/en/contact/"' not in client.get("/en/").content.decode()


def test_a_restriction_applies_at_once_and_its_removal_too(client, site_tree):
    about = about_page(site_tree, show_in_menus=True)
    url = "/nl/over-ons/"
    for _render in range(2):  # read on every request, never from a cache
        _html, queries = sql_of(client, url)
        assert [sql for sql in queries if sql.startswith(RESTRICTIONS)]

    restriction = PageViewRestriction.objects.create(
        page=site_tree.home, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert 'name="password"' in client.get(url).content.decode()
    restriction.delete()
    assert 'name="password"' not in client.get(url).content.decode()

    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert 'name="password"' in client.get(url).content.decode()
    assert f'href="{url}"' not in client.get("/nl/").content.decode()  # nor in the menu


@pytest.mark.parametrize("change", ["add", "remove"])
def test_a_view_restriction_starts_a_new_page_cache_generation(site_tree, change):
    """A page made private must not be served from the page cache either."""
    about = about_page(site_tree)
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    before = current_generation(cache)
    if change == "add":
        PageViewRestriction.objects.create(page=Page.objects.get(pk=site_tree.home.pk))
    else:
        restriction.delete()
    assert current_generation(cache) != before
