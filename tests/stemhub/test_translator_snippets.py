"""Translators translate the vocabulary without publishing it (issue #17).

Terms (taxonomy.ReviewedSnippet: sectors and every other vocabulary, signposts, attainment
targets) keep a draft revision until an editor publishes: a translator's save or "Submit for
review" leaves the published row as visitors see it; approving the review publishes. Everything
runs through the Dutch admin over HTTP, and the public side through its pages and the API.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import WorkflowContentType, WorkflowState

from stemhub import roles
from taxonomy.models import Sector
from videos.factories import make_video
from videos.models import ProfileType, Signpost, VideoPage

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .admin_helpers import form_data, member_of

EDIT_FORM = "form[data-edit-form]"


def edit_url(term):
    meta = term._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[term.pk])


def refused(response):
    """Wagtail answers a refused admin view with a redirect to the dashboard, or a 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] in ("/admin/", "/admin/login/")
    )


@pytest.fixture
def translator(db):
    return member_of(roles.TRANSLATORS_GROUP)


@pytest.fixture
def editor(db):
    return member_of(roles.EDITORS_GROUP)


@pytest.fixture
def energy(site_tree):
    return Sector.objects.get(slug="energie")


@pytest.fixture(scope="module")
def video_built(django_db_setup, django_db_blocker):
    """A published video in the energy sector, once for the module (tests/kept_content.py);
    the tests that change it do so inside their own savepoint."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            video, _created = make_video(
                skeleton.sections["videos"],
                "Zonnepanelen plaatsen",
                slug="zonnepanelen-vertaler",
                title_en="Installing solar panels",
                slug_en="solar-panels-translator",
                sectors=[Sector.objects.get(slug="energie")],
            )
            kept = Kept(video=video)
        yield kept


@pytest.fixture
def video(video_built, site_tree):
    """A fresh instance of the module's video."""
    return video_built.fresh().video


def submit_english_name(client, term, name_en, **changes):
    """What a translator does: open the term, change its English name, submit for review."""
    response = client.get(edit_url(term))
    assert response.status_code == 200
    data = form_data(response, EDIT_FORM)
    data.update(name_en=name_en, **changes)
    return client.post(edit_url(term), data)


def test_a_translator_changes_the_english_name_and_submits_it_for_review(
    client, translator, energy
):
    client.force_login(translator)
    response = client.get(edit_url(energy))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="action-submit"' in body
    assert 'name="action-publish"' not in body
    assert "Stuur door naar" in body  # the Dutch admin: "submit to Content review"

    old = (energy.name_nl, energy.name_en, energy.slug, energy.sort_order)
    response = submit_english_name(
        client,
        energy,
        "Power",
        name_nl="Overschreven",
        slug="overschreven",
        sort_order="99",
        **{"action-submit": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]

    energy.refresh_from_db()
    assert (energy.name_nl, energy.name_en, energy.slug, energy.sort_order) == old  # still live
    assert energy.live and energy.has_unpublished_changes
    draft = energy.get_latest_revision_as_object()
    assert draft.name_en == "Power"
    # The Dutch name and every untranslated field were read-only: the forged values are ignored.
    assert (draft.name_nl, draft.slug, draft.sort_order) == (old[0], old[2], old[3])
    state = WorkflowState.objects.for_instance(energy).get(status="in_progress")
    assert state.workflow.name == roles.CONTENT_REVIEW


def test_a_forged_publish_from_a_translator_publishes_nothing(client, translator, energy):
    client.force_login(translator)
    submit_english_name(client, energy, "Power", **{"action-publish": "1"})
    energy.refresh_from_db()
    assert energy.name_en != "Power"
    assert energy.get_latest_revision_as_object().name_en == "Power"  # kept as a draft


def test_a_translator_may_not_add_delete_unpublish_reorder_or_lock_terms(
    client, translator, energy
):
    client.force_login(translator)
    views = "wagtailsnippets_taxonomy_sector"
    assert refused(client.get(reverse(f"{views}:add")))
    assert refused(client.post(reverse(f"{views}:delete", args=[energy.pk])))
    assert refused(client.post(reverse(f"{views}:unpublish", args=[energy.pk])))
    assert refused(client.post(reverse(f"{views}:lock", args=[energy.pk])))
    client.post(reverse(f"{views}:reorder", args=[energy.pk]), {"position": "0"})
    energy.refresh_from_db()
    assert Sector.objects.filter(pk=energy.pk, live=True).exists()
    assert not energy.locked


def test_the_translators_list_of_terms_offers_editing_only(client, translator, energy):
    client.force_login(translator)
    body = client.get(reverse("wagtailsnippets_taxonomy_sector:list")).content.decode()
    assert edit_url(energy) in body
    assert reverse("wagtailsnippets_taxonomy_sector:add") not in body


def test_the_public_keeps_the_published_name_until_an_editor_approves(
    client, translator, editor, energy, video
):
    client.force_login(translator)
    submit_english_name(client, energy, "Power", **{"action-submit": "1"})
    client.logout()

    assert "Power" not in client.get("/en/videos/solar-panels-translator/").content.decode()
    assert "Power" not in client.get("/en/videos/").content.decode()
    old_name = Sector.objects.get(pk=energy.pk).name_en
    assert old_name in client.get("/en/videos/").content.decode()

    client.force_login(editor)
    home = client.get("/admin/").content.decode()
    assert edit_url(energy) in home  # Wagtail's "awaiting your review" panel lists the term
    task_state = WorkflowState.objects.for_instance(energy).get().current_task_state
    url = reverse(
        "wagtailsnippets_taxonomy_sector:workflow_action",
        args=[energy.pk, "approve", task_state.pk],
    )
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    client.logout()

    energy.refresh_from_db()
    assert energy.name_en == "Power" and not energy.has_unpublished_changes
    assert "Power" in client.get("/en/videos/solar-panels-translator/").content.decode()
    assert "Power" in client.get("/en/videos/").content.decode()
    api = client.get("/api/v1/videos?lang=en").json()
    assert {"value": "energie", "name": "Power"} in [
        term for item in api["results"] for term in item["sectors"]
    ]


def test_an_editor_creates_a_term_by_publishing_it(client, editor, site_tree):
    client.force_login(editor)
    add_url = reverse("wagtailsnippets_taxonomy_sector:add")
    data = form_data(client.get(add_url), EDIT_FORM)
    data.update(name_nl="Ruimtevaart", name_en="Space", slug="ruimtevaart")
    data["action-publish"] = "1"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    sector = Sector.objects.get(slug="ruimtevaart")
    assert sector.live and sector.name_en == "Space"
    assert "Ruimtevaart" in client.get("/nl/videos/").content.decode()


@pytest.fixture
def draft_sector(client, editor, site_tree):
    """A sector an editor saved as a draft and never published."""
    client.force_login(editor)
    add_url = reverse("wagtailsnippets_taxonomy_sector:add")
    data = form_data(client.get(add_url), EDIT_FORM)
    data.update(name_nl="Geheime sector", name_en="Secret sector", slug="geheime-sector")
    response = client.post(add_url, data)  # the default action: save a draft
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()
    sector = Sector.objects.get(slug="geheime-sector")
    assert not sector.live
    return sector


def test_a_page_editor_cannot_give_a_page_a_draft_term(client, editor, video, draft_sector):
    client.force_login(editor)
    page_url = f"/admin/pages/{video.pk}/edit/"
    response = client.get(page_url)
    assert "Geheime sector" not in response.content.decode()
    data = form_data(response, "form#page-edit-form")
    data["sectors"] = [str(draft_sector.pk)]
    data["action-publish"] = "1"
    client.post(page_url, data)
    assert not VideoPage.objects.get(pk=video.pk).sectors.filter(pk=draft_sector.pk).exists()


def test_the_inline_rows_accept_published_signposts_and_profile_types_only(editor, video):
    """The heroes' and signposts' rows of the page editor's form (the empty row a new one is
    made from included) accept published terms only; the choosers' own lists still show every
    term (see the README)."""
    open_signpost = Signpost.objects.create(
        name="Open wegwijzer", slug="open-wegwijzer", url="https://a.org"
    )
    Signpost.objects.create(
        name="Geheime wegwijzer", slug="geheime-wegwijzer", url="https://b.org", live=False
    )
    open_profile = ProfileType.objects.create(name="Open profiel", slug="open-profiel")
    ProfileType.objects.create(name="Geheim profiel", slug="geheim-profiel", live=False)
    form_class = VideoPage.get_edit_handler().get_form_class()
    form = form_class(instance=video, parent_page=video.get_parent(), for_user=editor)
    signposts = form.formsets["signposts"].empty_form.fields["signpost"].queryset
    profiles = form.formsets["heroes"].empty_form.fields["profile_type"].queryset
    assert list(signposts) == [open_signpost]
    assert list(profiles) == [open_profile]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_draft_term_is_never_shown_to_visitors(client, video, draft_sector, language):
    # Even linked behind the editors' back, the browse facets and the API leave it out.
    video.sectors.add(draft_sector)
    browse = client.get(f"/{language}/videos/").content.decode()
    assert "geheime-sector" not in browse and "ecret sector" not in browse
    assert "eheime sector" not in browse
    filtered = client.get(f"/{language}/videos/?sector=geheime-sector")
    assert "zonnepanelen" in filtered.content.decode().lower() or "solar" in (
        filtered.content.decode().lower()
    )  # an unknown value filters nothing
    api = client.get(f"/api/v1/videos?lang={language}").json()
    names = {term["value"] for item in api["results"] for term in item["sectors"]}
    assert "energie" in names and "geheime-sector" not in names


def test_the_role_migration_set_up_translating_and_review_and_is_idempotent(db):
    """What the test database has, the migrations made; running the set-up again adds nothing."""
    translators = Group.objects.get(name=roles.TRANSLATORS_GROUP)
    editors = Group.objects.get(name=roles.EDITORS_GROUP)
    for app_label, model in roles.REVIEWED_SNIPPETS:
        granted = set(
            translators.permissions.filter(content_type__app_label=app_label).values_list(
                "codename", flat=True
            )
        )
        assert {f"change_{model}", f"view_{model}"} <= granted
        assert not {f"add_{model}", f"delete_{model}", f"publish_{model}"} & granted
        assert editors.permissions.filter(codename=f"publish_{model}").exists()
        workflow = WorkflowContentType.objects.get(
            content_type__app_label=app_label, content_type__model=model
        ).workflow
        assert workflow.name == roles.CONTENT_REVIEW
    counts = (Permission.objects.count(), WorkflowContentType.objects.count())
    grants = translators.permissions.count(), editors.permissions.count()
    roles.ensure_roles()
    assert (Permission.objects.count(), WorkflowContentType.objects.count()) == counts
    assert (translators.permissions.count(), editors.permissions.count()) == grants
