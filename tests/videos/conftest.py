"""Small, fast video fixtures built with videos.factories (the full demo is tested once).

`catalogue` builds its four videos for each test; a module that only reads them (or changes
them inside the test's own savepoint) overrides `catalogue` with `shared_catalogue`, built once
for the module (tests/shared_content.py).
"""

from contextlib import contextmanager
from types import SimpleNamespace

import pytest

from partners.models import PartnerPage
from taxonomy.models import Sector
from videos.factories import (
    ensure_education_routes,
    ensure_profile_types,
    make_image,
    make_signpost,
    make_video,
)
from videos.models import VideoPage

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content


def hero(profile, route, name=("De ingenieur", "The engineer"), gender="", quote=("", "")):
    return {
        "name": name,
        "job_title": ("Ingenieur", "Engineer"),
        "studies": ("Master", "Master"),
        "quote": quote,
        "profile_type": profile,
        "education_route": route,
        "gender": gender,
    }


@pytest.fixture
def video_index(site_tree):
    return site_tree.sections["videos"]


@pytest.fixture
def vocab(site_tree):
    return build_vocab()


def build_vocab():
    """Profiles, routes, sectors and partners by slug, and one signpost."""
    return SimpleNamespace(
        profiles=ensure_profile_types(),
        routes=ensure_education_routes(),
        sectors={sector.slug: sector for sector in Sector.objects.all()},
        partners={partner.slug_nl: partner for partner in PartnerPage.objects.all()},
        signpost=make_signpost(
            "onderwijskiezer", "Onderwijskiezer", "https://www.onderwijskiezer.be/"
        ),
    )


@pytest.fixture
def catalogue(video_index, vocab):
    """Four videos that differ in sector, profile, company, year and words."""
    return build_catalogue(video_index, vocab)


@pytest.fixture(scope="module")
def shared_catalogue_pks(django_db_setup, django_db_blocker):
    """The primary keys of `build_catalogue()`, built once for the module and rolled back after
    it (Wagtail's indexes paused, as for the tests that read it)."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            built = build_catalogue(skeleton.sections["videos"], build_vocab())
        yield {key: page.pk for key, page in built.items()}


@pytest.fixture
def shared_catalogue(shared_catalogue_pks, video_index):
    """The module's catalogue as fresh instances, read again for each test."""
    pages = VideoPage.objects.in_bulk(shared_catalogue_pks.values())
    return {key: pages[pk] for key, pk in shared_catalogue_pks.items()}


def build_catalogue(video_index, vocab):
    """Four videos that differ in sector, profile, company, year and words."""
    theo, prac = vocab.profiles["theoretisch"], vocab.profiles["praktisch"]
    master, dual = vocab.routes["master"], vocab.routes["duaal-leren"]
    s, p = vocab.sectors, vocab.partners
    videos = {}
    videos["solar"], _ = make_video(
        video_index,
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
        intro=("Meer stroom uit zonlicht.", "More power from sunlight."),
        duration=240,
        year=2021,
        series=2,
        sectors=[s["energie"]],
        company=p["umicore"],
        heroes=[hero(theo, master, gender="non_binary"), hero(prac, dual)],
        signposts=[(vocab.signpost, "Kies je richting", "Choose your course")],
    )
    videos["robots"], _ = make_video(
        video_index,
        "Robots een brein geven",
        title_en="Giving robots a brain",
        intro=("Robots leren kijken.", "Robots learn to see."),
        duration=150,
        year=2021,
        series=2,
        sectors=[s["robotica-industrie"]],
        company=p["vrt"],
        heroes=[hero(theo, master)],
    )
    videos["batteries"], _ = make_video(
        video_index,
        "Batterijen voor auto's",
        title_en="Batteries for cars",
        intro=("Batterijen monteren.", "Assembling batteries."),
        duration=420,
        year=2020,
        sectors=[s["energie"], s["automobiel"]],
        company=p["vrt"],
        heroes=[hero(prac, dual)],
    )
    videos["bank"], _ = make_video(
        video_index,
        "Geld veilig op de bank",
        title_en="",  # no English title: Dutch is the fallback
        intro=("Betalen met je gsm.", ""),
        transcript=("De kluis is digitaal geworden.", "The vault went digital."),
        duration=200,
        year=2020,
        sectors=[s["financien-bank"]],
        company=p["vdab"],
        heroes=[hero(prac, dual)],
        video_url="https://vimeo.com/76979871",
    )
    return videos


def build_many_videos(video_index, vocab, n, start=0):
    """Videos number `start` to `start + n - 1`, each with a poster, two sectors and two
    heroes."""
    theo, prac = vocab.profiles["theoretisch"], vocab.profiles["praktisch"]
    route = vocab.routes["master"]
    sectors = list(vocab.sectors.values())
    companies = list(vocab.partners.values())
    made = []
    for i in range(start, start + n):
        page, _ = make_video(
            video_index,
            f"Video nummer {i}",
            slug=f"video-{i}",
            year=2020 + i % 3,
            sectors=[sectors[i % len(sectors)], sectors[(i + 5) % len(sectors)]],
            company=companies[i % len(companies)],
            heroes=[hero(theo, route), hero(prac, route)],
            signposts=[vocab.signpost],
            poster=make_image(f"poster {i}", size=(64, 36)),
        )
        made.append(page)
    return made


@contextmanager
def many_videos_kept(django_db_blocker, n):
    """The primary keys of `build_many_videos(n)` below the committed skeleton, for a class- or
    module-scoped fixture (tests/shared_content.py): rolled back when it ends."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            built = build_many_videos(skeleton.sections["videos"], build_vocab(), n)
        yield [page.pk for page in built]
