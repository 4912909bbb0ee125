"""The initiative list opens in Belgian Excel with its accents and columns intact."""

import csv
import io

from initiatives.factories import create_initiative

from .helpers import soup

NL = "/nl/initiatieven/"


def test_both_downloads_start_with_a_utf8_byte_order_mark(client, index):
    create_initiative(index, "creatief-met-stem", title="Créatief met STEM: één dag")
    for url in (f"{NL}csv/", f"{NL}csv-excel/"):
        response = client.get(url)
        assert response.status_code == 200
        assert response.content[:3] == b"\xef\xbb\xbf"
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert "Créatief met STEM: één dag" in response.content.decode("utf-8-sig")


def test_excel_variant_is_separated_by_semicolons(client, index):
    create_initiative(index, "robots", title="Robots, sensoren en code")
    response = client.get(f"{NL}csv-excel/")
    assert 'filename="stem-initiatives-excel.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Naam;Webadres;Organisatie;")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[1][0] == "Robots, sensoren en code"
    assert len(rows[1]) == len(rows[0])


def test_the_page_offers_both_with_the_filters(client, index):
    links = soup(client.get(f"{NL}?status=running"))
    assert links.select_one(".browse__excel")["href"] == f"{NL}csv-excel/?status=running"
    assert links.select_one(".browse__csv")["href"] == f"{NL}csv/?status=running"
