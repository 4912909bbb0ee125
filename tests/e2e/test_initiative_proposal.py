"""A visitor proposes an initiative on a phone; an editor approves the draft in the admin; the
initiative appears in the browse with its facets (region, target group), in both languages."""

import re

import pytest

from initiatives.models import InitiativePage, InitiativeProposal, Region, TargetGroup
from initiatives.setup import ensure_all
from tests.e2e.expect import expect

from .admin_steps import approve_draft, png_file, sign_in


@pytest.fixture
def logo_png(tmp_path):
    return png_file(tmp_path / "logo.png", 300, 150)


@pytest.mark.django_db(transaction=True)
def test_visitor_proposes_editor_approves_initiative_is_browsable(
    live_server, site_tree, phone_page, desktop_page, django_user_model, logo_png
):
    ensure_all()
    django_user_model.objects.create_superuser("redactie", "redactie@example.org", "pw-e2e")
    limburg = Region.objects.get(slug="limburg")
    teachers = TargetGroup.objects.get(slug="leerkrachten")

    visitor = phone_page
    visitor.goto(f"{live_server.url}/nl/initiatieven/")
    visitor.locator(".initiative-browse__propose a").click()
    visitor.wait_for_url("**/nl/initiatieven/voorstellen/")
    visitor.get_by_label("Naam van je organisatie").fill("Maakbaar vzw")
    visitor.get_by_label("Contactpersoon").fill("Sara Janssens")
    visitor.get_by_label("E-mailadres").fill("sara@example.be")
    visitor.get_by_label("Naam van het initiatief").fill("Maakplaats op wielen")
    visitor.get_by_label("Korte samenvatting").fill("Een rijdende maakplaats voor scholen.")
    # Sent once without a description: the error is announced and what was typed stays.
    visitor.get_by_role("button", name="Verstuur het voorstel").click()
    summary = visitor.locator("#error-summary")
    summary.wait_for()
    assert "Beschrijf je initiatief." in summary.inner_text()
    assert visitor.get_by_label("Naam van het initiatief").input_value() == "Maakplaats op wielen"
    assert InitiativeProposal.objects.count() == 0

    visitor.get_by_label("Beschrijving en doelstellingen").fill("Leerlingen bouwen robots.")
    visitor.locator(f"input[name=proposal-target_groups][value='{teachers.pk}']").check()
    visitor.locator(f"input[name=proposal-regions][value='{limburg.pk}']").check()
    visitor.get_by_label("Startjaar").fill("2024")
    visitor.locator("#id_proposal-logo").set_input_files(str(logo_png))
    visitor.locator("#id_proposal-confirms_right_to_publish").check()
    visitor.locator("#id_proposal-confirms_privacy_notice").check()
    visitor.get_by_role("button", name="Verstuur het voorstel").click()

    visitor.wait_for_url(re.compile(r".*/nl/initiatieven/voorstellen/status/[^/]+/\?received=1$"))
    proposal = InitiativeProposal.objects.get()
    assert proposal.reference in visitor.locator(".reference").inner_text()
    assert visitor.external_requests == []
    initiative = InitiativePage.objects.get(pk=proposal.page_id)
    assert not initiative.live

    admin = desktop_page
    sign_in(admin, live_server, "redactie", "pw-e2e")
    admin.goto(f"{live_server.url}/admin/initiatives_initiativeproposal/")
    assert proposal.reference in admin.content()
    admin.get_by_role("link", name=re.compile("Review the draft page|Concept", re.I)).first.click()
    admin.wait_for_url(f"**/admin/pages/{initiative.pk}/edit/")
    approve_draft(admin)

    initiative.refresh_from_db()
    assert initiative.live
    proposal.refresh_from_db()
    assert proposal.status == InitiativeProposal.Status.APPROVED

    visitor.goto(f"{live_server.url}/nl/initiatieven/?region=limburg&target_group=leerkrachten")
    cards = visitor.locator(".initiative-card .card__title a")
    assert cards.all_inner_texts() == ["Maakplaats op wielen"]
    region = visitor.locator(".facet__option label", has_text="Limburg")
    expect(region.locator(".facet__count")).to_contain_text("(1")
    visitor.goto(f"{live_server.url}/en/initiatives/?target_group=leerkrachten")
    cards = visitor.locator(".initiative-card .card__title a")
    assert cards.all_inner_texts() == ["Maakplaats op wielen"]

    visitor.goto(f"{live_server.url}/nl/initiatieven/voorstellen/status/{proposal.status_token}/")
    expect(visitor.locator(".status-badge--approved")).to_have_count(1)
    link = visitor.get_by_role("link", name="Bekijk het op STEMhelden")
    assert link.get_attribute("href") == "/nl/initiatieven/maakplaats-op-wielen/"
