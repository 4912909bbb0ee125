"""A page's slugs are checked against the siblings that could clash only (stemhub.sibling_slugs):
the same errors as wagtail-modeltranslation's check over every sibling, in every case."""

from contextlib import nullcontext
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import Page

from stemhub import sibling_slugs
from stemhub.sibling_slugs import every_sibling, validate_slugs
from videos.factories import make_video
from videos.models import VideoPage

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content


@pytest.fixture(scope="module")
def siblings_built(django_db_setup, django_db_blocker):
    """Three videos below the overview: one with both slugs, one with only a Dutch slug, and
    one whose English slug is another's Dutch one. Built once for the module (every test only
    reads them, or adds a page inside its own savepoint)."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            videos = CommittedSkeleton.find_or_load().sections["videos"]
            make_video(videos, "Zonnecellen", slug="zonnecellen", slug_en="solar-cells")
            dutch_only, _ = make_video(videos, "Robots", slug="robots")
            Page.objects.filter(pk=dutch_only.pk).update(slug_en="")  # English falls back
            make_video(videos, "Batterijen", slug="batterijen", slug_en="zonnecellen-en")
            kept = Kept(videos=videos)
        yield kept


@pytest.fixture
def siblings(siblings_built, db):
    """The video overview, read again for each test."""
    return siblings_built.fresh().videos


# (Dutch slug, English slug) of a new video beside them; "" for no English slug of its own.
CASES = [
    ("nieuw", "new"),  # no clash
    ("zonnecellen", "iets-anders"),  # Dutch against Dutch
    ("iets", "solar-cells"),  # English against English
    ("iets", "robots"),  # English against a sibling's Dutch fallback
    ("robots", ""),  # the page's own fallback against that same sibling, in both languages
    ("solar-cells", ""),  # its English fallback against a sibling's English slug
    ("batterijen", "batterijen"),  # both at once
    ("zonnecellen-en", "x"),  # Dutch against a sibling's English slug: no clash in Dutch
]


def new_video(parent, slug_nl, slug_en):
    page = VideoPage(title="Nieuw", slug=slug_nl, slug_nl=slug_nl, slug_en=slug_en or None)
    # Where add_child puts it (treebeard), without saving it: what clean() sees on adding.
    last = parent.get_last_child()
    page.depth = parent.depth + 1
    page.path = last._inc_path() if last else parent.get_path_for_child(1)  # noqa: SLF001
    return page


@pytest.mark.parametrize(("slug_nl", "slug_en"), CASES)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_same_errors_as_checking_every_sibling(siblings, slug_nl, slug_en, language):
    page = new_video(siblings, slug_nl, slug_en)
    with translation.override(language):
        expected = every_sibling(page)
        assert validate_slugs(page) == expected
        assert translation.get_language() == language  # the active language is kept


def test_an_existing_page_is_not_its_own_clash(siblings):
    page = VideoPage.objects.get(slug_nl="zonnecellen")
    assert validate_slugs(page) == every_sibling(page) == {}
    page.slug_en = "zonnecellen-en"
    assert set(validate_slugs(page)) == set(every_sibling(page)) == {"slug_en"}


def test_another_parents_page_is_no_clash(siblings, site_tree):
    page = new_video(site_tree.home, "zonnecellen", "solar-cells")
    assert validate_slugs(page) == every_sibling(page) == {}


def test_only_the_siblings_that_could_clash_are_read(siblings, monkeypatch):
    read = []

    def check(page):
        read.extend(sibling.slug_nl for sibling in page.get_siblings(inclusive=False))
        return every_sibling(page)

    monkeypatch.setattr(sibling_slugs, "every_sibling", check)
    validate_slugs(new_video(siblings, "nieuw", "robots"))
    assert read == ["robots"]


def test_saving_a_clashing_page_is_refused_as_before(siblings):
    """The patched clean() of every page type calls it (StemhubConfig.ready installs it)."""
    with pytest.raises(ValidationError) as refused:
        make_video(siblings, "Dubbel", slug="dubbel", slug_en="solar-cells")
    assert "slug_en" in refused.value.message_dict


def test_adding_a_clashing_page_as_the_admin_does_is_refused(siblings):
    """A bare add_child (the admin's "Create"), not add_child_page's publish: Page.save
    validates a live page in full."""
    page = VideoPage(title="Dubbel", slug="dubbel", slug_nl="dubbel", slug_en="solar-cells")
    with pytest.raises(ValidationError) as refused:
        siblings.add_child(instance=page)
    assert "slug_en" in refused.value.message_dict


def test_a_clashing_page_scheduled_to_go_live_later_is_refused(siblings):
    """Publishing a page whose go_live_at is to come saves it as not live, which Wagtail only
    minimally cleans: add_child_page validates it in full when adding it instead."""
    later = timezone.now() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        make_video(siblings, "Dubbel", slug="dubbel", slug_en="solar-cells", go_live_at=later)
    assert "slug_en" in refused.value.message_dict


@pytest.mark.parametrize(("slug_nl", "slug_en"), CASES)
def test_full_clean_checks_once_and_refuses_what_checking_every_sibling_refuses(
    siblings, slug_nl, slug_en, monkeypatch
):
    """The page type's clean() and Page's (through super().clean()) share one check within a
    full_clean(): the same slug errors, from one reading of the siblings."""
    page = new_video(siblings, slug_nl, slug_en)
    expected = every_sibling(page)
    checks = []

    def check(page):
        checks.append(page)
        return every_sibling(page)

    monkeypatch.setattr(sibling_slugs, "every_sibling", check)
    try:
        page.full_clean()
        errors = {}
    except ValidationError as error:
        errors = {name: e for name, e in error.message_dict.items() if name.startswith("slug_")}
    assert set(errors) == set(expected)
    assert len(checks) == 1
    # Outside a full_clean() nothing is remembered: clean() checks afresh (twice, as
    # wagtail-modeltranslation does, unless the first check refuses).
    with pytest.raises(ValidationError) if expected else nullcontext():
        page.clean()
    assert len(checks) == (2 if expected else 3)
