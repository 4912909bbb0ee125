"""Playwright's `expect`, imported when a browser test first asserts with it.

Both workers collect the browser tests, in `make test-fast` too (`-m "not e2e"` deselects them
after collecting, tests/e2e_marks.py records their marks): importing Playwright's sync API at
collection cost each worker about 0.05 s of CPU for tests it may never run.
"""


def expect(actual, message=None):
    """playwright.sync_api.expect(actual, message)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(actual, message)
