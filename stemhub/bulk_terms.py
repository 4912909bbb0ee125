"""Bulk actions in the page listing: add a term to, or remove it from, many pages at once.

An app declares its page type and the terms it may change (a ParentalManyToManyField such as a
video's sectors, or an inline of terms such as its signposts) in a subclass, and registers it
with Wagtail's `register_bulk_action` hook. Each page changes through a new revision of its
latest version (the history keeps what it was): a live page without unpublished changes is
published again if the editor may publish; a draft, or a page with pending changes, stays a
draft. Pages of another type are listed as not applicable and left alone.
"""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

from stemhub import roles

ADD, REMOVE = "add", "remove"


class TermField:
    """One kind of term a bulk action changes: a many-to-many field or an inline of terms."""

    def __init__(self, name, label, inline_model=None, inline_field=None):
        self.name = name
        self.label = label
        self.inline_model = inline_model
        self.inline_field = inline_field

    def term_model(self, page_model):
        if self.inline_model is not None:
            return self.inline_model._meta.get_field(self.inline_field).related_model
        return page_model._meta.get_field(self.name).related_model

    def terms_of(self, page):
        if self.inline_model is not None:
            return [getattr(row, self.inline_field) for row in getattr(page, self.name).all()]
        return list(getattr(page, self.name).all())

    def set_terms(self, page, terms):
        if self.inline_model is None:
            getattr(page, self.name).set(terms)
            return
        kept = {
            getattr(row, f"{self.inline_field}_id"): row for row in getattr(page, self.name).all()
        }
        rows = [
            kept.get(term.pk) or self.inline_model(**{self.inline_field: term}) for term in terms
        ]
        for order, row in enumerate(rows):
            row.sort_order = order
        setattr(page, self.name, rows)


class TermsBulkAction(PageBulkAction):
    """Subclasses set page_model, term_fields, action_type, display_name and aria_label."""

    page_model = None
    term_fields = []
    template_name = "stemhub/admin/bulk_terms.html"
    action_priority = 80

    @property
    def form_class(self):
        choices = [
            (
                str(field.label),
                [
                    (f"{field.name}:{term.pk}", str(term))
                    for term in field.term_model(self.page_model).objects.live()
                ],
            )
            for field in self.term_fields
        ]

        class TermForm(forms.Form):
            operation = forms.ChoiceField(
                label=_("Change"),
                choices=[(ADD, _("Add to every page")), (REMOVE, _("Remove from every page"))],
                widget=forms.RadioSelect,
            )
            term = forms.ChoiceField(label=_("Term"), choices=choices)

        return TermForm

    def check_perm(self, page):
        """A page of the type that the editor may edit; never for a translator, whose changes
        are limited to English texts (`roles.is_translator_only`)."""
        content_type = ContentType.objects.get_for_model(self.page_model)
        return (
            page.content_type_id == content_type.pk
            and not roles.is_translator_only(self.request.user)
            and page.permissions_for_user(self.request.user).can_edit()
        )

    def get_execution_context(self):
        name, pk = self.cleaned_form.cleaned_data["term"].split(":", 1)
        field = next(field for field in self.term_fields if field.name == name)
        return {
            **super().get_execution_context(),
            "operation": self.cleaned_form.cleaned_data["operation"],
            "field": field,
            "term": field.term_model(self.page_model).objects.live().get(pk=pk),
        }

    @classmethod
    def execute_action(cls, objects, user=None, operation=ADD, field=None, term=None, **kwargs):
        changed = 0
        for page in objects:
            if change_term(page.specific, field, term, operation, user):
                changed += 1
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        data = self.cleaned_form.cleaned_data
        if data["operation"] == ADD:
            text = ngettext(
                "“%(term)s” was added to %(count)d page.",
                "“%(term)s” was added to %(count)d pages.",
                num_parent_objects,
            )
        else:
            text = ngettext(
                "“%(term)s” was removed from %(count)d page.",
                "“%(term)s” was removed from %(count)d pages.",
                num_parent_objects,
            )
        return text % {"term": self.get_execution_context()["term"], "count": num_parent_objects}


def change_term(page, field, term, operation, user):
    """Add or remove the term in a new revision; False when the page needed no change."""
    was_published_as_is = page.live and not page.has_unpublished_changes
    latest = page.get_latest_revision_as_object()
    terms = field.terms_of(latest)
    present = any(existing.pk == term.pk for existing in terms)
    if (operation == ADD) == present:
        return False
    if operation == ADD:
        terms.append(term)
    else:
        terms = [existing for existing in terms if existing.pk != term.pk]
    field.set_terms(latest, terms)
    revision = latest.save_revision(user=user, log_action=True)
    if was_published_as_is and page.permissions_for_user(user).can_publish():
        revision.publish(user=user)
    return True
