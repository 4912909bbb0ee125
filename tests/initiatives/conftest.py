"""Initiative fixtures: the overview page, the partners and a four-initiative sample.

`sample` builds the sample for each test; a module that only reads it (or changes it inside the
test's own savepoint) overrides `sample` with `shared_sample`, built once for the module
(tests/shared_content.py).
"""

import pytest

from initiatives.factories import create_initiative
from initiatives.models import InitiativePage

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, ensure_all_unless_committed, module_content


@pytest.fixture
def index(site_tree):
    """The initiative overview, with the vocabulary and the editors group (a flushed database
    from an earlier browser test no longer has what the data migration created)."""
    ensure_all_unless_committed()
    return site_tree.sections["initiatives"]


@pytest.fixture
def partners(site_tree):
    return partners_by_slug()


def partners_by_slug():
    from partners.models import PartnerPage

    return {page.slug_nl: page for page in PartnerPage.objects.all()}


@pytest.fixture
def sample(index, partners):
    """Four initiatives that differ in every facet."""
    return build_sample(index, partners)


@pytest.fixture(scope="module")
def shared_sample_pks(django_db_setup, django_db_blocker):
    """The primary keys of `build_sample()`, built once for the module and rolled back after it
    (Wagtail's indexes paused, as for the tests that read it)."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            ensure_all_unless_committed()
            built = build_sample(skeleton.sections["initiatives"], partners_by_slug())
        yield {key: page.pk for key, page in built.items()}


@pytest.fixture
def shared_sample(shared_sample_pks, index):
    """The module's sample as fresh instances, read again for each test."""
    pages = InitiativePage.objects.in_bulk(shared_sample_pks.values())
    return {key: pages[pk] for key, pk in shared_sample_pks.items()}


@pytest.fixture(scope="module")
def young_talent_built(django_db_setup, django_db_blocker):
    """The initiative the candidacy and networking tests write to, published once per module
    (tests/kept_content.py); what a test adds to it stays in the test's savepoint."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            ensure_all_unless_committed()
            kept = Kept(initiative=young_talent(skeleton.sections["initiatives"]))
        yield kept


@pytest.fixture
def young_talent_initiative(young_talent_built, db):
    """A fresh instance of the module's "Jong talent voor Limburg"."""
    return young_talent_built.fresh().initiative


def young_talent(index):
    return create_initiative(
        index,
        "jong-talent-limburg",
        title="Jong talent voor Limburg",
        title_en="Young talent for Limburg",
        slug_en="young-talent-limburg",
    )


def build_sample(index, partners):
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
