from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stemhub.admin_menus import VOCABULARY_MENU_HOOK

from . import todo  # noqa: F401  (registers the admin home panels)
from .bulk_actions import VideoTermsBulkAction
from .bulk_collections import CollectionBulkAction
from .link_report import HomePageLinksReportView
from .models import EducationRoute, ProfileType, Reporter, Signpost
from .reports import HeroBalanceReportView


class ProfileTypeViewSet(SnippetViewSet):
    model = ProfileType
    icon = "user"
    menu_label = _("Profile types")
    menu_hook = VOCABULARY_MENU_HOOK
    menu_order = 200
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


class EducationRouteViewSet(SnippetViewSet):
    model = EducationRoute
    icon = "group"
    menu_label = _("Education routes")
    menu_hook = VOCABULARY_MENU_HOOK
    menu_order = 210
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


class SignpostViewSet(SnippetViewSet):
    model = Signpost
    icon = "site"
    menu_label = _("Signposts")
    menu_hook = VOCABULARY_MENU_HOOK
    menu_order = 220
    list_display = ["name", "url", "audience", "sort_order"]
    list_filter = ["audience"]
    search_fields = ["name_nl", "name_en", "slug", "description_nl", "description_en"]


class ReporterViewSet(SnippetViewSet):
    model = Reporter
    icon = "user"
    menu_label = _("Child reporters")
    menu_hook = VOCABULARY_MENU_HOOK
    menu_order = 230
    list_display = ["first_name", "age", "school_or_town", "consent_date"]
    search_fields = ["first_name", "school_or_town"]
    search_backend_name = None


for viewset in (ProfileTypeViewSet, EducationRouteViewSet, SignpostViewSet, ReporterViewSet):
    register_snippet(viewset)


class HeroBalanceMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["change"])


@hooks.register("register_admin_urls")
def register_hero_balance_url():
    return [
        path(
            "reports/hero-balance/",
            HeroBalanceReportView.as_view(),
            name="videos_hero_balance",
        ),
        path(
            "reports/hero-balance/results/",
            HeroBalanceReportView.as_view(results_only=True),
            name="videos_hero_balance_results",
        ),
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


hooks.register("register_bulk_action", VideoTermsBulkAction)
hooks.register("register_bulk_action", CollectionBulkAction)
