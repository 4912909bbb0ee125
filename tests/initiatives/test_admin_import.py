"""The initiatives CSV import in the admin: upload, dry run (changes nothing), apply.

The sample is built once for the module (`shared_sample`); an import changes it inside the
test's own savepoint only.
"""

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
def sample(shared_sample):
    return shared_sample


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


def _problem_rows(response):
    """The problems table: one dict per problem, keyed by the table's column headings."""
    table = BeautifulSoup(response.content, "html.parser").select("table.listing")[0]
    headings = [th.get_text(strip=True) for th in table.select("thead th")]
    return [
        dict(zip(headings, (td.get_text(" ", strip=True) for td in tr.select("td")), strict=True))
        for tr in table.select("tbody tr")
    ]


def _with_mistakes(csv_rows):
    """The edited file with three wrong cells in two rows; the other rows are fine."""
    rows = _edited(csv_rows)
    header = rows[0]
    rows[1][header.index("year_started")] = "tweeduizend"
    rows[2][header.index("regions")] = "antwerpen|atlantis"
    rows[2][header.index("website")] = "www.zonder-schema.be"
    return rows


def test_each_wrong_cell_is_named_with_its_value_and_how_to_fix_it(editor_client, csv_rows):
    response = editor_client.post(URL, {"file": _upload(_with_mistakes(csv_rows))})
    problems = {(row["Rij"], row["Kolom"]): row for row in _problem_rows(response)}
    assert set(problems) == {("2", "year_started"), ("3", "regions"), ("3", "website")}
    year = problems[("2", "year_started")]
    assert year["Opgegeven waarde"] == "tweeduizend"
    assert year["Wat er mis is"] == "moet een jaar tussen 1900 en 2100 zijn, of leeg"
    assert year["Hoe je het oplost"] == "Schrijf het jaar in vier cijfers, bv. 2019."
    region = problems[("3", "regions")]
    assert region["Wat er mis is"] == "onbekende slug 'atlantis'"
    assert "antwerpen" in region["Hoe je het oplost"]  # the slugs that do exist
    assert problems[("3", "website")]["Opgegeven waarde"] == "www.zonder-schema.be"
    assert "https://" in problems[("3", "website")]["Hoe je het oplost"]
    assert not BeautifulSoup(response.content, "html.parser").select("input[name=text]")


def test_the_problems_in_english(client, sample, csv_rows):
    client.force_login(prefers_english(member_of(roles.EDITORS_GROUP)))
    response = client.post(URL, {"file": _upload(_with_mistakes(csv_rows))})
    problems = {(row["Row"], row["Column"]): row for row in _problem_rows(response)}
    year = problems[("2", "year_started")]
    assert year["Value given"] == "tweeduizend"
    assert year["What is wrong"] == "must be a year between 1900 and 2100, or empty"
    assert year["How to fix it"] == "Write the year in four digits, e.g. 2019."


def test_a_missing_column_is_named_in_the_header_row(editor_client, csv_rows):
    rows = [
        [cell for index, cell in enumerate(row) if index != csv_rows[0].index("status")]
        for row in csv_rows
    ]
    problems = _problem_rows(editor_client.post(URL, {"file": _upload(rows)}))
    assert problems == [
        {
            "Rij": "1",
            "Kolom": "status",
            "Opgegeven waarde": "(leeg)",
            "Wat er mis is": "deze kolom ontbreekt",
            "Hoe je het oplost": "Voeg ze toe aan de eerste rij.",
        }
    ]


def test_apply_with_one_wrong_row_applies_no_row(editor_client, csv_rows):
    """All or nothing, also when "Apply" gets a file the dry run did not see (or the site
    changed in between): the good rows before and after the wrong one are not written."""
    before = _snapshot()
    rows = _with_mistakes(csv_rows)
    text = base64.b64encode(
        "".join(",".join(f'"{cell}"' for cell in row) + "\r\n" for row in rows).encode()
    ).decode()
    response = editor_client.post(URL, {"action": "apply", "text": text})
    assert response.status_code == 200
    assert len(_problem_rows(response)) == 3
    assert _snapshot() == before
    assert not InitiativePage.objects.filter(slug_nl="lasklas").exists()


def test_a_partner_removed_between_dry_run_and_apply_stops_the_whole_import(
    editor_client, csv_rows, partners
):
    response = editor_client.post(URL, {"file": _upload(_edited(csv_rows))})
    text = BeautifulSoup(response.content, "html.parser").select_one("input[name=text]")["value"]
    before = _snapshot()
    InitiativePage.objects.filter(organisation=partners["technopolis"]).update(organisation=None)
    partners["technopolis"].delete()
    response = editor_client.post(URL, {"action": "apply", "text": text})
    problems = _problem_rows(response)
    assert any(row["Wat er mis is"] == "geen partner met slug 'technopolis'" for row in problems)
    assert not InitiativePage.objects.filter(slug_nl="lasklas").exists()
    assert [entry[:2] for entry in _snapshot()] == [entry[:2] for entry in before]
