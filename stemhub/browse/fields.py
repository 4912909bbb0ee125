"""Form fields for browse parameters: they read what the address holds, never query anything.

Whether a value exists is decided later, for all facets at once (see filterset.py), so that a
parameter never costs a query of its own.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

MAX_VALUES = 20  # choices per parameter; more is not a person ticking boxes
MAX_SEARCH_LENGTH = 100


class ValuesField(forms.Field):
    """Every value of a repeated parameter (?sector=a&sector=b), as strings, without repeats."""

    widget = forms.SelectMultiple

    def to_python(self, value):
        if not value:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        return list(dict.fromkeys(v for v in values if isinstance(v, str) and v))

    def validate(self, value):
        """Nothing to refuse here: unknown values are dropped (and reported) by the FilterSet."""


class SearchField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        # Control characters never belong in a search; drop them rather than fail.
        return "".join(ch for ch in value if ch.isprintable()).strip()


class ValuesFilter(django_filters.Filter):
    field_class = ValuesField


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


def search_filter():
    return SearchFilter(
        label=_("Search"),
        max_length=MAX_SEARCH_LENGTH,
        error_messages={"max_length": _("Keep your search under 100 characters.")},
    )
