import pytest

from initiatives.factories import create_initiative
from initiatives.setup import ensure_all


@pytest.fixture
def index(site_tree):
    """The initiative overview, with the vocabulary and the editors group (a flushed database
    from an earlier browser test no longer has what the data migration created)."""
    ensure_all()
    return site_tree.sections["initiatives"]


@pytest.fixture
def partners(site_tree):
    from partners.models import PartnerPage

    return {page.slug_nl: page for page in PartnerPage.objects.all()}


@pytest.fixture
def sample(index, partners):
    """Four initiatives that differ in every facet."""
    return {
        "robots": create_initiative(
            index,
            "robotkamp",
            title="Robotkamp",
            title_en="Robot camp",
            slug_en="robot-camp",
            summary={"nl": "Robots bouwen in Antwerpen.", "en": "Building robots in Antwerp."},
            regions=["antwerpen"],
            target_groups=["kinderen-10-14"],
            education_levels=["basisonderwijs"],
            sectors=["robotica-industrie"],
            status="running",
            year_started=2021,
            organisation=partners["technopolis"],
            partners=[("lead", partners["technopolis"]), ("contributing", "Robot vzw")],
        ),
        "chemistry": create_initiative(
            index,
            "chemieklas",
            title="Chemieklas",
            title_en="Chemistry class",
            summary={"nl": "Proeven in Limburg.", "en": "Experiments in Limburg."},
            regions=["limburg", "antwerpen"],
            target_groups=["secundaire-leerlingen"],
            education_levels=["secundair-onderwijs"],
            sectors=["chemie-biotech"],
            status="planned",
            year_started=2024,
            organisation=partners["umicore"],
        ),
        "talent": create_initiative(
            index,
            "talent-limburg",
            title="Talent Limburg",
            regions=["limburg"],
            target_groups=["volwassenen"],
            education_levels=["hoger-onderwijs"],
            sectors=["arbeidsmarkt-overheid"],
            status="ended",
            year_started=2015,
        ),
        "europe": create_initiative(
            index,
            "europees-netwerk",
            title="Europees netwerk",
            title_en="European network",
            regions=["europa"],
            target_groups=["leerkrachten"],
            education_levels=["secundair-onderwijs"],
            sectors=["onderwijs"],
            status="running",
            organisation=partners["csr-europe"],
        ),
    }
