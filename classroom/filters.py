"""The teachers' browse: a FilterSet over live classroom material, with counts per option.

Every parameter goes through a form field. Malformed or unknown values become a translated form
error that never repeats the value, and only that filter is ignored; the rest of the page works.

Each filter is a Q object on the material table, so the counts beside every option (which follow
all *other* active filters) cost a fixed number of queries: one for the age, duration and
worksheet facets together with the result count, one per vocabulary facet, and one to check
every vocabulary value in the address at once.
"""

import re
from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import CharField, Count, Q, Value
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

# Vocabulary facets: parameter -> (model, field in the address, relation from the material).
VOCABULARIES = {
    "level": (SchoolLevel, "slug", "school_levels"),
    "domain": (StemDomain, "slug", "stem_domains"),
    "target": (AttainmentTarget, "code", "attainment_targets"),
    "sector": (Sector, "slug", "video__sectors"),
}


def with_worksheet():
    return Q(pk__in=Worksheet.objects.values("page_id"))


class TermsField(forms.Field):
    """Several slugs or codes; the form checks that they exist (all vocabularies at once)."""

    widget = forms.SelectMultiple
    default_error_messages = {"unknown": CHOOSE_FROM_LIST}

    def clean(self, value):
        if not value:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        wanted = list(dict.fromkeys(values))
        if len(wanted) > MAX_VALUES or not all(
            isinstance(v, str) and TOKEN.match(v) for v in wanted
        ):
            raise ValidationError(self.error_messages["unknown"], code="unknown")
        return wanted


class TermsFilter(django_filters.Filter):
    field_class = TermsField


class SearchField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        # Control characters never belong in a search; drop them rather than fail.
        return "".join(ch for ch in value if ch.isprintable()).strip()


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


class ClassroomFilterForm(forms.Form):
    def clean(self):
        """Unknown slugs or codes are an error on their own field, found in one query."""
        cleaned = super().clean()
        parts = [
            model.objects.filter(**{f"{attr}__in": cleaned[name]})
            .order_by()
            .values_list(Value(name, output_field=CharField()), attr)
            for name, (model, attr, _relation) in VOCABULARIES.items()
            if cleaned.get(name)
        ]
        if not parts:
            return cleaned
        found = set(parts[0].union(*parts[1:], all=True)) if len(parts) > 1 else set(parts[0])
        for name in VOCABULARIES:
            values = cleaned.get(name) or []
            if any((name, value) not in found for value in values):
                self.add_error(name, ValidationError(CHOOSE_FROM_LIST, code="unknown"))
        return self.cleaned_data


def choice_errors():
    return {"invalid_choice": CHOOSE_FROM_LIST, "invalid_list": CHOOSE_FROM_LIST}


class ClassroomMaterialFilterSet(django_filters.FilterSet):
    q = SearchFilter(
        label=_("Search"),
        method="apply",
        max_length=100,
        error_messages={"max_length": _("Keep your search under 100 characters.")},
    )
    age = django_filters.ChoiceFilter(
        label=_("Age of your pupils"),
        choices=[(str(age), str(age)) for age in AGES],
        method="apply",
        error_messages=choice_errors(),
    )
    level = TermsFilter(label=_("School level"), method="apply")
    domain = TermsFilter(label=_("STEM domain"), method="apply")
    target = TermsFilter(label=_("Attainment target"), method="apply")
    duration = django_filters.MultipleChoiceFilter(
        label=_("Duration"),
        choices=DURATION_CHOICES,
        method="apply",
        error_messages=choice_errors(),
    )
    sector = TermsFilter(label=_("Sector of the video"), method="apply")
    worksheet = django_filters.ChoiceFilter(
        label=_("Worksheet"),
        choices=[("1", _("With a worksheet to download"))],
        method="apply",
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
        form = ClassroomFilterForm

    # Filters -------------------------------------------------------------------------------

    def condition(self, name, value):
        """The filter `name` with its cleaned `value` as a Q object on the material table."""
        if name == "q":
            languages = dict.fromkeys([translation.get_language() or "nl", "nl"])
            match = Q()
            for term in value.split()[:MAX_SEARCH_TERMS]:
                any_field = Q()
                for language in languages:
                    for field in ("title", "intro", "subject"):
                        any_field |= Q(**{f"{field}_{language}__icontains": term})
                match &= any_field
            return match
        if name == "age":
            return Q(min_age__lte=int(value), max_age__gte=int(value))
        if name in VOCABULARIES:
            _model, attr, relation = VOCABULARIES[name]
            matching = ClassroomMaterialPage.objects.filter(**{f"{relation}__{attr}__in": value})
            return Q(pk__in=matching.values("pk"))
        if name == "duration":
            match = Q()
            for bucket in value:
                match |= DURATION_LOOKUPS[bucket]
            return match
        if name == "worksheet":
            return with_worksheet()
        raise ValueError(name)

    def apply(self, queryset, name, value):
        return queryset.filter(self.condition(name, value)) if value else queryset

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

    def active_conditions(self, without=None):
        conditions = Q()
        for name, value in self.cleaned.items():
            if name not in (without, "sort") and value:
                conditions &= self.condition(name, value)
        return conditions

    def _base(self):
        """Every material the browse could show, as a lean queryset to count on."""
        return ClassroomMaterialPage.objects.filter(pk__in=self.queryset.order_by().values("pk"))

    def _scalar_counts(self):
        """One query: the result count and the counts of the age, duration and worksheet facets."""
        if hasattr(self, "_scalars"):
            return self._scalars
        without_age = self.active_conditions("age")
        without_duration = self.active_conditions("duration")
        without_worksheet = self.active_conditions("worksheet")
        counts = {"total": Count("pk", filter=self.active_conditions())}
        for age in AGES:
            match = Q(min_age__lte=age, max_age__gte=age)
            counts[f"age_{age}"] = Count("pk", filter=match & without_age)
        for bucket, lookup in DURATION_LOOKUPS.items():
            counts[f"duration_{bucket}"] = Count("pk", filter=lookup & without_duration)
        counts["worksheet"] = Count("pk", filter=with_worksheet() & without_worksheet)
        self._scalars = self._base().aggregate(**counts)
        return self._scalars

    def result_count(self):
        return self._scalar_counts()["total"]

    def _term_facet(self, name):
        """One query: each term with its count now and whether it has any material at all."""
        model, attr, relation = VOCABULARIES[name]
        relation = "videos__classroom_materials" if name == "sector" else "materials"
        selected = set(self.cleaned.get(name) or [])
        base = self._base()
        now = base.filter(self.active_conditions(name)).values("pk")
        terms = model.objects.annotate(
            n=Count(relation, filter=Q(**{f"{relation}__in": now}), distinct=True),
            total=Count(
                relation, filter=Q(**{f"{relation}__in": base.values("pk")}), distinct=True
            ),
        )
        options = [
            FacetOption(
                getattr(term, attr),
                term.code if name == "target" else term.name,
                term.n,
                getattr(term, attr) in selected,
                detail=term.description if name == "target" else "",
            )
            for term in terms
            if term.total or getattr(term, attr) in selected
        ]
        return Facet(name, self.filters[name].label, options, multiple=True)

    def facets(self):
        """Each facet's options with how much material each would give, given the other filters."""
        scalars = self._scalar_counts()
        age = self.cleaned.get("age") or ""
        durations = set(self.cleaned.get("duration") or [])
        worksheet_label = self.filters["worksheet"].extra["choices"][0][1]
        return [
            Facet(
                "age",
                self.filters["age"].label,
                [
                    FacetOption(
                        str(n), _("%(age)s years") % {"age": n}, scalars[f"age_{n}"], str(n) == age
                    )
                    for n in AGES
                ],
                empty_label=_("Any age"),
            ),
            self._term_facet("level"),
            self._term_facet("domain"),
            self._term_facet("target"),
            Facet(
                "duration",
                self.filters["duration"].label,
                [
                    FacetOption(
                        bucket, str(label), scalars[f"duration_{bucket}"], bucket in durations
                    )
                    for bucket, label in DURATION_CHOICES
                ],
                multiple=True,
            ),
            self._term_facet("sector"),
            Facet(
                "worksheet",
                self.filters["worksheet"].label,
                [
                    FacetOption(
                        "1",
                        str(worksheet_label),
                        scalars["worksheet"],
                        self.cleaned.get("worksheet") == "1",
                    )
                ],
                multiple=True,
            ),
        ]

    def sort_options(self):
        current = self.cleaned.get("sort") or "newest"
        return [
            FacetOption(value, str(label), 0, value == current) for value, label in SORT_CHOICES
        ]

    def search_value(self):
        return self.cleaned.get("q") or ""

    def active_filter_count(self):
        return sum(1 for name in (*self.facet_names, "q") if self.cleaned.get(name))


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    detail: str = ""


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
