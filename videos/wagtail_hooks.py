from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import views
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


class HeroBalanceMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("videos.change_videopage")


@hooks.register("register_admin_urls")
def register_hero_balance_url():
    return [
        path("reports/hero-balance/", views.hero_balance_report, name="videos_hero_balance"),
    ]


@hooks.register("register_reports_menu_item")
def register_hero_balance_menu_item():
    return HeroBalanceMenuItem(
        _("Heroes' balance"),
        reverse("videos_hero_balance"),
        name="hero-balance",
        icon_name="group",
        order=1000,
    )
