"""Networking from the partner call (issue 16, item 7, the message part): a candidate writes
to another who allowed it; the message is stored and goes to the editors, who pass it on; the
sender never sees the recipient's contact details; nobody writes to one who did not opt in."""

import pytest

from initiatives.models import CandidateMessage, InitiativeCandidacy
from stemhub.models import OutgoingMail
from tests.public_forms import focused_notice, send_and_land

from . import test_networking
from .helpers import soup

PAGE = {"nl": test_networking.NL, "en": test_networking.EN}
initiative = test_networking.initiative  # the same initiative fixture
INDEX = {"nl": "/nl/initiatieven/", "en": "/en/initiatives/"}


def candidacy(initiative, organisation, email, **options):
    return InitiativeCandidacy.objects.create(
        initiative=initiative,
        organisation=organisation,
        contact_person=f"Contact {organisation}",
        email=email,
        role="contributing",
        consent=True,
        status="accepted",
        **options,
    )


@pytest.fixture
def umicore(initiative):
    return candidacy(
        initiative, "Umicore", "an@umicore.example", show_as_interested=True, allow_contact=True
    )


@pytest.fixture
def vrt(initiative):
    return candidacy(initiative, "VRT", "bo@vrt.example")


def valid(**changes):
    data = {
        "email": "BO@vrt.example",
        "message": "Zullen we samen een workshop geven?",
        "consents_to_pass_on": "on",
    }
    data.update(changes)
    return {f"contact-{k}": v for k, v in data.items() if v is not None}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_links_to_the_form_only_for_who_allowed_it(client, initiative, umicore, language):
    candidacy(initiative, "Technopolis", "x@technopolis.example", show_as_interested=True)
    page = soup(client.get(PAGE[language]))
    links = page.select(".interested-list a.interested-list__contact")
    assert [a["href"] for a in links] == [f"{INDEX[language]}contact/{umicore.pk}/"]
    form = client.get(links[0]["href"])
    assert form.status_code == 200
    html = form.content.decode()
    assert "Umicore" in html and "an@umicore.example" not in html
    assert "Contact Umicore" not in html


def test_nobody_writes_to_a_candidate_who_did_not_allow_it(client, initiative, vrt):
    shown_only = candidacy(initiative, "Agfa", "a@agfa.example", show_as_interested=True)
    not_handled = candidacy(
        initiative, "Barco", "b@barco.example", show_as_interested=True, allow_contact=True
    )
    not_handled.status = "new"
    not_handled.save()
    for target in (vrt, shown_only, not_handled):
        assert client.get(f"{INDEX['nl']}contact/{target.pk}/").status_code == 404
        response = client.post(f"{INDEX['nl']}contact/{target.pk}/", valid())
        assert response.status_code == 404
    assert CandidateMessage.objects.count() == 0


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_message_is_stored_and_goes_to_the_editors(
    client, umicore, vrt, settings, language, django_capture_on_commit_callbacks
):
    settings.STEMHUB_EDITORS_EMAIL = ["redactie@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INDEX[language]}contact/{umicore.pk}/", valid())
    assert response.status_code == 303
    assert response["Location"] == f"{PAGE[language]}?sent=message#candidacy-outcome"
    message = CandidateMessage.objects.get()
    assert message.sender == vrt and message.recipient == umicore
    assert message.consents_to_pass_on and message.language == language
    mail = OutgoingMail.objects.get(to=["redactie@example.org"])
    assert "Umicore" in mail.subject
    for detail in ("an@umicore.example", "bo@vrt.example", "Zullen we samen een workshop geven?"):
        assert detail in mail.body
    outcome = soup(client.get(response["Location"])).select_one("#candidacy-outcome")
    expected = {"nl": "redactie geeft je bericht", "en": "editors will pass your message"}
    assert expected[language] in outcome.get_text()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_a_message_only_the_csrf_cookie_is_set(client, umicore, vrt, language):
    form = f"{INDEX[language]}contact/{umicore.pk}/"
    _posted, landed = send_and_land(client, form, valid())
    thanks = {"nl": "redactie geeft je bericht", "en": "editors will pass your message"}
    assert thanks[language] in focused_notice(landed)


REFUSED = {
    "not a candidate": ({"email": "someone@else.example"}, "email"),
    "the recipient itself": ({"email": "an@umicore.example"}, "email"),
    "no message": ({"message": ""}, "message"),
    "no consent": ({"consents_to_pass_on": None}, "consents_to_pass_on"),
    "too long": ({"message": "x" * 3001}, "message"),
}


@pytest.mark.parametrize("case", REFUSED.keys())
def test_refused_messages_store_nothing_and_keep_what_was_typed(client, umicore, vrt, case):
    changes, field = REFUSED[case]
    response = client.post(f"{INDEX['nl']}contact/{umicore.pk}/", valid(**changes))
    assert response.status_code == 400
    assert CandidateMessage.objects.count() == 0 and OutgoingMail.objects.count() == 0
    page = soup(response)
    assert page.select_one("#error-summary a")["href"] == f"#id_contact-{field}"
    assert page.select_one(f"#id_contact-{field}-error").get_text(strip=True)
    if field != "message":
        typed = page.find("textarea", attrs={"name": "contact-message"}).get_text().strip()
        assert typed == "Zullen we samen een workshop geven?"


def test_the_error_for_a_stranger_is_translated(client, umicore):
    response = client.post(f"{INDEX['en']}contact/{umicore.pk}/", valid(email="x@y.example"))
    assert "We know no candidacy for this initiative" in response.content.decode()
    response = client.post(f"{INDEX['nl']}contact/{umicore.pk}/", valid(email="x@y.example"))
    assert "kandidatuur" in soup(response).select_one("#id_contact-email-error").get_text()


def test_honeypot_and_rate_limit(client, umicore, vrt, settings):
    settings.STEMHUB_CANDIDACY_RATE_LIMIT = 1
    url = f"{INDEX['nl']}contact/{umicore.pk}/"
    assert client.post(url, valid(website_address="spam")).status_code == 400
    assert CandidateMessage.objects.count() == 0
    assert client.post(url, valid()).status_code == 429


def test_editors_see_and_forward_messages_in_the_admin(client, umicore, vrt):
    from stemhub import roles
    from tests.stemhub.admin_helpers import member_of

    client.post(f"{INDEX['nl']}contact/{umicore.pk}/", valid())
    message = CandidateMessage.objects.get()
    client.force_login(member_of(roles.EDITORS_GROUP))
    listing = client.get("/admin/initiatives_candidatemessage/").content.decode()
    assert "VRT" in listing and "Umicore" in listing
    inspect = client.get(f"/admin/initiatives_candidatemessage/inspect/{message.pk}/")
    assert "Zullen we samen een workshop geven?" in inspect.content.decode()
    response = client.post(
        f"/admin/initiatives_candidatemessage/edit/{message.pk}/",
        {"forwarded": "on", "editor_notes": "Doorgestuurd"},
    )
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.forwarded and message.editor_notes == "Doorgestuurd"
