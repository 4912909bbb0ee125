"""The impact dashboard in the admin: its addresses, the Reports menu item, the home panel,
the partner page's and the initiative page's header buttons, and the initiatives' opt-in.

partners and initiatives sit below impact and never import it: the buttons on their pages are
added here through Wagtail's `register_page_header_buttons` hook.
"""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from initiatives.models import InitiativePage
from partners.models import PartnerPage

from .dashboard import views
from .dashboard.initiatives_admin import InitiativeFiguresViewSet
from .figures import Figures
from .periods import named_period


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [
        path(
            "impact/",
            include(
                [
                    path("", views.dashboard, name="impact_dashboard"),
                    path("csv/<slug:slug>/", views.dashboard_csv, name="impact_dashboard_csv"),
                    path("partners/<int:page_id>/", views.partner_figures, name="impact_partner"),
                    path(
                        "partners/<int:page_id>/csv/<slug:slug>/",
                        views.partner_csv,
                        name="impact_partner_csv",
                    ),
                ]
            ),
        )
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(
        views.MENU_LABEL, reverse("impact_dashboard"), name="impact", icon_name="data", order=900
    )


class ImpactPanel(Component):
    """The admin home's summary of the last 30 days (one query) with a link to the dashboard."""

    name = "impact"
    order = 50
    template_name = "impact/admin/home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        period = named_period("30d")
        return {
            "period": period,
            "summary": Figures(period).summary(),
            "dashboard_url": reverse("impact_dashboard"),
        }

    def render_html(self, parent_context=None):
        if not self.request.user.has_perm(views.PERMISSION):
            return ""
        return super().render_html(parent_context)


@hooks.register("construct_homepage_panels")
def add_impact_panel(request, panels):
    panels.append(ImpactPanel(request))


@hooks.register("register_page_header_buttons")
def figures_buttons(page, user, view_name, next_url=None):
    """ "Figures" on a partner's page; "Measured figures" on an initiative's page."""
    if not user.has_perm(views.PERMISSION):
        return
    page_class = page.specific_class
    if page_class is not None and issubclass(page_class, PartnerPage):
        yield Button(
            _("Figures of its videos"),
            reverse("impact_partner", args=[page.pk]),
            icon_name="data",
            priority=80,
        )
    if page_class is not None and issubclass(page_class, InitiativePage):
        yield Button(
            _("Measured figures on the page"),
            InitiativeFiguresViewSet.url_for(page.pk),
            icon_name="data",
            priority=80,
        )


initiative_figures_viewset = InitiativeFiguresViewSet("impact_initiativefigures")


@hooks.register("register_admin_viewset")
def register_initiative_figures():
    return initiative_figures_viewset


@hooks.register("insert_global_admin_css")
def impact_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/impact-admin.css"))
