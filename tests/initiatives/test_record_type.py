"""Record type, language and country of an initiative (issue 16, item 8): facets with counts in
both languages, the initiative page, the public CSV and the CSV exchange format.

The four records are built once for the module (tests/shared_content.py); the import tests
change them inside their own savepoint only.
"""

import csv
import io

import pytest
from django.core.management import call_command

from initiatives.csv_format import COLUMNS
from initiatives.factories import create_initiative
from initiatives.models import InitiativePage

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, ensure_all_unless_committed, module_content
from .helpers import option_count, result_titles, soup

NL = "/nl/initiatieven/"
EN = "/en/initiatives/"


@pytest.fixture(scope="module")
def record_pks(django_db_setup, django_db_blocker):
    """`build_records()` once for the module, rolled back after it."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            ensure_all_unless_committed()
            built = build_records(skeleton.sections["initiatives"])
        yield {key: page.pk for key, page in built.items()}


@pytest.fixture
def records(record_pks, index):
    """The module's records as fresh instances, read again for each test."""
    pages = InitiativePage.objects.in_bulk(record_pks.values())
    return {key: pages[pk] for key, pk in record_pks.items()}


def build_records(index):
    """Four initiatives: a study, a network, a programme and one without a type."""
    both = {"nl": "België", "en": "Belgium"}
    return {
        "study": create_initiative(
            index,
            "kiezen-voor-stem",
            title="Kiezen voor STEM",
            title_en="Choosing STEM",
            record_type="study",
            languages=["nl"],
            country=both["nl"],
            country_nl=both["nl"],
            country_en=both["en"],
        ),
        "network": create_initiative(
            index,
            "stem-netwerk",
            title="STEM-netwerk",
            record_type="network",
            languages=["nl", "en"],
            country="Nederland",
            country_nl="Nederland",
            country_en="The Netherlands",
        ),
        "programme": create_initiative(
            index,
            "europees-programma",
            title="Europees programma",
            title_en="European programme",
            record_type="programme",
            languages=["en"],
            country=both["nl"],
            country_nl=both["nl"],
            country_en=both["en"],
        ),
        "untyped": create_initiative(index, "zonder-type", title="Zonder type"),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=study", ["Kiezen voor STEM"]),
        ("type=study&type=network", ["Kiezen voor STEM", "STEM-netwerk"]),
        ("language=en", ["Europees programma", "STEM-netwerk"]),
        ("language=nl&type=network", ["STEM-netwerk"]),
        ("country=België", ["Europees programma", "Kiezen voor STEM"]),
        ("country=België&language=nl", ["Kiezen voor STEM"]),
    ],
)
def test_type_language_and_country_filter(client, records, query, expected):
    assert result_titles(client.get(f"{NL}?{query}")) == expected


def test_counts_in_dutch(client, records):
    response = client.get(f"{NL}?language=nl")
    assert option_count(response, "type", "study") == 1
    assert option_count(response, "type", "network") == 1
    assert option_count(response, "type", "programme") is None  # nothing to add: hidden
    # The language facet counts without its own choice.
    assert option_count(response, "language", "nl") == 2
    assert option_count(response, "language", "en") == 2
    assert option_count(response, "country", "België") == 1
    assert option_count(response, "country", "Nederland") == 1
    page = soup(response)
    labels = [label.get_text(" ", strip=True) for label in page.select("label")]
    assert any(label.startswith("Studie") for label in labels)
    assert any(label.startswith("Nederlands") for label in labels)


def test_counts_and_labels_in_english_keep_the_dutch_value(client, records):
    response = client.get(f"{EN}?type=study&type=programme")
    assert result_titles(response) == ["Choosing STEM", "European programme"]
    page = soup(response)
    country = page.find("input", attrs={"name": "country", "value": "België"})
    label = page.find("label", attrs={"for": country["id"]}).get_text(" ", strip=True)
    assert label.startswith("Belgium")
    assert option_count(response, "country", "België") == 2
    assert option_count(response, "type", "network") == 1
    language = page.find("input", attrs={"name": "language", "value": "en"})
    assert (
        page.find("label", attrs={"for": language["id"]}).get_text(strip=True).startswith("English")
    )
    # The same filtered link means the same in Dutch.
    assert result_titles(client.get(f"{NL}?country=België")) == [
        "Europees programma",
        "Kiezen voor STEM",
    ]


def test_an_unknown_country_is_reported_not_silently_empty(client, records):
    response = client.get(f"{NL}?country=Atlantis")
    assert response.status_code == 200
    assert len(result_titles(response)) == 4
    assert "bestaan niet" in response.content.decode()


@pytest.mark.parametrize("value", ["\x00", "a" * 300, "%ff", "' OR 1=1 --"])
def test_hostile_country_values_never_break(client, records, value):
    response = client.get(NL, {"country": value})
    assert response.status_code == 200


def test_initiative_page_shows_type_and_languages(client, records):
    dutch = soup(client.get(f"{NL}stem-netwerk/"))
    facts = dutch.select_one(".facts").get_text(" ", strip=True)
    assert "Soort Netwerk" in facts
    assert "Talen Nederlands, Engels" in facts
    english = soup(client.get(f"{EN}kiezen-voor-stem/"))
    facts = english.select_one(".facts").get_text(" ", strip=True)
    assert "Type Study" in facts
    assert "Languages Dutch" in facts
    assert "Country Belgium" in facts


def test_cards_name_the_record_type(client, records):
    response = client.get(EN)
    types = [node.get_text(strip=True) for node in soup(response).select(".initiative-card__type")]
    assert sorted(types) == ["Network", "Programme", "Study"]


def test_public_csv_has_type_country_and_language(client, records):
    response = client.get(f"{EN}csv/?type=study")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][-3:] == ["Type", "Country", "Language"]
    assert rows[1][0] == "Choosing STEM"
    assert rows[1][-3:] == ["Study", "Belgium", "Dutch"]
    dutch = list(
        csv.reader(io.StringIO(client.get(f"{NL}csv/?type=study").content.decode("utf-8-sig")))
    )
    assert dutch[0][-3:] == ["Soort", "Land", "Taal"]
    assert dutch[1][-3:] == ["Studie", "België", "Nederlands"]


def _export(path):
    call_command("export_initiatives", str(path))
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def test_csv_round_trip_with_type_and_languages(records, tmp_path):
    first = tmp_path / "first.csv"
    rows = _export(first)
    assert {"record_type", "languages", "country_nl", "country_en"} <= set(rows[0])
    by_slug = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert by_slug["stem-netwerk"]["record_type"] == "network"
    assert by_slug["stem-netwerk"]["languages"] == "nl|en"
    assert by_slug["stem-netwerk"]["country_en"] == "The Netherlands"
    assert by_slug["zonder-type"]["record_type"] == ""

    call_command("import_initiatives", str(first))
    second = tmp_path / "second.csv"
    _export(second)
    assert second.read_bytes() == first.read_bytes()


def test_csv_import_changes_type_and_languages(records, tmp_path):
    rows = _export(tmp_path / "first.csv")
    header = rows[0]
    for row in rows[1:]:
        if row[0] == "kiezen-voor-stem":
            row[header.index("record_type")] = "event"
            row[header.index("languages")] = "fr|de"
    changed = tmp_path / "changed.csv"
    with open(changed, "w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows(rows)
    call_command("import_initiatives", str(changed))
    study = InitiativePage.objects.get(slug_nl="kiezen-voor-stem")
    assert study.record_type.slug == "event"
    assert [language.slug for language in study.languages.all()] == ["fr", "de"]


def test_csv_import_refuses_an_unknown_type(records, tmp_path):
    rows = _export(tmp_path / "first.csv")
    header = rows[0]
    rows[1][header.index("record_type")] = "podcast"
    rows[1][header.index("languages")] = "nl|xx"
    bad = tmp_path / "bad.csv"
    with open(bad, "w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows(rows)
    with pytest.raises(Exception) as failure:
        call_command("import_initiatives", str(bad))
    message = str(failure.value)
    assert "row 2, column record_type: unknown slug 'podcast'" in message
    assert "row 2, column languages: unknown slug 'xx'" in message


def test_a_file_from_before_these_columns_still_imports(records, tmp_path):
    rows = _export(tmp_path / "first.csv")
    header = rows[0]
    keep = [
        index for index, column in enumerate(header) if column not in ("record_type", "languages")
    ]
    old = tmp_path / "old.csv"
    with open(old, "w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows(
            [[row[index] for index in keep] for row in rows]
        )
    call_command("import_initiatives", str(old))
    study = InitiativePage.objects.get(slug_nl="kiezen-voor-stem")
    assert study.record_type.slug == "study"  # left as it was
    assert [language.slug for language in study.languages.all()] == ["nl"]
    assert COLUMNS.index("record_type") < COLUMNS.index("languages")


def test_read_only_api_has_type_and_languages(client, records):
    study = records["study"]
    data = client.get(f"/api/v2/pages/{study.pk}/").json()
    assert data["record_type"]["id"] == study.record_type_id
    assert len(data["languages"]) == 1
