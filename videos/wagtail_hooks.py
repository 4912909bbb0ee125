from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import EducationRoute, ProfileType, Signpost


class ProfileTypeViewSet(SnippetViewSet):
    model = ProfileType
    icon = "user"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


class EducationRouteViewSet(SnippetViewSet):
    model = EducationRoute
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


class SignpostViewSet(SnippetViewSet):
    model = Signpost
    icon = "site"
    list_display = ["name", "url", "audience", "sort_order"]
    list_filter = ["audience"]
    search_fields = ["name_nl", "name_en", "slug", "description_nl", "description_en"]


class VideoVocabularyGroup(SnippetViewSetGroup):
    items = (ProfileTypeViewSet, EducationRouteViewSet, SignpostViewSet)
    menu_icon = "media"
    menu_label = _("Video vocabulary")
    menu_name = "video-vocabulary"
    menu_order = 310


register_snippet(VideoVocabularyGroup)
