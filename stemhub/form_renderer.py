"""The public forms' widgets written in Python, byte for byte as Django's widget templates.

Django renders every widget through its template engine: a text input is `text.html`, which
includes `input.html`, which includes `attrs.html`; every checkbox of a choice list is three
templates more. A public form sent back with its errors renders some thirty fields and sixty
choices that way, and the engine cost about a quarter of the whole response. `WidgetRenderer`
writes the markup of Django's own templates for the widgets the public forms use (inputs,
checkbox and radio options, selects, text areas, an empty file input) and leaves every other
template, and any context it cannot be sure of, to the template engine.

Values go through the engine's own `render_value_in_context`, `stringformat` and the same
`is_safe` rule as `{{ value|stringformat:'s' }}`, so they are localized and escaped exactly as
the templates did; the whitespace (the newlines the templates end with, which Django strips
only from the outer template) is copied from Django 5.2's templates.
"""

from django.forms.renderers import DjangoTemplates
from django.template import Context
from django.template.base import render_value_in_context
from django.template.defaultfilters import stringformat
from django.utils.safestring import SafeData, mark_safe

WIDGETS = "django/forms/widgets/"
# Templates that are `{% include "django/forms/widgets/input.html" %}` and a newline.
INPUT_TEMPLATES = {
    f"{WIDGETS}{name}.html"
    for name in ("input", "text", "email", "url", "number", "password", "hidden", "checkbox")
}
OPTION_TEMPLATES = {f"{WIDGETS}checkbox_option.html", f"{WIDGETS}radio_option.html"}
SELECT_OPTION = f"{WIDGETS}select_option.html"
CONTEXT = Context()  # what the engine renders a widget with: autoescape on, no overrides


class NotPlain(Exception):
    """A value the template engine would treat in its own way (called, looked up)."""


def plain(value):
    if callable(value):
        raise NotPlain
    return value


def text(value):
    """`{{ value }}`."""
    return render_value_in_context(plain(value), CONTEXT)


def formatted(value):
    """`{{ value|stringformat:'s' }}`: a safe value stays safe (the filter's `is_safe`)."""
    value = plain(value)
    result = stringformat(value, "s")
    if isinstance(value, SafeData):
        result = mark_safe(result)  # noqa: S308 - what the filter keeps for a safe value
    return render_value_in_context(result, CONTEXT)


def attrs_html(attrs):
    """`attrs.html`."""
    if "items" in attrs:
        raise NotPlain
    html = []
    for name, value in attrs.items():
        value = plain(value)
        if value is not False:
            html.append(" " + text(name))
            if value is not True:
                html.append('="' + formatted(value) + '"')
    return "".join(html)


def input_html(widget):
    """`input.html`, with the newline it ends with."""
    value = plain(widget["value"])
    html = '<input type="' + text(widget["type"]) + '" name="' + text(widget["name"]) + '"'
    if value != None:  # noqa: E711 - the template's `!= None`, whatever the value's __eq__
        html += ' value="' + formatted(value) + '"'
    return html + attrs_html(widget["attrs"]) + ">\n"


def input_option_html(widget):
    """`input_option.html`, with its newline."""
    wrap_label = plain(widget.get("wrap_label", ""))
    html = ""
    if wrap_label:
        label_for = plain(widget["attrs"].get("id", ""))
        html += "<label" + (' for="' + text(label_for) + '"' if label_for else "") + ">"
    html += input_html(widget)
    if wrap_label:
        html += " " + text(widget["label"]) + "</label>"
    return html + "\n"


def select_option_html(widget):
    """`select_option.html`, with its newline."""
    return (
        '<option value="'
        + formatted(widget["value"])
        + '"'
        + attrs_html(widget["attrs"])
        + ">"
        + text(widget["label"])
        + "</option>\n"
    )


def select_html(widget):
    """`select.html`, its options through `select_option.html` (any other: the engine)."""
    html = '<select name="' + text(widget["name"]) + '"' + attrs_html(widget["attrs"]) + ">"
    for group_name, group_choices, _group_index in plain(widget["optgroups"]):
        if group_name:
            html += '\n  <optgroup label="' + text(group_name) + '">'
        for option in group_choices:
            if option.get("template_name") != SELECT_OPTION:
                raise NotPlain
            html += "\n  " + select_option_html(option)
        if group_name:
            html += "\n  </optgroup>"
    return html + "\n</select>\n"


def textarea_html(widget):
    """`textarea.html`."""
    value = plain(widget["value"])
    html = '<textarea name="' + text(widget["name"]) + '"' + attrs_html(widget["attrs"]) + ">\n"
    return html + (text(value) if value else "") + "</textarea>\n"


def clearable_file_input_html(widget):
    """`clearable_file_input.html` for a field with no file yet (a public form's upload)."""
    if plain(widget.get("is_initial", "")):
        raise NotPlain
    html = '\n<input type="' + text(widget["type"]) + '" name="' + text(widget["name"]) + '"'
    return html + attrs_html(widget["attrs"]) + ">\n"


WRITERS = {
    **dict.fromkeys(INPUT_TEMPLATES, input_html),
    **dict.fromkeys(OPTION_TEMPLATES, lambda widget: input_option_html(widget) + "\n"),
    f"{WIDGETS}input_option.html": input_option_html,
    f"{WIDGETS}select.html": select_html,
    SELECT_OPTION: select_option_html,
    f"{WIDGETS}textarea.html": textarea_html,
    f"{WIDGETS}clearable_file_input.html": clearable_file_input_html,
}


class WidgetRenderer(DjangoTemplates):
    """Django's default renderer, with the templates in WRITERS written in Python."""

    def render(self, template_name, context, request=None):
        writer = WRITERS.get(template_name)
        if writer is not None and set(context) == {"widget"}:
            try:
                return writer(context["widget"]).strip()
            except (NotPlain, KeyError):
                pass
        return super().render(template_name, context, request=request)


# One instance: the engine it falls back to is built once, not per form.
PUBLIC_FORM_RENDERER = WidgetRenderer()
