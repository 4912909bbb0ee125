"""One published page of each kind, in both languages, for the sharing, API and embed tests.

Built once per test module (`published_pages`, rolled back when the module ends) and handed to
each test as fresh instances (`published`): the tests read it, or change it inside their own
savepoint.
"""

import pytest

from classroom.demo import load_index
from classroom.factories import add_material, ensure_vocabulary
from initiatives.factories import create_initiative
from partners.models import PartnerPage
from taxonomy.models import Sector
from videos.factories import make_image, make_video

from .. import lazy_schemathesis
from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, ensure_all_unless_committed, module_content

# test_api_schema.py's 13 operation tests are built when they run, not in every worker that
# collects them (2.5 s of CPU each).
lazy_schemathesis.install()


@pytest.fixture(scope="module")
def published_pages(django_db_setup, django_db_blocker):
    """The pages of `published`, built once for the module's tests."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            kept = publish_one_of_each(CommittedSkeleton.find_or_load())
        yield kept


@pytest.fixture
def published(published_pages, site_tree):
    """Fresh instances of the module's pages, and the skeleton's sections and home page."""
    return published_pages.fresh(sections=site_tree.sections, home=site_tree.home)


def publish_one_of_each(site_tree):
    """A video with poster and company, its lesson, an initiative and a partner with a logo."""
    ensure_all_unless_committed()
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
    return Kept(video=video, lesson=lesson, initiative=initiative, partner=umicore, target=target)
