"""The partner directory's filters: sector and kind, and a search in names and descriptions."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from stemhub.browse import (
    BrowseFilterSet,
    ChoiceFacet,
    VocabularyFacet,
)
from stemhub.browse.texts import CountTexts, EmptyTexts, FormTexts

from .choices import PartnerKind


class PartnerFilterSet(BrowseFilterSet):
    count_texts = CountTexts(
        results=ngettext_lazy("%(counter)s partner", "%(counter)s partners", "counter"),
        noun=ngettext_lazy("partner", "partners", "counter"),
    )
    facet_definitions = (
        VocabularyFacet(
            "sector", _("Sector"), "sectors", select=True, empty_label=_("All sectors")
        ),
        ChoiceFacet(
            "kind",
            _("Kind"),
            [(value, label, Q(kind=value)) for value, label in PartnerKind.choices],
            select=True,
            empty_label=_("All kinds"),
        ),
    )
    form_texts = FormTexts(
        label=_("Filter partners"),
        search=_("Search partners"),
        panel=_("Filter by sector or kind"),
        submit=_("Show partners"),
    )
    empty_texts = EmptyTexts(
        title=_("No partners match these filters."),
        hint=_("Try fewer filters or another search word."),
        show_all=_("Show all partners"),
    )
