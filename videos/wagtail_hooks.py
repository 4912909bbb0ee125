from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import views
from .models import EducationRoute, ProfileType, Reporter, Signpost
from .reports import HomePageLinksReportView


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


class ReporterViewSet(SnippetViewSet):
    model = Reporter
    icon = "user"
    menu_label = _("Child reporters")
    list_display = ["first_name", "age", "school_or_town", "consent_date"]
    search_fields = ["first_name", "school_or_town"]
    search_backend_name = None


class VideoVocabularyGroup(SnippetViewSetGroup):
    items = (ProfileTypeViewSet, EducationRouteViewSet, SignpostViewSet, ReporterViewSet)
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
        path(
            "reports/home-page-links/",
            HomePageLinksReportView.as_view(),
            name="videos_home_page_links",
        ),
        path(
            "reports/home-page-links/results/",
            HomePageLinksReportView.as_view(results_only=True),
            name="videos_home_page_links_results",
        ),
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


@hooks.register("register_reports_menu_item")
def register_home_page_links_menu_item():
    return HeroBalanceMenuItem(
        _("Videos with only home-page links"),
        reverse("videos_home_page_links"),
        name="home-page-links",
        icon_name="link",
        order=1010,
    )
