from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AttainmentTarget, SchoolLevel, StemDomain


class SchoolLevelViewSet(SnippetViewSet):
    model = SchoolLevel
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


class StemDomainViewSet(SnippetViewSet):
    model = StemDomain
    icon = "pick"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


class AttainmentTargetViewSet(SnippetViewSet):
    model = AttainmentTarget
    icon = "tick-inverse"
    list_display = ["code", "short_name", "description", "note"]
    search_fields = ["code", "short_name_nl", "short_name_en", "description_nl", "description_en"]


class ClassroomVocabularyGroup(SnippetViewSetGroup):
    items = (SchoolLevelViewSet, StemDomainViewSet, AttainmentTargetViewSet)
    menu_icon = "doc-full"
    menu_label = _("Classroom vocabulary")
    menu_name = "classroom-vocabulary"
    menu_order = 320


register_snippet(ClassroomVocabularyGroup)
