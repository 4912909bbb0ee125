"""CSV import and export: formulas neutralised both ways, hostile rich text cleaned, bad files
refused in one line without changing anything."""

import csv

import pytest
from django.core.management import CommandError, call_command

from initiatives.csv_format import COLUMNS, protect_formula, unprotect_formula
from initiatives.models import InitiativePage


@pytest.fixture
def sample(shared_sample):
    """The sample is built once for the module; an import changes it inside the test's own
    savepoint only (tests/initiatives/conftest.py)."""
    return shared_sample


@pytest.fixture
def exported(tmp_path, sample):
    path = tmp_path / "initiatives.csv"
    call_command("export_initiatives", str(path))
    return path


def rows_of(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows(rows)


def with_changes(path, target, slug="robotkamp", **changes):
    rows = rows_of(path)
    header = rows[0]
    for row in rows[1:]:
        if row[0] == slug:
            for column, value in changes.items():
                row[header.index(column)] = value
    write(target, rows)
    return target


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+32 3 123", "'+32 3 123"),
        ("-5 graden", "'-5 graden"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("'quoted", "''quoted"),
        ("Gewoon", "Gewoon"),
    ],
)
def test_formula_rule_is_reversible(value, written):
    assert protect_formula(value) == written
    assert unprotect_formula(written) == value


def test_export_neutralises_formula_cells(exported, tmp_path):
    page = InitiativePage.objects.get(slug_nl="robotkamp")
    page.budget_nl = "=1+1"
    page.country_nl = "'s-Hertogenbosch"
    page.save()
    path = tmp_path / "formulas.csv"
    call_command("export_initiatives", str(path))
    rows = rows_of(path)
    robots = dict(zip(rows[0], next(row for row in rows if row[0] == "robotkamp"), strict=True))
    assert robots["budget_nl"] == "'=1+1"
    assert robots["country_nl"] == "''s-Hertogenbosch"


def test_round_trip_keeps_cells_that_start_with_equals_or_quote(exported, tmp_path):
    page = InitiativePage.objects.get(slug_nl="robotkamp")
    page.budget_nl = "=1+1"
    page.country_nl = "'s-Hertogenbosch"
    page.summary_en = "-42 °C in the lab"
    page.save()
    first = tmp_path / "first.csv"
    call_command("export_initiatives", str(first))
    call_command("import_initiatives", str(first))
    page.refresh_from_db()
    assert page.budget_nl == "=1+1"
    assert page.country_nl == "'s-Hertogenbosch"
    assert page.summary_en == "-42 °C in the lab"
    second = tmp_path / "second.csv"
    call_command("export_initiatives", str(second))
    assert second.read_bytes() == first.read_bytes()


def test_editor_rich_text_passes_the_round_trip_unchanged(exported, tmp_path):
    rich = (
        '<p data-block-key="a1b2c">Tom &amp; Jerry\u00a0"samen"<br/>tweede regel '
        '<b>vet</b> <i>schuin</i> <a href="https://example.org/?a=1&amp;b=2">link</a></p>'
        '<h3 data-block-key="d3e4f">Kop</h3><ul><li data-block-key="g5h6i">punt</li></ul>'
    )
    page = InitiativePage.objects.get(slug_nl="robotkamp")
    page.description_nl = rich
    page.save()
    first = tmp_path / "first.csv"
    call_command("export_initiatives", str(first))
    call_command("import_initiatives", str(first))
    page.refresh_from_db()
    assert page.description_nl == rich


HOSTILE = (
    '<p onclick="steal()">Hallo<script>alert(1)</script>'
    '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">klik</a>'
    '<a href="https://example.org/" onmouseover="alert(4)">goed</a></p>'
    '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>'
)


def test_import_cleans_hostile_rich_text(exported, tmp_path, client):
    path = with_changes(exported, tmp_path / "hostile.csv", description_nl=HOSTILE)
    call_command("import_initiatives", str(path))
    page = InitiativePage.objects.get(slug_nl="robotkamp")
    stored = page.description_nl
    for bad in ("script", "onerror", "onclick", "onmouseover", "javascript:", "iframe", "style"):
        assert bad not in stored
    assert "Hallo" in stored and '<a href="https://example.org/">goed</a>' in stored
    html = client.get("/nl/initiatieven/robotkamp/").content.decode()
    assert "alert(" not in html
    assert "Hallo" in html


def test_nul_byte_is_refused_in_one_line_and_nothing_changes(exported, tmp_path):
    before = InitiativePage.objects.get(slug_nl="robotkamp").title_nl
    path = with_changes(exported, tmp_path / "nul.csv", title_nl="Robot\x00kamp")
    with pytest.raises(CommandError) as failure:
        call_command("import_initiatives", str(path))
    message = str(failure.value)
    assert "\n" not in message
    assert "NUL byte on line" in message
    assert InitiativePage.objects.get(slug_nl="robotkamp").title_nl == before


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("latin-1", errors="replace"),
        lambda text: text.encode("utf-8")[:-1] + b"\xff\xfe\xc3",
    ],
    ids=["utf-16", "latin-1", "broken utf-8"],
)
def test_other_encodings_are_refused_in_one_line(exported, tmp_path, encode):
    text = exported.read_text(encoding="utf-8").replace("Robotkamp", "Robotkamp café")
    path = tmp_path / "encoded.csv"
    path.write_bytes(encode(text))
    count = InitiativePage.objects.count()
    with pytest.raises(CommandError) as failure:
        call_command("import_initiatives", str(path))
    message = str(failure.value)
    assert "\n" not in message
    assert "not imported" in message
    assert InitiativePage.objects.count() == count
    assert not InitiativePage.objects.filter(title_nl__contains="café").exists()


def test_header_is_unchanged(exported):
    assert rows_of(exported)[0] == COLUMNS
