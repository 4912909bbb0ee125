from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stemhub.admin_menus import VOCABULARY_MENU_HOOK
from stemhub.admin_report_registration import register_report
from taxonomy.admin_views import register_vocabularies

from . import todo  # noqa: F401  (registers the admin home panels)
from .bulk_actions import VideoTermsBulkAction
from .bulk_collections import CollectionBulkAction
from .link_report import HomePageLinksReportView
from .models import EducationRoute, ProfileType, Reporter, Signpost
from .reports import HeroBalanceReportView

register_vocabularies(
    (ProfileType, "user", _("Profile types"), 200),
    (EducationRoute, "group", _("Education routes"), 210),
)


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


for viewset in (SignpostViewSet, ReporterViewSet):
    register_snippet(viewset)


register_report(
    HeroBalanceReportView,
    "reports/hero-balance/",
    "videos_hero_balance",
    _("Heroes' balance"),
    name="hero-balance",
    icon_name="group",
    order=1000,
)
register_report(
    HomePageLinksReportView,
    "reports/home-page-links/",
    "videos_home_page_links",
    _("Videos with only home-page links"),
    name="home-page-links",
    icon_name="link",
    order=1010,
)


hooks.register("register_bulk_action", VideoTermsBulkAction)
hooks.register("register_bulk_action", CollectionBulkAction)
