"""The admin's menu in groups: Pages, then "Content" (images, documents, the initiatives
import), "Submissions", "Vocabulary" and "Reports", each item named in sentence case.

An app puts a viewset in a group by setting its `menu_hook` to one of the hook names below
(`VOCABULARY_MENU_HOOK`, `SUBMISSIONS_MENU_HOOK`), or registers a MenuItem with that hook; a
report goes to Wagtail's own `register_reports_menu_item`. A group without an item the editor
may see is not shown.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

VOCABULARY_MENU_HOOK = "register_vocabulary_menu_item"
SUBMISSIONS_MENU_HOOK = "register_submissions_menu_item"

vocabulary_menu = Menu(
    register_hook_name=VOCABULARY_MENU_HOOK, construct_hook_name="construct_vocabulary_menu"
)
submissions_menu = Menu(
    register_hook_name=SUBMISSIONS_MENU_HOOK, construct_hook_name="construct_submissions_menu"
)


# Main menu items (by name) that go into the "Content" group; Pages stays on top.
CONTENT_ITEMS = ("images", "documents", "import-initiatives")


@hooks.register("construct_main_menu")
def group_content(request, menu_items):
    """Wagtail's images and documents and our import in one "Content" group, after Pages."""
    content = [item for item in menu_items if item.name in CONTENT_ITEMS]
    if not content:
        return
    menu_items[:] = [item for item in menu_items if item.name not in CONTENT_ITEMS]
    group = SubmenuMenuItem(
        _("Content"),
        Menu(items=content),
        name="content",
        icon_name="folder-open-inverse",
        order=200,  # after Pages (100), before Submissions
    )
    menu_items.append(group)
    menu_items.sort(key=lambda item: item.order)


@hooks.register("register_admin_menu_item")
def register_submissions_menu():
    return SubmenuMenuItem(
        _("Submissions"), submissions_menu, name="submissions", icon_name="tasks", order=500
    )


@hooks.register("register_admin_menu_item")
def register_vocabulary_menu():
    return SubmenuMenuItem(
        _("Vocabulary"), vocabulary_menu, name="vocabulary", icon_name="tag", order=600
    )


@hooks.register("construct_help_menu")
def name_the_editor_guide(request, menu_items):
    """Wagtail's "Editor Guide" is the one item in title case, and untranslated in Dutch."""
    for item in menu_items:
        if item.name == "editor-guide":
            item.label = _("Editor guide")
