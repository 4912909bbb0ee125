"""The browser tests run with the site's CSP on, and the harness notices a violation."""

import pytest

from .conftest import assert_no_csp_violations

pytestmark = pytest.mark.e2e


@pytest.mark.django_db(transaction=True)
def test_inline_script_is_blocked_and_reported(live_server, site_tree, desktop_page):
    page = desktop_page
    page.goto(f"{live_server.url}/nl/")
    with page.expect_console_message(lambda message: "Content Security Policy" in message.text):
        page.evaluate(
            """() => {
              const script = document.createElement("script");
              script.textContent = "window.injected = true";
              document.body.append(script);
            }"""
        )
    assert page.evaluate("() => window.injected === undefined")
    assert any("script-src" in text for text in page.csp_violations)
    with pytest.raises(AssertionError, match="Content-Security-Policy violations"):
        assert_no_csp_violations(page)  # the harness would fail this test; it is now cleared


@pytest.mark.django_db(transaction=True)
def test_home_page_loads_without_any_violation(live_server, site_tree, phone_page):
    phone_page.goto(f"{live_server.url}/en/")
    phone_page.wait_for_load_state("networkidle")
    assert phone_page.csp_violations == []
