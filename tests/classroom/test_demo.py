"""The classroom demo: works with or without the videos, never twice."""

import pytest
from wagtail.documents import get_document_model

from classroom import demo
from classroom.models import (
    AttainmentTarget,
    ClassroomIndexPage,
    ClassroomMaterialPage,
    SchoolLevel,
    StemDomain,
    Worksheet,
)
from stemhub.demo import read
from stemhub.models import HomeEntryPoint
from videos.factories import make_video

LESSONS = read("lessons.yaml")["lessons"]


def test_demo_has_at_least_twelve_lessons_on_several_videos():
    assert len(LESSONS) >= 12
    assert len({lesson["video"] for lesson in LESSONS}) >= 10
    for lesson in LESSONS:
        assert lesson["title"]["nl"] and lesson["title"]["en"]
        assert lesson["min_age"] <= lesson["max_age"]


@pytest.mark.django_db
def test_demo_without_videos_creates_the_section_only(site_tree):
    demo.load(site_tree)
    assert ClassroomIndexPage.objects.get().slug_en == "classroom"
    assert ClassroomMaterialPage.objects.count() == 0
    assert SchoolLevel.objects.count() == 4
    assert StemDomain.objects.count() == 4
    targets = AttainmentTarget.objects.all()
    assert targets.count() >= 10
    assert all(
        t.note_nl.startswith("Voorbeeld") and t.note_en.startswith("Example") for t in targets
    )


@pytest.mark.django_db
def test_demo_attaches_lessons_to_the_videos_it_finds_once(site_tree):
    slugs = ["germanium-recycleren-in-olen", "zuiver-drinkwater"]
    for slug in slugs:
        make_video(site_tree.sections["videos"], slug, slug=slug)
    expected = [lesson for lesson in LESSONS if lesson["video"] in slugs]

    demo.load(site_tree)
    materials = ClassroomMaterialPage.objects.all()
    assert materials.count() == len(expected) == 3
    assert site_tree.created["classroom materials"] == 3
    for material in materials:
        assert material.video.slug_nl in slugs
        assert material.title_en and material.intro_en and material.lesson_en
        assert material.live
        sheets = {w.language: w.document for w in Worksheet.objects.filter(page=material)}
        assert set(sheets) == {"nl", "en"}
        for document in sheets.values():
            with document.open_file() as handle:
                assert handle.read(5) == b"%PDF-"
            assert document.file_size > 1000
    teachers = HomeEntryPoint.objects.get(home_page=site_tree.home, audience="teachers")
    assert teachers.link_page_id == ClassroomIndexPage.objects.get().pk

    counts = (
        ClassroomMaterialPage.objects.count(),
        get_document_model().objects.count(),
        AttainmentTarget.objects.count(),
    )
    site_tree.created.clear()
    demo.load(site_tree)
    assert site_tree.created == {}
    assert (
        ClassroomMaterialPage.objects.count(),
        get_document_model().objects.count(),
        AttainmentTarget.objects.count(),
    ) == counts


def test_the_migration_names_the_demo_targets_as_the_demo_does():
    """Sites loaded before short names existed get the demo's names from migration 0004."""
    import importlib

    migration = importlib.import_module("classroom.migrations.0004_attainment_target_short_name")
    demo_names = {
        record["code"]: (record["short_name"]["nl"], record["short_name"]["en"])
        for record in read("attainment_targets.yaml")["attainment_targets"]
    }
    assert demo_names == migration.DEMO_SHORT_NAMES
