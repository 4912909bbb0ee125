"""The page editor's form for every STEMhub page type, and the form of the snippets translators
translate (taxonomy.ReviewedSnippet): for a translator both keep all but the English fields
read-only, and a page's choices of such snippets offer the published ones only.

wagtail-modeltranslation refuses a slug a sibling already uses with an untranslated "This slug
is already in use". The sibling is often an editor's own autosaved draft of an interrupted
attempt, so the message says, in the editor's language, which page holds the slug and links it.
"""

from functools import cache

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import DraftStateMixin, Page

from stemhub import roles
from stemhub.reserved_slugs import reserved_slug_errors

MODELTRANSLATION_SLUG_MESSAGE = "This slug is already in use"


def keep_english_only(form):
    """A translator's form: every field but the English ones (`*_en`) is read-only.

    A disabled field keeps its stored value whatever is posted, so only the English texts change;
    the same holds in the inline rows (heroes, signposts …): their "delete" box is read-only too,
    and no row can be added."""
    for name, field in form.fields.items():
        if not name.endswith("_en"):
            field.disabled = True
    for formset in getattr(form, "formsets", {}).values():
        formset.extra = 0
        formset.max_num = formset.initial_form_count()
        formset.validate_max = True
        for child in formset.forms:
            keep_english_only(child)


def _chosen_pks(value):
    if value is None or value == "":
        return []
    values = value if isinstance(value, list | tuple | set) or hasattr(value, "model") else [value]
    return [getattr(item, "pk", item) for item in values]


def offer_published_snippets(form):
    """Every choice of a snippet with drafts (taxonomy.ReviewedSnippet: a sector, a profile type,
    a signpost …) offers the published ones only, besides those the page already has: a page
    never gets a term visitors may not see yet, so no card, feed, API answer or search entry
    names one. Inline rows (heroes, signposts) too, the empty row a new one is made from included.
    """
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        model = getattr(queryset, "model", None)
        if model is None or not issubclass(model, DraftStateMixin) or issubclass(model, Page):
            continue
        field.queryset = queryset.filter(
            Q(live=True) | Q(pk__in=_chosen_pks(form.initial.get(name)))
        )
    for formset in getattr(form, "formsets", {}).values():
        formset.form = _offering_published_snippets(formset.form)
        for child in formset.__dict__.get("forms", []):  # rows built already
            offer_published_snippets(child)


@cache
def _offering_published_snippets(form_class):
    """The inline row's form class with PublishedSnippetsMixin, made once per class."""
    if issubclass(form_class, PublishedSnippetsMixin):
        return form_class
    return type(form_class.__name__, (PublishedSnippetsMixin, form_class), {})


class PublishedSnippetsMixin:
    """A form (an inline row's) that offers published snippets only (offer_published_snippets)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_published_snippets(self)


class TranslatableSnippetForm(WagtailAdminModelForm):
    """The form of a snippet translators may translate (taxonomy.ReviewedSnippet): for them the
    same English-only form as a page's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if roles.is_translator_only(self.for_user):
            keep_english_only(self)


class StemhubPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_published_snippets(self)
        if roles.is_translator_only(self.for_user):
            keep_english_only(self)

    def clean(self):
        cleaned_data = super().clean()
        # A page being created has no place in the tree yet, so the model's clean() cannot see
        # its parent's routes (stemhub.reserved_slugs); the form knows the parent.
        if not self.instance.path and getattr(self, "parent_page", None) is not None:
            for field, error in reserved_slug_errors(cleaned_data, self.parent_page).items():
                self.add_error(field, error)
        return cleaned_data

    def add_error(self, field, error):
        if field is None and isinstance(error, dict):
            error = ValidationError(error)
        if field is None and hasattr(error, "error_dict"):
            error = ValidationError(
                {name: self._explained(name, errors) for name, errors in error.error_dict.items()}
            )
        elif field is not None:
            error = self._explained(field, error)
        return super().add_error(field, error)

    def _explained(self, field, error):
        """Replace the library's slug message by one that names and links the sibling."""
        if not (field or "").startswith("slug"):
            return error
        errors = error if isinstance(error, list) else getattr(error, "error_list", [error])
        explained = []
        for item in errors:
            text = " ".join(item.messages) if isinstance(item, ValidationError) else str(item)
            if text in (MODELTRANSLATION_SLUG_MESSAGE, gettext(MODELTRANSLATION_SLUG_MESSAGE)):
                explained.append(ValidationError(self._slug_conflict(field)))
            else:
                explained.append(item)
        return explained

    def _slug_conflict(self, field):
        slug = self.cleaned_data.get(field) or self.data.get(field, "")
        sibling = self._sibling_with_slug(field, slug)
        if sibling is None:
            return gettext("Another page at this place already uses this slug; choose another.")
        status = (
            pgettext("page status", "published")
            if sibling.live
            else pgettext("page status", "draft")
        )
        return format_html(
            gettext(
                "“{slug}” is already used here by the page “{title}” ({status}). "
                '<a href="{url}">Open that page</a> to continue or delete it, or choose '
                "another slug."
            ),
            slug=slug,
            status=status,
            title=sibling.get_admin_display_title(),
            url=reverse("wagtailadmin_pages:edit", args=[sibling.pk]),
        )

    def _sibling_with_slug(self, field, slug):
        parent = getattr(self, "parent_page", None)
        if parent is None and self.instance.pk:
            parent = self.instance.get_parent()
        if parent is None or not slug:
            return None
        siblings = parent.get_children()
        if self.instance.pk:
            siblings = siblings.not_page(self.instance)
        return siblings.filter(**{field: slug}).first() or siblings.filter(slug=slug).first()
