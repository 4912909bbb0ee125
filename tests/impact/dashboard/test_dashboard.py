"""The impact dashboard in the admin: figures from known daily counts in both admin languages,
who may read it, the period filter, the CSV of every table and a fixed query count."""

import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.users.models import UserProfile

from impact.models import DailyCount, Kind
from partners.models import PartnerPage
from stemhub import roles
from tests.stemhub.admin_helpers import member_of, prefers_english
from videos.factories import make_video
from videos.models import VideoPage

from ...kept_content import built_as_in_a_test
from ...shared_content import CommittedSkeleton, module_content
from .conftest import count

DASHBOARD = "/admin/impact/"
TABLES = (
    "months",
    "totals",
    "languages",
    "sectors",
    "videos",
    "partners",
    "searches",
    "classroom",
    "curious",
    "balance",
)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def table_rows(response, slug):
    """{first cell: [other cells]} of the table in the section `slug`."""
    section = soup(response).select_one(f"section#{slug}")
    rows = {}
    for tr in section.select("table tr"):
        cells = [cell.get_text(" ", strip=True) for cell in tr.select("th, td")]
        rows[cells[0]] = cells[1:]
    return rows


def read_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))


def test_an_editor_reads_the_figures_in_dutch(editor_client, known_counts):
    response = editor_client.get(DASHBOARD)
    assert response.status_code == 200
    page = soup(response)
    assert "Impactdashboard" in page.title.get_text()
    # Last 30 days: the count of two years ago stays out.
    assert summary_of(response) == {
        "Paginaweergaven": "58",
        "Video's afgespeeld": "33",
        "Werkbladen gedownload": "9",
        "Gebruikt in de klas": "8",
    }
    totals = table_rows(response, "totals")
    assert totals["Paginaweergaven"] == ["51", "7", "58"]
    assert totals["Video's afgespeeld"] == ["30", "3", "33"]
    videos = table_rows(response, "videos")
    assert videos["Zonnecellen maken"] == ["Umicore", "47", "28", "4", "2", "0"]
    assert videos["Robots een brein geven"] == ["VRT", "11", "5", "0", "0", "0"]
    partners = table_rows(response, "partners")
    assert partners["Umicore"] == ["1", "47", "28", "4", "2", "0"]
    sectors = table_rows(response, "sectors")
    assert sectors["Energie"][:3] == ["1", "47", "28"]
    languages = table_rows(response, "languages")
    assert languages["Engels"] == ["7", "3", "0", "0", "11"]
    classroom = table_rows(response, "classroom")
    assert classroom["Les over zonnecellen"] == ["0", "9", "6"]
    curious = table_rows(response, "curious")
    assert curious["Zonnecellen maken"] == ["8", "3", "1", "12", "67 %"]
    headings = [th.get_text(strip=True) for th in page.select("section#videos thead th")]
    assert headings[2:] == [
        "Paginaweergaven",
        "Video's afgespeeld",
        "Wegwijzers gevolgd",
        "Gebruikt in de klas",
        "Ingebedde kaarten getoond",
    ]


def test_only_searches_seen_twice_are_listed(editor_client, known_counts):
    searches = table_rows(editor_client.get(DASHBOARD), "searches")
    assert searches["kernfusie"] == ["4"]
    assert "lotte peeters" not in searches  # typed once: never shown


def test_the_heroes_balance_is_aggregated(editor_client, impact_site):
    response = editor_client.get(DASHBOARD)
    section = soup(response).select_one("section#balance")
    assert section.select_one("tfoot") is not None
    assert "Ingenieur" not in section.get_text()  # no hero's name or job, only counts


def summary_of(response):
    return {
        item.dt.get_text(strip=True): item.dd.get_text(strip=True)
        for item in soup(response).select(".impact-summary__item")
    }


def test_an_english_editor_reads_it_in_english(english_editor_client, known_counts):
    response = english_editor_client.get(DASHBOARD)
    assert response.status_code == 200
    # Totals read as totals in English too, not as the name of one event ("Page view").
    assert summary_of(response) == {
        "Page views": "58",
        "Plays": "33",
        "Worksheet downloads": "9",
        "Times used in class": "8",
    }
    totals = table_rows(response, "totals")
    assert totals["Page views"] == ["51", "7", "58"]
    assert totals["Plays"] == ["30", "3", "33"]
    assert totals["Signposts followed"] == ["4", "0", "4"]
    assert "Page view" not in totals and "Video played" not in totals
    headings = [th.get_text(strip=True) for th in soup(response).select("section#videos thead th")]
    assert headings == [
        "Video",
        "Partner",
        "Page views",
        "Plays",
        "Signposts followed",
        "Times used in class",
        "Embedded cards shown",
    ]
    months = read_csv(english_editor_client.get(f"{DASHBOARD}csv/months/"))
    assert months[0] == [
        "Month",
        "Page views",
        "Plays",
        "Worksheet downloads",
        "Times used in class",
    ]
    assert table_rows(response, "videos")["Making solar cells"][:3] == ["Umicore", "47", "28"]
    assert "Made you curious about this job?" in response.content.decode()


def test_every_chart_is_an_accessible_svg_beside_its_table(editor_client, known_counts):
    page = soup(editor_client.get(DASHBOARD))
    for slug in TABLES:
        section = page.select_one(f"section#{slug}")
        assert section.select_one("table") is not None or section.select_one(".impact-empty")
        svg = section.select_one("svg.impact-chart")
        assert svg["role"] == "img"
        title_id, desc_id = svg["aria-labelledby"].split()
        assert svg.select_one(f"title#{title_id}").get_text()
        assert svg.select_one(f"desc#{desc_id}").get_text()
        assert not svg.select("[style]") and not svg.select("script")
    desc = page.select_one("section#curious svg desc").get_text()
    assert "Zonnecellen maken: Ja 8, Een beetje 3, Nee 1" in desc


def test_the_period_filter_works_without_javascript(editor_client, known_counts):
    everything = table_rows(editor_client.get(DASHBOARD, {"period": "all"}), "totals")
    assert everything["Paginaweergaven"] == ["1.051", "7", "1.058"]
    old = known_counts.today.replace(year=known_counts.today.year - 2)
    month = editor_client.get(DASHBOARD, {"month": f"{old:%Y-%m}"})
    assert table_rows(month, "totals")["Paginaweergaven"] == ["1.000", "0", "1.000"]
    assert len(table_rows(month, "months")) == 2  # the heading row and that one month


def test_a_month_that_cannot_be_read_is_refused_and_kept(editor_client, known_counts):
    response = editor_client.get(DASHBOARD, {"period": "all", "month": "2026-13"})
    assert response.status_code == 200
    page = soup(response)
    assert "“2026-13” is geen maand" in page.get_text()
    month = page.select_one("input[name=month]")
    assert month["value"] == "2026-13"
    assert month["type"] == "text"  # a month box would hide what was typed
    # The figures fall back to the period that could be read.
    assert table_rows(response, "totals")["Paginaweergaven"] == ["1.051", "7", "1.058"]


def test_anonymous_visitors_go_to_the_sign_in_page(client, known_counts):
    for url in (
        DASHBOARD,
        f"{DASHBOARD}csv/totals/",
        f"{DASHBOARD}partners/{known_counts.vrt.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("group", [roles.PARTNER_REVIEWERS_GROUP, roles.TRANSLATORS_GROUP])
def test_users_without_the_right_are_refused(client, known_counts, group):
    client.force_login(member_of(group))
    for url in (
        DASHBOARD,
        f"{DASHBOARD}csv/totals/",
        f"{DASHBOARD}partners/{known_counts.vrt.pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert not response["Location"].startswith(DASHBOARD)
    home = client.get("/admin/").content.decode()
    assert "/admin/impact/" not in home  # no menu item, no home panel


def test_editors_have_the_menu_item_and_the_home_panel(editor_client, known_counts):
    home = soup(editor_client.get("/admin/"))
    panel = home.select_one("#impact-summary-section")
    assert panel is not None
    assert "58" in panel.get_text()
    assert panel.select_one("a[href='/admin/impact/']") is not None
    assert "/admin/impact/" in str(home)  # the Reports menu item


def test_every_table_downloads_as_csv_with_the_same_figures(editor_client, known_counts):
    page = soup(editor_client.get(DASHBOARD, {"period": "all"}))
    for slug in TABLES:
        link = page.select_one(f"section#{slug} a[download]")["href"]
        assert link == f"{DASHBOARD}csv/{slug}/?period=all"
        response = editor_client.get(link)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        rows = read_csv(response)
        shown = [
            [cell.get_text(" ", strip=True) for cell in tr.select("th, td")]
            for tr in page.select(f"section#{slug} table tr")
        ]
        assert len(rows) == max(len(shown), 1)
        assert rows[1:] == [[cell.replace(".", "") for cell in row] for row in shown[1:]]
        if shown:
            assert rows[0] == shown[0]  # the same translated headings
    totals = read_csv(editor_client.get(f"{DASHBOARD}csv/totals/?period=all"))
    assert totals[0] == ["Wat", "Nederlands", "Engels", "Totaal"]
    assert ["Paginaweergaven", "1051", "7", "1058"] in totals
    curious = read_csv(editor_client.get(f"{DASHBOARD}csv/curious/?period=all"))
    assert curious[1] == ["Zonnecellen maken", "8", "3", "1", "12", "67 %"]


def test_an_unknown_table_is_not_found(editor_client, known_counts):
    response = editor_client.get(f"{DASHBOARD}csv/nothing/", follow=True)
    assert response.status_code == 404


def _counted_dashboard(client, **params):
    """(queries, response) of the dashboard's second request: the first warms the user's
    permission caches. The tests read the counted response too, rather than a third render."""
    params = {"period": "all", **params}
    client.get(DASHBOARD, params)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(DASHBOARD, params)
    assert response.status_code == 200
    return len(captured), response


def _dashboard_queries(client, **params):
    return _counted_dashboard(client, **params)[0]


# With the two of `impact_site`, 28 videos: one more page of the per-video table (25 rows).
EXTRA_VIDEOS = 26


@pytest.fixture(scope="class")
def extra_video_pks(impact_pages, django_db_blocker):
    """26 more published videos of VRT's, built once for the two growth tests and rolled back
    after them."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            vrt = PartnerPage.objects.get(slug_nl="vrt")
            pks = [
                make_video(skeleton.sections["videos"], f"Extra video {i:02d}", company=vrt)[0].pk
                for i in range(EXTRA_VIDEOS)
            ]
        yield pks  # outside built_as_in_a_test: the tests set their own state


class ExtraVideos:
    """The class's extra videos for one test: counted when a test adds them, deleted (with
    their counts) when it is done with them, inside the test's savepoint."""

    def __init__(self, pks):
        self.pks = pks

    def add(self, numbers, day):
        """Number + 1 plays three days ago for each of those videos; returns the videos."""
        videos = VideoPage.objects.in_bulk([self.pks[i] for i in numbers])
        for i in numbers:
            count(day, Kind.PLAY, i + 1, page=videos[self.pks[i]])
        return [videos[self.pks[i]] for i in numbers]

    def delete(self, numbers):
        doomed = [self.pks[i] for i in numbers]
        Page.objects.filter(pk__in=doomed).delete()
        DailyCount.objects.filter(page_id__in=doomed).delete()


@pytest.fixture
def extra_videos(extra_video_pks, db):
    return ExtraVideos(extra_video_pks)


class TestGrowth:
    """The dashboard's query count as its tables grow. The videos are built once for both
    tests (`extra_video_pks`), so each counts queries with all of them first, then deletes
    them and counts again with the few left."""

    def test_the_query_count_does_not_grow_with_videos_or_months(
        self, editor_client, known_counts, extra_videos
    ):
        day = known_counts.today - timedelta(days=3)
        for video in extra_videos.add(range(EXTRA_VIDEOS), day):
            count(day, Kind.CURIOUS, 1, page=video, answer="yes")
        months = []
        for months_back in range(1, 12):
            month_day = known_counts.today.replace(day=1) - timedelta(days=31 * months_back)
            months.append(count(month_day, Kind.VIEW, 5, page=known_counts.robots).pk)
        many, response = _counted_dashboard(editor_client)
        assert len(table_rows(response, "videos")) == 26  # heading + the first 25 of 28 videos
        assert len(table_rows(response, "months")) >= 13
        extra_videos.delete(range(EXTRA_VIDEOS))
        DailyCount.objects.filter(pk__in=months).delete()
        assert VideoPage.objects.count() == 2
        few = _dashboard_queries(editor_client)
        assert many == few

    def test_the_per_video_table_is_paged_and_its_csv_has_every_row(
        self, editor_client, editor, known_counts, extra_videos
    ):
        extra_videos.add(range(EXTRA_VIDEOS), known_counts.today - timedelta(days=3))
        with_28, first = _counted_dashboard(editor_client)
        assert _dashboard_queries(editor_client, videos_page="2") == with_28

        section = soup(first).select_one("section#videos")
        shown_range = section.select_one(".impact-table__range").get_text(strip=True)
        assert shown_range == "Rijen 1–25 van 28"
        nav = section.select_one("nav.impact-pagination")
        assert nav["aria-label"] == "Pagina's van de tabel “Per video”"
        assert nav.select_one("[aria-current='page']").get_text(" ", strip=True) == "Pagina 1"
        following = nav.select_one("a[rel='next']")["href"]
        assert following == "?period=all&videos_page=2#videos"  # the period stays
        first_rows = set(table_rows(first, "videos")) - {"Video"}
        assert len(first_rows) == 25 and "Extra video 25" in first_rows  # most played first

        second = editor_client.get(DASHBOARD + following.split("#")[0])
        second_rows = set(table_rows(second, "videos")) - {"Video"}
        assert second_rows == {"Extra video 00", "Extra video 01", "Extra video 02"}  # least
        assert not first_rows & second_rows
        assert soup(second).select_one("section#videos a[rel='prev']")["href"] == (
            "?period=all&videos_page=1#videos"
        )
        # The chart draws the best of the whole table; the CSV has every row.
        exported = read_csv(editor_client.get(f"{DASHBOARD}csv/videos/?period=all"))
        assert {row[0] for row in exported[1:]} == first_rows | second_rows
        assert len(exported) == 29
        # A page number that is no page shows the last one instead of failing.
        last = editor_client.get(DASHBOARD, {"period": "all", "videos_page": "99"})
        assert set(table_rows(last, "videos")) - {"Video"} == second_rows

        profile = UserProfile.get_for_user(editor)
        language = profile.preferred_language
        prefers_english(editor)
        english = soup(editor_client.get(DASHBOARD, {"period": "all"})).select_one("section#videos")
        assert english.select_one(".impact-table__range").get_text(strip=True) == "Rows 1–25 of 28"
        nav = english.select_one("nav.impact-pagination")
        assert nav["aria-label"] == "Pages of the table “Per video”"
        assert nav.select_one("a[rel='next']").get_text(strip=True) == "Next"

        # Back in Dutch, with one extra video left: three videos, one page, the same queries.
        profile.preferred_language = language
        profile.save()
        extra_videos.delete(range(1, EXTRA_VIDEOS))
        assert VideoPage.objects.count() == 3
        assert _dashboard_queries(editor_client) == with_28
        assert soup(editor_client.get(DASHBOARD)).select_one("section#videos nav") is None
