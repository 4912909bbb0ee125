"""Networking from the partner call (issue 16, item 7, the opt-in part): a candidate may be
shown as "interested" (organisation and role only), never without that opt-in, and only once
the editors have handled the candidacy."""

import pytest

from initiatives.models import InitiativeCandidacy

from .helpers import soup

NL = "/nl/initiatieven/jong-talent-limburg/"
EN = "/en/initiatives/young-talent-limburg/"
VALID = {
    "organisation": "Umicore",
    "contact_person": "An Peeters",
    "email": "an.peeters@example.be",
    "role": "lead",
    "message": "We willen graag trekken.",
    "consent": "on",
}


@pytest.fixture
def initiative(young_talent_initiative):
    """Published once for the module (tests/initiatives/conftest.py)."""
    return young_talent_initiative


def interested(response):
    return [
        " ".join(item.get_text(" ", strip=True).split())
        for item in soup(response).select(".interested-list li")
    ]


def test_form_offers_both_opt_ins_unticked_with_labels(client, initiative):
    form = soup(client.get(NL)).select_one("#candidacy form")
    for name in ("show_as_interested", "allow_contact"):
        box = form.find("input", attrs={"name": name})
        assert box["type"] == "checkbox" and not box.has_attr("checked")
        assert form.find("label", attrs={"for": box["id"]})


def test_opt_in_is_stored_and_shown_once_the_editors_handled_it(client, initiative):
    response = client.post(NL, {**VALID, "show_as_interested": "on", "allow_contact": "on"})
    assert response.status_code == 303
    candidacy = InitiativeCandidacy.objects.get()
    assert candidacy.show_as_interested and candidacy.allow_contact
    assert interested(client.get(NL)) == []  # not before an editor has looked at it

    candidacy.status = "contacted"
    candidacy.save()
    assert interested(client.get(NL)) == ["Umicore Trekkende partner Stuur een bericht aan Umicore"]
    english = client.get(EN)
    assert interested(english) == ["Umicore Lead partner Send a message to Umicore"]
    page = english.content.decode()
    assert "An Peeters" not in page and "an.peeters@example.be" not in page


def test_nothing_is_shown_without_the_opt_in(client, initiative):
    client.post(NL, VALID)
    client.post(NL, {**VALID, "organisation": "VRT", "show_as_interested": "on"})
    InitiativeCandidacy.objects.filter(organisation="Umicore").update(status="accepted")
    InitiativeCandidacy.objects.filter(organisation="VRT").update(status="declined")
    response = client.get(NL)
    assert interested(response) == []
    assert soup(response).select_one("#interested-heading") is None


def test_each_organisation_and_role_is_listed_once(client, initiative):
    for person in ("An", "Bart"):
        InitiativeCandidacy.objects.create(
            initiative=initiative,
            organisation="Technopolis",
            contact_person=person,
            email=f"{person.lower()}@example.be",
            role="contributing",
            consent=True,
            show_as_interested=True,
            status="accepted",
        )
    assert len(interested(client.get(EN))) == 1
