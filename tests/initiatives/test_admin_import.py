"""The initiatives CSV import in the admin: upload, dry run (changes nothing), apply."""

import base64
import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile

from initiatives.csv_exchange import export_csv
from initiatives.models import InitiativePage
from stemhub import roles
from tests.stemhub.admin_helpers import member_of, prefers_english

URL = "/admin/initiatives/import/"


@pytest.fixture
def csv_rows(sample):
    stream = io.StringIO()
    export_csv(stream)
    return list(csv.reader(io.StringIO(stream.getvalue())))


def _upload(rows, name="initiatives.csv"):
    stream = io.StringIO()
    csv.writer(stream, lineterminator="\r\n").writerows(rows)
    return SimpleUploadedFile(name, stream.getvalue().encode(), content_type="text/csv")


def _edited(rows):
    """Robotkamp gets a new Dutch title; one new initiative is added."""
    header = rows[0]
    title = header.index("title_nl")
    changed = [list(row) for row in rows]
    robots = next(row for row in changed[1:] if row[0] == "robotkamp")
    robots[title] = "Robotkamp Antwerpen"
    new = list(robots)
    new[0], new[header.index("slug_en")], new[title] = "lasklas", "welding-class", "Lasklas"
    new[header.index("title_en")] = "Welding class"
    return [*changed, new]


@pytest.fixture
def editor_client(client, db):
    client.force_login(member_of(roles.EDITORS_GROUP))
    return client


def _snapshot():
    return sorted(InitiativePage.objects.values_list("slug_nl", "title_nl", "latest_revision_id"))


def test_dry_run_shows_what_would_change_and_changes_nothing(editor_client, csv_rows):
    before = _snapshot()
    response = editor_client.post(URL, {"file": _upload(_edited(csv_rows))})
    assert response.status_code == 200
    assert _snapshot() == before
    table = BeautifulSoup(response.content, "html.parser").select_one("table.listing")
    rows = {
        tr.select("td")[1].get_text(" ", strip=True): tr.select("td")[2].get_text(strip=True)
        for tr in table.select("tbody tr")
    }
    assert rows["Robotkamp Antwerpen (robotkamp)"].startswith("Bijgewerkt:")
    assert "title_nl" in rows["Robotkamp Antwerpen (robotkamp)"]
    assert rows["Lasklas (lasklas)"] == "Nieuw initiatief"


def test_apply_imports_every_row(editor_client, csv_rows):
    response = editor_client.post(URL, {"file": _upload(_edited(csv_rows))})
    text = BeautifulSoup(response.content, "html.parser").select_one("input[name=text]")["value"]
    response = editor_client.post(URL, {"action": "apply", "text": text}, follow=True)
    assert "Geïmporteerd: 1 nieuwe, 4 bijgewerkte initiatieven." in response.content.decode()
    assert InitiativePage.objects.get(slug_nl="robotkamp").title_nl == "Robotkamp Antwerpen"
    assert InitiativePage.objects.get(slug_nl="lasklas").live


def test_a_bad_file_names_its_problems_and_imports_nothing(editor_client, csv_rows):
    rows = _edited(csv_rows)
    rows[1][rows[0].index("year_started")] = "tweeduizend"
    before = _snapshot()
    response = editor_client.post(URL, {"file": _upload(rows)})
    body = response.content.decode()
    assert "niet geïmporteerd" in body
    assert "year_started" in body
    assert _snapshot() == before


def test_a_tampered_apply_imports_nothing(editor_client, csv_rows):
    before = _snapshot()
    bad = base64.b64encode(b"slug_nl\r\nx\r\n").decode()
    response = editor_client.post(URL, {"action": "apply", "text": bad})
    assert response.status_code == 200
    assert "niet geïmporteerd" in response.content.decode()
    assert _snapshot() == before


def test_a_file_that_is_not_utf8_is_refused_with_the_reason(editor_client, sample):
    upload = SimpleUploadedFile("x.csv", "slug_nl\r\nçà\r\n".encode("latin-1"))
    response = editor_client.post(URL, {"file": upload})
    assert response.status_code == 200
    assert "UTF-8" in response.content.decode()


def test_the_import_in_english(client, sample):
    client.force_login(prefers_english(member_of(roles.EDITORS_GROUP)))
    body = client.get(URL).content.decode()
    assert "Check the file (dry run)" in body


def test_only_who_may_publish_initiatives_imports(client, sample):
    for group in (roles.TRANSLATORS_GROUP, roles.PARTNER_REVIEWERS_GROUP):
        client.force_login(member_of(group))
        response = client.get(URL)
        assert response.status_code == 302  # Wagtail's answer to PermissionDenied
        assert response["Location"] == "/admin/"
        assert client.post(URL, {"action": "apply", "text": ""}).status_code == 302
