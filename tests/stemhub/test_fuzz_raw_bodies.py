"""Generated raw bodies, in every content type a form might claim, posted to every public form
and to the first public pages: never a server error (fuzz_requests.py says how the cases are
shared out)."""

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from .fuzz_requests import (  # noqa: F401 (fixtures)
    CONTENT_TYPES,
    FORM_URLS,
    FUZZ_SETTINGS,
    RAW_BODY_PAGE_URLS,
    RAW_EXAMPLES,
    fuzz_client,
    public_pages,
    raw_bodies,
)

# Far longer than most files: the workers start it first (tests/file_order.py).
pytestmark = pytest.mark.long_file


def test_raw_bodies_never_get_a_server_error(fuzz_client):  # noqa: F811
    @hypothesis_settings(FUZZ_SETTINGS, max_examples=RAW_EXAMPLES)
    @given(
        st.sampled_from(FORM_URLS + RAW_BODY_PAGE_URLS), raw_bodies, st.sampled_from(CONTENT_TYPES)
    )
    def post_raw(url, body, content_type):
        response = fuzz_client.generic("POST", url, body, content_type=content_type)
        assert response.status_code < 500, (url, body, content_type)

    post_raw()
