"""The 'Kandidaat partner?' form on an initiative page."""

import logging
from smtplib import SMTPException

import pytest
from django.core import mail
from django.test import override_settings

from initiatives.forms import CandidacyForm
from initiatives.models import InitiativeCandidacy
from tests.public_forms import focused_notice, send_and_land

from .helpers import soup

VALID = {
    "organisation": "Umicore",
    "contact_person": "An Peeters",
    "email": "an.peeters@example.be",
    "role": "contributing",
    "message": "We willen graag meewerken.",
    "consent": "on",
}


@pytest.fixture
def initiative(young_talent_initiative):
    """Published once for the module (tests/initiatives/conftest.py)."""
    return young_talent_initiative


URL = "/nl/initiatieven/jong-talent-limburg/"


def test_page_shows_the_form_with_csrf_and_labels(client, initiative):
    response = client.get(URL)
    assert response.status_code == 200
    form = soup(response).select_one("#candidacy form")
    assert form["method"] == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    for name in ("organisation", "contact_person", "email", "message", "consent"):
        field = form.find(attrs={"name": name})
        assert form.find("label", attrs={"for": field["id"]}), name
    assert form.select_one("fieldset legend")  # the role radios are a group


def test_valid_candidacy_is_stored_then_mailed(client, initiative):
    response = client.post(URL, VALID)
    assert response.status_code == 303
    assert response["Location"].endswith("#candidacy-outcome")
    candidacy = InitiativeCandidacy.objects.get()
    assert candidacy.initiative_id == initiative.pk
    assert candidacy.organisation == "Umicore"
    assert candidacy.role == "contributing"
    assert candidacy.consent is True
    assert candidacy.language == "nl"
    assert candidacy.mail_sent is True
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redactie@stemhub.example"]
    assert "Jong talent voor Limburg" in message.subject
    assert "an.peeters@example.be" in message.body

    # The thank-you is where the visitor lands (asked for by the address, no cookie) and takes
    # the focus; the page's own address shows none.
    assert response["Location"] == f"{URL}?sent=candidacy#candidacy-outcome"
    followed = soup(client.get(response["Location"].split("#")[0]))
    outcome = followed.find(id="candidacy-outcome")
    assert outcome is not None and outcome.has_attr("data-focus-on-load")
    assert "Bedankt" in outcome.get_text()
    assert outcome.find_parent(id="candidacy") is not None
    assert followed.select_one(".candidacy__again form") is not None  # folded away
    assert soup(client.get(URL)).find(id="candidacy-outcome") is None
    assert soup(client.get(f"{URL}?sent=nonsense")).find(id="candidacy-outcome") is None


def test_identical_resend_within_minutes_is_the_same_candidacy(client, initiative):
    assert client.post(URL, VALID).status_code == 303
    client.get(URL)  # the thank-you was seen
    resend = client.post(URL, VALID | {"email": "AN.PEETERS@example.be"})
    assert resend.status_code == 303
    assert resend["Location"].endswith("#candidacy-outcome")
    assert InitiativeCandidacy.objects.count() == 1
    assert len(mail.outbox) == 1
    assert resend["Location"] == f"{URL}?sent=again#candidacy-outcome"
    outcome = soup(client.get(resend["Location"])).find(id="candidacy-outcome")
    assert "al ontvangen" in outcome.get_text()


def test_a_different_or_later_candidacy_is_a_new_one(client, initiative):
    from datetime import timedelta

    from django.utils import timezone

    client.post(URL, VALID)
    client.post(URL, VALID | {"role": "lead"})
    assert InitiativeCandidacy.objects.count() == 2
    InitiativeCandidacy.objects.update(created_at=timezone.now() - timedelta(hours=1))
    client.post(URL, VALID)
    assert InitiativeCandidacy.objects.count() == 3


THANKS = {
    "nl": "Bedankt! We hebben je kandidatuur goed ontvangen",
    "en": "Thank you! We have received your candidacy",
}
PAGES = {"nl": URL, "en": "/en/initiatives/young-talent-limburg/"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_a_candidacy_only_the_csrf_cookie_is_set(client, initiative, language):
    posted, landed = send_and_land(client, PAGES[language], VALID)
    assert posted["Location"] == f"{PAGES[language]}?sent=candidacy#candidacy-outcome"
    assert THANKS[language] in focused_notice(landed)
    # The resend's own thank-you, also without a cookie.
    _posted, again = send_and_land(client, PAGES[language], VALID)
    assert {"nl": "al ontvangen", "en": "already received"}[language] in focused_notice(again)


def test_english_page_accepts_candidacies_too(client, initiative):
    response = client.post("/en/initiatives/young-talent-limburg/", VALID | {"role": "lead"})
    assert response.status_code == 303
    assert InitiativeCandidacy.objects.get().language == "en"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"organisation": ""}, "organisation"),
        ({"contact_person": "   "}, "contact_person"),
        ({"email": "not-an-address"}, "email"),
        ({"role": "boss"}, "role"),
        ({"consent": ""}, "consent"),
        ({"message": "x" * 3001}, "message"),
    ],
)
def test_invalid_candidacy_stores_nothing_and_keeps_the_input(client, initiative, changes, field):
    data = {key: value for key, value in (VALID | changes).items() if value != ""}
    response = client.post(URL, data)
    assert response.status_code == 200
    assert InitiativeCandidacy.objects.count() == 0
    assert mail.outbox == []
    page = soup(response)
    error = page.find(id=f"id_{field}-error")
    assert error is not None and error.get_text(strip=True)
    # The message sits next to the field and the field points at it.
    if field != "role":
        assert f"id_{field}-error" in page.find(attrs={"name": field})["aria-describedby"]
    # Everything typed is still there.
    if field != "organisation":
        assert page.find("input", attrs={"name": "organisation"})["value"] == "Umicore"
    if field != "message":
        assert (
            page.find("textarea", attrs={"name": "message"}).get_text().strip() == VALID["message"]
        )
    summary = page.select_one("[role=alert]")
    assert summary is not None and summary.has_attr("data-focus-on-load")
    assert page.title.get_text().startswith("Fout: ")


def test_the_role_radios_are_djangos_own_inputs_keeping_the_choice(client, initiative):
    """Written in the page's template (partners/includes/choice_input.html), as Django's
    widget writes them."""
    data = VALID | {"email": "not-an-address", "role": "lead"}
    html = client.post(URL, data).content.decode()
    choices = CandidacyForm(data)["role"]
    radios = [str(radio.tag()) for radio in choices]
    labelled = [f'{radio.tag()} <label for="{radio.id_for_label}">' for radio in choices]
    assert len(radios) == 2 and all(radio in html for radio in labelled)
    assert [" checked" in radio for radio in radios] == [True, False]


def test_every_required_field_carries_a_star_and_no_other(client, initiative):
    page = soup(client.get(URL))
    form = page.select_one("#candidacy form")
    response = client.post(URL, {})
    errors = soup(response).select("#candidacy .field-error")
    starred = form.select(".field__required")
    assert len(starred) == len(errors) == 5
    for star in starred:
        assert star.find_parent(["label", "legend"]) is not None
    assert "*" not in form.find("label", attrs={"for": "id_message"}).get_text()


def test_honeypot_refuses_keeps_what_was_typed_and_stores_nothing(client, initiative):
    """The same answer as the video submission form gives (tests/partners)."""
    response = client.post(URL, VALID | {"homepage": "http://spam.example"})
    assert response.status_code == 200
    assert InitiativeCandidacy.objects.count() == 0
    assert mail.outbox == []
    html = response.content.decode()
    assert "We konden je inzending niet verwerken. Probeer het opnieuw." in html
    assert 'value="An Peeters"' in html
    assert "spam.example" not in html  # a person who filled it by accident can send again


def test_csrf_is_enforced(initiative):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(URL, VALID)
    assert response.status_code == 403
    assert InitiativeCandidacy.objects.count() == 0


@override_settings(STEMHUB_CANDIDACY_RATE_LIMIT=2, STEMHUB_CANDIDACY_RATE_WINDOW=3600)
def test_rate_limit_answers_429_and_stores_nothing(client, initiative):
    assert client.post(URL, VALID).status_code == 303
    assert client.post(URL, VALID | {"organisation": "Agfa"}).status_code == 303
    response = client.post(URL, VALID | {"organisation": "Barco"})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "<h1>" in response.content.decode()
    assert InitiativeCandidacy.objects.count() == 2
    # Another address is not affected.
    other = client.post(URL, VALID, REMOTE_ADDR="192.0.2.99")
    assert other.status_code == 303


@override_settings(STEMHUB_CANDIDACY_RATE_LIMIT=1)
def test_typos_do_not_use_up_the_rate_limit(client, initiative):
    for _attempt in range(3):
        assert client.post(URL, VALID | {"email": "typo"}).status_code == 200
    assert client.post(URL, VALID).status_code == 303
    assert client.post(URL, VALID | {"organisation": "Agfa"}).status_code == 429
    assert InitiativeCandidacy.objects.count() == 1


def test_rate_limit_page_is_translated(client, initiative, settings):
    settings.STEMHUB_CANDIDACY_RATE_LIMIT = 0  # every submission is over the limit
    settings.STEMHUB_CANDIDACY_RATE_WINDOW = 600
    english = client.post("/en/initiatives/young-talent-limburg/", VALID)
    assert english.status_code == 429
    assert 'lang="en"' in english.content.decode()
    assert "10 minutes" in english.content.decode()


def test_mail_failure_keeps_the_candidacy_and_logs(client, initiative, monkeypatch, caplog):
    def broken_send_mail(*args, **kwargs):
        raise SMTPException("mail server down")

    monkeypatch.setattr("initiatives.candidacies.send_mail", broken_send_mail)
    with caplog.at_level(logging.ERROR, logger="initiatives.candidacies"):
        response = client.post(URL, VALID)
    assert response.status_code == 303
    candidacy = InitiativeCandidacy.objects.get()
    assert candidacy.mail_sent is False
    assert any("Could not mail the editors" in record.message for record in caplog.records)


def test_editors_find_candidacies_in_the_admin(admin_client, initiative):
    client_response = admin_client.post(URL, VALID)
    assert client_response.status_code == 303
    listing = admin_client.get("/admin/snippets/initiatives/initiativecandidacy/?q=Peeters")
    assert listing.status_code == 200
    assert "Umicore" in listing.content.decode()
    filtered = admin_client.get("/admin/snippets/initiatives/initiativecandidacy/?role=lead")
    assert filtered.status_code == 200
    assert "an.peeters@example.be" not in filtered.content.decode()
    candidacy = InitiativeCandidacy.objects.get()
    edit = admin_client.get(f"/admin/snippets/initiatives/initiativecandidacy/edit/{candidacy.pk}/")
    assert edit.status_code == 200
