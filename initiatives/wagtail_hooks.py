"""The initiatives' vocabulary and the partner candidacies in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    EducationLevel,
    InitiativeCandidacy,
    Language,
    RecordType,
    Region,
    TargetGroup,
)


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]
    search_backend_name = None  # plain database lookups on both languages


class RegionViewSet(TermViewSet):
    model = Region
    icon = "site"


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "group"


class EducationLevelViewSet(TermViewSet):
    model = EducationLevel
    icon = "pick"


class RecordTypeViewSet(TermViewSet):
    model = RecordType
    icon = "tag"


class LanguageViewSet(TermViewSet):
    model = Language
    icon = "comment"


class InitiativeCandidacyViewSet(SnippetViewSet):
    """Editors read, search and follow up applications; nobody adds them by hand."""

    model = InitiativeCandidacy
    icon = "mail"
    menu_label = _("Partner candidacies")
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


class InitiativesViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Initiatives")
    menu_icon = "globe"
    menu_order = 250
    items = (
        InitiativeCandidacyViewSet,
        RegionViewSet,
        TargetGroupViewSet,
        EducationLevelViewSet,
        RecordTypeViewSet,
        LanguageViewSet,
    )


register_snippet(InitiativesViewSetGroup)
