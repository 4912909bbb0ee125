"""The partner directory's filters: sector and kind, and a search in names and descriptions."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from stemhub.browse import BrowseFilterSet, BrowseTexts, ChoiceFacet, VocabularyFacet

from .choices import PartnerKind


class PartnerFilterSet(BrowseFilterSet):
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
    texts = BrowseTexts(
        form_label=_("Filter partners"),
        search_label=_("Search partners"),
        panel_label=_("Filter by sector or kind"),
        submit_label=_("Show partners"),
        result_count=ngettext_lazy("%(counter)s partner", "%(counter)s partners", "counter"),
        count_noun=ngettext_lazy("partner", "partners", "counter"),
        empty_title=_("No partners match these filters."),
        empty_hint=_("Try fewer filters or another search word."),
        show_all=_("Show all partners"),
    )
