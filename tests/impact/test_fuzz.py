"""Generated garbage sent to every counting endpoint: never a server error, and nothing is
stored unless the request named a real object and action."""

from urllib.parse import urlencode

from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page

from impact.models import Event

ENDPOINTS = [
    "/nl/impact/view/",
    "/en/impact/play/",
    "/nl/impact/feedback/{video}/curious/",
    "/en/impact/feedback/{lesson}/used-in-class/",
    "/nl/impact/signpost/{video}/{signpost}/",
    "/en/impact/worksheet/{worksheet}/",
]
HOSTILE = ["<script>alert(1)</script>", "\x00", "%00", "9223372036854775808", "-1", "1e9", "٣"]
values = st.one_of(
    st.text(max_size=30), st.sampled_from(HOSTILE), st.integers(-(2**70), 2**70).map(str)
)
bodies = st.lists(
    st.tuples(st.sampled_from(["page", "answer", "kind", "to", "x"]) | st.text(max_size=8), values),
    max_size=5,
)


def test_garbage_never_breaks_a_counter(content, visitor):
    ids = {
        "video": content.video.pk,
        "lesson": content.lesson.pk,
        "signpost": content.onderwijskiezer.pk,
        "worksheet": content.worksheet.pk,
    }
    urls = [endpoint.format(**ids) for endpoint in ENDPOINTS]

    @hypothesis_settings(
        max_examples=150,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(url=st.sampled_from(urls), body=bodies, accept_json=st.booleans())
    def send(url, body, accept_json):
        extra = {"HTTP_ACCEPT": "application/json"} if accept_json else {}
        before = Event.objects.count()
        posted = visitor.generic(
            "POST", url, urlencode(body), "application/x-www-form-urlencoded", **extra
        )
        assert posted.status_code < 500, (url, body, posted.status_code)
        fields = dict(body)
        page = fields.get("page", "")
        digits = page.isascii() and page.isdigit() and len(page) < 10
        live = digits and Page.objects.live().filter(pk=int(page)).exists()
        valid = {
            "/nl/impact/view/": live,
            "/en/impact/play/": page == str(content.video.pk),
        }
        if url in valid and not valid[url]:
            assert Event.objects.count() == before, (url, body)
        if "curious" in url and fields.get("answer") not in {"yes", "a-bit", "no"}:
            assert Event.objects.count() == before, (url, body)
        got = visitor.get(url + "?" + urlencode(body))
        assert got.status_code < 500, (url, body, got.status_code)

    send()
