"""A visitor puts an organisation forward on a phone: the outcome is where the browser lands.

Before: the browser landed on the emptied form at #candidacy, the thank-you ~1,300 px above and
out of view, so people sent again; and the required radio group and consent box had no star.
"""

import pytest
from django.conf import settings

from initiatives.factories import create_initiative
from initiatives.models import InitiativeCandidacy
from initiatives.setup import ensure_all
from tests.e2e.expect import expect


@pytest.fixture
def initiative(site_tree):
    ensure_all()
    return create_initiative(
        site_tree.sections["initiatives"],
        "jong-talent-limburg",
        title="Jong talent voor Limburg",
        summary={"nl": "Jongeren ontdekken STEM-jobs in Limburg."},
    )


def _in_viewport(page, selector):
    return page.locator(selector).evaluate(
        "el => { const r = el.getBoundingClientRect();"
        " return r.top >= -1 && r.top < window.innerHeight && r.bottom > 0; }"
    )


def _fill(page):
    page.get_by_label("Organisatie", exact=False).first.fill("Umicore")
    page.get_by_label("Contactpersoon", exact=False).fill("An Peeters")
    page.get_by_label("E-mailadres", exact=False).fill("an.peeters@example.be")
    page.locator("input[name=role][value=contributing]").check()
    page.locator("input[name=consent]").check()


@pytest.mark.django_db(transaction=True)
def test_candidacy_lands_on_its_thank_you_and_a_resend_is_one(live_server, initiative, phone_page):
    from django.core.cache import cache

    cache.clear()
    page = phone_page
    url = f"{live_server.url}/nl/initiatieven/jong-talent-limburg/"
    page.goto(url)

    # Every required field carries a star: 3 text fields, the partner type and the consent.
    form = page.locator("#candidacy form")
    assert form.locator(".field__required").count() == 5
    assert form.locator("legend .field__required").count() == 1
    assert form.locator("label[for=id_consent] .field__required").count() == 1

    # An empty send: focus moves to the error summary, the title says "Fout:".
    page.get_by_role("button", name="Verstuur mijn kandidatuur").click()
    page.wait_for_load_state()
    # Locator assertions run in Playwright's own world: a string predicate (wait_for_function)
    # is evaluated with eval() in the page, which the strict CSP rightly refuses.
    expect(page.locator("#candidacy-errors")).to_be_focused()
    assert page.title().startswith("Fout: ")
    assert _in_viewport(page, "#candidacy-errors")

    _fill(page)
    page.get_by_role("button", name="Verstuur mijn kandidatuur").click()
    page.wait_for_url("**/jong-talent-limburg/?sent=candidacy#candidacy-outcome")
    expect(page.locator("#candidacy-outcome")).to_be_focused()
    outcome = page.locator("#candidacy-outcome")
    assert "Bedankt" in outcome.inner_text()
    assert _in_viewport(page, "#candidacy-outcome")
    assert not page.title().startswith("Fout")
    # The emptied form is folded away under the thank-you.
    assert not page.locator("#id_organisation").is_visible()

    # Unsure, the visitor opens the form again and sends the very same candidacy.
    page.locator(".candidacy__again summary").click()
    _fill(page)
    page.get_by_role("button", name="Verstuur mijn kandidatuur").click()
    expect(page.locator("#candidacy-outcome")).to_contain_text("al ontvangen")
    expect(page.locator("#candidacy-outcome")).to_be_focused()
    assert InitiativeCandidacy.objects.count() == 1
    assert page.external_requests == []
    # The thank-you travelled in the address: the only cookie is the form's CSRF cookie.
    assert {cookie["name"] for cookie in page.context.cookies()} == {settings.CSRF_COOKIE_NAME}
