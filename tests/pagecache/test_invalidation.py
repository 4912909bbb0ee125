"""Publishing, unpublishing, moving, deleting and snippet edits make every cached page fresh."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client

from stemhub.models import HomeFeaturedPage
from taxonomy.models import Sector

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .helpers import cache_state, text, video

PAGES = ["/nl/", "/en/", "/nl/videos/", "/en/videos/", "/nl/videos/?sector=energie"]


def warm(urls):
    for url in urls:
        Client().get(url)
    assert all(cache_state(Client().get(url)) == "HIT" for url in urls)


@pytest.fixture(scope="module")
def video_built(django_db_setup, django_db_blocker):
    """The video of `live_video` and `draft_video`, built and published once for the module
    (tests/kept_content.py): the tests about a live video no longer publish it again each
    (about 50 ms of CPU each); each test changes it inside its own savepoint."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            site_tree = CommittedSkeleton.find_or_load()
            page = video(
                site_tree.sections["videos"],
                "Windmolens op zee",
                "Wind farms at sea",
                "windmolens",
                sectors=[Sector.objects.get(slug="energie")],
            )
            HomeFeaturedPage.objects.create(home_page=site_tree.home, page=page, sort_order=0)
            kept = Kept(video=page)
        yield kept


@pytest.fixture
def live_video(video_built, site_tree):
    """A published video, featured on the home page."""
    return video_built.fresh().video


@pytest.fixture
def draft_video(live_video):
    """A video editors prepared: not live yet, but already featured on the home page."""
    live_video.unpublish()
    return type(live_video).objects.get(pk=live_video.pk)


def test_publishing_a_video_shows_it_at_once_in_both_languages(
    page_cache, draft_video, django_capture_on_commit_callbacks
):
    warm(PAGES)
    assert "Windmolens op zee" not in text(Client().get("/nl/videos/"))
    with django_capture_on_commit_callbacks(execute=True):
        draft_video.save_revision().publish()
    for url in PAGES:
        response = Client().get(url)
        assert cache_state(response) == "MISS", url
        expected = "Wind farms at sea" if url.startswith("/en/") else "Windmolens op zee"
        assert expected in text(response), url
    assert Client().get("/en/videos/windmolens-en/").status_code == 200


def test_unpublishing_removes_it_everywhere(
    page_cache, live_video, django_capture_on_commit_callbacks
):
    warm(PAGES + ["/nl/videos/windmolens/", "/en/videos/windmolens-en/"])
    assert "Windmolens op zee" in text(Client().get("/nl/"))
    with django_capture_on_commit_callbacks(execute=True):
        live_video.unpublish()
    for url in PAGES:
        body = text(Client().get(url))
        assert "Windmolens op zee" not in body and "Wind farms at sea" not in body, url
    assert Client().get("/nl/videos/windmolens/").status_code == 404
    assert Client().get("/en/videos/windmolens-en/").status_code == 404


def test_deleting_a_page_removes_it(page_cache, live_video, django_capture_on_commit_callbacks):
    warm(["/nl/videos/", "/nl/videos/windmolens/"])
    with django_capture_on_commit_callbacks(execute=True):
        live_video.delete()
    assert "Windmolens op zee" not in text(Client().get("/nl/videos/"))
    assert Client().get("/nl/videos/windmolens/").status_code == 404


def test_renaming_a_sector_shows_on_every_page_that_lists_it(
    page_cache, live_video, django_capture_on_commit_callbacks
):
    urls = ["/nl/videos/", "/en/videos/", "/nl/videos/windmolens/", "/en/videos/windmolens-en/"]
    warm(urls)
    sector = Sector.objects.get(slug="energie")
    with django_capture_on_commit_callbacks(execute=True):
        sector.name_nl, sector.name_en = "Hernieuwbare energie", "Renewable energy"
        sector.save()
    for url in urls:
        response = Client().get(url)
        assert cache_state(response) == "MISS"
        expected = "Renewable energy" if url.startswith("/en/") else "Hernieuwbare energie"
        assert expected in text(response), url


def test_an_editor_renaming_a_sector_in_the_admin_refreshes_the_pages(
    page_cache, live_video, admin_client, django_capture_on_commit_callbacks
):
    warm(["/nl/videos/windmolens/"])
    sector = Sector.objects.get(slug="energie")
    edit = admin_client.get(f"/admin/snippets/taxonomy/sector/edit/{sector.pk}/")
    assert edit.status_code == 200
    data = {
        "slug": sector.slug,
        "name_nl": "Groene stroom",
        "name_en": "Green power",
        "description_nl": "",
        "description_en": "",
        "sort_order": sector.sort_order,
    }
    edit_url = f"/admin/snippets/taxonomy/sector/edit/{sector.pk}/"
    # Sectors are reviewed snippets: a plain save is a draft, visitors keep the published name.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.content[:2000]
    assert "Groene stroom" not in text(Client().get("/nl/videos/windmolens/"))
    # Publishing it refreshes the cached pages that show the sector.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302, response.content[:2000]
    assert "Groene stroom" in text(Client().get("/nl/videos/windmolens/"))


def test_moving_a_slug_refreshes_old_and_new_address(
    page_cache, live_video, django_capture_on_commit_callbacks
):
    warm(["/nl/videos/", "/nl/videos/windmolens/"])
    with django_capture_on_commit_callbacks(execute=True):
        live_video.slug_nl = live_video.slug = "windparken"
        live_video.save_revision().publish()
    assert Client().get("/nl/videos/windmolens/").status_code in (301, 302, 404)
    assert Client().get("/nl/videos/windparken/").status_code == 200
    assert "/nl/videos/windparken/" in text(Client().get("/nl/videos/"))


class PurgeReceiver(BaseHTTPRequestHandler):
    """Records the PURGE requests a Varnish in front of the site would get."""

    received = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def purge_server():
    """One receiver for the module's tests: stopping one waits for its serving loop's poll."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeReceiver)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def purge_receiver(purge_server, settings):
    """The PURGE requests this test sent (every one is answered before the purge returns)."""
    PurgeReceiver.received = []
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{purge_server.server_address[1]}",
        }
    }
    return PurgeReceiver.received


def test_publishing_purges_the_cdn_through_frontend_cache(
    page_cache, draft_video, purge_receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft_video.save_revision().publish()
    paths = {path for _host, path in purge_receiver}
    assert {
        "/nl/videos/windmolens/",
        "/en/videos/windmolens-en/",
        "/nl/videos/",
        "/en/videos/",
        "/nl/videos/feed/",
        "/en/videos/feed/",
        "/nl/",
        "/en/",
        "/sitemap.xml",
    } <= paths
    hosts = {host for host, _path in purge_receiver}
    assert len(hosts) == 1 and hosts.pop()  # the site's own host name, as the CDN knows it


def test_a_snippet_edit_purges_home_sections_and_sitemap(
    page_cache, site_tree, purge_receiver, django_capture_on_commit_callbacks
):
    sector = Sector.objects.get(slug="energie")
    with django_capture_on_commit_callbacks(execute=True):
        sector.name_nl = "Energie en klimaat"
        sector.save()
    paths = {path for _host, path in purge_receiver}
    assert {"/nl/", "/en/", "/nl/videos/", "/en/videos/", "/sitemap.xml"} <= paths
    assert {"/nl/videos/feed/", "/en/videos/feed/"} <= paths


def test_nothing_is_purged_before_the_transaction_commits(page_cache, draft_video, purge_receiver):
    draft_video.save_revision().publish()  # the test's transaction never commits
    assert purge_receiver == []
