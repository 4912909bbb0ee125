"""The search box's input, checked: length, number of words, no control characters."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from .query import MAX_QUERY_LENGTH, MAX_QUERY_WORDS

KEPT_LENGTH = 500  # of an over-long search, this much is shown back in the box


def has_control_characters(value):
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in value)


def without_control_characters(value):
    return " ".join("".join(" " if has_control_characters(ch) else ch for ch in value).split())


class SiteSearchForm(forms.Form):
    q = forms.CharField(label=_("What are you looking for?"), required=False, strip=True)
    kind = forms.CharField(required=False)

    def __init__(self, data, kinds):
        super().__init__(data)
        # Our own message for a NUL (below), not Django's generic "Null characters…".
        self.fields["q"].validators = []
        self.kinds = kinds
        self.too_many_words = False

    def clean_q(self):
        value = self.cleaned_data["q"]
        if has_control_characters(value):
            self.shown_query = without_control_characters(value)[:KEPT_LENGTH]
            raise forms.ValidationError(
                _(
                    "Your search contained invisible control characters, so we did not "
                    "search. We removed them: check the words and search again."
                ),
                code="control",
            )
        if len(value) > MAX_QUERY_LENGTH:
            self.shown_query = value[:KEPT_LENGTH]
            raise forms.ValidationError(
                _("Keep your search under %(limit)s characters.") % {"limit": MAX_QUERY_LENGTH},
                code="length",
            )
        self.too_many_words = len(value.split()) > MAX_QUERY_WORDS
        return value

    def clean_kind(self):
        value = self.cleaned_data["kind"]
        if value and value not in self.kinds:
            raise forms.ValidationError(
                _("We cannot narrow the results this way, so we show every kind."), code="kind"
            )
        return value

    def query_text(self):
        """What goes back into the search box: the valid query, or the refused one cleaned."""
        if hasattr(self, "shown_query"):
            return self.shown_query
        return (self.cleaned_data or {}).get("q") or ""
