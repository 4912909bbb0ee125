"""The demo self-test as `load_demo` builds it: complete, valid, every video sector reachable.

One test, because loading the whole demo is slow: it is loaded once (and then again).
"""

import re

import pytest
import yaml
from django.core.management import call_command

from selftest import demo as selftest_demo
from selftest.blocks import QuestionsBlock
from selftest.models import SelfTestPage
from selftest.questionnaire import questions_of
from selftest.scoring import paths_to_sectors
from stemhub.models import HomeEntryPoint
from taxonomy.models import Sector
from videos.models import VideoPage

from .helpers import NL


def test_load_demo_builds_a_complete_test_that_reaches_every_sector_of_the_videos(client, db):
    call_command("load_demo", "--no-admin", verbosity=0)
    full_demo = SelfTestPage.objects.get()
    check_every_video_sector_is_reachable(client, full_demo)
    check_complete_in_both_languages(full_demo)
    check_loading_twice_adds_nothing_and_home_links_to_it(client, full_demo)


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
        page = client.get(NL, query).content.decode()
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


def check_loading_twice_adds_nothing_and_home_links_to_it(client, full_demo):
    call_command("load_demo", "--no-admin", verbosity=0)
    assert SelfTestPage.objects.count() == 1
    assert HomeEntryPoint.objects.filter(link_page=full_demo).count() == 1
    home = client.get("/nl/").content.decode()
    assert 'href="/nl/welke-stemheld-ben-jij/"' in home
    assert "Voor kinderen" in home
    assert 'href="/en/which-stem-hero-are-you/"' in client.get("/en/").content.decode()


def test_a_bad_record_in_the_data_file_is_named(site_tree, vocab, tmp_path):
    data = selftest_demo.read_data()
    data["questions"][2]["answers"][1]["sectors"] = {"ruimtevaart": 2}
    bad = tmp_path / "selftest.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(selftest_demo.DemoDataError, match=r"question 3, answer 2: unknown sector"):
        selftest_demo.load(site_tree, path=bad)
