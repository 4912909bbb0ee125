"""The initiative browse as a django-filter FilterSet: every GET parameter is validated here.

Facet choices are handed in by `initiatives.browse`, which reads each vocabulary once per request
and also uses it for the option labels and counts, so validation costs no extra queries.
"""

import django_filters
from django import forms
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .models import InitiativeStatus

SEARCH_FIELDS = [
    "title_nl",
    "title_en",
    "summary_nl",
    "summary_en",
    "abstract_nl",
    "abstract_en",
    "source_author_nl",
    "source_author_en",
    "organisation__title_nl",
    "organisation__title_en",
]
MAX_SEARCH_WORDS = 8


class SortChoices:
    TITLE = "title"
    NEWEST = "newest"
    UPDATED = "updated"

    choices = [
        (TITLE, _("Name (A–Z)")),
        (NEWEST, _("Most recently started")),
        (UPDATED, _("Most recently updated")),
    ]


def translated_title():
    """The title in the current language, falling back to Dutch like the pages do."""
    language = translation.get_language() or "nl"
    if language.startswith("en"):
        return Coalesce(NullIf(F("title_en"), Value("")), F("title_nl"))
    return F("title_nl")


def order_initiatives(queryset, sort):
    title = translated_title()
    if sort == SortChoices.NEWEST:
        return queryset.order_by(F("year_started").desc(nulls_last=True), title, "pk")
    if sort == SortChoices.UPDATED:
        return queryset.order_by(F("last_published_at").desc(nulls_last=True), title, "pk")
    return queryset.order_by(title, "pk")


class InitiativeFilter(django_filters.FilterSet):
    """Facets: OR within one facet, AND between facets; the slugs are the stable URL values."""

    FACETS = ("region", "target_group", "education_level", "sector", "status", "organisation")

    q = django_filters.CharFilter(
        method="search",
        label=_("Search"),
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    region = django_filters.MultipleChoiceFilter(field_name="regions__slug", label=_("Region"))
    target_group = django_filters.MultipleChoiceFilter(
        field_name="target_groups__slug", label=_("Target group")
    )
    education_level = django_filters.MultipleChoiceFilter(
        field_name="education_levels__slug", label=_("Education level")
    )
    sector = django_filters.MultipleChoiceFilter(
        field_name="sectors__slug", label=_("Sector or theme")
    )
    status = django_filters.MultipleChoiceFilter(
        choices=InitiativeStatus.choices, label=_("Status")
    )
    organisation = django_filters.ChoiceFilter(
        field_name="organisation__slug_nl", label=_("Organisation"), empty_label=_("All")
    )
    sort = django_filters.ChoiceFilter(
        method="sort_noop", choices=SortChoices.choices, label=_("Sort by"), empty_label=None
    )

    def __init__(self, *args, facet_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in (facet_choices or {}).items():
            self.filters[name].extra["choices"] = choices

    def search(self, queryset, name, value):
        words = value.split()[:MAX_SEARCH_WORDS]
        for word in words:
            condition = Q()
            for field in SEARCH_FIELDS:
                condition |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(condition)
        return queryset

    def sort_noop(self, queryset, name, value):
        """Sorting is applied once, after filtering (see `ordered_qs`)."""
        return queryset

    @property
    def sort_value(self):
        self.errors  # noqa: B018 - validate before reading cleaned_data
        return self.form.cleaned_data.get("sort") or SortChoices.TITLE

    @property
    def ordered_qs(self):
        return order_initiatives(self.qs, self.sort_value)

    def queryset_without(self, facet):
        """The results as if `facet` were not chosen: what its option counts are based on."""
        self.errors  # noqa: B018 - validate before reading cleaned_data
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name != facet:
                queryset = self.filters[name].filter(queryset, value)
        return queryset
