"""The initiatives' vocabulary and the partner candidacies in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stemhub.admin_menus import SUBMISSIONS_MENU_HOOK
from taxonomy.admin_views import register_vocabularies

from . import admin_import, proposal_admin, todo  # noqa: F401  (each registers hooks)
from .models import (
    EducationLevel,
    InitiativeCandidacy,
    Language,
    RecordType,
    Region,
    TargetGroup,
)

# Plain database lookups on both languages' names, not the search index.
register_vocabularies(
    (Region, "site", _("Regions"), 400),
    (TargetGroup, "group", _("Target groups"), 410),
    (EducationLevel, "pick", _("Education levels"), 420),
    (RecordType, "tag", _("Record types"), 430),
    (Language, "comment", _("Languages"), 440),
    search_backend_name=None,
)


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
        *InitiativeCandidacy.PUBLIC_FIELDS,
        "status",
        "mail_sent",
    ]
    ordering = ["-created_at"]


register_snippet(InitiativeCandidacyViewSet)
