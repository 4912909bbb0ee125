"""Anonymous pages come from the cache, with the right headers; personal answers never do."""

import brotli
import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from classroom.demo import load_index
from classroom.factories import ensure_vocabulary
from stemhub.pagecache.entries import BROTLI_QUALITY, brotli_compress, brotli_window
from taxonomy.models import Sector

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, ensure_all_unless_committed, module_content
from .helpers import cache_state, text, video

# Far longer than most files: the workers start it first (tests/file_order.py).
pytestmark = pytest.mark.long_file

PUBLIC_URLS = [
    "/nl/",
    "/en/",
    "/nl/videos/",
    "/en/videos/",
    "/nl/videos/?sector=energie",
    "/nl/klas/",
    "/en/classroom/",
    "/nl/initiatieven/",
    "/en/partners/",
    "/nl/zoeken/?q=robot",
    "/sitemap.xml",
]


def test_public_headers_for_browsers_and_a_cdn(page_cache, site_tree):
    for response in (Client().get("/nl/videos/"), Client().get("/nl/videos/")):
        control = response["Cache-Control"]
        assert "public" in control
        assert "max-age=60" in control
        assert "s-maxage=300" in control
        assert "stale-while-revalidate=60" in control
        vary = [v.strip().lower() for v in response.get("Vary", "").split(",")]
        assert "accept-encoding" in vary
        assert "cookie" not in vary
        assert response["ETag"].startswith('W/"')
        assert response["Last-Modified"]
        assert response["Content-Language"] == "nl"


def test_conditional_get_answers_304(page_cache, site_tree, django_assert_num_queries):
    first = Client().get("/nl/videos/")
    etag, modified = first["ETag"], first["Last-Modified"]
    with django_assert_num_queries(0):
        again = Client().get("/nl/videos/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    since = Client().get("/nl/videos/", HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304
    changed = Client().get("/nl/videos/", HTTP_IF_NONE_MATCH='W/"something-else"')
    assert changed.status_code == 200


def test_html_is_gzipped_for_browsers_that_accept_it(page_cache, site_tree):
    plain = Client().get("/nl/videos/")
    for _ in range(2):  # the miss (compressed by GZipMiddleware) and the hit (stored compressed)
        packed = Client().get("/nl/videos/", HTTP_ACCEPT_ENCODING="gzip, deflate")
        assert packed["Content-Encoding"] == "gzip"
        assert len(packed.content) < len(plain.content) / 2
        assert text(packed) == text(plain)
    assert cache_state(packed) == "HIT"


def test_cached_html_is_brotli_for_browsers_that_accept_it_and_smaller_than_gzip(
    page_cache, site_tree
):
    plain = Client().get("/nl/videos/")
    gzipped = Client().get("/nl/videos/", HTTP_ACCEPT_ENCODING="gzip")
    packed = Client().get("/nl/videos/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert cache_state(packed) == "HIT"
    assert packed["Content-Encoding"] == "br"
    assert "Accept-Encoding" in packed["Vary"]
    assert int(packed["Content-Length"]) == len(packed.content) < len(gzipped.content)
    assert text(packed) == text(plain)
    # The window fitted to the page (brotli_window) compresses as well as brotli's default one.
    default_window = brotli.compress(plain.content, quality=BROTLI_QUALITY)
    assert len(packed.content) <= len(default_window) * 1.01


def test_the_brotli_window_holds_the_whole_body():
    """A window is 2**lgwin - 16 bytes; from 16 (64 KiB) up to brotli's default (4 MiB)."""
    assert [brotli_window(size) for size in (0, 200, 65_520)] == [16, 16, 16]
    assert [brotli_window(size) for size in (65_521, 131_056, 131_057)] == [17, 17, 18]
    assert [brotli_window(size) for size in (4_194_288, 4_194_289, 10**9)] == [22, 22, 22]
    for size in (65_520, 65_521, 300_000):
        body = b"".join(b"<li>%d</li>" % n for n in range(size))[:size]
        assert brotli.decompress(brotli_compress(body)) == body


def test_preview_and_posts_are_not_cached(page_cache, site_tree):
    response = Client().post("/nl/videos/", {"q": "x"})
    assert cache_state(response) == "BYPASS"
    assert cache_state(Client().get("/nl/videos/")) == "MISS"


def test_unknown_parameters_share_one_cache_entry(page_cache, site_tree):
    assert cache_state(Client().get("/nl/videos/?utm_source=nieuwsbrief")) == "MISS"
    for junk in ("utm_source=vrt", "fbclid=abc", "x=1&y=2", "sector=", "q=%20"):
        response = Client().get(f"/nl/videos/?{junk}")
        assert cache_state(response) == "HIT", junk
    # Order of known parameters does not matter either.
    Client().get("/nl/videos/?sector=energie&year=2021")
    assert cache_state(Client().get("/nl/videos/?year=2021&sector=energie&utm_medium=x")) == "HIT"


def test_cached_variants_per_page_are_bounded(page_cache, site_tree, settings):
    settings.STEMHUB_PAGE_CACHE_MAX_VARIANTS = 3
    states = [cache_state(Client().get(f"/nl/videos/?q=woord{i}")) for i in range(6)]
    assert states == ["MISS", "MISS", "MISS", "SKIP", "SKIP", "SKIP"]
    assert cache_state(Client().get("/nl/videos/?q=woord1")) == "HIT"
    # Another page has its own budget.
    assert cache_state(Client().get("/nl/partners/?q=woord9")) == "MISS"


def test_cache_off_serves_everything_uncached(settings, site_tree):
    settings.STEMHUB_PAGE_CACHE = False
    assert cache_state(Client().get("/nl/videos/")) == "BYPASS"
    assert cache_state(Client().get("/nl/videos/")) == "BYPASS"


# --- with every section live and a video: built once, for the tests below ---------------


@pytest.fixture(scope="module")
def served_content(django_db_setup, django_db_blocker):
    """Every browse page live (the teachers' one included) and one video in the energy sector,
    built once for the tests below that ask for them (tests/kept_content.py); the tests above
    them run before it is built, on the skeleton alone."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            site_tree = CommittedSkeleton.find_or_load()
            ensure_all_unless_committed()
            ensure_vocabulary()
            load_index(site_tree)
            kept = Kept(
                video=video(
                    site_tree.sections["videos"],
                    "Zonnecellen maken",
                    "Making solar cells",
                    "zonnecellen",
                    sectors=[Sector.objects.get(slug="energie")],
                )
            )
        yield kept


@pytest.fixture
def all_sections(served_content, site_tree):
    """Every browse page live, the teachers' one included."""
    return site_tree


@pytest.fixture
def energy_video(served_content, site_tree):
    return served_content.fresh().video


def test_second_anonymous_request_is_a_hit_without_sql(
    page_cache, all_sections, energy_video, django_assert_num_queries
):
    for url in PUBLIC_URLS:
        first = Client().get(url)
        assert first.status_code == 200, url
        assert cache_state(first) == "MISS", url
        with django_assert_num_queries(0):
            second = Client().get(url)
        assert cache_state(second) == "HIT", url
        assert second.status_code == 200
        assert text(second) == text(first), url
        for header in ("Content-Type", "Content-Language", "X-Frame-Options"):
            assert second.get(header) == first.get(header), (url, header)
        assert not second.cookies


def test_video_page_in_both_languages_is_cached_separately(page_cache, energy_video):
    nl, en = "/nl/videos/zonnecellen/", "/en/videos/zonnecellen-en/"
    assert cache_state(Client().get(nl)) == "MISS"
    assert cache_state(Client().get(en)) == "MISS"
    dutch, english = Client().get(nl), Client().get(en)
    assert (cache_state(dutch), cache_state(english)) == ("HIT", "HIT")
    assert "Zonnecellen maken" in text(dutch) and 'lang="nl"' in text(dutch)
    assert "Making solar cells" in text(english) and 'lang="en"' in text(english)


def test_editor_is_never_served_from_the_cache_and_sees_fresh_content(
    page_cache, site_tree, energy_video, admin_client
):
    url = "/nl/videos/zonnecellen/"
    Client().get(url)
    # A change that sends no signal (a direct database update): only the cache has the old text.
    type(energy_video).objects.filter(pk=energy_video.pk).update(title_nl="Zonnepanelen leggen")
    assert "Zonnecellen maken" in text(Client().get(url))
    response = admin_client.get(url)
    assert cache_state(response) == "BYPASS"
    assert "Zonnepanelen leggen" in text(response)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    # And nothing the editor saw was stored for anonymous visitors.
    assert "Zonnecellen maken" in text(Client().get(url))


def test_private_page_sends_no_store_and_is_never_stored(page_cache, site_tree, energy_video):
    PageViewRestriction.objects.create(
        page=energy_video, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for _ in range(2):
        response = Client().get("/nl/videos/zonnecellen/")
        assert cache_state(response) in {"SKIP", "BYPASS"}
        assert "Zonnecellen maken" not in text(response)
        assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


BAD_QUERIES = [
    "page=abc",
    "page=-1",
    "page=99999999999999999999999",
    "sector=%ZZ",
    "sector=%00",
    "q=%C0%AF",
    "q=" + "a" * 5000,
    "year=twintig",
    "sort=; DROP TABLE",
    "sector=" + "&sector=".join(f"s{i}" for i in range(400)),
    "&&&==&",
    "company=%FF%FE",
    "p=0",
]


MALFORMED_QUERY_PATHS = [
    "/nl/videos/",
    "/en/classroom/",
    "/nl/initiatieven/",
    "/nl/partners/",
    "/nl/zoeken/",
]


def check_answered_and_served_unchanged(path, query):
    """No 5xx for the malformed query, through the page cache and the page itself; the cache
    serves it no other query's answer, and an answer it stored is what it serves for that query
    next time, unchanged."""
    url = f"{path}?{query}"
    response = Client().get(url)
    assert response.status_code < 500, (url, response.status_code)
    # No two of the queries share a cache entry: a hit here would serve another one's answer.
    assert cache_state(response) != "HIT", url
    if cache_state(response) == "MISS":
        again = Client().get(url)
        assert cache_state(again) == "HIT", url
        assert again["Content-Type"] == response["Content-Type"], url
        assert text(again) == text(response), url


@pytest.mark.parametrize("page_cache", ["locmem"], indirect=True)
def test_malformed_or_huge_query_strings_never_give_5xx(page_cache, all_sections):
    """Every malformed query on every browse page and the search, each page rendered."""
    for path in MALFORMED_QUERY_PATHS:
        for query in BAD_QUERIES:
            check_answered_and_served_unchanged(path, query)


@pytest.mark.parametrize("page_cache", ["redis"], indirect=True)
def test_malformed_or_huge_query_strings_never_give_5xx_through_redis(page_cache, all_sections):
    """The page's answer to a query does not depend on the cache backend (the test above
    renders every pair); what Redis adds is keeping and serving the answer, so each malformed
    query goes through it once, on the pages in turn (13 renders, not 65)."""
    for index, query in enumerate(BAD_QUERIES):
        path = MALFORMED_QUERY_PATHS[index % len(MALFORMED_QUERY_PATHS)]
        check_answered_and_served_unchanged(path, query)
