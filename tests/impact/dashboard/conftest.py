"""Fixtures of the dashboard tests: two partners' videos, a lesson, known daily counts and an
editor (a folder of its own, so the counters' tests in tests/impact keep their conftest).

The videos and the lesson are built once per test module (`impact_pages`, rolled back when the
module ends) and handed to each test as fresh instances; the daily counts are made per test.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from classroom.demo import load_index
from classroom.factories import ensure_vocabulary
from classroom.models import ClassroomMaterialPage
from impact.models import DailyCount, Kind
from partners.models import PartnerPage
from stemhub import roles
from stemhub.demo import add_child_page, translated
from taxonomy.models import Sector
from tests.stemhub.admin_helpers import member_of, prefers_english
from videos.factories import make_video

from ...kept_content import Kept, built_as_in_a_test
from ...shared_content import CommittedSkeleton, module_content


def count(day, kind, n, *, page=None, language="nl", answer="", term="", target=0):
    return DailyCount.objects.create(
        day=day,
        language=language,
        kind=kind,
        page_id=page.pk if page is not None else 0,
        answer=answer,
        term=term,
        target=target,
        count=n,
    )


@pytest.fixture(scope="module")
def impact_pages(django_db_setup, django_db_blocker):
    """The pages of `impact_site`, built once for the module's tests."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            kept = two_partners_videos_and_a_lesson(CommittedSkeleton.find_or_load())
        yield kept


@pytest.fixture
def impact_site(impact_pages, db):
    """Fresh instances of the module's pages, and today (the counts are per test: known_counts)."""
    return impact_pages.fresh(today=timezone.localdate())


def two_partners_videos_and_a_lesson(site_tree):
    partners = {partner.slug_nl: partner for partner in PartnerPage.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    videos = site_tree.sections["videos"]
    solar, _ = make_video(
        videos,
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
        sectors=[sectors["energie"]],
        company=partners["umicore"],
    )
    robots, _ = make_video(
        videos,
        "Robots een brein geven",
        title_en="Giving robots a brain",
        slug_en="giving-robots-a-brain",
        sectors=[sectors["robotica-industrie"]],
        company=partners["vrt"],
    )
    ensure_vocabulary()
    lesson, _ = add_child_page(
        load_index(site_tree),
        ClassroomMaterialPage,
        translated("zonnecellen-les", "solar-cells-lesson"),
        translated("Les over zonnecellen", "Lesson on solar cells"),
        video=solar,
        duration=50,
    )
    return Kept(
        solar=solar,
        robots=robots,
        lesson=lesson,
        umicore=partners["umicore"],
        vrt=partners["vrt"],
    )


@pytest.fixture
def known_counts(impact_site):
    """Counts of the last days (inside "last 30 days") and one of two years ago."""
    s, today = impact_site, impact_site.today
    day = today - timedelta(days=2)
    count(day, Kind.VIEW, 40, page=s.solar)
    count(day, Kind.VIEW, 7, page=s.solar, language="en")
    count(day, Kind.PLAY, 25, page=s.solar)
    count(today, Kind.PLAY, 3, page=s.solar, language="en")
    count(day, Kind.VIEW, 11, page=s.robots)
    count(day, Kind.PLAY, 5, page=s.robots)
    count(day, Kind.SIGNPOST, 4, page=s.solar, target=1)
    count(day, Kind.USED_IN_CLASS, 2, page=s.solar)
    count(day, Kind.DOWNLOAD, 9, page=s.lesson)
    count(day, Kind.USED_IN_CLASS, 6, page=s.lesson)
    count(day, Kind.CURIOUS, 8, page=s.solar, answer="yes")
    count(day, Kind.CURIOUS, 3, page=s.solar, answer="a-bit")
    count(day, Kind.CURIOUS, 1, page=s.solar, answer="no")
    count(day, Kind.SEARCH_EMPTY, 3, term="kernfusie")
    count(today, Kind.SEARCH_EMPTY, 1, term="kernfusie", language="en")
    count(day, Kind.SEARCH_EMPTY, 1, term="lotte peeters")
    count(today.replace(year=today.year - 2, day=1), Kind.VIEW, 1000, page=s.solar)
    return impact_site


@pytest.fixture
def editor(db):
    return member_of(roles.EDITORS_GROUP)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def english_editor_client(client, editor):
    client.force_login(prefers_english(editor))
    return client
