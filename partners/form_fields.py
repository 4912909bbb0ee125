"""Fields and helpers shared by the public forms (the video submission, the proposed initiative):
plain text without control characters, contact details, the privacy confirmation, and help and
errors tied to each input for screen readers."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from stemhub.prepared_queries import PreparedQuery

PHONE = re.compile(r"^\+?[0-9 ()./-]{6,30}$")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class PlainTextMixin:
    """Text is stored as typed (HTML stays text and is escaped on output); control chars go."""

    def to_python(self, value):
        value = super().to_python(value)
        return CONTROL_CHARACTERS.sub("", value) if isinstance(value, str) else value


class TextField(PlainTextMixin, forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        if not isinstance(self.widget, forms.Textarea):
            value = " ".join(value.split())  # one line: no line breaks smuggled into a subject
        return value


def beyond_64_bits(key):
    """A number no integer key column can hold: SQLite cannot even compare it with one
    (OverflowError, a server error). The choice fields refuse it first: one whose form offered
    no terms would send it to the database; one whose form did refuses it the same way."""
    try:
        number = int(str(key))
    except ValueError:
        return False  # no number at all: Django's own check refuses it
    return not -(2**63) <= number < 2**63


class ReadOnceChoiceIterator(ModelChoiceIterator):
    """A choice field's options from the terms its form read once (`offer_terms`), so a
    vocabulary offered twice (both heroes' profile types) or checked for being empty costs one
    query per request; a field without them queries at every look, as Django's does."""

    def __iter__(self):
        terms = getattr(self.field, "terms", None)
        if terms is None:
            yield from super().__iter__()
            return
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for term in terms:
            yield self.choice(term)

    def __len__(self):
        terms = getattr(self.field, "terms", None)
        if terms is None:
            return super().__len__()
        return len(terms) + (self.field.empty_label is not None)

    def __bool__(self):
        terms = getattr(self.field, "terms", None)
        if terms is None:
            return super().__bool__()
        return self.field.empty_label is not None or bool(terms)


def offer_terms(fields, queryset, terms=None):
    """Let each of `fields` (choices of one vocabulary) offer the terms of `queryset`, read once
    (or `terms`, its rows already read); returns them. A key that is sent is checked against these
    terms, the ones the page offers, without another query (`OfferedChoicesMixin`)."""
    terms = list(queryset) if terms is None else terms
    for field in fields:
        field.queryset = queryset
        field.terms = terms
    return terms


def live_terms(model):
    return model.objects.live()


# Every form page offers two to four vocabularies: their SQL is compiled once per process and
# language (stemhub.prepared_queries), not at every request; each call still reads the table.
prepared_live_terms = PreparedQuery(live_terms)


def offer_vocabulary(fields, model):
    """`offer_terms` of the live terms of a vocabulary `model`."""
    return offer_terms(fields, live_terms(model), prepared_live_terms(model))


class OfferedChoicesMixin:
    """A choice field whose form offered it terms (`offer_terms`) checks a sent key against them,
    as Django's query of `queryset` would: the key made a number as that query makes it (" 7" is
    7, "x" raises ValueError), then compared with each term's primary key. Without terms (a form
    that offers none) or with a `to_field_name` (the key is another column) the field queries,
    as Django's does."""

    def offered_terms(self):
        terms = getattr(self, "terms", None)
        if terms is None or self.to_field_name:
            return None
        return {term.pk: term for term in terms}

    def checks_primary_keys(self):
        """Whether a key is looked up in an integer column (the primary key, or the column
        `to_field_name` names), where a number beyond 64 bits breaks the query; a slug Django
        looks up as it is, however long its digits."""
        meta = self.queryset.model._meta
        column = meta.get_field(self.to_field_name) if self.to_field_name else meta.pk
        while column.is_relation:  # a page type's key is `page_ptr`: the page's integer id
            column = column.target_field
        return isinstance(column, models.IntegerField)

    def number_of(self, key):
        return self.queryset.model._meta.pk.get_prep_value(key)


class CheckedModelChoiceField(OfferedChoicesMixin, forms.ModelChoiceField):
    iterator = ReadOnceChoiceIterator

    def to_python(self, value):
        if self.checks_primary_keys() and value not in self.empty_values and beyond_64_bits(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        offered = self.offered_terms()
        if offered is None or value in self.empty_values or isinstance(value, models.Model):
            return super().to_python(value)
        self.validate_no_null_characters(value)
        try:
            return offered[self.number_of(value)]
        except (ValueError, TypeError, KeyError):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            ) from None


class NamedChoiceField(CheckedModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class NamedMultipleChoiceField(OfferedChoicesMixin, forms.ModelMultipleChoiceField):
    """Checkboxes of a vocabulary's terms. With offered terms, `clean` returns the chosen terms
    as a list (in the vocabulary's order), not the QuerySet Django documents: its callers only
    `.set()` them or iterate. With a `to_field_name` (no offered terms) it is Django's QuerySet."""

    iterator = ReadOnceChoiceIterator

    def label_from_instance(self, obj):
        return obj.name

    def _check_values(self, value):
        for key in value:
            if self.checks_primary_keys() and beyond_64_bits(key):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": key},
                )
        offered = self.offered_terms()
        if offered is None:
            return super()._check_values(value)
        return self._offered_values(value, offered)

    def _offered_values(self, value, offered):
        """Django's `_check_values` with the offered terms in place of its query: the same
        checks in the same order, the chosen terms in the vocabulary's order."""
        try:
            keys = frozenset(value)
        except TypeError:
            raise ValidationError(
                self.error_messages["invalid_list"], code="invalid_list"
            ) from None
        for key in keys:
            self.validate_no_null_characters(key)
            try:
                self.number_of(key)
            except (ValueError, TypeError):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": key},
                ) from None
        # As Django's: a key is chosen only as the very text of a primary key ("07" is not 7).
        by_text = {str(pk): term for pk, term in offered.items()}
        for key in keys:
            if str(key) not in by_text:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": key},
                )
        chosen = {str(key) for key in keys}
        return [term for text, term in by_text.items() if text in chosen]


def checked_phone(value):
    phone = value.strip()
    if phone and not PHONE.match(phone):
        raise ValidationError(
            _("Enter a phone number with digits only, for example +32 2 123 45 67."),
            code="invalid_phone",
        )
    return phone


def required_message(what):
    return {"required": what}


def email_field(**attrs):
    """The submitter's address, where the confirmation goes."""
    return forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs=attrs),
        error_messages={
            "required": _("Give an email address: we send the confirmation there."),
            "invalid": _("Enter an email address like name@example.org."),
        },
    )


def phone_field(**attrs):
    """Optional; checked by `checked_phone` in the form's clean_phone."""
    return TextField(
        label=_("Phone number"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs=attrs),
    )


def privacy_notice_confirmation():
    return forms.BooleanField(
        label=_("I have read the privacy notice."),
        error_messages=required_message(_("Confirm that you have read the privacy notice.")),
    )


class DescribedFieldsMixin:
    """Help text and errors tied to each input for screen readers; a summary of the errors.

    Shared by the site's public forms: the template includes/field.html reads `marked_optional`.
    """

    not_marked_optional = frozenset()

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        """Tie help text and error message to each input for screen readers."""
        for name, field in self.fields.items():
            bound = self[name]
            ids = []
            if field.help_text:
                ids.append(f"{bound.auto_id}_helptext")
            if self.is_bound and self._errors is not None and name in self._errors:
                ids.append(f"{bound.auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            else:
                field.widget.attrs.pop("aria-invalid", None)
            if ids and not isinstance(field.widget, forms.CheckboxSelectMultiple):
                field.widget.attrs["aria-describedby"] = " ".join(ids)
            else:
                field.widget.attrs.pop("aria-describedby", None)
            field.marked_optional = not field.required and name not in self.not_marked_optional

    def error_summary(self):
        """(field id, message) for the list at the top of the form, in the form's order."""
        items = [("", message) for message in self.non_field_errors()]
        for name in self.fields:
            if name in self.errors:
                items.extend((self[name].auto_id, message) for message in self.errors[name])
        return items
