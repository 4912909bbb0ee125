"""The editors' screens for vocabulary: each app's terms in the admin's "Vocabulary" menu."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stemhub.admin_menus import VOCABULARY_MENU_HOOK


class VocabularyViewSet(SnippetViewSet):
    """Terms (taxonomy.VocabularyTerm) listed by name, slug and order, searched in both
    languages, in the "Vocabulary" menu."""

    menu_hook = VOCABULARY_MENU_HOOK
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


def register_vocabularies(*terms, **options):
    """Register a VocabularyViewSet per (model, icon, menu label, menu order); `options` set
    further attributes on each (e.g. search_backend_name=None)."""
    for model, icon, menu_label, menu_order in terms:
        attributes = {"icon": icon, "menu_label": menu_label, "menu_order": menu_order}
        register_snippet(
            type(
                f"{model.__name__}ViewSet",
                (VocabularyViewSet,),
                {"model": model, **attributes, **options},
            )
        )
