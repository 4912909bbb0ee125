"""Putting a Wagtail report in the admin: its two addresses and its item in the Reports menu.

A report view answers at its address and, for its filters, with the results alone at
`results/` (`results_only=True`); the menu item shows only to those `permission_check` lets in
(for the reports registered here: anyone who may change some page).
"""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from stemhub import roles


class ReportMenuItem(MenuItem):
    def __init__(self, *args, permission_check, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission_check = permission_check

    def is_shown(self, request):
        return self.permission_check(request.user)


def report_urls(route, view_class, url_name):
    return [
        path(route, view_class.as_view(), name=url_name),
        path(f"{route}results/", view_class.as_view(results_only=True), name=f"{url_name}_results"),
    ]


def register_report(view_class, route, url_name, label, **menu):
    """Register the report's addresses and its Reports menu item for page editors (`menu`:
    name, icon_name, order)."""
    check = roles.can_edit_pages
    hooks.register("register_admin_urls", lambda: report_urls(route, view_class, url_name))
    hooks.register(
        "register_reports_menu_item",
        lambda: ReportMenuItem(label, reverse(url_name), permission_check=check, **menu),
    )
