"""Builders shared by the self-test's HTTP and browser tests."""

from types import SimpleNamespace

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
NL = "/nl/welke-stemheld-ben-jij/"
EN = "/en/which-stem-hero-are-you/"
# Answers that point to health care: helping sick people, experiments, lab, a new medicine.
HEALTH = {"q1": 1, "q2": 1, "q3": 2, "q4": 1, "q5": 2, "q6": 1, "q7": 1, "q8": 1}


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


def build_vocab():
    for slug, name, url in SIGNPOSTS:
        make_signpost(slug, name, url, name_en=name, description_nl=f"Over {name}")
    return SimpleNamespace(
        profiles=ensure_profile_types(),
        routes=ensure_education_routes(),
        sectors={sector.slug: sector for sector in Sector.objects.all()},
    )


def build_hero_videos(site_tree, vocab):
    """Three videos: health (practice hero listed first), energy, and media (one hero)."""
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
