"""Property-based: generated query strings and form bodies sent to every public URL never get a
server error, and nothing a visitor sends comes back unescaped in an HTML page.

CI-sized by default, thousands of cases: 1,250 generated query strings, 500 form bodies and 312
raw bodies (2,062 requests). Set STEMHUB_FUZZ_EXAMPLES (the number of query strings; the others
follow in proportion) to run more, or fewer while working.

The cases are spread over four test files so that `--dist loadfile` can hand them to both
workers instead of one block of some 150 s at the end of one: the query strings to the Dutch
URLs (`test_fuzz_dutch_urls.py`) and to the English ones (`test_fuzz_english_urls.py`), half
each, every URL as often as when they were one draw; the form bodies (`test_fuzz_form_bodies.py`)
and the raw bodies (`test_fuzz_raw_bodies.py`). Each file builds the same public pages
(`public_pages.py`, a second or two) and sends its share; this module holds what they share.
"""

import os
import re
import zlib
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given
from hypothesis import seed as hypothesis_seed
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from .public_pages import build_public_pages

EXAMPLES = int(os.environ.get("STEMHUB_FUZZ_EXAMPLES", "1250"))
FUZZ_SETTINGS = hypothesis_settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,  # the same cases on every run: a failure is reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
FORM_EXAMPLES = max(EXAMPLES * 2 // 5, 10)
RAW_EXAMPLES = max(EXAMPLES // 4, 10)

# Public URLs that are no page of the tree, split by language like the pages; those in no
# language (the API, the sitemap, robots.txt) half and half, so both halves hold 21 URLs.
OTHER_DUTCH_URLS = [
    "/api/v2/pages/",
    "/api/v2/pages/find/",
    "/nl/initiatieven/csv/",
    "/nl/zoeken/suggesties/",
    "/nl/videos/feed/",
    "/nl/initiatieven/feed/",
]
OTHER_ENGLISH_URLS = [
    "/api/v2/images/",
    "/api/v2/documents/",
    "/sitemap.xml",
    "/robots.txt",
    "/en/search/suggestions/",
    "/en/classroom/feed/",
]
FORM_URLS = [
    "/nl/partners/video-indienen/",
    "/en/partners/submit-video/",
    "/nl/initiatieven/robotkamp/",
    "/en/initiatives/robot-camp/",
    "/nl/initiatieven/voorstellen/",
    "/en/initiatives/propose/",
]
# The first public URLs (the home page and the video browse, in both languages) also get raw
# bodies: a POST to a page is served like a GET.
RAW_BODY_PAGE_URLS = ["/nl/", "/en/", "/nl/videos/", "/en/videos/"]

PARAMETER_NAMES = [
    "q", "page", "sector", "profile", "route", "series", "year", "school_level", "domain",
    "target", "region", "target_group", "education_level", "status", "sort", "format",
    "search", "locale", "offset", "limit", "id", "type", "fields", "order", "child_of",
    "descendant_of", "html_path", "partner", "kind", "age", "duration",
]  # fmt: skip
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    "javascript:alert(1)",
    "\x00",
    "%00",
    "9223372036854775808",
    "-1",
    "NaN",
    "../../etc/passwd",
    "\ud7ff\ufffd",
    "' OR 1=1 --",
]
values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(HOSTILE),
    st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(max_size=10)),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
names = st.one_of(st.sampled_from(PARAMETER_NAMES), st.text(min_size=1, max_size=12))
queries = st.lists(st.tuples(names, values), max_size=5)

SUBMISSION_FIELDS = [
    "submission-" + name
    for name in (
        "partner", "organisation_name", "contact_name", "email", "phone", "video_url",
        "title_nl", "summary_nl", "title_en", "summary_en", "sectors", "signposts",
        "hero_1_name", "hero_1_role", "hero_2_name", "confirms_consent", "company_website",
    )
]  # fmt: skip
CANDIDACY_FIELDS = ["organisation", "contact_person", "email", "role", "message", "consent"]
PROPOSAL_FIELDS = [
    "proposal-" + name
    for name in (
        "organisation_name", "contact_name", "email", "phone", "title", "summary", "description",
        "target_groups", "regions", "initiative_status", "year_started", "website",
        "confirms_right_to_publish", "confirms_privacy_notice", "organisation_website",
    )
]  # fmt: skip
form_bodies = st.lists(
    st.tuples(st.sampled_from(SUBMISSION_FIELDS + CANDIDACY_FIELDS + PROPOSAL_FIELDS), values),
    max_size=8,
)
raw_bodies = st.binary(max_size=200)
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-8",
    "multipart/form-data; boundary=xyz",
    "multipart/form-data",
    "text/plain",
    "application/json",
]


def unescaped_echo(response, sent):
    """A value with markup characters that appears verbatim in an HTML page."""
    if "text/html" not in response.get("Content-Type", ""):
        return None
    html = response.content.decode("utf-8", errors="replace")
    for value in sent:
        if re.search(r"[<>\"']", value) and len(value) >= 3 and value in html:
            return value
    return None


def check(response, url, sent):
    assert response.status_code < 500, (url, sent, response.status_code)
    assert unescaped_echo(response, sent) is None, (url, sent)


@pytest.fixture
def public_pages(site_tree, settings):
    """One public page of every type, in both languages; no rate limit in the way."""
    settings.STEMHUB_SUBMISSION_ATTEMPT_LIMIT = 10**6
    settings.STEMHUB_SUBMISSION_RATE_LIMIT = 10**6
    settings.STEMHUB_CANDIDACY_RATE_LIMIT = 10**6
    settings.STEMHUB_PROPOSAL_RATE_LIMIT = 10**6
    return build_public_pages(site_tree)


@pytest.fixture
def fuzz_client(client, public_pages):
    """The test client (which, as in every test not marked `template_contexts`, copies no
    template context: tests/template_contexts.py); a server error comes back as a 500 response,
    not as the exception."""
    client.raise_request_exception = False
    return client


def get_with_queries(client, urls, public_pages):
    """GET each of `urls` (drawn at random) with generated query strings: their share of the
    EXAMPLES query strings, so each public URL is drawn as often as from one list of them all
    (the pages in both languages and the other public URLs)."""
    every_url = public_pages.all_urls() + OTHER_DUTCH_URLS + OTHER_ENGLISH_URLS
    share = max(EXAMPLES * len(urls) // len(every_url), 10)

    # derandomize seeds from the function's source, the same in every file that calls this:
    # each list of URLs gets a seed of its own, or the Dutch and English files would send the
    # same query strings (595 different ones in 1,250 instead of about 1,200).
    @hypothesis_seed(zlib.crc32(" ".join(urls).encode()))
    @hypothesis_settings(FUZZ_SETTINGS, max_examples=share)
    @given(st.sampled_from(urls), queries)
    def get_with_query(url, query):
        path = url.split("?")[0]
        response = client.get(f"{path}?{urlencode(query)}")
        check(response, path, [value for _name, value in query])

    get_with_query()
