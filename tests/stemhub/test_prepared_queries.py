"""Queries compiled once per process (stemhub.prepared_queries): the same SQL and parameters as
Django compiles for the queryset they replace, the same instances, in both languages, and every
call reads the database again."""

import datetime
import functools

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import Q
from django.utils import timezone, translation
from modeltranslation.utils import fallbacks
from wagtail.models import Page, Site, SiteRootPath

from selftest.links import prepared_self_tests_with_a_teacher_note
from selftest.models import SelfTestPage
from stemhub import (
    context_processors,
    page_relations,
    prepared_queries,
    routing,
    site_lookup,
    site_root_paths,
)
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


def ran(call):
    """(SQL, parameters) of the one query `call` runs, as Django sent it to the database."""
    sent = []

    def record(execute, sql, params, many, context):
        sent.append((sql, list(params)))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        call()
    assert len(sent) == 1
    return sent[0]


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
            if related is None:  # a null foreign key, selected
                assert instance._state.fields_cache[name] is None
            elif id(instance._state.fields_cache[name]) not in seen:  # a child's link back
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
def test_the_site_root_paths_query_is_djangos(site_tree, language):
    # A second site, whose root path differs per language (initiatieven, initiatives).
    Site.objects.create(hostname="stemhelden.example", root_page=site_tree.sections["initiatives"])
    with translation.override(language):
        original = site_root_paths.sites_with_root_pages()
        prepared = site_root_paths.prepared_sites_with_root_pages
        assert prepared.sql() == compiled(original)
        same_instances(prepared(), list(original))
        every_key = [site_root_paths.cache_key(code) for code in LANGUAGES]
        cache.delete_many(every_key)
        found = site_root_paths.read_every_language()[site_root_paths.cache_key(language)]
        cache.delete_many(every_key)
        assert [SiteRootPath(*paths) for paths in found] == site_root_paths.one_language_at_a_time()
    assert len(found) == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_query_is_djangos(site_tree, language):
    types = ContentType.objects.get_for_models(PrivacyPage, AboutPage)
    type_ids = [types[PrivacyPage].pk, types[AboutPage].pk]
    add_child_page(site_tree.home, AboutPage, {"nl": "over", "en": "about"}, {"nl": "O", "en": "A"})
    home = Page.objects.get(pk=site_tree.home.pk)
    prepared = context_processors.prepared_menu_and_footer_pages
    values = {**routing.children_range(home), "footer_types": type_ids}
    with translation.override(language):
        # The query as the context processor wrote it before it was prepared.
        original = (
            home.get_children()
            .live()
            .filter(public_q(), Q(show_in_menus=True) | Q(content_type_id__in=type_ids))
            .only(*context_processors.MENU_FIELDS)
        )
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
        # modeltranslation's fallbacks(False) compares the active language's slug only: a
        # shape of its own, after the same shape with fallbacks above.
        with fallbacks(False):
            children = videos.get_children().filter(routing.slug_condition("solar"))
            original = children.order_by("path").select_related("videopage")[:1]
            values = {**routing.children_range(videos), "slug": "solar"}
            assert prepared.sql("videopage", **values) == compiled(original)
            same_instances(prepared("videopage", **values), list(original))
        prepared = routing.prepared_page_by_id
        by_get = ran(lambda: VideoPage._default_manager.get(pk=video.pk))
        assert prepared.sql(VideoPage, pk=video.pk) == by_get
        same_instances(
            prepared(VideoPage, pk=video.pk), [VideoPage._default_manager.get(pk=video.pk)]
        )


def live_self_tests_with_a_teacher_note():
    """The query `selftest.links.teacher_note_link` read with `.first()`."""
    return (
        SelfTestPage.objects.live()
        .filter(public_q())
        .exclude(teacher_note="")
        .only("id", "title", "url_path", "path", "depth")
    )


# The first live page of a type other pages link: (prepared, Django's queryset, page type, fields).
FIRST_PAGE_QUERIES = {
    "reporters": (
        prepared_first_live_reporters_page,
        lambda: ReporterIndexPage.objects.live(),
        ReporterIndexPage,
        {},
    ),
    "teacher-note": (
        prepared_self_tests_with_a_teacher_note,
        live_self_tests_with_a_teacher_note,
        SelfTestPage,
        {"teacher_note": "<p>Voor de klas</p>"},
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", FIRST_PAGE_QUERIES)
def test_the_first_page_queries_are_djangos(site_tree, language, kind):
    """The reporters page video pages link, the self-test's note lesson pages link."""
    prepared, queryset, page_type, fields = FIRST_PAGE_QUERIES[kind]
    with translation.override(language):
        original = queryset()  # modeltranslation names the active language's columns
        assert prepared() == []
        assert prepared.sql() == ran(original.first)
        add_child_page(
            site_tree.home,
            page_type,
            {"nl": "onze-pagina", "en": "our-page"},
            {"nl": "Onze pagina", "en": "Our page"},
            **fields,
        )
        same_instances(prepared(), [original.first()])


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


@pytest.mark.parametrize(
    "build",
    [
        lambda slug: Page.objects.filter(slug__startswith=slug),
        lambda slug: Page.objects.filter(slug=slug.lower()),
        lambda slug: Page.objects.filter(slug=slug.strip()),
        lambda slug: Page.objects.filter(depth=len(slug)),
        lambda depth: Page.objects.filter(depth=depth + 1),
        # With consecutive markers depth + 1 was numchild's marker: [2, 9, 9], not [2, 3, 9].
        lambda depth, numchild: Page.objects.filter(
            depth__in=[depth, depth + 1], numchild=numchild
        ),
    ],
    ids=["startswith", "lower", "strip", "len", "plus-one", "plus-one-is-the-next-value"],
)
def test_a_value_changed_on_its_way_into_the_sql_is_refused(site_tree, build):
    """A lookup that rewrites the value, or a build that works something out from it, would
    leave the first call's result as a constant in the SQL."""
    names = build.__code__.co_varnames[: build.__code__.co_argcount]
    values = {name: ("Vid" if name == "slug" else 2) for name in names}
    with pytest.raises(ValueError, match="changed"):
        PreparedQuery(build)(**values)


def test_a_value_an_iexact_lookup_escapes_is_refused_on_sqlite(site_tree):
    """SQLite's `iexact` is a LIKE, with `_ % \\` escaped: kept, `a_b` would match `aXb`."""
    pages = PreparedQuery(lambda slug: Page.objects.filter(slug__iexact=slug))
    if connection.vendor == "sqlite":
        with pytest.raises(ValueError, match="changed"):
            pages(slug="vi_eos")
    else:  # UPPER(slug) = UPPER(%s): the value as it is
        assert pages.sql(slug="vi_eos") == compiled(Page.objects.filter(slug__iexact="vi_eos"))
        assert pages(slug="vi_eos") == [] and len(pages(slug="VIDEOS")) == 1


@pytest.mark.parametrize(
    "moment",
    [timezone.now, lambda: datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)],
    ids=["now", "a-fixed-datetime"],
)
def test_a_date_kept_in_the_sql_is_refused(site_tree, moment):
    pages = PreparedQuery(
        lambda slug: Page.objects.filter(slug=slug, last_published_at__lte=moment())
    )
    with pytest.raises(ValueError, match="constant"):
        pages(slug="videos")


def test_a_query_reads_the_database_it_was_prepared_for(site_tree):
    pages = PreparedQuery(lambda slug: Page.objects.using("elsewhere").filter(slug=slug))
    with pytest.raises(ValueError, match="elsewhere"):
        pages(slug="videos")


def test_shapes_beyond_the_bound_are_djangos_at_each_call(site_tree, monkeypatch):
    """Lists of ever new lengths do not grow the compiled shapes without bound."""
    monkeypatch.setattr(prepared_queries, "MAX_SHAPES", 2)
    pages = PreparedQuery(lambda ids: Page.objects.filter(pk__in=ids).order_by("pk"))
    ids = sorted(page.pk for page in site_tree.sections.values())
    for length in range(1, len(ids) + 1):
        assert [page.pk for page in pages(ids=ids[:length])] == ids[:length]
        expected = Page.objects.filter(pk__in=ids[:length]).order_by("pk")
        assert pages.sql(ids=ids[:length]) == compiled(expected)
    assert len(pages._compiled) == 2 < len(ids)


def test_a_value_missing_from_the_sql_or_of_no_marked_type_is_refused(site_tree):
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


@pytest.fixture
def vocabularies(site_tree):
    """The shared content: every vocabulary's terms and the partner directory."""
    from ..shared_content import ensure_all_unless_committed

    ensure_all_unless_committed()


@pytest.fixture
def initiative(site_tree, vocabularies):
    return make_initiative(site_tree)


def make_initiative(site_tree):
    """An initiative with terms in each of its vocabularies, two regions among them, and a
    partner from the directory and one by name only (no partner page: a NULL link)."""
    from initiatives.factories import create_initiative
    from partners.models import PartnerPage

    return create_initiative(
        site_tree.sections["initiatives"],
        "robotkamp",
        regions=["limburg", "antwerpen"],
        target_groups=["kinderen-10-14"],
        education_levels=["basisonderwijs"],
        sectors=["robotica-industrie"],
        languages=["nl"],
        partners=[("lead", PartnerPage.objects.first()), ("contributing", "Robot vzw")],
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pages_terms_are_its_related_managers(initiative, language):
    """page_terms reads with the related manager's SQL, compiled once per relation."""
    from initiatives.models import InitiativePage
    from initiatives.models.pages import FACT_VOCABULARIES

    page = InitiativePage.objects.get(pk=initiative.pk)
    with translation.override(language):
        for name in FACT_VOCABULARIES:
            original = getattr(page, name).all()
            assert original, name
            prepared = page_relations.prepared_related_terms
            assert prepared.sql(InitiativePage, name, pk=page.pk) == compiled(original)
            same_instances(page_relations.page_terms(page, name), list(original))


def test_terms_in_memory_are_read_as_before(initiative, django_assert_num_queries):
    """A revision (preview) keeps its terms on the page, a prefetch in its cache: no query; a
    saved page's terms are read from the database at every call."""
    from initiatives.models import InitiativePage, InitiativePartner, Region
    from partners.models import PartnerPage

    limburg = Region.objects.get(slug="limburg")
    revision = InitiativePage.objects.get(pk=initiative.pk)
    revision.regions = [limburg]
    with django_assert_num_queries(0):
        assert page_relations.page_terms(revision, "regions") == [limburg]
    revision.partners = [InitiativePartner(name="Robot vzw")]
    with django_assert_num_queries(0):
        partners = page_relations.page_children(revision, "partners", "partner")
    assert [partner.name for partner in partners] == ["Robot vzw"]
    prefetched = InitiativePage.objects.prefetch_related("regions").get(pk=initiative.pk)
    with django_assert_num_queries(0):
        assert page_relations.page_terms(prefetched, "regions") == list(prefetched.regions.all())
    page = InitiativePage.objects.get(pk=initiative.pk)
    assert len(page_relations.page_terms(page, "regions")) == 2
    InitiativePage.regions.through.objects.filter(region=limburg).delete()
    with django_assert_num_queries(1):
        assert len(page_relations.page_terms(page, "regions")) == 1
    # An unsaved page (a preview on create): modelcluster's relations as the page holds them, a
    # plain relation (no row can point to the page yet) empty, without a query.
    unsaved = InitiativePage(title="Nieuw", regions=[limburg])
    partner = PartnerPage(title="Nieuw")
    with django_assert_num_queries(0):
        assert page_relations.page_terms(unsaved, "regions") == [limburg]
        assert page_relations.page_terms(unsaved, "sectors") == []
        assert page_relations.page_children(unsaved, "partners", "partner") == []
        assert page_relations.page_children(partner, "videos") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_related_video_queries_are_djangos(site_tree, language):
    """A video page's related cards: the candidates with and without sectors, and by id."""
    from taxonomy.models import Sector
    from videos.models import pages as video_pages

    videos = site_tree.sections["videos"].specific
    sectors = list(Sector.objects.order_by("pk")[:2])
    page = make_video(videos, "Zon", sectors=sectors)[0]
    others = [make_video(videos, f"Video {n}", year=2020 + n)[0] for n in range(3)]
    near = video_pages.prepared_video_cards_near
    by_id = video_pages.prepared_video_cards_by_id
    sector_ids = [sector.pk for sector in sectors]
    ids = [video.pk for video in others[:2]]
    with translation.override(language):
        for limit, values in [(3, {"pk": page.pk}), (3, {"pk": page.pk, "sector_ids": sector_ids})]:
            original = video_pages.video_cards_near(limit, **values)
            assert near.sql(limit, **values) == compiled(original)
            same_instances(near(limit, **values), list(original))
        original = video_pages.video_cards_by_id(pk=page.pk, ids=ids)
        assert by_id.sql(pk=page.pk, ids=ids) == compiled(original)
        same_instances(by_id(pk=page.pk, ids=ids), list(original))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pages_inline_rows_are_its_related_managers(site_tree, language):
    """page_children reads with the related manager's SQL, each row linked back to the page."""
    from videos.factories import ensure_education_routes, ensure_profile_types, make_signpost

    profile = next(iter(ensure_profile_types().values()))
    route = next(iter(ensure_education_routes().values()))
    hero = {"name": ("Ingenieur", "Engineer"), "profile_type": profile, "education_route": route}
    signpost = make_signpost("onderwijskiezer", "Onderwijskiezer")
    made = make_video(
        site_tree.sections["videos"], "Zon", heroes=[hero, hero], signposts=[signpost]
    )[0]
    page = VideoPage.objects.get(pk=made.pk)
    prepared = page_relations.prepared_related_children
    with translation.override(language):
        for name, related in [
            ("heroes", ("education_route", "profile_type")),
            ("signposts", ()),
            ("signposts", ("signpost",)),  # a lesson page's signposts, of its video
        ]:
            original = getattr(page, name).all()
            original = original.select_related(*related) if related else original
            assert prepared.sql(VideoPage, name, related, None, pk=page.pk) == compiled(original)
            found = page_relations.page_children(page, name, *related)
            same_instances(found, list(original))
            assert found and all(child.page is page for child in found)


def lesson_page(site_tree):
    """A lesson with a worksheet (its document is selected with it)."""
    from classroom.demo import load_index
    from classroom.factories import add_material, ensure_vocabulary
    from classroom.models import ClassroomMaterialPage

    from ..classroom.helpers import make_pdf_document

    ensure_vocabulary()
    video = make_video(site_tree.sections["videos"], "Zon")[0]
    worksheets = [(make_pdf_document(), "")]
    lesson = add_material(
        load_index(site_tree), video=video, slug="les", title="Les", worksheets=worksheets
    )[0]
    return ClassroomMaterialPage.objects.get(pk=lesson.pk)


def initiative_page(site_tree):
    from initiatives.models import InitiativePage

    return InitiativePage.objects.get(pk=make_initiative(site_tree).pk)


def home_page(site_tree):
    """The home page, an entry point without a page among its own."""
    from stemhub.models.home import HomeEntryPoint

    entry = site_tree.home.entry_points.first()
    HomeEntryPoint.objects.create(
        home_page=site_tree.home, audience=entry.audience, heading="Zonder pagina", sort_order=99
    )
    return HomePage.objects.get(pk=site_tree.home.pk)


# (the page, the relation, what is selected with it): a row's link may be NULL (LEFT JOIN).
LINKED_ROWS = [
    (lesson_page, "worksheets", "document"),
    (initiative_page, "partners", "partner"),
    (home_page, "entry_points", "link_page"),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("page_of", "name", "related"), LINKED_ROWS)
def test_rows_with_a_linked_page_or_document_are_the_related_managers(
    site_tree, vocabularies, language, page_of, name, related
):
    """Worksheets with their document, an initiative's partners (one with no partner page),
    the home page's entry points (some with no page): the related manager's SQL and rows."""
    page = page_of(site_tree)
    model = type(page)
    prepared = page_relations.prepared_related_children
    link = model._meta.get_field(name).field.name
    with translation.override(language):
        original = getattr(page, name).select_related(related)
        assert prepared.sql(model, name, (related,), None, pk=page.pk) == compiled(original)
        found = page_relations.page_children(page, name, related)
        same_instances(found, list(original))
        assert found and all(getattr(child, link) is page for child in found)
    if name != "worksheets":
        assert any(getattr(child, f"{related}_id") is None for child in found)


def test_a_narrowing_function_must_be_a_modules(site_tree):
    """`narrow` is part of the query's shape: a lambda or a nested function (a new one at each
    call), a bound method or a functools.partial is refused."""
    from partners.models import PartnerPage, directory

    page = PartnerPage.objects.first()

    def nested(videos):
        return videos.live()

    refused = (
        lambda videos: videos.live(),
        nested,
        functools.partial(directory.live_public_by_title),
        page.get_children,  # a bound method: a new one for each page
    )
    for narrow in refused:
        with pytest.raises(ValueError, match="a module's function"):
            page_relations.page_children(page, "videos", narrow=narrow)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partners_videos_and_initiatives_are_its_related_managers(site_tree, language):
    """A partner page's live videos and initiatives, each linked back to the partner."""
    from initiatives.factories import create_initiative
    from partners.models import PartnerPage, directory

    from ..shared_content import ensure_all_unless_committed

    ensure_all_unless_committed()
    partner = PartnerPage.objects.first()
    make_video(site_tree.sections["videos"], "Zon", company=partner)
    create_initiative(site_tree.sections["initiatives"], "robotkamp", organisation=partner)
    page = PartnerPage.objects.get(pk=partner.pk)
    prepared = page_relations.prepared_related_children
    with translation.override(language):
        for name, narrow in [
            ("videos", directory.live_public_newest_first),
            ("initiatives", directory.live_public_by_title),
        ]:
            original = narrow(getattr(page, name).all())
            assert prepared.sql(PartnerPage, name, (), narrow, pk=page.pk) == compiled(original)
            found = page_relations.page_children(page, name, narrow=narrow)
            same_instances(found, list(original))
            assert found and all(child._state.fields_cache for child in found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lesson_pages_overview_query_is_djangos(site_tree, language):
    """A lesson page's link to its overview, as `ancestor_of(page).live().first()` read it."""
    from classroom.demo import load_index
    from classroom.factories import add_material, ensure_vocabulary
    from classroom.models import ClassroomIndexPage
    from classroom.models.pages import ancestors_of, prepared_live_classroom_above

    ensure_vocabulary()
    video = make_video(site_tree.sections["videos"], "Zon")[0]
    index = load_index(site_tree)
    lesson = add_material(
        index, video=video, slug={"nl": "les", "en": "lesson"}, title={"nl": "Les", "en": "Lesson"}
    )[0]
    with translation.override(language):
        original = ClassroomIndexPage.objects.ancestor_of(lesson).live()
        values = ancestors_of(lesson)
        assert prepared_live_classroom_above.sql(**values) == ran(original.first)
        same_instances(prepared_live_classroom_above(**values), [original.first()])


@pytest.mark.parametrize("fallbacks_on", [True, False], ids=["fallbacks", "no-fallbacks"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_term_queries_are_djangos(vocabularies, language, fallbacks_on):
    """The terms the public forms offer (each vocabulary's live terms) and the video form's
    organisations (the directory's live partners), as Django's querysets read them."""
    from initiatives.proposal_form import VOCABULARY
    from partners.form_fields import prepared_live_terms
    from partners.forms.fields import live_partners, prepared_live_partners
    from partners.models import PartnerPage
    from taxonomy.models import Sector
    from videos.factories import ensure_education_routes, ensure_profile_types, make_signpost
    from videos.models import EducationRoute, ProfileType, Signpost

    ensure_profile_types()
    ensure_education_routes()
    make_signpost("onderwijskiezer", "Onderwijskiezer")
    directory = PartnerPage.objects.first().get_parent()
    offered = {ProfileType, EducationRoute, Sector, Signpost, *VOCABULARY.values()}
    with translation.override(language), fallbacks(fallbacks_on):
        for model in offered:
            original = model.objects.live()
            assert original, model
            assert prepared_live_terms.sql(model) == compiled(original)
            same_instances(prepared_live_terms(model), list(original))
        place = routing.children_range(directory)
        assert prepared_live_partners.sql(**place) == compiled(live_partners(**place))
        # The directory's children as Django's `child_of` finds them (a path prefix).
        original = PartnerPage.objects.child_of(directory).live().order_by("title")
        assert original
        same_instances(prepared_live_partners(**place), list(original))
