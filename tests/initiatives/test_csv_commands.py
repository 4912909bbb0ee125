"""manage.py export_initiatives / import_initiatives."""

import csv

import pytest
from django.core.management import CommandError, call_command

from initiatives.csv_format import COLUMNS
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


def _rows(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows(rows)


def test_export_has_a_column_per_field_and_language(exported):
    rows = _rows(exported)
    assert rows[0] == COLUMNS
    assert {"title_nl", "title_en", "summary_nl", "summary_en", "partners"} <= set(rows[0])
    by_slug = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    robots = by_slug["robotkamp"]
    assert robots["slug_en"] == "robot-camp"
    assert robots["title_en"] == "Robot camp"
    assert robots["regions"] == "antwerpen"
    assert robots["partners"] == "lead:technopolis|contributing:=Robot vzw"
    assert by_slug["chemieklas"]["regions"] == "antwerpen|limburg"
    assert by_slug["chemieklas"]["organisation"] == "umicore"


def test_export_import_export_is_byte_identical(exported, tmp_path):
    call_command("import_initiatives", str(exported))
    again = tmp_path / "again.csv"
    call_command("export_initiatives", str(again))
    assert again.read_bytes() == exported.read_bytes()


def test_reimport_updates_by_slug_without_duplicates(exported, tmp_path):
    rows = _rows(exported)
    header = rows[0]
    for row in rows[1:]:
        if row[0] == "robotkamp":
            row[header.index("title_en")] = "Robot summer camp"
            row[header.index("status")] = "ended"
            row[header.index("regions")] = "limburg|europa"
            row[header.index("partners")] = "contributing:vrt"
    changed = tmp_path / "changed.csv"
    _write(changed, rows)
    before = InitiativePage.objects.count()
    call_command("import_initiatives", str(changed))
    call_command("import_initiatives", str(changed))
    assert InitiativePage.objects.count() == before
    robots = InitiativePage.objects.get(slug_nl="robotkamp")
    assert robots.title_en == "Robot summer camp"
    assert robots.status == "ended"
    assert sorted(region.slug for region in robots.regions.all()) == ["europa", "limburg"]
    assert [(link.role, link.partner.slug_nl) for link in robots.partners.all()] == [
        ("contributing", "vrt")
    ]
    assert robots.live


def test_import_creates_new_published_initiatives(exported, tmp_path, client):
    rows = _rows(exported)
    header = rows[0]
    new = dict.fromkeys(header, "")
    new |= {
        "slug_nl": "nieuw-initiatief",
        "slug_en": "new-initiative",
        "title_nl": "Nieuw initiatief",
        "title_en": "New initiative",
        "regions": "west-vlaanderen",
        "status": "planned",
        "year_started": "2026",
        "description_nl": "<p>Met “aanhalingstekens”, komma's en\neen regeleinde.</p>",
        "partners": "lead:=Stad Brugge",
    }
    rows.append([new[column] for column in header])
    path = tmp_path / "new.csv"
    _write(path, rows)
    call_command("import_initiatives", str(path))
    page = InitiativePage.objects.get(slug_nl="nieuw-initiatief")
    assert page.live and page.year_started == 2026
    response = client.get("/en/initiatives/?region=west-vlaanderen")
    assert "New initiative" in response.content.decode()


def test_malformed_file_imports_nothing_and_names_row_and_column(exported, tmp_path):
    rows = _rows(exported)
    header = rows[0]
    rows[1][header.index("title_en")] = "Should not be saved"
    rows[2][header.index("status")] = "someday"
    rows[3][header.index("regions")] = "limburg|atlantis"
    rows[4][header.index("year_started")] = "twenty"
    bad = tmp_path / "bad.csv"
    _write(bad, rows)
    with pytest.raises(CommandError) as failure:
        call_command("import_initiatives", str(bad))
    message = str(failure.value)
    assert "row 3, column status" in message
    assert "row 4, column regions: unknown slug 'atlantis'" in message
    assert "row 5, column year_started" in message
    assert not InitiativePage.objects.filter(title_en="Should not be saved").exists()


def test_missing_columns_and_short_rows_are_reported(tmp_path, index):
    pages_before = InitiativePage.objects.count()  # the module's sample, once it is built
    path = tmp_path / "short.csv"
    _write(path, [["slug_nl", "title_nl"], ["x", "X"]])
    with pytest.raises(CommandError) as failure:
        call_command("import_initiatives", str(path))
    assert "row 1, column status: this column is missing" in str(failure.value)

    full = tmp_path / "ragged.csv"
    _write(full, [COLUMNS, ["too", "few"]])
    with pytest.raises(CommandError) as failure:
        call_command("import_initiatives", str(full))
    assert "row 2" in str(failure.value)
    assert InitiativePage.objects.count() == pages_before


def test_not_utf8_is_refused(tmp_path, index):
    path = tmp_path / "latin1.csv"
    path.write_bytes(",".join(COLUMNS).encode() + b"\r\nb\xe9\r\n")
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_initiatives", str(path))


def test_duplicate_slugs_in_one_file_are_refused(exported, tmp_path):
    rows = _rows(exported)
    rows.append(list(rows[1]))
    path = tmp_path / "dupe.csv"
    _write(path, rows)
    with pytest.raises(CommandError, match="also used in row 2"):
        call_command("import_initiatives", str(path))


def test_every_translated_initiative_text_has_a_column_per_language():
    """The format reads its texts from the modeltranslation registry: a new one is exchanged too."""
    from modeltranslation.translator import translator

    from initiatives.models import InitiativePage

    registered = set(translator.get_options_for_model(InitiativePage).local_fields)
    for name in registered - {"listing_summary"}:
        assert {f"{name}_nl", f"{name}_en"} <= set(COLUMNS)
