"""The admin home as the editors' to-do list: one panel per kind of work that waits.

A panel says how many things wait, lists the oldest few, each linking to the screen where it is
done, and links to the full list. Panels are registered, so an app adds its own without touching
this module (a higher layer registers in its `wagtail_hooks`):

    from stemhub.admin_todo import TodoPanel, register_todo_panel

    @register_todo_panel
    class ProposalsPanel(TodoPanel):
        name = "initiative-proposals"
        heading = _("Initiative proposals to handle")
        permission = "initiatives.change_initiativeproposal"
        def get_queryset(self): ...
        def row(self, proposal): return TodoRow(proposal.title, detail, url)

Each panel costs a fixed number of queries (its `count()` and one page of rows), however much
content there is; a user without the panel's permission gets neither the panel nor its queries.
"""

from dataclasses import dataclass

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from stemhub import roles

ROWS_SHOWN = 5
_registry = []


@dataclass
class TodoRow:
    label: str
    detail: str
    url: str


def register_todo_panel(panel_class):
    """Add a panel to the admin home (a class decorator); panels show in `order`."""
    if panel_class not in _registry:
        _registry.append(panel_class)
    return panel_class


def record_url(record, inspect_url_name):
    """Where an editor handles a public submission: the draft page made of it once there is one
    (its review happens there), else the record itself."""
    if record.page_id:
        return reverse("wagtailadmin_pages:edit", args=[record.page_id])
    return reverse(inspect_url_name, args=[record.pk])


def registered_panels():
    return sorted(_registry, key=lambda panel_class: panel_class.order)


class TodoPanel(Component):
    template_name = "stemhub/admin/todo_panel.html"
    name = ""
    heading = ""
    empty_text = _("Nothing waits here.")
    all_label = _("See all")
    permission = None  # a permission codename, or override `is_shown_to`
    for_page_editors = False  # True: shown to anyone who may change some page
    order = 100
    icon = "tasks"

    def __init__(self, request):
        self.request = request

    def is_shown_to(self, user):
        if self.for_page_editors:
            return roles.can_edit_pages(user)
        return user.has_perm(self.permission) if self.permission else user.is_superuser

    def get_queryset(self):
        raise NotImplementedError

    def row(self, item):
        raise NotImplementedError

    def all_url(self):
        return ""

    def count_and_rows(self):
        """The number waiting and the first rows; override when a queryset does not fit."""
        queryset = self.get_queryset()
        count = queryset.count()
        items = list(queryset[:ROWS_SHOWN]) if count else []
        return count, [self.row(item) for item in items]

    def get_context_data(self, parent_context=None):
        count, rows = self.count_and_rows()
        return {
            "panel": self,
            "count": count,
            "rows": rows,
            "more": max(count - len(rows), 0),
            "all_url": self.all_url(),
        }

    def render_html(self, parent_context=None):
        if not self.is_shown_to(self.request.user):
            return ""
        return super().render_html(parent_context)


@hooks.register("insert_global_admin_css")
def todo_panel_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("construct_homepage_panels")
def add_todo_panels(request, panels):
    """Our panels first (Wagtail's own start at order 100 and come after ours)."""
    for position, panel_class in enumerate(registered_panels()):
        panel = panel_class(request)
        panel.order = position  # before Wagtail's panels, in our own order
        panels.append(panel)
