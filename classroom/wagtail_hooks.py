from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stemhub.admin_menus import VOCABULARY_MENU_HOOK

from .bulk_actions import LessonCollectionBulkAction, LessonTermsBulkAction
from .models import AttainmentTarget, SchoolLevel, StemDomain


class SchoolLevelViewSet(SnippetViewSet):
    model = SchoolLevel
    icon = "group"
    menu_label = _("School levels")
    menu_hook = VOCABULARY_MENU_HOOK
    menu_order = 300
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


class StemDomainViewSet(SnippetViewSet):
    model = StemDomain
    icon = "pick"
    menu_label = _("STEM domains")
    menu_hook = VOCABULARY_MENU_HOOK
    menu_order = 310
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


class AttainmentTargetViewSet(SnippetViewSet):
    model = AttainmentTarget
    icon = "tick-inverse"
    menu_label = _("Attainment targets")
    menu_hook = VOCABULARY_MENU_HOOK
    menu_order = 320
    list_display = ["code", "short_name", "description", "note"]
    search_fields = ["code", "short_name_nl", "short_name_en", "description_nl", "description_en"]


for viewset in (SchoolLevelViewSet, StemDomainViewSet, AttainmentTargetViewSet):
    register_snippet(viewset)


hooks.register("register_bulk_action", LessonTermsBulkAction)
hooks.register("register_bulk_action", LessonCollectionBulkAction)
