"""Page-tree rules and the demo loader."""

from html import escape

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils  # noqa: F401  (keeps the test helpers importable)

from initiatives.models import InitiativeIndexPage
from partners.models import PartnerIndexPage, PartnerPage
from stemhub.models import HomePage
from videos.models import VideoIndexPage


def allowed_subpage_models(model):
    return set(model.allowed_subpage_models())


def test_home_page_sits_at_the_root_only():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert HomePage.max_count == 1


@pytest.mark.parametrize("index_model", [VideoIndexPage, InitiativeIndexPage, PartnerIndexPage])
def test_section_pages_live_under_the_home_page(index_model):
    assert index_model.allowed_parent_page_models() == [HomePage]
    assert index_model in allowed_subpage_models(HomePage)


def test_partner_pages_live_in_the_directory_only():
    assert PartnerPage.allowed_parent_page_models() == [PartnerIndexPage]
    assert allowed_subpage_models(PartnerIndexPage) == {PartnerPage}
    assert allowed_subpage_models(PartnerPage) == set()


@pytest.mark.django_db
def test_demo_site_points_at_the_home_page(site_tree):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == site_tree.home
    assert not Page.objects.filter(depth=2).exclude(id=site_tree.home.id).exists()


@pytest.mark.django_db
def test_translated_slugs_give_different_urls(site_tree):
    from django.utils import translation

    index = site_tree.sections["initiatives"]
    with translation.override("en"):
        assert index.get_url() == "/en/initiatives/"
    with translation.override("nl"):
        assert index.get_url() == "/nl/initiatieven/"


@pytest.mark.django_db
def test_english_falls_back_to_dutch_where_a_field_is_empty(client, site_tree):
    vrt = PartnerPage.objects.get(slug_nl="vrt")
    vrt.short_description_en = ""
    vrt.save_revision().publish()
    html = client.get("/en/partners/vrt/").content.decode()
    assert escape(vrt.short_description_nl) in html


@pytest.mark.django_db
def test_demo_rebuilds_the_root_collection_of_a_flushed_database():
    """Transactional tests flush the root collection that images and documents need."""
    from wagtail.models import Collection

    from stemhub import demo

    Collection.objects.all().delete()
    demo.load()
    assert Collection.get_first_root_node() is not None


@pytest.mark.django_db
def test_site_tree_is_the_skeleton_that_loading_again_finds(site_tree):
    """The fixture's short cut hands out what `demo.load()` finds, creating nothing."""
    from stemhub import demo

    loaded = demo.load()
    assert loaded.created == site_tree.created == {}
    assert type(site_tree.home) is type(loaded.home) and site_tree.home.pk == loaded.home.pk
    assert list(site_tree.sections) == list(loaded.sections)
    assert {label: (type(page), page.pk) for label, page in site_tree.sections.items()} == {
        label: (type(page), page.pk) for label, page in loaded.sections.items()
    }
