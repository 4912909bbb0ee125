"""End-to-end harness: a real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

The tests run against pytest-django's live server. Playwright's sync API runs an event loop in
the test thread, so Django's async-safety check is relaxed for these tests only. The site's
Content-Security-Policy is on as in production: every page fixture records what Chromium reports
as a CSP violation (console and `securitypolicyviolation` events), and a test that caused one
fails when the page is closed.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_CANDIDATES = [
    os.environ.get("CHROMIUM_PATH", ""),
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
]


def _chromium_path():
    for candidate in CHROMIUM_CANDIDATES:
        if candidate and os.path.exists(candidate):
            return candidate
    return shutil.which("chromium") or ""


CHROMIUM = _chromium_path()

E2E_DIR = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark every browser test `e2e` so `-m "not e2e"` (make test-fast) leaves them out.

    A `pytestmark` in a conftest marks nothing, and this hook sees the items of the whole run,
    so it picks the ones below this folder. It runs before `-m` deselects.
    """
    skip = None
    if not CHROMIUM and not os.environ.get("CI"):
        # CI installs Chromium; a missing browser there is a failure, never a silent skip.
        skip = pytest.mark.skip(reason="no Chromium (apt-get install chromium); CI runs these")
    for item in items:
        if E2E_DIR in item.path.parents:
            item.add_marker(pytest.mark.e2e)
            if skip:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def _playwright():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(_playwright):
    if not CHROMIUM:
        pytest.fail("Chromium is not installed but CI is set: .ci/run should have installed it")
    browser = _playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    )
    yield browser
    browser.close()


# Records violations the page's own script sees (e.g. a blocked inline style attribute).
RECORD_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


def watch_csp(page):
    """Collect every CSP violation Chromium reports for this page in `page.csp_violations`."""
    page.csp_violations = []

    def on_console(message):
        text = message.text
        if "Content Security Policy" in text or text.startswith("CSP violation"):
            page.csp_violations.append(text)

    page.on("console", on_console)
    page.add_init_script(RECORD_VIOLATIONS)


def assert_no_csp_violations(page):
    violations, page.csp_violations = page.csp_violations, []
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


@pytest.fixture
def phone_page(browser):
    """A page in a 390 px wide phone viewport; requests to other hosts are blocked and recorded."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-BE")
    page = context.new_page()
    watch_csp(page)
    page.external_requests = []

    def block_external(route):
        url = route.request.url
        if url.startswith(("http://localhost", "http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            page.external_requests.append(url)
            route.abort()

    page.route("**/*", block_external)
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert_no_csp_violations(page)


@pytest.fixture
def desktop_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    page = context.new_page()
    watch_csp(page)
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert_no_csp_violations(page)
