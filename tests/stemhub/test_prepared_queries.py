"""Queries compiled once per process (stemhub.prepared_queries): the same SQL and parameters as
Django compiles for the queryset they replace, the same instances, in both languages, and every
call reads the database again."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Q
from django.utils import translation
from wagtail.models import Page, Site

from stemhub import context_processors, routing, site_lookup
from stemhub.demo import add_child_page
from stemhub.models import AboutPage, HomePage, PrivacyPage
from stemhub.prepared_queries import PreparedQuery
from stemhub.queries import public_q
from videos.factories import make_video
from videos.models import ReporterIndexPage, VideoPage
from videos.models.pages import prepared_first_live_reporters_page

LANGUAGES = ["nl", "en"]


def compiled(queryset):
    sql, params = queryset.query.get_compiler(using="default").as_sql()
    return sql, list(params)


def field_values(instance):
    return {
        field.attname: getattr(instance, field.attname)
        for field in type(instance)._meta.concrete_fields
        if field.attname in instance.__dict__
    }


def same_instances(found, expected, seen=None):
    """The same rows as the same model instances, with the same related instances cached."""
    seen = set() if seen is None else seen
    assert [type(instance) for instance in found] == [type(instance) for instance in expected]
    assert [field_values(instance) for instance in found] == [
        field_values(instance) for instance in expected
    ]
    for instance, other in zip(found, expected, strict=True):
        assert instance._state.db == other._state.db and not instance._state.adding
        assert instance.get_deferred_fields() == other.get_deferred_fields()
        assert set(instance._state.fields_cache) == set(other._state.fields_cache)
        seen.add(id(instance))
        for name, related in other._state.fields_cache.items():
            if id(instance._state.fields_cache[name]) not in seen:  # a child's link back
                same_instances([instance._state.fields_cache[name]], [related], seen)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_site_query_is_djangos(site_tree, language):
    with translation.override(language):
        for hostname in ("testserver", "stemhelden.example", ""):
            original = site_lookup.candidate_sites(hostname)
            prepared = site_lookup.prepared_candidate_sites
            assert prepared.sql(hostname=hostname) == compiled(original)
            same_instances(prepared(hostname=hostname), list(original))
        site = prepared(hostname="testserver")[0]
        assert type(site.root_page._state.fields_cache["homepage"]) is HomePage


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_query_is_djangos(site_tree, language):
    types = ContentType.objects.get_for_models(PrivacyPage, AboutPage)
    type_ids = [types[PrivacyPage].pk, types[AboutPage].pk]
    add_child_page(site_tree.home, AboutPage, {"nl": "over", "en": "about"}, {"nl": "O", "en": "A"})
    home = Page.objects.get(pk=site_tree.home.pk)
    # The query as the context processor wrote it before it was prepared.
    original = (
        home.get_children()
        .live()
        .filter(public_q(), Q(show_in_menus=True) | Q(content_type_id__in=type_ids))
        .only(*context_processors.MENU_FIELDS)
    )
    prepared = context_processors.prepared_menu_and_footer_pages
    values = {**routing.children_range(home), "footer_types": type_ids}
    with translation.override(language):
        assert prepared.sql(**values) == compiled(original)
        found = prepared(**values)
        same_instances(found, list(original))
    assert any(type(page) is Page and page.slug == "over" for page in found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_routing_queries_are_djangos(site_tree, language):
    videos = site_tree.sections["videos"].specific
    video, _created = make_video(videos, "Zonnecellen", title_en="Solar cells", slug_en="solar")
    home = Page.objects.get(pk=site_tree.home.pk)
    with translation.override(language):
        for parent, slug, relation in [
            (videos, "zonnecellen", "videopage"),
            (videos, "solar", "videopage"),
            (videos, "bestaat-niet", "videopage"),
            (home, "videos", None),
            (home, "bestaat-niet", None),
        ]:
            children = parent.get_children().filter(routing.slug_condition(slug)).order_by("path")
            original = (
                children.only("pk", "content_type_id")[:1]
                if relation is None
                else children.select_related(relation)[:1]
            )
            values = {**routing.children_range(parent), "slug": slug}
            prepared = routing.prepared_first_child_by_slug
            assert prepared.sql(relation, **values) == compiled(original)
            same_instances(prepared(relation, **values), list(original))
        original = VideoPage._default_manager.filter(pk=video.pk)[:21]
        prepared = routing.prepared_page_by_id
        assert prepared.sql(VideoPage, pk=video.pk) == compiled(original)
        same_instances(prepared(VideoPage, pk=video.pk), list(original))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reporters_page_query_is_djangos(site_tree, language):
    original = ReporterIndexPage.objects.live()
    with translation.override(language):
        assert prepared_first_live_reporters_page() == []
        assert prepared_first_live_reporters_page.sql() == compiled(original[:1])
        add_child_page(
            site_tree.home,
            ReporterIndexPage,
            {"nl": "onze-reporters", "en": "our-reporters"},
            {"nl": "Onze reporters", "en": "Our reporters"},
        )
        same_instances(prepared_first_live_reporters_page(), [original.first()])


def test_every_call_reads_the_database_again(site_tree, django_assert_num_queries):
    """Only SQL is kept: a change shows at the next call, and each call is one query."""
    pages = PreparedQuery(lambda slug: Page.objects.filter(slug=slug))
    with django_assert_num_queries(1):
        assert [page.pk for page in pages(slug="videos")] == [site_tree.sections["videos"].pk]
    with django_assert_num_queries(1):
        assert pages(slug="bestaat-niet") == []
    Page.objects.filter(pk=site_tree.sections["videos"].pk).update(slug="filmpjes")
    with django_assert_num_queries(1):
        assert pages(slug="videos") == []


def test_a_list_of_values_is_a_shape_of_its_own(site_tree, django_assert_num_queries):
    pages = PreparedQuery(lambda ids: Page.objects.filter(pk__in=ids).order_by("pk"))
    ids = sorted(page.pk for page in site_tree.sections.values())
    assert [page.pk for page in pages(ids=ids[:1])] == ids[:1]
    assert [page.pk for page in pages(ids=ids)] == ids
    with django_assert_num_queries(0):  # Django compiles an empty IN to no query at all
        assert pages(ids=[]) == []


def test_a_value_changed_on_its_way_into_the_sql_is_refused(site_tree):
    """A lookup that rewrites the value, or a build that works something out from it, would
    leave the first call's result as a constant in the SQL."""
    starting = PreparedQuery(lambda slug: Page.objects.filter(slug__startswith=slug))
    with pytest.raises(ValueError, match="changed"):
        starting(slug="vid")
    deeper = PreparedQuery(lambda depth: Page.objects.filter(depth=depth + 1))
    with pytest.raises(ValueError, match="changed"):
        deeper(depth=1)
    unused = PreparedQuery(lambda slug: Page.objects.filter(depth=2))
    with pytest.raises(ValueError, match="not a parameter"):
        unused(slug="videos")
    with pytest.raises(TypeError):
        PreparedQuery(lambda live: Page.objects.filter(live=live))(live=True)


def test_each_language_has_its_own_sql(site_tree):
    """wagtail-modeltranslation writes `slug` as the active language's column."""
    pages = PreparedQuery(lambda slug: Page.objects.filter(slug=slug))
    with translation.override("nl"):
        dutch_sql, _params = pages.sql(slug="videos")
        assert [page.pk for page in pages(slug="initiatieven")] == [
            site_tree.sections["initiatives"].pk
        ]
    with translation.override("en"):
        english_sql, _params = pages.sql(slug="videos")
        assert [page.pk for page in pages(slug="initiatives")] == [
            site_tree.sections["initiatives"].pk
        ]
    assert '"slug_nl"' in dutch_sql and '"slug_en"' in english_sql
    assert connection.vendor in {"sqlite", "postgresql"}


def test_the_site_of_a_request_still_follows_the_sites(site_tree, rf):
    """The prepared site query reads the sites at every request: a new site is found at once."""
    default = Site.objects.get(is_default_site=True)
    assert Site.find_for_request(rf.get("/", HTTP_HOST="stemhelden.example")) == default
    other = Site.objects.create(
        hostname="stemhelden.example", port=80, root_page=site_tree.sections["videos"]
    )
    assert Site.find_for_request(rf.get("/", HTTP_HOST="stemhelden.example")) == other
