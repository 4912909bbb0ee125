"""Property-based: generated query strings and form bodies sent to every public URL never get a
server error, and nothing a visitor sends comes back unescaped in an HTML page.

CI-sized by default, thousands of cases: 1,250 generated query strings, 500 form bodies and 312
raw bodies (2,062 requests, about a minute on the 2-core machine). Set STEMHUB_FUZZ_EXAMPLES (the
number of query strings; the others follow in proportion) to run more, or fewer while working.
"""

import os
import re
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given
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

OTHER_PUBLIC_URLS = [
    "/api/v2/pages/",
    "/api/v2/pages/find/",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/sitemap.xml",
    "/robots.txt",
    "/nl/initiatieven/csv/",
    "/nl/zoeken/suggesties/",
    "/en/search/suggestions/",
    "/nl/videos/feed/",
    "/en/classroom/feed/",
    "/nl/initiatieven/feed/",
]
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
def bytes_only_client(client, monkeypatch):
    """The test client without its copy of every template context a response renders: these
    checks read the status and the bytes only, and a form page renders some sixty templates
    (one per widget and option), each context copied for `response.context` (about a tenth of
    the requests' CPU)."""
    monkeypatch.setattr("django.test.client.store_rendered_templates", lambda *a, **kw: None)
    return client


def test_generated_requests_never_get_a_server_error(bytes_only_client, site_tree, settings):
    client = bytes_only_client
    settings.STEMHUB_SUBMISSION_ATTEMPT_LIMIT = 10**6
    settings.STEMHUB_SUBMISSION_RATE_LIMIT = 10**6
    settings.STEMHUB_CANDIDACY_RATE_LIMIT = 10**6
    settings.STEMHUB_PROPOSAL_RATE_LIMIT = 10**6
    pages = build_public_pages(site_tree)
    urls = pages.all_urls() + OTHER_PUBLIC_URLS
    form_urls = [
        "/nl/partners/video-indienen/",
        "/en/partners/submit-video/",
        "/nl/initiatieven/robotkamp/",
        "/en/initiatives/robot-camp/",
        "/nl/initiatieven/voorstellen/",
        "/en/initiatives/propose/",
    ]
    client.raise_request_exception = False

    @FUZZ_SETTINGS
    @given(st.sampled_from(urls), queries)
    def get_with_query(url, query):
        path = url.split("?")[0]
        response = client.get(f"{path}?{urlencode(query)}")
        check(response, path, [value for _name, value in query])

    @hypothesis_settings(FUZZ_SETTINGS, max_examples=max(EXAMPLES * 2 // 5, 10))
    @given(st.sampled_from(form_urls), form_bodies)
    def post_form(url, body):
        response = client.generic(
            "POST", url, urlencode(body), content_type="application/x-www-form-urlencoded"
        )
        check(response, url, [value for _name, value in body])

    @hypothesis_settings(FUZZ_SETTINGS, max_examples=max(EXAMPLES // 4, 10))
    @given(st.sampled_from(form_urls + urls[:4]), raw_bodies, st.sampled_from(CONTENT_TYPES))
    def post_raw(url, body, content_type):
        response = client.generic("POST", url.split("?")[0], body, content_type=content_type)
        assert response.status_code < 500, (url, body, content_type)

    get_with_query()
    post_form()
    post_raw()
