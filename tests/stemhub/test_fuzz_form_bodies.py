"""Generated form bodies posted to every public form, in both languages: never a server error,
nothing sent comes back unescaped (fuzz_requests.py says how the cases are shared out)."""

from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from .fuzz_requests import (  # noqa: F401 (fixtures)
    FORM_EXAMPLES,
    FORM_URLS,
    FUZZ_SETTINGS,
    check,
    form_bodies,
    fuzz_client,
    public_pages,
)

# Far longer than most files: the workers start it first (tests/file_order.py).
pytestmark = pytest.mark.long_file


def test_form_bodies_never_get_a_server_error(fuzz_client):  # noqa: F811
    @hypothesis_settings(FUZZ_SETTINGS, max_examples=FORM_EXAMPLES)
    @given(st.sampled_from(FORM_URLS), form_bodies)
    def post_form(url, body):
        response = fuzz_client.generic(
            "POST", url, urlencode(body), content_type="application/x-www-form-urlencoded"
        )
        check(response, url, [value for _name, value in body])

    post_form()
