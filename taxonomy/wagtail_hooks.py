from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Sector


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = Sector._meta.verbose_name_plural
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]


register_snippet(SectorViewSet)
