"""Wagtail's view restrictions: a restriction on the page, on a page above it or on the source of
an alias (however many aliases lead to it) applies, and the menu and lists leave a restricted
page out (they check restrictions inside their own query)."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page, PageViewRestriction

from initiatives.factories import create_initiative
from stemhub.demo import add_child_page
from stemhub.models import AboutPage, HomeFeaturedPage
from stemhub.view_restrictions import prepared_restrictions_of, restrictions_of
from taxonomy.models import Sector
from videos.factories import make_video


def about_page(site_tree, slug="over-ons", slug_en="about-us"):
    page, _created = add_child_page(
        site_tree.home,
        AboutPage,
        {"nl": slug, "en": slug_en},
        {"nl": "Over ons", "en": "About us"},
        show_in_menus=True,
    )
    return page


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def test_a_restriction_above_the_page_applies(client, site_tree):
    video, _created = make_video(site_tree.sections["videos"], "Zonnecellen maken")
    assert list(video.get_view_restrictions()) == []
    assert client.get("/nl/videos/zonnecellen-maken/").status_code == 200

    restriction = restrict(site_tree.sections["videos"])

    assert list(video.get_view_restrictions()) == [restriction]
    response = client.get("/nl/videos/zonnecellen-maken/")
    assert response.status_code == 200
    assert "Zonnecellen maken" not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_an_alias_has_the_restrictions_of_its_source(site_tree):
    source = about_page(site_tree)
    alias = source.create_alias(parent=site_tree.sections["videos"], update_slug="over-ons-kopie")
    assert list(alias.get_view_restrictions()) == []

    restriction = restrict(source)

    assert list(alias.get_view_restrictions()) == [restriction]
    assert list(site_tree.sections["videos"].get_view_restrictions()) == []


def test_an_alias_of_an_alias_has_the_restrictions_of_the_first_source(client, site_tree):
    source = about_page(site_tree)
    alias = source.create_alias(parent=site_tree.sections["videos"], update_slug="over-ons-kopie")
    alias_of_alias = alias.create_alias(
        parent=site_tree.sections["initiatives"], update_slug="over-ons-kopie-2"
    )
    restriction = restrict(source)

    assert list(alias_of_alias.get_view_restrictions()) == [restriction]
    response = client.get(alias_of_alias.get_url())
    assert 'name="password"' in response.content.decode()


def routed(path):
    page, _args, _kwargs = Page.route_for_request(RequestFactory().get(path), path)
    return page


@pytest.mark.parametrize("restricted", ["root", "home", "section", "page", None])
def test_a_routed_page_reads_its_restrictions_in_one_query(
    site_tree, django_assert_num_queries, restricted
):
    """A page found by routing knows its ancestors (stemhub.routing): one query where Wagtail's
    method needs two, for the same restrictions, the tree's root included."""
    video, _created = make_video(site_tree.sections["videos"], "Zonnecellen maken")
    targets = {
        "root": Page.get_first_root_node(),
        "home": site_tree.home,
        "section": site_tree.sections["videos"],
        "page": video,
    }
    expected = [restrict(targets[restricted])] if restricted else []
    page = routed("/videos/zonnecellen-maken/")
    assert page.pk == video.pk
    with django_assert_num_queries(1):
        found = list(page.get_view_restrictions())
    assert found == expected
    assert list(Page.get_view_restrictions(page)) == expected  # Wagtail's own method


def test_a_routed_page_s_restrictions_are_a_queryset_as_before(site_tree):
    """The restrictions of a routed page come from SQL compiled once (stemhub.view_restrictions),
    the same SQL Django compiles; what a caller builds from them (none does today but Wagtail's
    serve hook, which iterates them) is Django's queryset with the same condition."""
    video, _created = make_video(site_tree.sections["videos"], "Zonnecellen maken")
    restrict(site_tree.sections["initiatives"])  # another line of the tree: never one of these
    on_section = restrict(site_tree.sections["videos"])
    on_video = PageViewRestriction.objects.create(
        page=video, restriction_type=PageViewRestriction.LOGIN
    )
    page = routed("/videos/zonnecellen-maken/")
    restrictions = page.get_view_restrictions()
    ids = [site_tree.home.pk, site_tree.sections["videos"].pk, video.pk]
    django_sql = restrictions_of(ids, page.path[:4]).query.get_compiler("default").as_sql()
    assert prepared_restrictions_of.sql(page_ids=ids, root_path=page.path[:4]) == (
        django_sql[0],
        list(django_sql[1]),
    )
    assert restrictions.prepared_values is not None  # the prepared path, not Wagtail's
    assert sorted(restrictions, key=lambda found: found.pk) == [on_section, on_video]
    fresh = page.get_view_restrictions()  # no rows read yet: exists() and count() ask Django
    assert fresh.exists() and fresh.count() == 2
    assert list(fresh.order_by("-page__depth")) == [on_video, on_section]
    assert list(fresh.filter(restriction_type=PageViewRestriction.LOGIN)) == [on_video]
    assert str(fresh.all().query) == str(restrictions_of(ids, page.path[:4]).query)
    assert set(Page.get_view_restrictions(page)) == {on_section, on_video}


def test_a_routed_alias_reads_its_restrictions_as_wagtail_does(site_tree):
    """Routing to an alias (or through one) leaves the restrictions to Wagtail's method, which
    follows the alias to its source."""
    source = about_page(site_tree)
    alias = source.create_alias(parent=site_tree.sections["videos"], update_slug="over-ons-kopie")
    restriction = restrict(source)
    page = routed("/videos/over-ons-kopie/")
    assert page.pk == alias.pk
    assert list(page.get_view_restrictions()) == [restriction]


def test_the_menu_leaves_out_a_restricted_page(client, site_tree):
    about = about_page(site_tree)
    assert 'href="/nl/over-ons/"' in client.get("/nl/").content.decode()

    restrict(about)

    assert 'href="/nl/over-ons/"' not in client.get("/nl/").content.decode()


def test_lists_leave_out_restricted_pages(site_tree):
    """The lists that check restrictions inside their own query (`public_q()`, not `.public()`):
    the home page's featured cards, the partner directory, a partner's videos and initiatives,
    an initiative's related videos."""
    partners = site_tree.sections["partners"]
    umicore = partners.get_children().get(slug_nl="umicore").specific
    video, _created = make_video(
        site_tree.sections["videos"],
        "Zonnecellen maken",
        company=umicore,
        sectors=Sector.objects.filter(slug="energie"),
    )
    initiative = create_initiative(
        site_tree.sections["initiatives"], "zonnekamp", sectors=["energie"], organisation=umicore
    )
    home = site_tree.home
    HomeFeaturedPage.objects.create(home_page=home, page=video, sort_order=0)
    directory = partners.specific

    def shown():
        return {
            "featured": video in home.live_featured_pages(),
            "directory": umicore in directory.browse_queryset(),
            "partner's videos": video in umicore.video_list(),
            "partner's initiatives": initiative in umicore.initiative_list(),
            "related videos": video in initiative.related_videos(),
        }

    assert all(shown().values()), shown()

    restrict(video)
    restrict(initiative)
    restrict(umicore)

    assert not any(shown().values()), shown()


def test_browse_counts_leave_out_restricted_and_unpublished_pages(site_tree):
    """A browse page's counts (the total and each facet's options) nest the browse page's own set
    (live, public, below the page; BrowseFilterSet.base()): a restricted or unpublished video
    counts nowhere."""
    index = site_tree.sections["videos"].specific
    energy = Sector.objects.filter(slug="energie")
    make_video(index, "Zonnecellen maken", sectors=energy)
    restricted, _created = make_video(index, "Windmolens bouwen", sectors=energy)
    unpublished, _created = make_video(index, "Batterijen laden", sectors=energy)
    restrict(restricted)
    unpublished.unpublish()

    filterset = index.browse_filterset(RequestFactory().get("/nl/videos/"))
    sectors = next(facet for facet in filterset.facets() if facet.name == "sector")

    assert filterset.result_count() == 1
    assert {option.value: option.count for option in sectors.options}["energie"] == 1


def test_browse_counts_of_a_set_empty_by_construction_are_zero(site_tree):
    """A browse set Django knows to be empty (`.none()`) has no SQL to nest: it counts zero."""
    index = site_tree.sections["videos"].specific
    make_video(index, "Zonnecellen maken", sectors=Sector.objects.filter(slug="energie"))
    filterset = index.browse_filterset(RequestFactory().get("/nl/videos/"))
    filterset.queryset = filterset.queryset.none()

    assert filterset.base().count() == 0
    assert filterset.result_count() == 0


def test_a_page_below_an_alias_has_the_restrictions_of_the_alias_source(client, site_tree):
    """Editors may add pages under an alias: Wagtail checks that alias by its source, so a page
    routed through it takes Wagtail's way too (not the one query, which knows no source)."""
    source = about_page(site_tree)
    alias = source.create_alias(parent=site_tree.sections["videos"], update_slug="over-ons-kopie")
    video, _created = make_video(alias, "Zonnecellen maken")
    restriction = restrict(source)

    page = routed("/videos/over-ons-kopie/zonnecellen-maken/")
    assert page.pk == video.pk
    assert list(page.get_view_restrictions()) == [restriction]
    assert list(Page.get_view_restrictions(page)) == [restriction]  # Wagtail's own method
    response = client.get("/nl/videos/over-ons-kopie/zonnecellen-maken/")
    assert response.status_code == 200
    assert "Zonnecellen maken" not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_a_restriction_elsewhere_in_the_tree_leaves_a_routed_page_public(client, site_tree):
    make_video(site_tree.sections["videos"], "Zonnecellen maken")
    restrict(site_tree.sections["initiatives"])
    page = routed("/videos/zonnecellen-maken/")
    assert list(page.get_view_restrictions()) == []
    assert client.get("/nl/videos/zonnecellen-maken/").status_code == 200
