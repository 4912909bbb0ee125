"""Wagtail's site root paths (where every page URL starts) for both languages come from one
query on an empty cache (stemhub.site_root_paths), the same lists wagtail-modeltranslation's
function reads one language at a time; and a page's address is worked out once per request and
language."""

from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page

from stemhub import site_root_paths
from stemhub.demo import add_child_page
from stemhub.models import AboutPage


def test_one_query_gives_every_language_what_wagtail_modeltranslation_gives(
    site_tree, django_assert_num_queries
):
    cache.clear()
    with django_assert_num_queries(1):
        paths = {}
        for language in ("en", "nl"):
            with translation.override(language):
                paths[language] = site_root_paths.site_root_paths()
    for language in ("nl", "en"):
        cache.clear()
        with translation.override(language):
            assert paths[language] == site_root_paths.one_language_at_a_time()
    assert paths["nl"][0].root_path == site_tree.home.url_path_nl
    assert paths["en"][0].root_path == site_tree.home.url_path_en


def test_a_page_linked_in_both_languages_reads_the_root_paths_once(
    site_tree, django_assert_num_queries
):
    page, _created = add_child_page(
        site_tree.home,
        AboutPage,
        {"nl": "over-ons", "en": "about-us"},
        {"nl": "Over", "en": "About"},
    )
    cache.clear()  # as after a change of site, or at the start of a test
    with django_assert_num_queries(1):
        urls = {}
        for language in ("nl", "en", "nl"):
            with translation.override(language):
                urls[language] = page.get_url()
    assert urls == {"nl": "/nl/over-ons/", "en": "/en/about-us/"}


def test_a_change_of_site_is_read_again(site_tree):
    """wagtail-modeltranslation deletes every language's list when a site changes."""
    with translation.override("en"):
        site_root_paths.site_root_paths()
    site = site_tree.home.get_site()
    site.hostname = "stemhelden.example"
    site.save()
    for language in ("nl", "en"):
        with translation.override(language):
            assert site_root_paths.site_root_paths()[0].root_url.startswith(
                "http://stemhelden.example"
            )


def test_a_slow_reader_never_overwrites_another_language_cached_after_it(site_tree):
    """A request that read the sites before an editor changed one may cache what it read for its
    own language, and fills the other languages only where nothing is cached yet: an English
    list cached by a later request stays."""
    cache.clear()
    later = [(0, "/later/", "http://stemhelden.example", "en")]
    cache.set(site_root_paths.cache_key("en"), later)
    with translation.override("nl"):
        found = site_root_paths.read_every_language()
    assert cache.get(site_root_paths.cache_key("en")) == later
    assert cache.get(site_root_paths.cache_key("nl")) == found[site_root_paths.cache_key("nl")]
    cache.delete(site_root_paths.cache_key("en"))
    with translation.override("nl"):
        site_root_paths.read_every_language()
    assert cache.get(site_root_paths.cache_key("en")) == found[site_root_paths.cache_key("en")]


def test_a_publish_without_a_cdn_purges_nothing_and_leaves_the_root_paths_cached(
    site_tree, django_capture_on_commit_callbacks, monkeypatch
):
    """The page cache's invalidation works out no URLs to purge when no CDN is configured (no
    purge task per publish), and still leaves every language's root paths cached, as working
    out the URLs did: the first render after a publish counts on them."""
    from stemhub.pagecache import invalidation

    page, _created = add_child_page(
        site_tree.home,
        AboutPage,
        {"nl": "over-ons", "en": "about-us"},
        {"nl": "Over", "en": "About"},
    )
    purged = []
    monkeypatch.setattr(invalidation, "purge_urls_from_cache", purged.append)
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert purged == []
    for language in ("nl", "en"):
        assert cache.get(site_root_paths.cache_key(language)), language


def test_a_pages_address_is_worked_out_once_a_request_and_language(site_tree, rf, monkeypatch):
    """stemhub.models.mixins: kept on the request per page, language and path."""
    page, _created = add_child_page(  # one slug in both languages: one path, two addresses
        site_tree.home,
        AboutPage,
        {"nl": "stem", "en": "stem"},
        {"nl": "Over", "en": "About"},
    )
    worked_out = []
    wagtails = Page.get_url_parts

    def counted(self, request=None):
        worked_out.append(translation.get_language())
        return wagtails(self, request=request)

    monkeypatch.setattr(Page, "get_url_parts", counted)
    request = rf.get("/nl/")
    urls = []
    for language in ("nl", "en", "nl", "en"):
        with translation.override(language):
            urls.append(page.get_url(request))
    assert urls == ["/nl/stem/", "/en/stem/"] * 2
    assert worked_out == ["nl", "en"]
    with translation.override("nl"):
        page.slug = "wie-zijn-wij"
        page.save()
        assert page.get_url(request) == "/nl/wie-zijn-wij/"
        assert page.get_full_url(rf.get("/nl/")).endswith("/nl/wie-zijn-wij/")  # a new request
    assert worked_out == ["nl", "en", "nl", "nl"]
