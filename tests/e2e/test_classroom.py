"""A teacher finds a lesson by age and attainment target, downloads the worksheet and prints."""

import pytest

from classroom.demo import load_index
from classroom.factories import ensure_vocabulary
from tests.classroom.helpers import make_material
from videos.factories import make_video


@pytest.fixture
def lessons(site_tree):
    levels, domains, targets = ensure_vocabulary()
    index = load_index(site_tree)
    video = make_video(site_tree.sections["videos"], "Windmolens op zee", slug="windmolens")[0]
    make_material(
        index,
        video,
        title="Bouw de beste windmolen",
        min_age=12,
        max_age=14,
        stem_domains=[domains["engineering"]],
        attainment_targets=[targets["SO1-5.20"]],
        duration=120,
        worksheet=True,
    )
    make_material(
        index,
        video,
        title="Meet de wind",
        min_age=10,
        max_age=12,
        attainment_targets=[targets["SO1-5.20"]],
        duration=30,
        worksheet=True,
    )
    make_material(
        index,
        video,
        title="Windenergie in cijfers",
        min_age=12,
        max_age=14,
        attainment_targets=[targets["SO1-6.03"]],
        duration=30,
    )
    return index


@pytest.mark.django_db(transaction=True)
def test_teacher_filters_opens_downloads_and_prints(live_server, lessons, phone_page):
    page = phone_page
    page.goto(f"{live_server.url}/nl/klas/")
    assert "3" in page.get_by_role("status").inner_text()

    # Without JavaScript help on a phone the filters sit in a closed <details>: open it.
    page.locator(".filter-panel__summary").click()
    page.select_option("#id_age", "13")
    page.locator("input[name='target'][value='SO1-5.20']").check()
    page.locator(".filter-panel__actions button[type='submit']").click()
    page.wait_for_url("**/nl/klas/?*age=13*")
    assert "target=SO1-5.20" in page.url
    assert page.get_by_role("status").inner_text().startswith("1")
    cards = page.locator(".material-card .card__title a")
    assert cards.all_inner_texts() == ["Bouw de beste windmolen"]

    cards.first.click()
    page.wait_for_url("**/nl/klas/les-*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Bouw de beste windmolen"
    assert page.locator("iframe").count() == 0

    with page.expect_download() as download_info:
        page.locator(".download__link").first.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"

    assert page.locator(".site-header").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".main-nav").is_hidden()
    assert page.locator(".breadcrumbs").is_hidden()
    assert page.locator(".material-video__url").is_visible()
    assert page.locator(".material-video__url").inner_text().startswith("http")
    assert page.external_requests == []
