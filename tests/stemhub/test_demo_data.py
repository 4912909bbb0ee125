"""The demo content as data: demo/*.yaml, one loader, clear errors. What the full demo holds
(the same content as before, nothing twice) is tested in test_full_demo.py, loaded once."""

import re
import shutil
import sys
import types

import pytest
import yaml
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from wagtail.models import Page

from stemhub import demo
from stemhub.models import HomePage
from taxonomy.models import Sector

from ..kept_content import built_as_in_a_test
from ..shared_content import module_content


@pytest.fixture(scope="module")
def skeleton_removed(django_db_setup, django_db_blocker):
    """The session's shared skeleton removed once for the module, rolled back after it."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            for page in Page.objects.filter(depth=2):
                page.delete()
            Sector.objects.all().delete()
        yield


@pytest.fixture
def empty_site(skeleton_removed, db):
    """A fresh install, inside this test's transaction: what a test loads is rolled back."""


def test_skeleton_holds_home_sections_sectors_partners_and_entry_points(empty_site):
    context = demo.load()
    assert set(context.sections) == {"videos", "initiatives", "partners"}
    assert [page.slug_en for page in context.home.get_children()] == [
        "videos",
        "initiatives",
        "partners",
    ]
    assert context.created == {"sectors": 13, "partners": 10, "entry points": 4}
    teachers = context.home.entry_points.get(audience="teachers")
    assert teachers.link_page_id == context.sections["videos"].pk  # until the classroom exists


def test_every_data_file_is_valid_and_bilingual():
    files = demo.demo_files()
    files.validate_all()
    assert set(files.schemas) == {path.name for path in files.directory.glob("*.yaml")}
    videos = files["videos.yaml"]["videos"]
    assert len(videos) == 24
    assert all(video["title"]["nl"] and video["title"]["en"] for video in videos)


@pytest.fixture
def demo_copy(tmp_path, settings):
    """A copy of demo/ to break; the loader reads it instead of the real one."""
    copy = tmp_path / "demo"
    shutil.copytree(demo.demo_files().directory, copy)
    settings.STEMHUB_DEMO_DIR = copy
    return copy


def _replace(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "videos.yaml",
            "      en: Making solar cells\n",
            "",
            "demo/videos.yaml, videos[7], 'zonnecellen-maken', title: "
            "the English (en) text is missing",
        ),
        (
            "videos.yaml",
            "    sectors: [energie, materialen-recyclage]\n",
            "    sectors: [energie, zonne-energie]\n",
            "videos[7], 'zonnecellen-maken', sectors, item 2: "
            "'zonne-energie' is not in demo/sectors.yaml",
        ),
        (
            "partners.yaml",
            "  - slug: vrt\n",
            "  - slug: vrt\n    webiste: https://www.vrt.be/\n",
            "demo/partners.yaml, partners[2], 'vrt': unknown field 'webiste'",
        ),
        (
            "lessons.yaml",
            "    min_age: 10\n",
            "    min_age: tien\n",
            "demo/lessons.yaml, lessons[1], 'metalen-terugwinnen-uit-oude-gsms', min_age: "
            "expected a whole number, found 'tien'",
        ),
        (
            "sectors.yaml",
            "  - slug: bouw\n",
            "  - slug: Bouw & Constructie\n",
            "demo/sectors.yaml, sectors[3], 'Bouw & Constructie', slug: "
            "'Bouw & Constructie' is not a slug",
        ),
        (
            "lessons.yaml",
            "    max_age: 12\n",
            "    max_age: 8\n",
            "demo/lessons.yaml, lessons[1], 'metalen-terugwinnen-uit-oude-gsms': "
            "min_age 10 is above max_age 8",
        ),
        (
            "initiatives.yaml",
            "    partners:\n      - role: lead\n        partner: technopolis\n",
            "    partners:\n      - role: lead\n        partner: technopolis\n"
            "        name: Technopolis\n",
            "demo/initiatives.yaml, initiatives[1], 'stemhelden', partners, item 1: "
            "give either 'partner'",
        ),
        (
            "initiatives.yaml",
            "initiatives:\n",
            "initiatives:\n  - [\n",
            "demo/initiatives.yaml: not valid YAML near line",
        ),
    ],
)
def test_a_bad_record_is_named_and_nothing_is_loaded(
    empty_site, demo_copy, file, old, new, message
):
    _replace(demo_copy / file, old, new)
    with pytest.raises(CommandError) as error:
        call_command("load_demo", "--no-admin")
    assert message in str(error.value)
    assert str(error.value).startswith("Demo content not loaded: demo/")
    assert not HomePage.objects.exists()
    assert Page.objects.count() <= 2  # Wagtail's own root and welcome page at most

    with pytest.raises(CommandError, match="Demo content not loaded"):
        call_command("load_demo", "--check")


def test_a_section_missing_from_sections_yaml_is_named_and_rolled_back(empty_site, demo_copy):
    path = demo_copy / "sections.yaml"
    data = yaml.safe_load(path.read_text())
    data["sections"] = [record for record in data["sections"] if record["app"] != "partners"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(CommandError, match="demo/sections.yaml: no section for the app 'partners'"):
        call_command("load_demo", "--no-admin")
    assert not HomePage.objects.exists()  # the home page made before the error is rolled back


def test_check_reports_valid_files(capsys):
    call_command("load_demo", "--check")
    assert capsys.readouterr().out.strip() == "19 demo files are valid."


@pytest.mark.parametrize(
    ("apps", "message"),
    [
        (["taxonomy", "wagtailcore"], "names 'wagtailcore', but the module wagtail.demo"),
        (["taxonomy", "taggit"], "taggit.demo defines neither load_skeleton() nor load()"),
        (["taxonomy", "no_such_app"], "names 'no_such_app', which is not an installed app"),
    ],
)
def test_an_app_without_demo_steps_stops_the_run(settings, monkeypatch, apps, message):
    monkeypatch.setitem(sys.modules, "taggit.demo", types.ModuleType("taggit.demo"))
    settings.STEMHUB_DEMO_APPS = apps
    with pytest.raises(ImproperlyConfigured, match=re.escape(message)):
        demo.demo_modules()
