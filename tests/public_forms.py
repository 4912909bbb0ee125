"""A visitor's way through a public form, as a browser goes: open the form, send it, follow the
"303 See Other" to the thank-you. On a children's site the only cookie a form may leave is
CSRF's: the thank-you travels in the address, never in a messages cookie."""

from bs4 import BeautifulSoup
from django.conf import settings


def send_and_land(client, form_url, data, post_url=None):
    """(the answer to the post, the page it leads to); both checked for cookies."""
    opened = client.get(form_url)
    assert opened.status_code == 200
    posted = client.post(post_url or form_url, data)
    assert posted.status_code == 303, posted.status_code
    landed = client.get(posted["Location"].split("#")[0])
    assert landed.status_code == 200
    assert_only_the_csrf_cookie(client, opened, posted, landed)
    return posted, landed


def assert_only_the_csrf_cookie(client, *responses):
    for response in responses:
        assert set(response.cookies) <= {settings.CSRF_COOKIE_NAME}, response.cookies
    # Every cookie any answer set, even one set and deleted again, stays in the client's jar.
    assert set(client.cookies) <= {settings.CSRF_COOKIE_NAME}, client.cookies


def focused_notice(response):
    """The text of the element the page moves the focus to on arrival (static/js/focus.js)."""
    found = BeautifulSoup(response.content, "html.parser").select_one("[data-focus-on-load]")
    assert found is not None, "no element takes the focus"
    return found.get_text(" ", strip=True)
