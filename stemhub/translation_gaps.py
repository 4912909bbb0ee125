"""Which pages and snippets still miss a text in English (or in Dutch).

A field is missing in English when its Dutch text is filled in and its English one is empty: the
visitor of /en/ then reads the Dutch text (modeltranslation's fallback). The other way round it is
missing in Dutch. A field empty in both languages is simply not used.

The fields are read from the modeltranslation registry, so a new translated field is checked
without a change here. Inline rows (a video's heroes, a lesson's worksheets …) count for their
page. One query per registered model, whatever the amount of content.
"""

import re
from dataclasses import dataclass, field

from django.contrib.admin.utils import quote
from django.db.models import URLField
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import get_language
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

LANGUAGES = ("nl", "en")
SKIPPED_FIELDS = {"url_path"}  # derived from the slugs, never typed
TAGS = re.compile(r"<[^>]+>")


@dataclass
class Gaps:
    """One page or snippet and the labels of the fields it misses per language."""

    model: type
    pk: int
    title: str
    missing: dict = field(default_factory=lambda: {"nl": [], "en": []})

    @property
    def type_key(self):
        return f"{self.model._meta.app_label}.{self.model._meta.model_name}"

    @property
    def type_label(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    @property
    def missing_en(self):
        return ", ".join(self.missing["en"])

    @property
    def missing_nl(self):
        return ", ".join(self.missing["nl"])

    @property
    def edit_url(self):
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.pk])
        return reverse(self.model.snippet_viewset.get_url_name("edit"), args=[quote(self.pk)])

    def __bool__(self):
        return bool(self.missing["nl"] or self.missing["en"])


def is_empty(value):
    if value is None:
        return True
    if hasattr(value, "raw_data"):  # a StreamValue
        return len(value) == 0
    text = str(value).strip()
    return text in ("", "[]") or not TAGS.sub("", text).strip()


def _translated_fields(model):
    """The translated fields in the model's own order (the editor's order, mostly).

    A web address is not a text: the Dutch address is right for English visitors too when a site
    has no English page, so an empty English address is no gap."""
    names = set(translator.get_options_for_model(model).get_field_names()) - SKIPPED_FIELDS
    return [
        field.name
        for field in model._meta.fields
        if field.name in names and not isinstance(field, URLField)
    ]


def _label(model, name):
    return str(model._meta.get_field(name).verbose_name)


def _concrete(model):
    return not model._meta.abstract and not model._meta.proxy


def translated_models():
    """(pages, snippets, inlines): the registered models, each with its parent key for inlines."""
    snippets = set(get_snippet_models())
    pages, others, inlines = [], [], []
    for model in translator.get_registered_models():
        if not _concrete(model) or model is Page:
            continue
        if issubclass(model, Page):
            pages.append(model)
        elif model in snippets:
            others.append(model)
        else:
            parent_key = next(
                (f for f in model._meta.get_fields() if isinstance(f, ParentalKey)), None
            )
            if parent_key is not None:
                inlines.append((model, parent_key))
    return pages, others, inlines


def _missing(row, model, names, prefix=""):
    found = {"nl": [], "en": []}
    for name in names:
        values = {code: row[f"{name}_{code}"] for code in LANGUAGES}
        for code, other in (("en", "nl"), ("nl", "en")):
            if is_empty(values[code]) and not is_empty(values[other]):
                found[code].append(prefix + _label(model, name))
    return found


def _columns(names):
    return [f"{name}_{code}" for name in names for code in LANGUAGES]


def collect(type_key=None, pages_only=False):
    """Every page and snippet with a missing field, pages first, each group by title."""
    pages, snippets, inlines = translated_models()
    if pages_only:
        snippets = []
    found = {}
    for model in [*pages, *snippets]:
        key = f"{model._meta.app_label}.{model._meta.model_name}"
        if type_key and key != type_key:
            continue
        names = _translated_fields(model)
        title_name = "title" if model in pages else _title_name(model)
        columns = _columns(names)
        if title_name not in names:
            columns.append(title_name)
        rows = model._default_manager.order_by().values("pk", *columns)
        for row in rows:
            gaps = Gaps(model, row["pk"], _title(row, title_name, names))
            for code, labels in _missing(row, model, names).items():
                gaps.missing[code] += labels
            found[(model, row["pk"])] = gaps
    for model, parent_key in inlines:
        parent = parent_key.related_model
        if type_key and type_key != f"{parent._meta.app_label}.{parent._meta.model_name}":
            continue
        names = _translated_fields(model)
        prefix = f"{capfirst(model._meta.verbose_name)}: "
        for row in model._default_manager.order_by().values(parent_key.attname, *_columns(names)):
            gaps = found.get((parent, row[parent_key.attname]))
            if gaps is not None:
                for code, labels in _missing(row, model, names, prefix).items():
                    new = [label for label in labels if label not in gaps.missing[code]]
                    gaps.missing[code] += new
    result = [gaps for gaps in found.values() if gaps]
    return sorted(result, key=lambda gaps: (not gaps.is_page, gaps.type_label, gaps.title.lower()))


def _title_name(model):
    names = {field.name for field in model._meta.get_fields()}
    return next((name for name in ("name", "code", "title") if name in names), "pk")


def _title(row, name, translated):
    """The title in the admin's language, else in Dutch."""
    if name in translated:
        value = row[f"{name}_{get_language()}"] if get_language() in LANGUAGES else ""
        value = value or row[f"{name}_nl"]
    else:
        value = row[name]
    return str(value or row["pk"])


def type_choices():
    """(type key, label) for the report's filter: every page type and snippet that is checked."""
    pages, snippets, _inlines = translated_models()
    return [
        (f"{model._meta.app_label}.{model._meta.model_name}", capfirst(model._meta.verbose_name))
        for model in [*pages, *snippets]
    ]


def pages_missing_english():
    """{page id: labels of the fields missing in English}, for the badges of the page listing."""
    return {gaps.pk: gaps.missing["en"] for gaps in collect(pages_only=True) if gaps.missing["en"]}
