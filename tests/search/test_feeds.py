"""RSS feeds of new videos, lessons and initiatives, per filter and per language (feedparser)."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from classroom.demo import load_index
from classroom.factories import add_material, ensure_vocabulary
from initiatives.factories import create_initiative
from taxonomy.models import Sector
from tests.kept_content import Kept, built_as_in_a_test
from tests.shared_content import CommittedSkeleton, ensure_all_unless_committed, module_content
from videos.factories import make_video

FEEDS = {"nl": "/nl/videos/feed/", "en": "/en/videos/feed/"}


def build_energy_and_bank(index):
    energy = Sector.objects.get(slug="energie")
    bank = Sector.objects.get(slug="financien-bank")
    solar = make_video(
        index,
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
        intro=("Stroom uit zonlicht.", "Power from sunlight."),
        sectors=[energy],
    )[0]
    vault = make_video(
        index,
        "Geld veilig bewaren",
        title_en="Keeping money safe",
        slug_en="keeping-money-safe",
        sectors=[bank],
    )[0]
    return solar, vault


@pytest.fixture(scope="class")
def energy_and_bank_built(django_db_setup, django_db_blocker):
    """Two videos, built once for the tests of `TestEnergyAndBank` and rolled back after them:
    the module's other tests never see them (the query count reads the energy sector)."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            index = CommittedSkeleton.find_or_load().sections["videos"]
            solar, vault = build_energy_and_bank(index)
            kept = Kept(solar=solar, vault=vault)
        yield kept


@pytest.fixture
def energy_and_bank(energy_and_bank_built, db):
    fresh = energy_and_bank_built.fresh()
    return fresh.solar, fresh.vault


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


class TestEnergyAndBank:
    """The feeds of two videos in two sectors, built once for the class."""

    @pytest.mark.parametrize(
        ("language", "titles", "channel"),
        [
            ("nl", ["Geld veilig bewaren", "Zonnecellen maken"], "#STEMhelden · Nieuwe video's"),
            ("en", ["Keeping money safe", "Making solar cells"], "#STEMhelden · New videos"),
        ],
    )
    def test_the_video_feed_lists_new_videos_in_each_language(
        self, client, energy_and_bank, language, titles, channel
    ):
        feed = parse(client, FEEDS[language])
        assert feed.version == "rss20"
        assert feed.feed.title == channel
        assert feed.feed.language == language
        assert [entry.title for entry in feed.entries] == titles
        solar_link = feed.entries[1].link
        slug = "zonnecellen-maken" if language == "nl" else "making-solar-cells"
        assert solar_link == f"http://127.0.0.1:8000/{language}/videos/{slug}/"
        assert feed.entries[1].published_parsed
        assert [tag.term for tag in feed.entries[1].tags] == [
            "Energie" if language == "nl" else "Energy"
        ]

    def test_a_filtered_feed_keeps_its_filters(self, client, energy_and_bank):
        feed = parse(client, "/nl/videos/feed/?sector=energie")
        assert [entry.title for entry in feed.entries] == ["Zonnecellen maken"]
        assert feed.feed.title == "#STEMhelden · Nieuwe video's: Energie"
        assert feed.feed.link == "http://127.0.0.1:8000/nl/videos/?sector=energie"
        assert feed.feed.links[-1].href == "http://127.0.0.1:8000/nl/videos/feed/?sector=energie"
        searched = parse(client, "/en/videos/feed/?q=money")
        assert [entry.title for entry in searched.entries] == ["Keeping money safe"]

    def test_an_unknown_filter_value_is_dropped_like_on_the_page(self, client, energy_and_bank):
        feed = parse(client, "/nl/videos/feed/?sector=bestaat-niet&year=abc")
        assert len(feed.entries) == 2

    def test_the_browse_page_links_its_feed_with_its_filters(self, client, energy_and_bank):
        html = client.get("/nl/videos/?sector=energie").content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" '
            'title="#STEMhelden · Nieuwe video&#x27;s: Energie" '
            'href="/nl/videos/feed/?sector=energie">'
        ) in html
        plain = client.get("/en/videos/").content.decode()
        assert (
            'type="application/rss+xml" title="#STEMhelden · New videos" href="/en/videos/feed/"'
            in (plain)
        )

    def test_a_video_page_links_the_video_feed(self, client, energy_and_bank):
        html = client.get("/en/videos/making-solar-cells/").content.decode()
        assert 'type="application/rss+xml" title="New videos" href="/en/videos/feed/"' in html

    @pytest.mark.parametrize("language", ["nl", "en"])
    def test_the_classroom_feed(self, client, site_tree, energy_and_bank, language):
        ensure_vocabulary()
        index = load_index(site_tree)
        add_material(
            index,
            video=energy_and_bank[0],
            slug={"nl": "les-zon", "en": "lesson-sun"},
            title={"nl": "Les over zonnecellen", "en": "Lesson on solar cells"},
        )
        url = "/nl/klas/feed/" if language == "nl" else "/en/classroom/feed/"
        feed = parse(client, url + "?age=12")
        expected = "Les over zonnecellen" if language == "nl" else "Lesson on solar cells"
        assert [entry.title for entry in feed.entries] == [expected]
        assert "klas" in feed.feed.title.lower() or "classroom" in feed.feed.title.lower()

    def test_feeds_are_cached_like_pages(self, client, settings, energy_and_bank):
        settings.STEMHUB_PAGE_CACHE = True
        first = client.get("/nl/videos/feed/?sector=energie&utm_source=x")
        second = client.get("/nl/videos/feed/?utm_source=y&sector=energie")
        assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
        assert first.content == second.content


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_initiative_feed(client, site_tree, language):
    ensure_all_unless_committed()
    index = site_tree.sections["initiatives"]
    create_initiative(
        index, "robotkamp", title="Robotkamp", title_en="Robot camp", regions=["antwerpen"]
    )
    create_initiative(index, "chemieklas", title="Chemieklas", title_en="Chemistry class")
    base = "/nl/initiatieven/feed/" if language == "nl" else "/en/initiatives/feed/"
    assert len(parse(client, base).entries) == 2
    filtered = parse(client, base + "?region=antwerpen")
    assert [entry.title for entry in filtered.entries] == [
        "Robotkamp" if language == "nl" else "Robot camp"
    ]


def test_the_partner_directory_has_no_feed(client, site_tree):
    assert client.get("/nl/partners/feed/").status_code == 404


def test_feed_query_count_does_not_grow_with_the_items(client, site_tree):
    index = site_tree.sections["videos"]
    energy = Sector.objects.get(slug="energie")

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/nl/videos/feed/?sector=energie")
        assert response.status_code == 200
        return len(queries), len(feedparser.parse(response.content).entries)

    for n in range(2):
        make_video(index, f"Energie {n}", sectors=[energy])
    few, few_items = count()
    for n in range(2, 10):
        make_video(index, f"Energie {n}", sectors=[energy])
    many, many_items = count()
    assert (few_items, many_items) == (2, 10)
    assert few == many
