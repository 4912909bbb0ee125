"""The parents' browse: a FilterSet over live videos, with counts per option.

Bad input never reaches the database unchecked: unknown sector or profile slugs are dropped (and
the visitor is told), malformed values become visible form errors, and the filter is ignored.
"""

import re
from dataclasses import dataclass

import django_filters
from django import forms
from django.db.models import Count, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from partners.models import PartnerPage
from taxonomy.models import Sector

from .models import ProfileType, VideoHero, VideoPage

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,100}$")
MAX_VALUES = 20
MAX_SEARCH_TERMS = 8
SORT_CHOICES = [("newest", _("Newest first")), ("title", _("Title (A to Z)"))]


class SlugListField(forms.Field):
    """Several slugs at once (?sector=a&sector=b), checked for shape only: no query.

    Whether a slug exists is learnt for free from the facet query; unknown ones simply match
    nothing, and the page says so.
    """

    widget = forms.SelectMultiple

    def to_python(self, value):
        if not value:
            return []
        if not isinstance(value, list | tuple):
            value = [value]
        slugs = [v for v in value if isinstance(v, str) and SLUG.match(v)]
        self.malformed = len(slugs) < len(value)
        return list(dict.fromkeys(slugs))[:MAX_VALUES]


class SlugListFilter(django_filters.Filter):
    field_class = SlugListField


class SearchField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        # Control characters never belong in a search; drop them rather than fail.
        return "".join(ch for ch in value if ch.isprintable()).strip()


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


class YearFilter(django_filters.Filter):
    field_class = forms.IntegerField


class VideoFilterSet(django_filters.FilterSet):
    q = SearchFilter(
        label=_("Search"),
        method="filter_search",
        max_length=100,
        error_messages={"max_length": _("Keep your search under 100 characters.")},
    )
    sector = SlugListFilter(label=_("Sector"), method="filter_sector")
    profile = SlugListFilter(label=_("Profile"), method="filter_profile")
    company = django_filters.ModelChoiceFilter(
        label=_("Company"),
        queryset=PartnerPage.objects.live(),
        to_field_name="slug_nl",
        method="filter_company",
        error_messages={
            "invalid_choice": _("We do not know this company, so we show all companies.")
        },
    )
    year = YearFilter(
        label=_("Year"),
        method="filter_year",
        min_value=2000,
        max_value=2100,
        error_messages={
            "invalid": _("Choose a year from the list."),
            "min_value": _("Choose a year from the list."),
            "max_value": _("Choose a year from the list."),
        },
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=SORT_CHOICES,
        empty_label=None,
        method="sort_by",
        error_messages={"invalid_choice": _("We can sort by date or by title only.")},
    )

    facet_names = ("sector", "profile", "company", "year")

    class Meta:
        model = VideoPage
        fields = []

    # Filters -------------------------------------------------------------------------------

    def filter_search(self, queryset, name, value):
        terms = value.split()[:MAX_SEARCH_TERMS]
        languages = dict.fromkeys([translation.get_language() or "nl", "nl"])
        for term in terms:
            match = Q()
            for language in languages:
                for field in ("title", "intro", "transcript"):
                    match |= Q(**{f"{field}_{language}__icontains": term})
            queryset = queryset.filter(match)
        return queryset

    def filter_sector(self, queryset, name, value):
        videos = VideoPage.objects.filter(sectors__slug__in=value)
        return queryset.filter(pk__in=videos.values("pk"))

    def filter_profile(self, queryset, name, value):
        heroes = VideoHero.objects.filter(profile_type__slug__in=value)
        return queryset.filter(pk__in=heroes.values("page_id"))

    def filter_company(self, queryset, name, value):
        return queryset.filter(company=value)

    def filter_year(self, queryset, name, value):
        return queryset.filter(year=value)

    def sort_by(self, queryset, name, value):
        if value == "title":
            language = translation.get_language() or "nl"
            title = Coalesce(NullIf(f"title_{language}", Value("")), "title_nl")
            return queryset.order_by(title.asc(), "pk")
        return queryset

    # Facets --------------------------------------------------------------------------------

    @property
    def cleaned(self):
        """The valid part of the input (invalid fields are left out and shown as errors)."""
        if not self.is_bound:
            return {}
        self.form.errors  # noqa: B018 - runs validation once
        return self.form.cleaned_data

    def queryset_without(self, facet):
        """The videos that every active filter except `facet` lets through."""
        queryset = self.queryset.all()
        for name, value in self.cleaned.items():
            if name not in (facet, "sort"):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def facets(self):
        """Options of each facet with how many videos each would give, given the other filters.

        One query per facet, however many videos there are.
        """
        cleaned = self.cleaned
        selected_sectors = set(cleaned.get("sector") or [])
        selected_profiles = set(cleaned.get("profile") or [])
        company = cleaned.get("company")
        year = cleaned.get("year")

        videos = self.queryset_without("sector")
        sectors = Sector.objects.annotate(
            n=Count("videos", filter=Q(videos__in=videos), distinct=True)
        )
        videos = self.queryset_without("profile")
        profiles = ProfileType.objects.annotate(
            n=Count("heroes__page", filter=Q(heroes__page__in=videos), distinct=True)
        )
        videos = self.queryset_without("company")
        companies = (
            PartnerPage.objects.live()
            .filter(videos__in=self.queryset)
            .annotate(n=Count("videos", filter=Q(videos__in=videos), distinct=True))
            .order_by("title")
        )
        videos = self.queryset_without("year")
        years = (
            self.queryset.order_by()
            .values("year")
            .annotate(n=Count("pk", filter=Q(pk__in=videos)))
            .order_by("-year")
        )
        sectors, profiles = list(sectors), list(profiles)
        known = {s.slug for s in sectors} | {p.slug for p in profiles}
        self.unknown_values = bool((selected_sectors | selected_profiles) - known)
        return [
            Facet(
                "sector",
                self.filters["sector"].label,
                [FacetOption(s.slug, s.name, s.n, s.slug in selected_sectors) for s in sectors],
                multiple=True,
            ),
            Facet(
                "profile",
                self.filters["profile"].label,
                [FacetOption(p.slug, p.name, p.n, p.slug in selected_profiles) for p in profiles],
                multiple=True,
            ),
            Facet(
                "company",
                self.filters["company"].label,
                [
                    FacetOption(c.slug_nl, c.title, c.n, bool(company) and c.pk == company.pk)
                    for c in companies
                ],
                empty_label=_("All companies"),
            ),
            Facet(
                "year",
                self.filters["year"].label,
                [
                    FacetOption(str(y["year"]), str(y["year"]), y["n"], y["year"] == year)
                    for y in years
                ],
                empty_label=_("All years"),
            ),
        ]

    def notices(self):
        """What we could not use, in words a parent understands (never the raw value).

        Call after facets(), which learns which slugs exist.
        """
        self.cleaned  # noqa: B018 - runs validation once
        malformed = any(
            getattr(self.form.fields[name], "malformed", False) for name in ("sector", "profile")
        )
        if malformed or getattr(self, "unknown_values", False):
            return [
                _(
                    "Some choices in the web address do not exist (any more), for example an "
                    "old sector name. We left them out."
                )
            ]
        return []

    def sort_options(self):
        current = self.cleaned.get("sort") or "newest"
        return [
            FacetOption(value, str(label), 0, value == current) for value, label in SORT_CHOICES
        ]

    def search_value(self):
        return self.cleaned.get("q") or ""

    def active_filter_count(self):
        return sum(
            1 for name, value in self.cleaned.items() if name in self.facet_names and value
        ) + (1 if self.cleaned.get("q") else 0)


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list
    multiple: bool = False
    empty_label: str = ""

    @property
    def active(self):
        return any(option.selected for option in self.options)
