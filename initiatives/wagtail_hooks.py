"""The initiatives' vocabulary and the partner candidacies in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stemhub.admin_menus import SUBMISSIONS_MENU_HOOK, VOCABULARY_MENU_HOOK

from . import admin_import, proposal_admin, todo  # noqa: F401  (each registers hooks)
from .models import (
    EducationLevel,
    InitiativeCandidacy,
    Language,
    RecordType,
    Region,
    TargetGroup,
)


class TermViewSet(SnippetViewSet):
    menu_hook = VOCABULARY_MENU_HOOK
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]
    search_backend_name = None  # plain database lookups on both languages


class RegionViewSet(TermViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    menu_order = 400


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")
    menu_order = 410


class EducationLevelViewSet(TermViewSet):
    model = EducationLevel
    icon = "pick"
    menu_label = _("Education levels")
    menu_order = 420


class RecordTypeViewSet(TermViewSet):
    model = RecordType
    icon = "tag"
    menu_label = _("Record types")
    menu_order = 430


class LanguageViewSet(TermViewSet):
    model = Language
    icon = "comment"
    menu_label = _("Languages")
    menu_order = 440


class InitiativeCandidacyViewSet(SnippetViewSet):
    """Editors read, search and follow up applications; nobody adds them by hand."""

    model = InitiativeCandidacy
    icon = "mail"
    menu_label = _("Partner candidacies")
    menu_hook = SUBMISSIONS_MENU_HOOK
    menu_order = 120
    list_display = ["organisation", "contact_person", "email", "initiative", "role", "status"]
    list_filter = ["status", "role", "show_as_interested", "allow_contact", "initiative"]
    search_fields = ["organisation", "contact_person", "email", "message"]
    search_backend_name = None
    list_export = [
        "created_at",
        "initiative",
        "organisation",
        "contact_person",
        "email",
        "role",
        "message",
        "consent",
        "show_as_interested",
        "allow_contact",
        "status",
        "mail_sent",
    ]
    ordering = ["-created_at"]


for viewset in (
    InitiativeCandidacyViewSet,
    RegionViewSet,
    TargetGroupViewSet,
    EducationLevelViewSet,
    RecordTypeViewSet,
    LanguageViewSet,
):
    register_snippet(viewset)
