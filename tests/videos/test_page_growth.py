"""A video page costs the same whatever the number of videos, and still shows the right ones."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from stemhub.routing import route_by_slug
from taxonomy.models import Sector
from videos.factories import make_video
from videos.models import RelatedVideo, VideoIndexPage, VideoPage

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .conftest import many_videos_kept


def count_queries(client, url):
    client.get(url)  # warm-up: renditions, site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def related_titles(response):
    html = response.content.decode()
    section = html.split('id="related-heading"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a>', section)


def urls(page):
    with translation.override("en"):
        english = page.get_url()
    return page.get_url(), english


def test_related_videos_share_the_most_sectors_then_come_newest(client, video_index, vocab):
    s = vocab.sectors
    page, _ = make_video(video_index, "Het doel", sectors=[s["energie"], s["automobiel"]])
    make_video(
        video_index, "Beide sectoren, oud", year=2020, sectors=[s["automobiel"], s["energie"]]
    )
    make_video(video_index, "Energie, oud", year=2019, sectors=[s["energie"]])
    make_video(video_index, "Geen sector gedeeld, nieuwst", year=2024, sectors=[s["media"]])
    make_video(video_index, "Auto, nieuwer", year=2022, sectors=[s["automobiel"]])
    for language in ("nl", "en"):
        with translation.override(language):
            response = client.get(page.get_url())
        assert related_titles(response) == ["Beide sectoren, oud", "Auto, nieuwer", "Energie, oud"]


def test_related_videos_fill_up_with_the_newest_when_few_share_a_sector(client, video_index, vocab):
    s = vocab.sectors
    page, _ = make_video(video_index, "Het doel", year=2021, sectors=[s["energie"]])
    make_video(video_index, "Energie", year=2018, sectors=[s["energie"]])
    make_video(video_index, "Oudste", year=2017, sectors=[s["media"]])
    make_video(video_index, "Nieuwste", year=2023, sectors=[s["media"]])
    make_video(video_index, "Tweede nieuwste", year=2022, sectors=[s["bouw"]])
    response = client.get(page.get_url())
    assert related_titles(response) == ["Energie", "Nieuwste", "Tweede nieuwste"]


# Many more videos than the related videos' ranking reads (its two subqueries of 3 each).
MANY = 15


@pytest.fixture(scope="class")
def many_video_pks(django_db_setup, django_db_blocker):
    """15 videos built once for the class that asks (tests/shared_content.py), rolled back after
    it: the tests outside that class need a video section of their own."""
    with many_videos_kept(django_db_blocker, MANY) as pks:
        yield pks


@pytest.fixture
def many_videos(many_video_pks, db):
    """The class's 15 videos as fresh instances, in the order they were built; `db` gives the
    test its own savepoint, so what it changes is gone for the next test."""
    pages = VideoPage.objects.in_bulk(many_video_pks)
    return [pages[pk] for pk in many_video_pks]


class TestWithManyVideos:
    """Two tests over the same 15 videos (`many_videos`)."""

    def test_video_page_queries_are_the_same_with_3_and_with_15_videos(self, client, many_videos):
        """Both languages over the same videos: all 15, then only the first 3 (the other 12
        deleted inside this test's savepoint, in one go as Wagtail's page deletion does it
        without its log entries; each still starts a new cache generation, pre_delete):
        per-video work shows whether or not it asks for live pages."""
        nl_and_en = urls(many_videos[0])
        with_15 = [count_queries(client, url) for url in nl_and_en]
        Page.objects.filter(pk__in=[page.pk for page in many_videos[3:]]).delete()
        assert VideoPage.objects.count() == 3
        assert [count_queries(client, url) for url in nl_and_en] == with_15

    def test_related_videos_with_many_videos_still_pick_the_best(
        self, client, video_index, vocab, many_videos
    ):
        s = vocab.sectors  # the class's 15 videos: two sectors each, years 2020-2022
        wanted = {s["energie"].pk, s["automobiel"].pk}
        page, _ = make_video(video_index, "Het doel", sectors=[s["energie"], s["automobiel"]])
        make_video(
            video_index, "Dezelfde twee, oud", year=2015, sectors=[s["energie"], s["automobiel"]]
        )

        def rank(video):  # the rule, spelled out over every video
            shared = len(wanted & {sector.pk for sector in video.sectors.all()})
            return (-shared, -video.year, -video.first_published_at.timestamp(), -video.pk)

        others = VideoPage.objects.live().exclude(pk=page.pk).prefetch_related("sectors")
        expected = [video.title for video in sorted(others, key=rank)[:3]]
        assert expected[0] == "Dezelfde twee, oud"
        assert related_titles(client.get(page.get_url())) == expected


def test_editors_choice_of_related_videos_comes_first_and_in_their_order(
    client, video_index, vocab
):
    s = vocab.sectors
    page, _ = make_video(video_index, "Het doel", sectors=[s["energie"]])
    first, _ = make_video(video_index, "Eerste keuze", sectors=[s["media"]])
    second, _ = make_video(video_index, "Tweede keuze", sectors=[s["bouw"]])
    make_video(video_index, "Zelfde sector", sectors=[s["energie"]])
    RelatedVideo.objects.create(page=page, video=second, sort_order=0)
    RelatedVideo.objects.create(page=page, video=first, sort_order=1)
    assert related_titles(client.get(page.get_url())) == ["Tweede keuze", "Eerste keuze"]


def test_pages_are_found_by_their_slug_in_each_language_with_the_dutch_fallback(
    client, video_index, vocab
):
    translated, _ = make_video(
        video_index, "Zonnepanelen", title_en="Solar panels", slug_en="solar-panels"
    )
    dutch_only, _ = make_video(video_index, "Alleen Nederlands", slug_en="")
    assert client.get("/nl/videos/zonnepanelen/").status_code == 200
    english = client.get("/en/videos/solar-panels/")
    assert english.status_code == 200
    assert "Solar panels" in english.content.decode()
    # An empty English slug falls back to the Dutch one, as modeltranslation reads it.
    assert client.get("/en/videos/alleen-nederlands/").status_code == 200
    # Each language has its own slug: the other language's leads to this language's page.
    response = client.get("/nl/videos/solar-panels/")
    assert (response.status_code, response["Location"]) == (302, "/nl/videos/zonnepanelen/")
    assert client.get("/nl/videos/bestaat-niet/").status_code == 404
    # The browse page's own routes (its feed) still answer.
    assert client.get("/nl/videos/feed/").status_code == 200
    assert client.get("/en/videos/feed/").status_code == 200


def test_routing_asks_the_database_for_one_child_not_every_child():
    assert Page.route is route_by_slug
    assert VideoIndexPage.route is route_by_slug
    assert VideoPage.route is route_by_slug


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, [query["sql"] for query in queries]


@pytest.fixture(scope="class")
def ranked_video_pk(django_db_setup, django_db_blocker):
    """A video with two others to rank beside it, built once for the class's two languages
    (tests/shared_content.py) and rolled back after it; each test publishes a third inside its
    own savepoint. The cache (and with it every remembered ranking) is emptied per test."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            index = CommittedSkeleton.find_or_load().sections["videos"]
            s = {sector.slug: sector for sector in Sector.objects.all()}
            page, _ = make_video(index, "Het doel", sectors=[s["energie"], s["automobiel"]])
            make_video(index, "Energie", year=2020, sectors=[s["energie"]])
            make_video(index, "Media", year=2021, sectors=[s["media"]])
        yield page.pk


class TestRankedOnce:
    @pytest.mark.parametrize("language", ["nl", "en"])
    def test_related_videos_are_ranked_once_until_the_next_publish(
        self, client, video_index, vocab, ranked_video_pk, language
    ):
        s = vocab.sectors
        page = VideoPage.objects.get(pk=ranked_video_pk)
        with translation.override(language):
            url = page.get_url()

        first, ranking = queries_of(client, url)
        again, by_id = queries_of(client, url)
        # The ranking groups every video sharing a sector; after it, the cards come by id, in
        # as many queries and bounded by the number of related videos.
        assert any("GROUP BY" in sql for sql in ranking)
        assert not any("GROUP BY" in sql for sql in by_id)
        assert len(by_id) == len(ranking)
        assert related_titles(first) == related_titles(again) == ["Energie", "Media"]

        # Publishing a video starts a new cache generation: the next render ranks it in.
        make_video(video_index, "Beide", year=2019, sectors=[s["automobiel"], s["energie"]])
        fresh, reranked = queries_of(client, url)
        assert any("GROUP BY" in sql for sql in reranked)
        assert related_titles(fresh) == ["Beide", "Energie", "Media"]


@pytest.mark.django_db
def test_page_lookups_by_tree_position_and_translated_slug_have_indexes():
    """Routing asks for one child by its slug in the visitor's language, menus for the children
    at one depth: without these indexes both read every page below the parent."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Page._meta.db_table)
    indexed = {tuple(c["columns"]) for c in constraints.values() if c["index"]}
    assert ("depth", "path") in indexed
    assert ("slug_nl",) in indexed
    assert ("slug_en",) in indexed
