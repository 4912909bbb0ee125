import pytest


@pytest.mark.django_db(transaction=True)
def test_visitor_opens_home_and_switches_language(live_server, site_tree, phone_page):
    phone_page.goto(f"{live_server.url}/nl/")
    assert phone_page.locator("html").get_attribute("lang") == "nl"
    assert phone_page.get_by_role("heading", level=1).inner_text() == "Word jij een #STEMheld?"

    phone_page.locator(".language-switcher a[data-language='en']").click()
    phone_page.wait_for_url("**/en/")
    assert phone_page.locator("html").get_attribute("lang") == "en"
    assert phone_page.get_by_role("heading", level=1).inner_text() == "Will you be a #STEMhero?"
    assert phone_page.external_requests == []


@pytest.mark.django_db(transaction=True)
def test_language_switch_keeps_the_same_page(live_server, site_tree, desktop_page):
    desktop_page.goto(f"{live_server.url}/nl/initiatieven/")
    desktop_page.locator(".language-switcher a[data-language='en']").click()
    desktop_page.wait_for_url("**/en/initiatives/")
    assert desktop_page.locator("html").get_attribute("lang") == "en"
