"""A page found by routing takes its breadcrumbs from the pages routing went through
(stemhub.routing `routed_through`): the same pages the database query gives, without the query."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from videos.factories import make_video


def routed(path, language):
    with translation.override(language):
        page, _args, _kwargs = Page.route_for_request(RequestFactory().get(path), path)
    return page


def ancestor_ids(page):
    return [ancestor.pk for ancestor in page.get_ancestors().filter(depth__gte=2)]


@pytest.mark.parametrize(
    ("language", "path"),
    [("nl", "/nl/videos/zonnecellen-maken/"), ("en", "/en/videos/making-solar-cells/")],
)
def test_a_routed_page_has_its_ancestors_without_a_query(
    site_tree, django_assert_num_queries, language, path
):
    video, _created = make_video(
        site_tree.sections["videos"],
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
    )
    page = routed(path.removeprefix(f"/{language}"), language)
    assert page.pk == video.pk
    with django_assert_num_queries(0):
        ancestors = page.breadcrumb_ancestors()
    assert [ancestor.pk for ancestor in ancestors] == ancestor_ids(video)
    assert [ancestor.pk for ancestor in ancestors] == [
        site_tree.home.pk,
        site_tree.sections["videos"].pk,
    ]


def test_a_page_not_found_by_routing_reads_its_ancestors(site_tree, django_assert_num_queries):
    video, _created = make_video(site_tree.sections["videos"], "Zonnecellen maken")
    fresh = type(video).objects.get(pk=video.pk)
    expected = ancestor_ids(video)
    with django_assert_num_queries(1):
        assert [ancestor.pk for ancestor in fresh.breadcrumb_ancestors()] == expected


def test_an_incomplete_route_is_not_taken_for_the_ancestors(site_tree):
    """Routing that skipped a level (or started below the home page) proves nothing."""
    video, _created = make_video(site_tree.sections["videos"], "Zonnecellen maken")
    fresh = type(video).objects.get(pk=video.pk)
    fresh.routed_through = (site_tree.sections["videos"],)
    assert [ancestor.pk for ancestor in fresh.breadcrumb_ancestors()] == ancestor_ids(video)


@pytest.mark.parametrize(
    ("path", "crumbs"),
    [
        (
            "/nl/videos/zonnecellen-maken/",
            ['href="/nl/">Start<', 'href="/nl/videos/">Video&#x27;s<'],
        ),
        ("/en/videos/making-solar-cells/", ['href="/en/">Home<', 'href="/en/videos/">Videos<']),
    ],
)
def test_the_breadcrumbs_name_and_link_every_page_above(client, site_tree, path, crumbs):
    make_video(
        site_tree.sections["videos"],
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
    )
    html = client.get(path).content.decode()
    nav = html[html.index('<nav class="breadcrumbs') :]
    nav = nav[: nav.index("</nav>")]
    for crumb in crumbs:
        assert crumb in nav
