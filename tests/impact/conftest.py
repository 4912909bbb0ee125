"""A video with a signpost deep link and a lesson with a worksheet, and a visitor's browser.

The content is built once per test module (`content_pages`, rolled back when the module ends);
each test gets fresh instances of it (`content`). The counters' memory of live pages is not
rolled back with it: `_no_remembered_live_pages` empties it around every test.
"""

import pytest
from django.test import Client
from django.utils import translation

from classroom.demo import load_index
from classroom.factories import ensure_vocabulary
from impact import counting
from impact.models import Event
from partners.models import PartnerPage
from tests.classroom.helpers import make_material
from tests.pagecache.conftest import page_cache  # noqa: F401 (the page cache switched on)
from videos.factories import (
    ensure_education_routes,
    ensure_profile_types,
    make_signpost,
    make_video,
)

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content

BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
DEEP_LINK = "https://www.onderwijskiezer.be/v2/secundair/richting.php?id=42"


def hero(name, profile, route):
    return {
        "name": (name, name),
        "job_title": ("Ingenieur", "Engineer"),
        "profile_type": profile,
        "education_route": route,
    }


@pytest.fixture(autouse=True)
def _no_remembered_live_pages():
    """Page ids come back after a rolled-back test: no test sees pages another found live."""
    counting.forget_live_page()
    yield
    counting.forget_live_page()


@pytest.fixture
def visitor():
    """An anonymous browser that says it is one, and checks CSRF like a real one."""
    return Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER)


@pytest.fixture
def bot():
    return Client(enforce_csrf_checks=True, HTTP_USER_AGENT=GOOGLEBOT)


@pytest.fixture(scope="module")
def content_pages(django_db_setup, django_db_blocker):
    """The pages and signposts of `content`, built once for the module's tests."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            kept = two_videos_and_a_lesson(CommittedSkeleton.find_or_load())
        yield kept


@pytest.fixture
def content(content_pages, db):
    """Fresh instances of the module's pages (a test may unpublish or delete one)."""
    return content_pages.fresh()


def two_videos_and_a_lesson(site_tree):
    """A video with a hero and a deep-linked signpost, another with a plain signpost, and a
    lesson on the first with a worksheet."""
    profiles, routes = ensure_profile_types(), ensure_education_routes()
    onderwijskiezer = make_signpost(
        "onderwijskiezer", "Onderwijskiezer", "https://www.onderwijskiezer.be/"
    )
    vdab = make_signpost("vdab", "VDAB", "https://www.vdab.be/")
    video, _ = make_video(
        site_tree.sections["videos"],
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
        heroes=[hero("An", profiles["theoretisch"], routes["master"])],
        signposts=[(onderwijskiezer, "Welke opleiding?", "Which programme?", DEEP_LINK)],
    )
    other, _ = make_video(
        site_tree.sections["videos"],
        "Windmolens bouwen",
        title_en="Building wind turbines",
        slug_en="building-wind-turbines",
        heroes=[hero("Bo", profiles["praktisch"], routes["master"])],
        signposts=[vdab],
    )
    ensure_vocabulary()
    classroom = load_index(site_tree)
    lesson = make_material(classroom, video, title="Zonne-energie in de klas", worksheet=True)
    return Kept(
        video=video,
        other=other,
        lesson=lesson,
        worksheet=lesson.worksheets.get(),
        onderwijskiezer=onderwijskiezer,
        vdab=vdab,
        classroom=classroom,
        partner=PartnerPage.objects.live().first(),
    )


def url(page, language):
    with translation.override(language):
        return page.get_url()


def events(**filters):
    return list(
        Event.objects.filter(**filters).values_list(
            "kind", "language", "page_id", "target", "answer", "term"
        )
    )
