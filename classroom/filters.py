"""The teachers' browse: a FilterSet over live classroom material, with counts per option.

Every parameter goes through a form field. Malformed or unknown values become a translated form
error that never repeats the value, and only that filter is ignored; the rest of the page works.
Counts beside each option reflect every other active filter (one query per facet).
"""

import re
from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Sector

from .models import (
    AttainmentTarget,
    ClassroomMaterialPage,
    SchoolLevel,
    StemDomain,
    Worksheet,
)
from .models.pages import MAX_AGE, MIN_AGE

TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
MAX_VALUES = 20
MAX_SEARCH_TERMS = 8
AGES = range(MIN_AGE, MAX_AGE + 1)

SHORT, MEDIUM, LONG = "short", "medium", "long"
DURATION_CHOICES = [
    (SHORT, _("15 minutes or less")),
    (MEDIUM, _("15 to 50 minutes")),
    (LONG, _("More than 50 minutes")),
]
DURATION_LOOKUPS = {
    SHORT: Q(duration__lte=15),
    MEDIUM: Q(duration__gt=15, duration__lte=50),
    LONG: Q(duration__gt=50),
}
SORT_CHOICES = [
    ("newest", _("Newest first")),
    ("title", _("Title (A to Z)")),
    ("duration", _("Shortest first")),
]
CHOOSE_FROM_LIST = _("Choose from the list; we did not recognise what the web address asked for.")


class KnownTermsField(forms.Field):
    """Several slugs or codes of one vocabulary; anything unknown is an error, never echoed."""

    widget = forms.SelectMultiple
    default_error_messages = {"unknown": CHOOSE_FROM_LIST}

    def __init__(self, *, queryset, to_field_name, **kwargs):
        self.queryset = queryset
        self.to_field_name = to_field_name
        super().__init__(**kwargs)

    def clean(self, value):
        if not value:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        wanted = set(values)
        if len(wanted) > MAX_VALUES or not all(
            isinstance(v, str) and TOKEN.match(v) for v in wanted
        ):
            raise ValidationError(self.error_messages["unknown"], code="unknown")
        found = list(self.queryset.filter(**{f"{self.to_field_name}__in": wanted}))
        if len(found) != len(wanted):
            raise ValidationError(self.error_messages["unknown"], code="unknown")
        return found


class KnownTermsFilter(django_filters.Filter):
    field_class = KnownTermsField


class SearchField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        # Control characters never belong in a search; drop them rather than fail.
        return "".join(ch for ch in value if ch.isprintable()).strip()


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


def choice_errors():
    return {"invalid_choice": CHOOSE_FROM_LIST, "invalid_list": CHOOSE_FROM_LIST}


class ClassroomMaterialFilterSet(django_filters.FilterSet):
    q = SearchFilter(
        label=_("Search"),
        method="filter_search",
        max_length=100,
        error_messages={"max_length": _("Keep your search under 100 characters.")},
    )
    age = django_filters.ChoiceFilter(
        label=_("Age of your pupils"),
        choices=[(str(age), str(age)) for age in AGES],
        method="filter_age",
        error_messages=choice_errors(),
    )
    level = KnownTermsFilter(
        label=_("School level"),
        queryset=SchoolLevel.objects.all(),
        to_field_name="slug",
        method="filter_level",
    )
    domain = KnownTermsFilter(
        label=_("STEM domain"),
        queryset=StemDomain.objects.all(),
        to_field_name="slug",
        method="filter_domain",
    )
    target = KnownTermsFilter(
        label=_("Attainment target"),
        queryset=AttainmentTarget.objects.all(),
        to_field_name="code",
        method="filter_target",
    )
    duration = django_filters.MultipleChoiceFilter(
        label=_("Duration"),
        choices=DURATION_CHOICES,
        method="filter_duration",
        error_messages=choice_errors(),
    )
    sector = KnownTermsFilter(
        label=_("Sector of the video"),
        queryset=Sector.objects.all(),
        to_field_name="slug",
        method="filter_sector",
    )
    worksheet = django_filters.ChoiceFilter(
        label=_("Worksheet"),
        choices=[("1", _("With a worksheet to download"))],
        method="filter_worksheet",
        error_messages=choice_errors(),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=SORT_CHOICES,
        empty_label=None,
        method="sort_by",
        error_messages={"invalid_choice": _("We can sort by date, title or duration only.")},
    )

    facet_names = ("age", "level", "domain", "target", "duration", "sector", "worksheet")

    class Meta:
        model = ClassroomMaterialPage
        fields = []

    # Filters -------------------------------------------------------------------------------

    def filter_search(self, queryset, name, value):
        languages = dict.fromkeys([translation.get_language() or "nl", "nl"])
        for term in value.split()[:MAX_SEARCH_TERMS]:
            match = Q()
            for language in languages:
                for field in ("title", "intro", "subject"):
                    match |= Q(**{f"{field}_{language}__icontains": term})
            queryset = queryset.filter(match)
        return queryset

    def filter_age(self, queryset, name, value):
        age = int(value)
        return queryset.filter(min_age__lte=age, max_age__gte=age)

    def _filter_m2m(self, queryset, relation, value):
        matching = ClassroomMaterialPage.objects.filter(**{f"{relation}__in": value})
        return queryset.filter(pk__in=matching.values("pk"))

    def filter_level(self, queryset, name, value):
        return self._filter_m2m(queryset, "school_levels", value)

    def filter_domain(self, queryset, name, value):
        return self._filter_m2m(queryset, "stem_domains", value)

    def filter_target(self, queryset, name, value):
        return self._filter_m2m(queryset, "attainment_targets", value)

    def filter_sector(self, queryset, name, value):
        return self._filter_m2m(queryset, "video__sectors", value)

    def filter_duration(self, queryset, name, value):
        match = Q()
        for bucket in value:
            match |= DURATION_LOOKUPS[bucket]
        return queryset.filter(match)

    def filter_worksheet(self, queryset, name, value):
        return queryset.filter(pk__in=Worksheet.objects.values("page_id"))

    def sort_by(self, queryset, name, value):
        if value == "title":
            language = translation.get_language() or "nl"
            title = Coalesce(NullIf(f"title_{language}", Value("")), "title_nl")
            return queryset.order_by(title.asc(), "pk")
        if value == "duration":
            return queryset.order_by("duration", "-first_published_at", "-pk")
        return queryset

    # Facets --------------------------------------------------------------------------------

    @property
    def cleaned(self):
        """The valid part of the input (invalid fields are left out and shown as errors)."""
        if not self.is_bound:
            return {}
        self.form.errors  # noqa: B018 - runs validation once
        return self.form.cleaned_data

    def material_ids_without(self, facet):
        """Ids of the material every active filter except `facet` lets through (a subquery)."""
        queryset = self.queryset.all()
        for name, value in self.cleaned.items():
            if name not in (facet, "sort") and value not in (None, "", []):
                queryset = self.filters[name].filter(queryset, value)
        return queryset.order_by().values("pk")

    def _term_facet(self, name, model, relation, value_attr, label_attr="name"):
        """One query: each term with its count now and whether it has any material at all."""
        selected = {getattr(term, value_attr) for term in self.cleaned.get(name) or []}
        now = self.material_ids_without(name)
        everything = self.queryset.order_by().values("pk")
        terms = model.objects.annotate(
            n=Count(relation, filter=Q(**{f"{relation}__in": now}), distinct=True),
            total=Count(relation, filter=Q(**{f"{relation}__in": everything}), distinct=True),
        )
        options = [
            FacetOption(
                getattr(term, value_attr),
                getattr(term, label_attr) if label_attr else str(term),
                term.n,
                getattr(term, value_attr) in selected,
            )
            for term in terms
            if term.total or getattr(term, value_attr) in selected
        ]
        return Facet(name, self.filters[name].label, options, multiple=True)

    def _age_facet(self):
        selected = self.cleaned.get("age") or ""
        ids = self.material_ids_without("age")
        counts = ClassroomMaterialPage.objects.filter(pk__in=ids).aggregate(
            **{
                f"age_{age}": Count("pk", filter=Q(min_age__lte=age, max_age__gte=age))
                for age in AGES
            }
        )
        options = [
            FacetOption(
                str(age),
                _("%(age)s years") % {"age": age},
                counts[f"age_{age}"],
                str(age) == selected,
            )
            for age in AGES
        ]
        return Facet("age", self.filters["age"].label, options, empty_label=_("Any age"))

    def _duration_facet(self):
        selected = set(self.cleaned.get("duration") or [])
        ids = self.material_ids_without("duration")
        counts = ClassroomMaterialPage.objects.filter(pk__in=ids).aggregate(
            **{bucket: Count("pk", filter=lookup) for bucket, lookup in DURATION_LOOKUPS.items()}
        )
        options = [
            FacetOption(bucket, str(label), counts[bucket], bucket in selected)
            for bucket, label in DURATION_CHOICES
        ]
        return Facet("duration", self.filters["duration"].label, options, multiple=True)

    def _worksheet_facet(self):
        ids = self.material_ids_without("worksheet")
        count = (
            ClassroomMaterialPage.objects.filter(pk__in=ids)
            .filter(pk__in=Worksheet.objects.values("page_id"))
            .count()
        )
        label = self.filters["worksheet"].extra["choices"][0][1]
        option = FacetOption("1", str(label), count, self.cleaned.get("worksheet") == "1")
        return Facet("worksheet", self.filters["worksheet"].label, [option], multiple=True)

    def facets(self):
        """Each facet's options with how much material each would give, given the other filters."""
        return [
            self._age_facet(),
            self._term_facet("level", SchoolLevel, "materials", "slug"),
            self._term_facet("domain", StemDomain, "materials", "slug"),
            self._term_facet("target", AttainmentTarget, "materials", "code", label_attr=None),
            self._duration_facet(),
            self._term_facet("sector", Sector, "videos__classroom_materials", "slug"),
            self._worksheet_facet(),
        ]

    def sort_options(self):
        current = self.cleaned.get("sort") or "newest"
        return [
            FacetOption(value, str(label), 0, value == current) for value, label in SORT_CHOICES
        ]

    def search_value(self):
        return self.cleaned.get("q") or ""

    def active_filter_count(self):
        active = [name for name in (*self.facet_names, "q") if self.cleaned.get(name)]
        return len(active)


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
