"""A self-test built from the demo data file, with a few videos whose heroes it can show."""

from types import SimpleNamespace

import pytest

from selftest import demo as selftest_demo
from selftest.models import SelfTestPage
from taxonomy.models import Sector
from videos.factories import (
    ensure_education_routes,
    ensure_profile_types,
    make_signpost,
    make_video,
)

SIGNPOSTS = [
    ("onderwijskiezer", "Onderwijskiezer", "https://www.onderwijskiezer.be/"),
    ("clb", "CLB", "https://www.vlaanderen.be/clb"),
    ("stem-academies", "STEM-academies", "https://www.stem-academie.be/"),
]


def hero(name, job, profile, route):
    return {
        "name": name,
        "job_title": job,
        "studies": ("", ""),
        "quote": ("", ""),
        "profile_type": profile,
        "education_route": route,
        "gender": "",
    }


@pytest.fixture
def vocab(site_tree):
    for slug, name, url in SIGNPOSTS:
        make_signpost(slug, name, url, name_en=name, description_nl=f"Over {name}")
    return SimpleNamespace(
        profiles=ensure_profile_types(),
        routes=ensure_education_routes(),
        sectors={sector.slug: sector for sector in Sector.objects.all()},
    )


@pytest.fixture
def self_test(site_tree, vocab):
    page = selftest_demo.load(site_tree)
    return SelfTestPage.objects.get(pk=page.pk)


@pytest.fixture
def hero_videos(site_tree, vocab):
    """Three videos: health (with both profiles), energy, and media (two of them)."""
    index = site_tree.sections["videos"]
    theo, prac = vocab.profiles["theoretisch"], vocab.profiles["praktisch"]
    master, dual = vocab.routes["master"], vocab.routes["duaal-leren"]
    s = vocab.sectors
    videos = {}
    videos["health"], _ = make_video(
        index,
        "Bloed dat levens redt",
        title_en="Blood that saves lives",
        slug_en="blood-that-saves-lives",
        sectors=[s["gezondheid-noodhulp"], s["chemie-biotech"]],
        heroes=[
            hero(
                ("Praktijkheld Pieter", "Hands-on hero Pieter"),
                ("Laborant", "Lab technician"),
                prac,
                dual,
            ),
            hero(
                ("Theorieheld Tine", "Theory hero Tine"),
                ("Bio-ingenieur", "Bioengineer"),
                theo,
                master,
            ),
        ],
    )
    videos["energy"], _ = make_video(
        index,
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
        sectors=[s["energie"]],
        heroes=[
            hero(("Ingenieur Ines", "Engineer Ines"), ("Ingenieur", "Engineer"), theo, master),
            hero(("Technieker Tom", "Technician Tom"), ("Technieker", "Technician"), prac, dual),
        ],
    )
    videos["media"], _ = make_video(
        index,
        "Televisie maken",
        title_en="Making television",
        slug_en="making-television",
        sectors=[s["media"]],
        heroes=[hero(("Regisseur Rik", "Director Rik"), ("Regisseur", "Director"), theo, master)],
    )
    return videos
