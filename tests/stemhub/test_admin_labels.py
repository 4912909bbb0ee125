"""Every label an editor reads is Dutch and English, and every field they fill in says what it
does for the visitor.

Walks the project's own models (not the libraries'): each model's name and each field's label
must be a translatable message with a Dutch translation in our catalogue; each field in a form
editors fill in (page types, snippets and vocabularies, admin viewsets with panels, and their
inline rows) must have a help text, also translated. A field's language columns (`title_nl`,
`title_en`) carry the original's label and help text, so the original is what is checked.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import trans_real
from wagtail import hooks
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

from stemhub import roles

from .admin_helpers import member_of, prefers_english

PROJECT_ROOT = Path(settings.BASE_DIR).resolve()

# Fields an editor fills in without a help text of ours, and why.
NO_HELP_TEXT = {
    # Wagtail's own scheduling and comment fields: Wagtail explains them in the form.
    ("*", "go_live_at"),
    ("*", "expire_at"),
}
# Labels no editor reads: columns of the site search index, filled and read by code only.
UNLABELLED_MODELS = {"stemhub.SearchEntry"}


def _project_models():
    for model in apps.get_models():
        path = Path(apps.get_app_config(model._meta.app_label).path).resolve()
        if PROJECT_ROOT in path.parents and ".venv" not in path.parts:
            yield model


def _dutch_catalogue():
    return trans_real.translation("nl")._catalog


def _translated(text, catalogue):
    """Whether `text` is a lazy gettext/pgettext message with a non-empty Dutch msgstr."""
    if not isinstance(text, Promise):
        return False
    args = text._args
    key = args[0] if len(args) == 1 else f"{args[0]}\x04{args[1]}"
    return bool(catalogue.get(key) or catalogue.get((key, 0)))  # (key, 0): a plural entry


def _original(field):
    """The field itself, or for a language column (`title_en`) the field it translates."""
    return getattr(field, "translated_field", field)


def _own_fields(model):
    page_fields = {field.name for field in Page._meta.get_fields()}
    for field in model._meta.get_fields():
        if field.auto_created or not field.concrete or hasattr(field, "translated_field"):
            continue
        if issubclass(model, Page) and field.name in page_fields:
            continue  # Wagtail's page fields are labelled in Wagtail's catalogue
        if field.name == "sort_order" and not field.editable:
            continue  # the inline rows' drag handle
        if getattr(field, "remote_field", None) and field.__class__.__name__ == "ParentalKey":
            continue  # the page an inline row belongs to: never a form field
        yield field


def _edit_handlers():
    for model in get_page_models():
        yield model, model.get_edit_handler()
    for model in get_snippet_models():
        yield model, model.snippet_viewset.get_edit_handler()
    for register in hooks.get_hooks("register_admin_viewset"):
        viewsets = register()
        for viewset in viewsets if isinstance(viewsets, list | tuple) else [viewsets]:
            model = getattr(viewset, "model", None)
            if isinstance(model, str):
                model = apps.get_model(model)
            handler = getattr(viewset, "get_edit_handler", lambda: None)()
            if model is not None and handler is not None:
                yield model, handler


def editor_fields():
    """(model, field) for every field of ours in a form editors fill in."""
    project = set(_project_models())
    seen = set()
    for model, handler in _edit_handlers():
        if model not in project:
            continue
        options = handler.bind_to_model(model).get_form_options()
        names = [(model, name) for name in options.get("fields", [])]
        for relation, child in options.get("formsets", {}).items():
            child_model = getattr(model, relation).rel.related_model
            names += [(child_model, name) for name in child.get("fields", [])]
        for owner, name in names:
            if name not in {field.name for field in owner._meta.get_fields()}:
                continue  # a form-only field (Wagtail's comment notifications)
            field = _original(owner._meta.get_field(name))
            if field.model is Page or field.model not in project:
                continue
            if (owner._meta.label, field.name) in seen:
                continue
            seen.add((owner._meta.label, field.name))
            yield owner, field


def test_the_walk_finds_the_forms_editors_fill_in():
    found = {(model._meta.label, field.name) for model, field in editor_fields()}
    assert ("videos.VideoPage", "intro") in found
    assert ("videos.VideoHero", "quote") in found  # an inline row of a page
    assert ("taxonomy.Sector", "name") in found  # a vocabulary
    assert ("videos.Reporter", "age") in found  # a snippet
    assert ("initiatives.InitiativeCandidacy", "editor_notes") in found
    assert len(found) > 100


def test_every_model_and_field_has_a_dutch_and_english_label():
    catalogue = _dutch_catalogue()
    missing = []
    for model in _project_models():
        if model._meta.label in UNLABELLED_MODELS:
            continue
        for name in ("verbose_name", "verbose_name_plural"):
            if not _translated(getattr(model._meta, name), catalogue):
                missing.append(f"{model._meta.label}.{name}")
        for field in _own_fields(model):
            if not _translated(field.verbose_name, catalogue):
                missing.append(f"{model._meta.label}.{field.name}: {field.verbose_name!r}")
    assert not missing, "labels without a Dutch translation:\n" + "\n".join(missing)


def test_every_field_editors_fill_in_says_what_it_does():
    catalogue = _dutch_catalogue()
    missing = []
    for model, field in editor_fields():
        if {("*", field.name), (model._meta.label, field.name)} & NO_HELP_TEXT:
            continue
        if not _translated(field.help_text, catalogue):
            missing.append(f"{model._meta.label}.{field.name}: {field.help_text!r}")
    assert not missing, "fields without a translated help text:\n" + "\n".join(missing)


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        (False, "Lengte van de video in seconden"),
        (True, "length in seconds, e.g. 200 for 3:20"),
    ],
)
def test_help_texts_show_in_the_page_editor_in_the_editors_language(
    client, site_tree, english, expected
):
    editor = member_of(roles.EDITORS_GROUP)
    client.force_login(prefers_english(editor) if english else editor)
    response = client.get(f"/admin/pages/add/videos/videopage/{site_tree.sections['videos'].pk}/")
    assert response.status_code == 200
    assert expected in response.content.decode()
