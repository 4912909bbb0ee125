"""What the initiative browse shows: results, facet options with counts, paging and chips.

The number of queries is fixed (one per vocabulary, one count per facet, the page of results and
its prefetches), whatever the number of initiatives.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch, Value
from django.utils import translation
from wagtail.images import get_image_model

from partners.models import PartnerPage
from taxonomy.models import Sector

from .filters import InitiativeFilter
from .models import EducationLevel, InitiativeStatus, Region, TargetGroup

# facet name → (vocabulary model, relation on InitiativePage)
TERM_FACETS = {
    "region": (Region, "regions"),
    "target_group": (TargetGroup, "target_groups"),
    "education_level": (EducationLevel, "education_levels"),
    "sector": (Sector, "sectors"),
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    input_id: str


@dataclass
class Facet:
    name: str
    label: str
    multiple: bool
    options: list = field(default_factory=list)

    @property
    def visible_options(self):
        """Options that lead somewhere, plus the chosen ones (so they can be unticked)."""
        return [option for option in self.options if option.count or option.selected]


@dataclass
class ActiveFilter:
    label: str
    remove_url: str


def _translated(values, base):
    """Pick the current language's value from a values() row, falling back to Dutch."""
    language = (translation.get_language() or "nl")[:2]
    return values.get(f"{base}_{language}") or values.get(f"{base}_nl") or ""


class InitiativeBrowse:
    def __init__(self, data, queryset):
        self.data = data
        self.queryset = queryset
        self.terms, self.organisations = self._vocabulary(queryset)
        facet_choices = {
            name: [(term["key"], _translated(term, "label")) for term in terms]
            for name, terms in self.terms.items()
        }
        facet_choices["organisation"] = sorted(
            ((row["key"], _translated(row, "label")) for row in self.organisations),
            key=lambda choice: choice[1].casefold(),
        )
        self.filterset = InitiativeFilter(data, queryset=queryset, facet_choices=facet_choices)
        self.facet_choices = facet_choices

    @staticmethod
    def _vocabulary(queryset):
        """All four vocabularies and the organisations that run initiatives, in one query."""

        def rows(model, kind, key, label, order):
            return (
                model.objects.order_by()
                .annotate(
                    facet_kind=Value(kind),
                    facet_key=F(key),
                    facet_label_nl=F(f"{label}_nl"),
                    facet_label_en=F(f"{label}_en"),
                    facet_order=order,
                )
                .values_list(
                    "facet_kind", "facet_key", "facet_label_nl", "facet_label_en", "facet_order"
                )
            )

        parts = [
            rows(model, name, "slug", "name", F("sort_order"))
            for name, (model, _relation) in TERM_FACETS.items()
        ]
        organisations = rows(PartnerPage, "organisation", "slug_nl", "title", Value(0)).filter(
            pk__in=queryset.exclude(organisation=None).values("organisation")
        )
        combined = parts[0].union(*parts[1:], organisations, all=True)
        terms = {name: [] for name in TERM_FACETS}
        found_organisations = []
        for kind, key, label_nl, label_en, order in combined:
            row = {"key": key, "label_nl": label_nl, "label_en": label_en, "order": order}
            (found_organisations if kind == "organisation" else terms[kind]).append(row)
        for name in terms:
            terms[name].sort(key=lambda row: (row["order"], row["key"]))
        return terms, found_organisations

    # Results -------------------------------------------------------------------------------

    def results(self):
        """Every matching initiative, sorted, with what cards and the CSV need."""
        return self.filterset.ordered_qs.select_related("organisation").prefetch_related(
            "regions", "target_groups", "education_levels", "sectors"
        )

    def card_results(self):
        return self.filterset.ordered_qs.select_related("organisation").prefetch_related(
            "regions",
            Prefetch("image", queryset=get_image_model().objects.prefetch_renditions()),
        )

    @property
    def errors(self):
        """Labels of parameters that were not understood (their values are never echoed)."""
        form = self.filterset.form
        return [
            str(form.fields[name].label) for name in self.filterset.errors if name in form.fields
        ]

    # Facets --------------------------------------------------------------------------------

    def _counts(self, facet):
        queryset = self.filterset.queryset_without(facet).order_by()
        if facet in TERM_FACETS:
            key = f"{TERM_FACETS[facet][1]}__slug"
        elif facet == "organisation":
            key = "organisation__slug_nl"
        else:
            key = "status"
        rows = queryset.values(key).annotate(n=Count("pk", distinct=True)).values_list(key, "n")
        return {value: n for value, n in rows if value}

    def _selected(self, facet):
        value = self.filterset.form.cleaned_data.get(facet)
        if not value:
            return set()
        return {value} if isinstance(value, str) else set(value)

    def facets(self):
        self.filterset.errors  # noqa: B018 - validate before reading cleaned_data
        facets = []
        choices = dict(self.facet_choices)
        choices["status"] = [(value, str(label)) for value, label in InitiativeStatus.choices]
        for name in InitiativeFilter.FACETS:
            counts = self._counts(name)
            selected = self._selected(name)
            facet = Facet(
                name=name,
                label=str(self.filterset.filters[name].label),
                multiple=name != "organisation",
            )
            for index, (value, label) in enumerate(choices[name]):
                facet.options.append(
                    FacetOption(
                        value=value,
                        label=label,
                        count=counts.get(value, 0),
                        selected=value in selected,
                        input_id=f"filter-{name}-{index}",
                    )
                )
            facets.append(facet)
        return facets

    # Links ---------------------------------------------------------------------------------

    def _clean_params(self):
        """The query as the filters understood it: known parameters with valid values only."""
        self.filterset.errors  # noqa: B018
        cleaned = self.filterset.form.cleaned_data
        params = []
        for name in self.filterset.filters:
            value = cleaned.get(name)
            if not value:
                continue
            values = [value] if isinstance(value, str) else list(value)
            params += [(name, item) for item in values]
        return params

    def query_string_without_page(self, params=None):
        from urllib.parse import urlencode

        return urlencode(self._clean_params() if params is None else params)

    def active_filters(self, facets):
        params = self._clean_params()
        chips = []
        query = self.filterset.form.cleaned_data.get("q")
        if query:
            rest = [param for param in params if param[0] != "q"]
            chips.append(ActiveFilter(f"“{query}”", self._url(rest)))
        for facet in facets:
            for option in facet.options:
                if option.selected:
                    rest = [param for param in params if param != (facet.name, option.value)]
                    chips.append(ActiveFilter(option.label, self._url(rest)))
        return chips

    def _url(self, params):
        query = self.query_string_without_page(params)
        return f"?{query}" if query else "?"

    def page_context(self, request, per_page):
        paginator = Paginator(self.card_results(), per_page)
        page_obj = paginator.get_page(request.GET.get("page"))
        facets = self.facets()
        active = self.active_filters(facets)
        return {
            "filterset": self.filterset,
            "filter_form": self.filterset.form,
            "facets": facets,
            "active_filters": active,
            "has_active_filters": bool(active),
            "facet_filter_count": sum(
                option.selected for facet in facets for option in facet.options
            ),
            "filter_errors": self.errors,
            "page_obj": page_obj,
            "elided_page_range": paginator.get_elided_page_range(page_obj.number),
            "result_count": paginator.count,
        }
