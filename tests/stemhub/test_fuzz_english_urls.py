"""Generated query strings to every public URL in English (and half of those in no language):
never a server error, nothing sent comes back unescaped (fuzz_requests.py says how the cases
are shared out)."""

import pytest

from .fuzz_requests import (  # noqa: F401 (fixtures)
    OTHER_ENGLISH_URLS,
    fuzz_client,
    get_with_queries,
    public_pages,
)

# Far longer than most files: the workers start it first (tests/file_order.py).
pytestmark = pytest.mark.long_file


def test_query_strings_never_get_a_server_error(fuzz_client, public_pages):  # noqa: F811
    get_with_queries(fuzz_client, public_pages.english_urls() + OTHER_ENGLISH_URLS, public_pages)
