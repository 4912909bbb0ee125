"""Sort options of a browse page; the first one is the page's usual order."""

from dataclasses import dataclass

from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _


def translated_title():
    """The title in the current language, falling back to Dutch like the pages themselves do."""
    language = (translation.get_language() or "nl")[:2]
    return Coalesce(NullIf(F(f"title_{language}"), Value("")), F("title_nl"))


@dataclass(frozen=True)
class SortOption:
    """`ordering` returns the order_by() arguments; None keeps the queryset's own order."""

    value: str
    label: str
    ordering: object = None

    def apply(self, queryset):
        return queryset.order_by(*self.ordering()) if self.ordering else queryset


def by_translated_title():
    return (translated_title().asc(), "pk")


# The two orders most browse pages offer: as the index page's queryset orders them, or by title.
NEWEST_FIRST = SortOption("newest", _("Newest first"))
TITLE_A_TO_Z = SortOption("title", _("Title (A to Z)"), by_translated_title)
