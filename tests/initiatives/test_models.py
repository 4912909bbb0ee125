"""Page-type rules, vocabulary, editors and the initiative page itself."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, WorkflowPage

from initiatives.factories import create_initiative
from initiatives.models import (
    EducationLevel,
    InitiativeIndexPage,
    InitiativePage,
    Region,
    TargetGroup,
)
from initiatives.setup import EDITORS_GROUP, WORKFLOW_NAME, ensure_all
from partners.models import PartnerIndexPage, PartnerPage
from stemhub.models import HomePage

from .helpers import soup


@pytest.fixture
def sample(shared_sample):
    """The four initiatives, built once for the module: the tests read them, and the revision
    test changes one inside its own savepoint only (tests/initiatives/conftest.py)."""
    return shared_sample


def test_page_tree_rules(index):
    assert InitiativePage.can_create_at(index)
    assert not InitiativePage.can_create_at(index.get_parent().specific)
    assert InitiativeIndexPage.allowed_parent_page_models() == [HomePage]
    assert InitiativeIndexPage.allowed_subpage_models() == [InitiativePage]
    assert InitiativePage.allowed_subpage_models() == []
    assert not InitiativeIndexPage.can_create_at(index.get_parent().specific)  # max_count 1
    partners_index = PartnerIndexPage.objects.get()
    assert not InitiativePage.can_create_at(partners_index)
    assert not PartnerPage.can_create_at(index)


def test_vocabulary_has_stable_slugs_in_both_languages(index):
    regions = {region.slug: region for region in Region.objects.all()}
    assert list(regions) == [
        "antwerpen",
        "limburg",
        "oost-vlaanderen",
        "vlaams-brabant",
        "west-vlaanderen",
        "brussel",
        "vlaanderen",
        "europa",
    ]
    assert regions["vlaanderen"].name_en == "All of Flanders"
    assert TargetGroup.objects.filter(slug="kinderen-10-14").exists()
    assert EducationLevel.objects.filter(slug="secundair-onderwijs").exists()


def test_editors_group_can_add_edit_publish_and_handle_candidacies(index):
    ensure_all()  # idempotent: a second run changes nothing
    group = Group.objects.get(name=EDITORS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "change_initiativecandidacy",
        "view_initiativecandidacy",
        "add_region",
        "change_targetgroup",
        "change_educationlevel",
    } <= codenames
    assert "add_initiativecandidacy" not in codenames
    root = Page.objects.get(depth=1)
    page_permissions = set(
        GroupPagePermission.objects.filter(group=group, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page"} <= page_permissions
    assert GroupPagePermission.objects.filter(group=group).exclude(page=root).count() == 0
    workflow = WorkflowPage.objects.get(page=index).workflow
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [group]


def test_an_editor_can_publish_initiatives_and_the_other_pages(index, django_user_model):
    editor = django_user_model.objects.create_user("redacteur", password="x", is_staff=False)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    initiative = create_initiative(index, "test")
    assert initiative.permissions_for_user(editor).can_publish()
    assert index.permissions_for_user(editor).can_add_subpage()
    home = Page.objects.get(depth=2)
    assert home.permissions_for_user(editor).can_publish()  # the portal's editors: every page
    assert editor.has_perm("wagtailadmin.access_admin")
    assert Permission.objects.filter(codename="publish_page").exists()


def test_initiative_page_shows_every_field_under_a_label(client, sample):
    response = client.get("/en/initiatives/robot-camp/")
    assert response.status_code == 200
    body = response.content.decode()
    for label in (
        "Organisation",
        "Source / author",
        "Country",
        "Region",
        "Target groups",
        "Education level",
        "Sectors and themes",
        "Year started",
        "Status",
        "Website",
        "Partners",
    ):
        assert f">{label}<" in body, label
    page = soup(response)
    partners = [li.get_text(" ", strip=True) for li in page.select(".partner-list li")]
    assert partners == ["Technopolis Lead partner", "Robot vzw Contributing partner"]
    assert "Antwerp" in page.select_one(".facts").get_text()
    assert "Building robots in Antwerp." in body


def test_initiative_page_in_dutch(client, sample):
    response = client.get("/nl/initiatieven/robotkamp/")
    assert response.status_code == 200
    assert "Robots bouwen in Antwerpen." in response.content.decode()
    assert soup(response).find("html")["lang"] == "nl"


def test_no_related_videos_without_videos(client, sample):
    response = client.get("/nl/initiatieven/robotkamp/")
    assert soup(response).find(id="videos-heading") is None
    assert sample["robots"].related_videos() == []


def test_admin_edit_form_has_both_languages(admin_client, sample):
    response = admin_client.get(f"/admin/pages/{sample['robots'].pk}/edit/")
    assert response.status_code == 200
    body = response.content.decode()
    for name in ("title_nl", "title_en", "summary_nl", "summary_en", "description_en"):
        assert f'name="{name}"' in body, name
    assert "partners-TOTAL_FORMS" in body


def test_revisions_keep_both_languages_and_preview_renders_each(sample):
    from django.utils import translation

    initiative = sample["robots"]
    initiative.title_en = "Robot camp (draft)"
    initiative.summary_nl = "Nieuwe samenvatting in het Nederlands."
    revision = initiative.save_revision()
    draft = revision.as_object()
    assert draft.title_en == "Robot camp (draft)"
    assert draft.summary_nl == "Nieuwe samenvatting in het Nederlands."
    assert draft.summary_en == "Building robots in Antwerp."
    for language, expected in (("nl", "Nieuwe samenvatting"), ("en", "Robot camp (draft)")):
        # The preview's language is its mode ("nl", "en"), whatever the admin speaks.
        with translation.override("en" if language == "nl" else "nl"):
            response = draft.make_preview_request(preview_mode=language)
        assert response.status_code == 200
        assert expected in response.content.decode()
    # The live page is unchanged until the revision is published.
    initiative.refresh_from_db()
    assert initiative.title_en == "Robot camp"


def test_read_only_api_shows_what_an_initiative_page_says(client, sample):
    robots = sample["robots"]
    response = client.get(f"/api/v2/pages/{robots.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["summary"] == "Robots bouwen in Antwerpen."
    assert data["status"] == "running"
    assert data["year_started"] == 2021
    assert data["organisation"]["id"] == robots.organisation_id
    assert len(data["regions"]) == 1
