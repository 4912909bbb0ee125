"""A video with a signpost deep link and a lesson with a worksheet, and a visitor's browser."""

from types import SimpleNamespace

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


@pytest.fixture
def content(site_tree):
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
    return SimpleNamespace(
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
