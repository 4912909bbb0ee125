"""The index follows publishing at once, and a command writes it afresh."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from partners.models import PartnerPage
from stemhub.models import SearchEntry
from stemhub.search import index as site_search
from taxonomy.models import Sector
from videos.factories import make_video
from videos.models import VideoPage

from .conftest import SEARCH, titles

# What the search finds is read from the view's context: the client keeps it.
pytestmark = pytest.mark.template_contexts


def found(client, query, language="nl"):
    return titles(client.get(SEARCH[language], {"q": query}))


def test_publishing_indexes_and_unpublishing_removes_at_once(client, solar):
    assert found(client, "zonnecel") == ["De zonnecel"]
    solar.unpublish()
    assert found(client, "zonnecel") == []
    assert not SearchEntry.objects.filter(page=solar).exists()
    solar.save_revision().publish()
    assert found(client, "zonnecel") == ["De zonnecel"]


def test_a_draft_changes_nothing_until_it_is_published(client, solar):
    solar.title = solar.title_nl = "De windmolen"
    solar.save_revision()
    assert found(client, "zonnecel") == ["De zonnecel"]
    assert found(client, "windmolen") == []
    solar.get_latest_revision().publish()
    assert found(client, "windmolen") == ["De windmolen"]
    assert found(client, "zonnecel") == []


def test_deleting_a_page_removes_its_entries(client, solar):
    page_id = solar.pk
    assert SearchEntry.objects.filter(page_id=page_id).count() == 2
    solar.delete()
    assert not SearchEntry.objects.filter(page_id=page_id).exists()
    assert found(client, "zonnecel") == []


def test_a_renamed_sector_is_found_under_its_new_name(client, site_tree, videos):
    sector = Sector.objects.get(slug="energie")
    make_video(videos, "Windmolens", sectors=[sector])
    assert found(client, "energie") == ["Windmolens"]
    sector.name = sector.name_nl = "Hernieuwbare stroom"
    with TestCase.captureOnCommitCallbacks(execute=True):
        sector.save()
    assert found(client, "hernieuwbare") == ["Windmolens"]


def test_a_renamed_company_is_found_on_its_videos(client, site_tree, videos):
    partner = PartnerPage.objects.get(slug_nl="umicore")
    make_video(videos, "Metalen terugwinnen", company=partner)
    partner.title = partner.title_nl = "Umicore Hoboken"
    with TestCase.captureOnCommitCallbacks(execute=True):
        partner.save_revision().publish()
    assert "Metalen terugwinnen" in found(client, "hoboken")


def test_the_rebuild_command_writes_every_live_page(client, solar, vault):
    SearchEntry.objects.all().delete()
    assert found(client, "zonnecel") == []
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Search index rebuilt:" in out.getvalue()
    assert found(client, "zonnecel") == ["De zonnecel", "Geld veilig bewaren"]
    assert SearchEntry.objects.filter(page=solar, language="en").get().title == "The solar battery"


def test_both_languages_entries_read_the_related_rows_once(site_tree, videos):
    """Each entry reads as building it alone does, and both languages' entries together cost
    the queries of one but for the sectors: the heroes are read once
    (stemhub.search.documents.rows); sectors of equal sort_order go by their name in each
    language (Bouw before Chemie, Chemistry before Construction), so each language reads them."""
    Sector.objects.filter(slug__in=["bouw", "chemie-biotech"]).update(sort_order=0)
    sectors = list(Sector.objects.filter(slug__in=["bouw", "chemie-biotech"]))
    hero = {"name": ("De ingenieur", "The engineer"), "job_title": ("Ingenieur", "Engineer")}
    page = make_video(videos, "Windmolens", sectors=sectors, heroes=[hero])[0]
    stored = {entry.language: entry for entry in SearchEntry.objects.filter(page=page)}
    for language in site_search.languages():
        alone = site_search.build_entry(VideoPage.objects.get(pk=page.pk), language)
        assert stored[language].keywords == alone.keywords
    assert "Engineer" in stored["en"].keywords and "Ingenieur" in stored["nl"].keywords
    with CaptureQueriesContext(connection) as one:
        site_search.build_entry(VideoPage.objects.get(pk=page.pk), "nl")
    with CaptureQueriesContext(connection) as both:
        site_search.entries(VideoPage.objects.get(pk=page.pk))
    assert len(both) == len(one) + 1
    assert stored["nl"].keywords.index("Bouw") < stored["nl"].keywords.index("Chemie")
    assert stored["en"].keywords.index("Chemistry") < stored["en"].keywords.index("Construction")
