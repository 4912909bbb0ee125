"""An address in the other language's words redirects to the page in the language asked for."""

import pytest

from initiatives.factories import create_initiative
from tests.shared_content import ensure_all_unless_committed


@pytest.fixture
def initiative(site_tree):
    ensure_all_unless_committed()
    return create_initiative(
        site_tree.sections["initiatives"],
        "zonnecellen-maken",
        title="Zonnecellen maken",
        title_en="Making solar cells",
        slug_en="making-solar-cells",
    )


@pytest.mark.parametrize(
    ("asked", "landed"),
    [
        ("/en/initiatieven/", "/en/initiatives/"),
        ("/nl/initiatives/", "/nl/initiatieven/"),
        ("/en/initiatieven/zonnecellen-maken/", "/en/initiatives/making-solar-cells/"),
        ("/nl/initiatives/making-solar-cells/", "/nl/initiatieven/zonnecellen-maken/"),
        ("/en/zoeken/", "/en/search/"),
        ("/nl/search/", "/nl/zoeken/"),
    ],
)
def test_wrong_language_address_redirects(client, initiative, asked, landed):
    response = client.get(asked)
    assert response.status_code == 302
    assert response["Location"] == landed
    assert client.get(landed).status_code == 200


def test_the_query_string_is_kept(client, initiative):
    response = client.get("/en/initiatieven/?region=limburg")
    assert response["Location"] == "/en/initiatives/?region=limburg"


def test_classroom_in_both_directions(client, site_tree):
    from classroom.demo import load_index
    from classroom.factories import ensure_vocabulary

    ensure_vocabulary()
    load_index(site_tree)
    assert client.get("/en/klas/")["Location"] == "/en/classroom/"
    assert client.get("/nl/classroom/")["Location"] == "/nl/klas/"


def test_unknown_and_unpublished_addresses_stay_404(client, initiative):
    assert client.get("/en/bestaat-niet/").status_code == 404
    initiative.unpublish()
    assert client.get("/en/initiatieven/zonnecellen-maken/").status_code == 404
    assert client.post("/en/initiatieven/").status_code != 302
