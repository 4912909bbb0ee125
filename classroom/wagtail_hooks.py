from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stemhub.admin_menus import VOCABULARY_MENU_HOOK
from taxonomy.admin_views import register_vocabularies

from .bulk_actions import LessonCollectionBulkAction, LessonTermsBulkAction
from .models import AttainmentTarget, SchoolLevel, StemDomain

register_vocabularies(
    (SchoolLevel, "group", _("School levels"), 300),
    (StemDomain, "pick", _("STEM domains"), 310),
)


class AttainmentTargetViewSet(SnippetViewSet):
    model = AttainmentTarget
    icon = "tick-inverse"
    menu_label = _("Attainment targets")
    menu_hook = VOCABULARY_MENU_HOOK
    menu_order = 320
    list_display = ["code", "short_name", "description", "note"]
    search_fields = ["code", "short_name_nl", "short_name_en", "description_nl", "description_en"]


register_snippet(AttainmentTargetViewSet)


hooks.register("register_bulk_action", LessonTermsBulkAction)
hooks.register("register_bulk_action", LessonCollectionBulkAction)
