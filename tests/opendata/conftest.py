"""One published page of each kind, in both languages, for the sharing, API and embed tests."""

from types import SimpleNamespace

import pytest

from classroom.demo import load_index
from classroom.factories import add_material, ensure_vocabulary
from initiatives.factories import create_initiative
from initiatives.setup import ensure_all
from partners.models import PartnerPage
from taxonomy.models import Sector
from videos.factories import make_image, make_video


@pytest.fixture
def published(site_tree):
    ensure_all()
    levels, domains, targets = ensure_vocabulary()
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    partners = {partner.slug_nl: partner for partner in PartnerPage.objects.all()}
    umicore = partners["umicore"]
    umicore.logo = make_image("Umicore logo", size=(320, 160))
    umicore.website = "https://www.umicore.com/"
    umicore.save_revision().publish()
    video, _created = make_video(
        site_tree.sections["videos"],
        "Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
        intro=("Meer stroom uit zonlicht.", "More power from sunlight."),
        transcript=("Wij maken zonnecellen.", "We make solar cells."),
        duration=185,
        year=2021,
        series=2,
        sectors=[sectors["energie"]],
        company=umicore,
        poster=make_image("Zonnecellen poster"),
    )
    classroom_index = load_index(site_tree)
    target = next(iter(targets.values()))
    lesson, _created = add_material(
        classroom_index,
        video=video,
        slug={"nl": "zonnecel-les", "en": "solar-cell-lesson"},
        title={"nl": "Een zonnecel bouwen", "en": "Building a solar cell"},
        intro={
            "nl": "Leerlingen bouwen een <kleine> zonnecel & meten de stroom.",
            "en": "Pupils build a small solar cell and measure the current.",
        },
        duration=50,
        min_age=10,
        max_age=12,
        school_levels=list(levels.values())[:1],
        stem_domains=list(domains.values())[:2],
        attainment_targets=[target],
    )
    initiative = create_initiative(
        site_tree.sections["initiatives"],
        "robotkamp",
        title="Robotkamp",
        title_en="Robot camp",
        slug_en="robot-camp",
        summary={"nl": "Robots bouwen in Antwerpen.", "en": "Building robots in Antwerp."},
        regions=["antwerpen"],
        sectors=["robotica-industrie"],
        year_started=2021,
        website="https://robotkamp.example/",
        organisation=partners["technopolis"],
        partners=[("lead", partners["technopolis"]), ("contributing", "Robot vzw")],
    )
    return SimpleNamespace(
        video=video,
        lesson=lesson,
        initiative=initiative,
        partner=umicore,
        target=target,
        sections=site_tree.sections,
        home=site_tree.home,
    )
