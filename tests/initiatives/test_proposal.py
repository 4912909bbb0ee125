"""'Stel je initiatief voor' / 'Propose your initiative': refused posts store nothing and keep
what was typed; an accepted one is a record, a draft page in the initiative review and a receipt
in the outbox; the status page follows the review."""

import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import WorkflowState

from initiatives.models import (
    EducationLevel,
    InitiativePage,
    InitiativeProposal,
    Region,
    TargetGroup,
)
from initiatives.proposal_form import InitiativeProposalForm
from stemhub.models import OutgoingMail
from stemhub.roles import INITIATIVE_REVIEW
from taxonomy.models import Sector
from tests.public_forms import focused_notice, send_and_land

from .helpers import soup

PROPOSE = {"nl": "/nl/initiatieven/voorstellen/", "en": "/en/initiatives/propose/"}


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def logo_upload(name="logo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (200, 100), (45, 42, 140)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def valid(index):
    return valid_data


def valid_data(**changes):
    """A complete, valid proposal (without a logo); tests change one thing at a time."""
    data = {
        "organisation_name": "Maakbaar vzw",
        "contact_name": "Sara Janssens",
        "email": "sara@example.be",
        "phone": "+32 9 123 45 67",
        "title": "Maakplaats op wielen",
        "summary": "Een rijdende maakplaats bezoekt scholen in Oost-Vlaanderen.",
        "description": "Leerlingen bouwen <b>robots</b>.\nElke week een andere school.",
        "target_groups": [str(TargetGroup.objects.get(slug="kinderen-10-14").pk)],
        "education_levels": [str(EducationLevel.objects.get(slug="basisonderwijs").pk)],
        "regions": [str(Region.objects.get(slug="antwerpen").pk)],
        "sectors": [str(Sector.objects.get(slug="robotica-industrie").pk)],
        "initiative_status": "running",
        "year_started": "2023",
        "website": "https://maakbaar.example.be",
        "confirms_right_to_publish": "on",
        "confirms_privacy_notice": "on",
    }
    data.update(changes)
    return {f"proposal-{k}": v for k, v in data.items() if v is not None}


def stored_nothing(media_root):
    root = Path(media_root)
    assert InitiativeProposal.objects.count() == 0
    assert not InitiativePage.objects.filter(live=False).exists()
    assert WorkflowState.objects.count() == 0
    assert get_image_model().objects.filter(title="Maakbaar vzw").count() == 0
    assert OutgoingMail.objects.count() == 0
    assert not root.exists() or not [p for p in root.rglob("*") if p.is_file()]


def field_errors(response):
    return dict(re.findall(r'id="id_proposal-([a-z_]+)-error">([^<]*)<', response.content.decode()))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_form_has_labelled_fields_and_is_linked_from_the_browse(client, index, language):
    browse = soup(client.get("/nl/initiatieven/" if language == "nl" else "/en/initiatives/"))
    assert browse.select_one(".initiative-browse__propose a")["href"] == PROPOSE[language]
    response = client.get(PROPOSE[language])
    assert response.status_code == 200
    page = soup(response)
    heading = {"nl": "Stel je initiatief voor", "en": "Propose your initiative"}[language]
    assert page.h1.get_text(strip=True) == heading
    crumbs = [link["href"] for link in page.select("nav.breadcrumbs a")]
    assert crumbs == [
        f"/{language}/",
        {"nl": "/nl/initiatieven/", "en": "/en/initiatives/"}[language],
    ]
    form = page.select_one("form.submission-form")
    assert form["enctype"] == "multipart/form-data"
    for name in ("organisation_name", "contact_name", "email", "title", "summary", "year_started"):
        field = form.find(attrs={"name": f"proposal-{name}"})
        assert form.find("label", attrs={"for": field["id"]}), name
    assert form.select_one(".hp-field[aria-hidden=true] input")["tabindex"] == "-1"
    formats = {"nl": "Ondersteunde bestandsformaten", "en": "Supported formats"}[language]
    assert formats in form.select_one("#id_proposal-logo_helptext").get_text()


VOCABULARIES = {
    "target_groups": TargetGroup,
    "education_levels": EducationLevel,
    "regions": Region,
    "sectors": Sector,
}


def test_every_vocabulary_offers_its_live_terms_read_once(client, index):
    Region.objects.create(name="Verborgen", slug="verborgen", live=False)
    with CaptureQueriesContext(connection) as queries:
        page = soup(client.get(PROPOSE["nl"]))
    for name, model in VOCABULARIES.items():
        offered = [box["value"] for box in page.select(f"input[name=proposal-{name}]")]
        assert offered == [str(pk) for pk in model.objects.live().values_list("pk", flat=True)]
        assert offered, name
        table = model._meta.db_table
        assert sum(f'FROM "{table}"' in q["sql"] for q in queries.captured_queries) == 1, name


def test_a_sent_term_is_checked_against_the_terms_offered_without_another_query(valid):
    """As Django's query would check it: only the very key of a live term is a choice."""
    hidden = Region.objects.create(name="Verborgen", slug="verborgen", live=False)
    antwerpen, limburg = (Region.objects.get(slug=slug) for slug in ("antwerpen", "limburg"))
    cases = {
        (str(limburg.pk), str(antwerpen.pk)): None,
        (str(antwerpen.pk), str(hidden.pk)): "invalid_choice",
        (f" {antwerpen.pk}",): "invalid_choice",
        ("Antwerpen",): "invalid_pk_value",
    }
    for keys, code in cases.items():
        form = InitiativeProposalForm(valid(regions=list(keys)))
        with CaptureQueriesContext(connection) as queries:
            errors = form.errors.as_data()
        assert not [q for q in queries.captured_queries if "initiatives_region" in q["sql"]]
        if code:
            assert [error.code for error in errors["regions"]] == [code], keys
        else:
            assert "regions" not in errors
            assert list(form.cleaned_data["regions"]) == list(
                Region.objects.live().filter(pk__in=[antwerpen.pk, limburg.pk])
            )


def test_a_vocabulary_without_live_terms_is_no_choice_to_make(client, valid, index):
    Region.objects.update(live=False)
    page = soup(client.get(PROPOSE["nl"]))
    assert not page.select("input[name=proposal-regions]")
    response = client.post(PROPOSE["nl"], valid(regions=None))
    assert response.status_code == 303
    assert InitiativeProposal.objects.get().regions.count() == 0


def test_the_other_languages_address_redirects(client, index):
    response = client.get("/nl/initiatieven/propose/")
    assert response.status_code == 302
    assert response["Location"] == PROPOSE["nl"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_accepted_proposal_is_a_record_a_draft_in_review_and_a_receipt(
    client, valid, language, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            PROPOSE[language], valid(logo=logo_upload()) | {"proposal-logo": logo_upload()}
        )
    assert response.status_code == 303, field_errors(response)
    proposal = InitiativeProposal.objects.get()
    assert response["Location"] == f"{PROPOSE[language]}status/{proposal.status_token}/?received=1"
    assert proposal.language == language
    assert proposal.reference.startswith("INI-")
    assert proposal.organisation_name == "Maakbaar vzw"
    assert [r.slug for r in proposal.regions.all()] == ["antwerpen"]
    assert proposal.logo is not None

    page = proposal.page
    assert page.live is False
    assert page.title == "Maakplaats op wielen"
    assert page.summary_nl == "Een rijdende maakplaats bezoekt scholen in Oost-Vlaanderen."
    # The visitor's text is escaped, never markup.
    assert page.description_nl == (
        "<p>Leerlingen bouwen &lt;b&gt;robots&lt;/b&gt;.<br/>Elke week een andere school.</p>"
    )
    assert page.status == "running" and page.year_started == 2023
    assert page.image_id == proposal.logo_id
    assert page.organisation.title == "Maakbaar vzw" and page.organisation.live is False
    assert [t.slug for t in page.target_groups.all()] == ["kinderen-10-14"]
    assert [s.slug for s in page.sectors.all()] == ["robotica-industrie"]
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == "in_progress"
    assert str.__str__(state.workflow.name) == INITIATIVE_REVIEW

    receipt = OutgoingMail.objects.get(to=["sara@example.be"])
    assert proposal.reference in receipt.subject
    assert f"{PROPOSE[language]}status/{proposal.status_token}/" in receipt.body
    expected = {"nl": "Beste Sara Janssens", "en": "Dear Sara Janssens"}[language]
    assert expected in receipt.body

    status = client.get(response["Location"])
    assert status.status_code == 200
    assert "no-store" in status["Cache-Control"]
    assert status["X-Robots-Tag"] == "noindex"
    assert proposal.reference in status.content.decode()
    thanks = {"nl": "Bedankt! We hebben je initiatief goed ontvangen.", "en": "Thank you!"}
    assert thanks[language] in soup(status).select_one("[role=status] h1").get_text()


def test_an_existing_partner_is_linked_not_duplicated(client, valid, site_tree):
    technopolis = site_tree.sections["partners"].get_children().get(slug_nl="technopolis")
    client.post(PROPOSE["nl"], valid(organisation_name="technopolis"))
    assert InitiativeProposal.objects.get().page.organisation_id == technopolis.pk


REFUSED = {
    "no organisation": ({"organisation_name": ""}, "organisation_name"),
    "bad email": ({"email": "sara"}, "email"),
    "bad phone": ({"phone": "bel me"}, "phone"),
    "no title": ({"title": ""}, "title"),
    "no description": ({"description": ""}, "description"),
    "no target group": ({"target_groups": None}, "target_groups"),
    "no region": ({"regions": None}, "regions"),
    "target group past 64 bits": ({"target_groups": ["9223372036854775808"]}, "target_groups"),
    "region far below zero": ({"regions": [str(-(2**70))]}, "regions"),
    "unknown status": ({"initiative_status": "forever"}, "initiative_status"),
    "year in the future": ({"year_started": "2999"}, "year_started"),
    "year not a number": ({"year_started": "vorig jaar"}, "year_started"),
    "bad website": ({"website": "http://"}, "website"),
    "no consent": ({"confirms_right_to_publish": None}, "confirms_right_to_publish"),
    "no privacy notice": ({"confirms_privacy_notice": None}, "confirms_privacy_notice"),
    "summary too long": ({"summary": "x" * 401}, "summary"),
}


@pytest.mark.parametrize("case", REFUSED.keys())
def test_refused_proposal_stores_nothing_and_keeps_what_was_typed(client, valid, _media_root, case):
    changes, field = REFUSED[case]
    response = client.post(PROPOSE["nl"], valid(**changes))
    assert response.status_code == 400
    stored_nothing(_media_root)
    errors = field_errors(response)
    assert list(errors) == [field]
    assert errors[field].strip()
    page = soup(response)
    assert page.select_one("#error-summary a")["href"] == f"#id_proposal-{field}"
    if field != "title":
        assert page.find("input", attrs={"name": "proposal-title"})["value"] == (
            "Maakplaats op wielen"
        )
    typed = page.find("textarea", attrs={"name": "proposal-description"}).get_text().strip()
    assert typed == valid(**changes).get("proposal-description", "")


def test_every_choice_is_djangos_own_input_ticked_as_sent(client, valid):
    """The checkboxes and radio buttons are written in the page's template
    (partners/includes/choice_input.html), each as Django's widget writes it."""
    hidden = Region.objects.create(name="Verborgen", slug="verborgen", live=False)
    data = valid(title="", regions=[str(hidden.pk)], initiative_status="ended")
    html = client.post(PROPOSE["nl"], data).content.decode()
    form = InitiativeProposalForm(data)
    assert "regions" in form.errors
    ticked = 0
    for name in ("initiative_status", *VOCABULARIES):
        inputs = [str(choice.tag()) for choice in form[name]]
        labelled = [f'{choice.tag()}<label for="{choice.id_for_label}">' for choice in form[name]]
        assert inputs and all(tag in html for tag in labelled), name
        ticked += sum(tag.endswith(" checked>") for tag in inputs)
    assert ticked == 4  # the status and the one term sent of three vocabularies


def test_errors_are_translated(client, valid):
    response = client.post(PROPOSE["en"], valid(title="", logo=None))
    assert field_errors(response)["title"] == "Give your initiative a name."
    response = client.post(PROPOSE["nl"], valid(title=""))
    assert field_errors(response)["title"] == "Geef je initiatief een naam."


def test_a_logo_that_is_not_an_image_is_refused(client, valid, _media_root):
    bad = SimpleUploadedFile("logo.png", b"not an image" * 20, content_type="image/png")
    response = client.post(PROPOSE["en"], valid() | {"proposal-logo": bad})
    assert response.status_code == 400
    assert "logo" in field_errors(response)
    assert "choose the logo again" in response.content.decode()
    stored_nothing(_media_root)


def test_a_filled_honeypot_is_refused_and_counted(client, valid, settings, _media_root):
    settings.STEMHUB_PROPOSAL_RATE_LIMIT = 2
    for _ in range(2):
        response = client.post(PROPOSE["nl"], valid(organisation_website="spam.example"))
        assert response.status_code == 400
        assert "We konden je inzending niet verwerken" in response.content.decode()
        assert soup(response).find("input", attrs={"name": "proposal-title"})["value"]
    stored_nothing(_media_root)
    assert client.post(PROPOSE["nl"], valid()).status_code == 429


@pytest.mark.parametrize("language", ["nl", "en"])
def test_rate_limit_counts_accepted_proposals_not_typos(client, valid, settings, language):
    settings.STEMHUB_PROPOSAL_RATE_LIMIT = 1
    for _ in range(3):
        assert client.post(PROPOSE[language], valid(email="x")).status_code == 400
    assert client.post(PROPOSE[language], valid()).status_code == 303
    response = client.post(PROPOSE[language], valid(title="Nog een"))
    assert response.status_code == 429
    assert response["Retry-After"]
    assert InitiativeProposal.objects.count() == 1


def test_a_failing_outbox_loses_nothing(client, valid, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("mail down")

    monkeypatch.setattr("stemhub.mail.backend.OutboxEmailBackend.send_messages", broken)
    response = client.post(PROPOSE["nl"], valid())
    assert response.status_code == 303
    assert InitiativeProposal.objects.get().page is not None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_a_proposal_only_the_csrf_cookie_is_set(client, valid, language):
    posted, landed = send_and_land(client, PROPOSE[language], valid())
    assert posted["Location"].endswith("/?received=1")
    thanks = {"nl": "Bedankt! We hebben je initiatief", "en": "Thank you! We received"}
    assert thanks[language] in focused_notice(landed)


def test_unknown_or_short_tokens_are_404(client, index):
    assert client.get(PROPOSE["nl"] + "status/short/").status_code == 404
    assert client.get(PROPOSE["nl"] + "status/" + "x" * 43 + "/").status_code == 404


@pytest.mark.parametrize("language", ["nl", "en"])
def test_status_follows_the_review(client, valid, language, django_capture_on_commit_callbacks):
    client.post(PROPOSE[language], valid())
    proposal = InitiativeProposal.objects.get()
    url = f"{PROPOSE[language]}status/{proposal.status_token}/"
    waiting = {"nl": "Wacht op beoordeling", "en": "Waiting for review"}[language]
    assert waiting in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        proposal.page.get_latest_revision().publish()
    proposal.refresh_from_db()
    assert proposal.status == "approved"
    assert proposal.page.organisation.live  # the new organisation went online with it
    html = client.get(url).content.decode()
    assert proposal.page.get_url() in html
    decision = OutgoingMail.objects.filter(to=["sara@example.be"]).order_by("-pk").first()
    assert proposal.reference in decision.subject
    assert proposal.page.get_url() in decision.body
