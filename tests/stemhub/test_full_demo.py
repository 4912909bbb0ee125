"""The full demo as `load_demo` builds it, loaded ONCE for this module.

Loading the whole demo (every video, lesson, initiative, the self-test, images and documents)
is the slowest thing the suite does, so the tests that check what it builds share one load:
`full_demo` runs the command as a developer does (`make run`: DEBUG on, so with the demo admin)
inside a transaction that is rolled back when this module ends, so every other test still starts
from the shared skeleton only. Each test runs inside its own savepoint on top of it and may change
anything. The first test loads the demo a second time and checks that nothing is added twice,
for every page, term and inline row, image, document and revision at once; the others load it
again only where the second load itself is what they check (an editor's change kept, the search
index rebuilt when an entry is missing).
"""

import io
import itertools
import json
import logging
import re
from types import SimpleNamespace

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test.utils import override_settings
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry

from initiatives.models import InitiativePage, Region
from partners.models import PartnerPage
from selftest.blocks import QuestionsBlock
from selftest.models import SelfTestPage
from selftest.questionnaire import questions_of
from selftest.scoring import paths_to_sectors
from stemhub.demo.indexes import search_index_paused
from stemhub.management.commands import load_demo
from stemhub.models import HomeEntryPoint, HomePage, SearchEntry
from stemhub.search import index as site_search
from taxonomy.models import Sector
from videos.models import Signpost, VideoHero, VideoPage

from ..shared_content import module_content
from .demo_snapshot import FIXTURE, snapshot

# Far longer than most files: the workers start it first (tests/file_order.py).
pytestmark = pytest.mark.long_file

SELFTEST_NL = "/nl/welke-stemheld-ben-jij/"


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def _load_demo_as_a_developer():
    """`load_demo` with DEBUG on and INFO logging captured, as the first `make run` does."""
    output, log = io.StringIO(), _Records()
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(log)
    root.setLevel(logging.INFO)
    try:
        with override_settings(DEBUG=True), translation.override("nl"):
            call_command("load_demo", stdout=output)
    finally:
        root.removeHandler(log)
        root.setLevel(previous_level)
    return SimpleNamespace(output=output.getvalue(), log_records=log.records)


@pytest.fixture(scope="module")
def full_demo(django_db_setup, django_db_blocker):
    """The first `load_demo` of this module: its output and log records; rolled back at the end."""
    with module_content(django_db_blocker):
        yield _load_demo_as_a_developer()


@pytest.fixture
def demo(full_demo, db):
    """The full demo for one test, inside that test's own savepoint."""
    return full_demo


# --- the site: the same content as the data files held before, nothing twice -----------------


def test_load_demo_loads_the_same_content_as_before_and_nothing_twice(demo, capsys, monkeypatch):
    expected = json.loads(FIXTURE.read_text())
    assert snapshot() == expected, "demo/ no longer loads the content of the fixture"

    output = demo.output.strip().splitlines()
    assert output[0].startswith("Demo content ready (14 classroom materials")
    assert "24 videos" in output[0]
    assert output[-2].startswith("Demo admin: http://") and "'admin'" in output[-2]
    assert output[-1].startswith("Site: http://") and output[-1].endswith("/nl/")
    assert len(output) == 3, "one summary, the login and the address; no line per page"
    assert not [r for r in demo.log_records if r.name.startswith("wagtail")]

    counts = _counts_of_what_a_load_adds()
    commands = _record_commands(monkeypatch)
    call_command("load_demo", "--no-admin")
    assert snapshot() == expected
    assert _counts_of_what_a_load_adds() == counts
    assert "nothing new" in capsys.readouterr().out
    assert commands == [], "nothing saved, every search index entry there: no rebuild"


def _record_commands(monkeypatch):
    """The names of the commands `load_demo` calls from now on (`update_index`)."""
    commands = []
    real_call_command = load_demo.call_command

    def recorded(name, *args, **options):
        commands.append(name)
        return real_call_command(name, *args, **options)

    monkeypatch.setattr(load_demo, "call_command", recorded)
    return commands


def _counts_of_what_a_load_adds():
    """What the snapshot (pages, our apps' rows) leaves out: files, revisions, index entries."""
    return {
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "revisions": Revision.objects.count(),
        "pages": Page.objects.count(),
        "search entries": SearchEntry.objects.count(),
    }


@pytest.mark.usefixtures("demo")
def test_load_demo_keeps_editor_changes():
    vrt = PartnerPage.objects.get(slug_nl="vrt")
    vrt.short_description_nl = "Aangepast door de redactie"
    vrt.save_revision().publish()
    call_command("load_demo", "--no-admin")
    vrt.refresh_from_db()
    assert vrt.short_description_nl == "Aangepast door de redactie"


@pytest.mark.usefixtures("demo")
def test_a_second_load_rebuilds_the_search_index_when_an_entry_is_missing(monkeypatch):
    """A load that saved nothing leaves Wagtail's search index as it was (the first test),
    unless an object lacks its entry: a first `make run` stopped after the load committed,
    before its `update_index` ended."""
    commands = _record_commands(monkeypatch)
    solar = VideoPage.objects.get(slug_nl="zonnecellen-maken")
    IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(VideoPage), object_id=str(solar.pk)
    ).delete()
    assert solar.pk not in [page.pk for page in Page.objects.live().search("zonnecellen")]
    call_command("load_demo", "--no-admin", verbosity=0)
    assert commands == ["update_index"]
    assert solar.pk in [page.pk for page in Page.objects.live().search("zonnecellen")]


@pytest.mark.usefixtures("demo")
def test_the_paused_search_index_notes_a_save_of_what_it_follows():
    region = Region.objects.get(slug="europa")
    with search_index_paused() as untouched:
        Region.objects.filter(slug="europa").exists()
    with search_index_paused() as changed:
        region.name_en = "Europe (all of it)"
        region.save()
    # A term made again (an editor deleted it): SQLite reports no row for Django's
    # INSERT … RETURNING, so only the save itself says the index missed something.
    with search_index_paused() as created:
        Region.objects.get_or_create(slug="oceanie", defaults={"name": "Oceanië"})
    assert (untouched.missed, changed.missed, created.missed) == (False, True, True)


ENTRY_FIELDS = ("kind", "title", "title_key", "summary", "keywords", "body", "terms")


@pytest.mark.usefixtures("demo")
def test_the_site_search_holds_every_demo_page_as_it_was_published():
    """The site's own index (stemhub.search), written once when the load ends
    (`indexing_deferred`), not at each publish: every live page that takes part has its entry
    in each language, and a page of each kind reads as indexing it afresh writes it."""
    live = {
        model: list(model.objects.live().exact_type(model))
        for model in site_search.searchable_models()
    }
    expected = {
        (page.pk, language)
        for pages in live.values()
        for page in pages
        for language in site_search.languages()
    }
    entries = {(e.page_id, e.language): e for e in SearchEntry.objects.all()}
    assert set(entries) == expected
    assert SearchEntry.objects.count() == len(expected), "one entry per page and language"
    for pages in live.values():
        # The first and the last of its kind in the tree: an entry written too early (before
        # the pages, sectors and partners it names were all there) shows on the first ones.
        for page, language in itertools.product({pages[0], pages[-1]}, site_search.languages()):
            fresh = site_search.build_entry(page, language)
            stored = entries[(page.pk, language)]
            assert [getattr(stored, name) for name in ENTRY_FIELDS] == [
                getattr(fresh, name) for name in ENTRY_FIELDS
            ], (page.url_path, language)


# --- videos ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("demo")
def test_load_demo_creates_the_campaign_videos_once_in_both_languages(client):
    videos = VideoPage.objects.live()
    assert videos.count() == 24
    assert videos.filter(year=2020, series=1).count() == 13
    assert videos.filter(year=2021, series=2).count() == 11
    assert all(video.is_placeholder and video.video_provider == "youtube" for video in videos)
    assert VideoHero.objects.count() == 48
    assert not VideoPage.objects.filter(poster__isnull=True).exists()
    assert not VideoPage.objects.filter(sectors__isnull=True).exists()
    assert not VideoPage.objects.filter(title_en="").exists()
    assert Signpost.objects.count() == 8
    assert HomePage.objects.get().featured_pages.count() == 3
    # Signposts with purpose (issue 16): every video has a deep link with a why in both
    # languages, so the editors' report of home-page-only videos starts empty.
    from videos.link_report import videos_with_only_home_page_links

    for video in videos:
        deep = [link for link in video.signposts.all() if link.deep_link]
        assert deep, video.slug_nl
        assert all(link.why_nl and link.why_en for link in deep), video.slug_nl
    assert not videos_with_only_home_page_links().exists()
    # Every hero's route leads somewhere.
    assert not VideoHero.objects.filter(education_route__onderwijskiezer_url="").exists()
    # Role models (issue 16): the curated collection, linked from the home page, and the
    # child reporters with their page.
    collection = client.get("/nl/vrouwen-in-stem/")
    assert collection.status_code == 200
    assert collection.content.decode().count('class="card video-card"') == 8
    assert "/en/women-in-stem/" in client.get("/en/").content.decode()
    assert not VideoPage.objects.live().filter(reporter__isnull=True).exists()
    assert "Lotte, 11" in client.get("/nl/onze-reporters/").content.decode()
    assert VideoHero.objects.exclude(career_path_nl="").count() == 8
    # Editors open the latest revision: it must carry the heroes too.
    solar = videos.get(slug_nl="zonnecellen-maken")
    revision = solar.get_latest_revision_as_object()
    assert len(revision.heroes.all()) == 2
    # Wagtail's indexes, written once at the end of the load (stemhub/demo/indexes.py): the
    # admin's "usage" of a poster and of a hero's profile type (a row recorded under its page),
    # and the admin's page search.
    assert {ref.object_id for ref in ReferenceIndex.get_references_to(solar.poster)} == {
        str(solar.pk)
    }
    profile_type = solar.heroes.first().profile_type
    assert str(solar.pk) in {r.object_id for r in ReferenceIndex.get_references_to(profile_type)}
    assert solar.pk in [page.pk for page in Page.objects.live().search("zonnecellen")]

    assert client.get("/nl/videos/zeemijnen-onschadelijk-maken/").status_code == 200
    response = client.get("/en/videos/clearing-sea-mines/")
    assert response.status_code == 200
    assert "Clearing sea mines" in response.content.decode()
    assert "24 videos" in client.get("/en/videos/").content.decode()
    assert "Clearing sea mines" in client.get("/en/").content.decode()  # home spotlight


# --- initiatives -------------------------------------------------------------------------------


@pytest.mark.usefixtures("demo")
def test_load_demo_creates_every_initiative(client):
    # Loading twice adds none: checked with every page in the first test.
    assert InitiativePage.objects.count() >= 10

    titles = set(InitiativePage.objects.values_list("title_nl", flat=True))
    for expected in (
        "#STEMhelden",
        "Da's Geniaal",
        "Together 4 STEM",
        "Kiezen voor STEM",
        "Jong buitenlands STEM-talent voedt gevestigde Limburgse bedrijven",
        "STEM-academies",
        "Brightlab",
        "Biotechnologische en chemische wetenschappen aan GITHO Nijlen",
    ):
        assert expected in titles
    together = InitiativePage.objects.get(slug_nl="together-4-stem")
    assert together.organisation.slug_nl == "csr-europe"
    assert together.year_started == 2019
    assert "Huawei" in together.budget_en
    assert together.summary_nl and together.summary_en
    assert [region.slug for region in together.regions.all()] == ["europa"]

    # The STEM Coalition's record type and language flag (issue 16): a Dutch-only study.
    study = InitiativePage.objects.get(slug_nl="kiezen-voor-stem")
    assert study.record_type.slug == "study"
    assert [language.slug for language in study.languages.all()] == ["nl"]
    assert together.record_type.slug == "programme"
    studies = client.get("/en/initiatives/?type=study")
    assert "Choosing STEM" in studies.content.decode()
    assert "Together 4 STEM" not in studies.content.decode()

    dutch = client.get("/nl/initiatieven/?region=limburg")
    assert "Jong buitenlands STEM-talent" in dutch.content.decode()
    english = client.get("/en/initiatives/together-4-stem/")
    assert english.status_code == 200
    assert "Climate Education Toolkit" in english.content.decode()


# --- the self-test -----------------------------------------------------------------------------


@pytest.mark.usefixtures("demo")
def test_load_demo_builds_a_complete_self_test_that_reaches_every_sector_of_the_videos(client):
    full_demo = SelfTestPage.objects.get()
    check_every_video_sector_is_reachable(client, full_demo)
    check_complete_in_both_languages(full_demo)
    check_home_links_to_it_once(client, full_demo)


def check_every_video_sector_is_reachable(client, full_demo):
    video_sectors = set(
        Sector.objects.filter(videos__in=VideoPage.objects.live()).values_list("pk", flat=True)
    )
    assert len(video_sectors) >= 10
    questions = questions_of(full_demo, "nl")
    order = list(Sector.objects.values_list("pk", flat=True))
    paths = paths_to_sectors([[o.weights for o in q.options] for q in questions], order)
    assert video_sectors <= set(paths), "no answer path leads to some sectors of the videos"

    # Each path, as a child would follow it, shows that sector and one of its videos.
    for sector in Sector.objects.filter(pk__in=video_sectors):
        query = {f"q{n}": choice + 1 for n, choice in enumerate(paths[sector.pk], start=1)}
        page = client.get(SELFTEST_NL, query).content.decode()
        assert f"</span> {sector.name}</h2>" in page, sector.slug
        videos = re.findall(r'href="(/nl/videos/[^"?]+/)">', page)
        assert videos, f"no video shown for {sector.slug}"


def check_complete_in_both_languages(full_demo):
    QuestionsBlock().clean(full_demo.questions)  # what the admin checks when an editor saves
    for language in ("nl", "en"):
        questions = questions_of(full_demo, language)
        assert 6 <= len(questions) <= 8
        assert all(3 <= len(q.options) <= 4 for q in questions)
        assert all(option.icon_url for q in questions for option in q.options)
    raw = full_demo.questions.raw_data
    for block in raw:
        assert block["value"]["text_en"]
        assert all(a["value"]["text_en"] for a in block["value"]["answers"])
    assert full_demo.title_en == "Which STEM hero are you?"
    assert full_demo.slug_en == "which-stem-hero-are-you"
    sentences = full_demo.sector_texts.all()
    assert sentences.count() == Sector.objects.count()
    assert all(text.sentence_en for text in sentences)
    assert {s.slug for s in full_demo.parent_signposts.all()} == {
        "onderwijskiezer",
        "clb",
        "stem-academies",
    }
    # The published revision (what an editor opens) carries the sector sentences too.
    revision = full_demo.get_latest_revision_as_object()
    assert len(revision.sector_texts.all()) == sentences.count()


def check_home_links_to_it_once(client, full_demo):
    # A second load adds no self-test and no entry point: checked in the first test.
    assert SelfTestPage.objects.count() == 1
    assert HomeEntryPoint.objects.filter(link_page=full_demo).count() == 1
    home = client.get("/nl/").content.decode()
    assert 'href="/nl/welke-stemheld-ben-jij/"' in home
    assert "Voor kinderen" in home
    assert 'href="/en/which-stem-hero-are-you/"' in client.get("/en/").content.decode()
