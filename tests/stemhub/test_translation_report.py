"""Reports → Translations: each page and snippet with the fields it misses; filter, export."""

import pytest
from bs4 import BeautifulSoup

from initiatives.factories import create_initiative
from stemhub import roles
from taxonomy.models import Sector
from videos.factories import make_video

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .admin_helpers import content_of, member_of, prefers_english

REPORT = "/admin/reports/translations/"


@pytest.fixture(scope="module")
def gaps_built(django_db_setup, django_db_blocker):
    """`build_gaps()` once for the module, rolled back after it (tests/kept_content.py): every
    test here only reads them."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            video, initiative, sector = build_gaps(CommittedSkeleton.find_or_load())
            kept = Kept(video=video, initiative=initiative, sector=sector)
        yield kept


@pytest.fixture
def gaps(gaps_built, db):
    """Fresh instances of the module's video, initiative and sector."""
    fresh = gaps_built.fresh()
    return fresh.video, fresh.initiative, fresh.sector


def build_gaps(site_tree):
    """A video missing its English intro, an initiative missing its Dutch summary and a sector
    missing its English name and description."""
    video = make_video(
        site_tree.sections["videos"],
        "Bruggen bouwen",
        slug="bruggen-bouwen",
        title_en="Building bridges",
        intro=("Een brug over de Schelde.", ""),
        transcript=("Wat een brug.", "What a bridge."),
    )[0]
    initiative = create_initiative(
        site_tree.sections["initiatives"],
        "robotkamp-gent",
        title="Robotkamp Gent",
        title_en="Robot camp Ghent",
        summary_nl="",
        summary_en="A week of robots.",
    )
    sector = Sector.objects.create(
        slug="scheepsbouw", name="Scheepsbouw", name_nl="Scheepsbouw", description_nl="Schepen."
    )
    return video, initiative, sector


@pytest.fixture
def editor_client(client, db):
    client.force_login(member_of(roles.EDITORS_GROUP))
    return client


def _rows(response):
    return {gaps.title: gaps for gaps in response.context["object_list"]}


@pytest.mark.template_contexts
def test_report_lists_exactly_the_missing_fields(editor_client, gaps):
    video, initiative, sector = gaps
    response = editor_client.get(REPORT)
    assert response.status_code == 200
    rows = _rows(response)
    assert rows["Bruggen bouwen"].missing == {"nl": [], "en": ["inleiding"]}
    assert rows["Robotkamp Gent"].missing == {"nl": ["korte samenvatting"], "en": []}
    assert rows["Scheepsbouw"].missing == {"nl": [], "en": ["naam", "beschrijving"]}
    body = response.content.decode()
    assert f'href="/admin/pages/{video.pk}/edit/"' in body
    assert f"/admin/snippets/taxonomy/sector/edit/{sector.pk}/" in body


@pytest.mark.template_contexts
def test_report_is_filtered_by_type_and_language(editor_client, gaps):
    rows = _rows(editor_client.get(REPORT, {"type": "taxonomy.sector"}))
    assert "Scheepsbouw" in rows
    assert "Bruggen bouwen" not in rows
    rows = _rows(editor_client.get(REPORT, {"language": "nl"}))
    assert "Robotkamp Gent" in rows
    assert "Bruggen bouwen" not in rows


def test_report_exports_csv_and_xlsx(editor_client, gaps):
    response = editor_client.get(REPORT, {"export": "csv", "type": "videos.videopage"})
    assert response.status_code == 200
    lines = content_of(response).decode("utf-8-sig").splitlines()
    assert lines[0].split(",") == [
        "Pagina of term",
        "Soort",
        "Ontbreekt in het Engels",
        "Ontbreekt in het Nederlands",
        "Adres om te bewerken",
    ]
    assert any(line.startswith("Bruggen bouwen,Video,inleiding,,") for line in lines)
    response = editor_client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert content_of(response)[:2] == b"PK"


@pytest.mark.template_contexts
def test_report_in_english(client, gaps):
    editor = member_of(roles.EDITORS_GROUP)
    prefers_english(editor)
    client.force_login(editor)
    response = client.get(REPORT)
    assert "Missing in English" in response.content.decode()
    assert _rows(response)["Building bridges"].missing["en"] == ["introduction"]


def test_a_visitor_cannot_open_the_report(client, gaps, django_user_model):
    assert client.get(REPORT).status_code == 302
    client.force_login(django_user_model.objects.create_user("bezoeker"))
    assert client.get(REPORT).status_code == 302


def test_a_translator_opens_the_report(client, gaps):
    client.force_login(member_of(roles.TRANSLATORS_GROUP))
    assert client.get(REPORT).status_code == 200


def test_page_listing_badges_pages_missing_english(editor_client, gaps, site_tree):
    video = gaps[0]
    index = site_tree.sections["videos"]
    response = editor_client.get(f"/admin/pages/{index.pk}/")
    assert response.status_code == 200
    row = BeautifulSoup(response.content, "html.parser").find(id=f"page_{video.pk}_title")
    cell = row.find_parent("div", class_="title-wrapper")
    badge = cell.select_one(".w-status--label")
    assert badge.get_text(strip=True) == "Engels ontbreekt"
    assert badge["title"] == "Ontbreekt in het Engels: inleiding"
