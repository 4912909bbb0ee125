"""A facet's checkboxes as HTML, built here rather than by the template engine.

A browse form shows 30 to 45 of them, and an `{% include %}` per checkbox cost more than the rest
of the form: about a tenth of a browse render. This writes the markup the template wrote, byte
for byte (bench/renders.py --compare), whitespace included: the blank lines with two spaces are
where the template's `{% if option.detail %}` stood. Values are escaped as the template escaped
them (numbers localized, texts escaped; a translation's own text is trusted, as
`{% blocktranslate %}` trusts it).
"""

from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

OPTION = (
    '\n<li class="facet__option{}{}">\n'
    '  <input type="checkbox" name="{}" value="{}" id="{}"{}{}>\n'
    '  <label for="{}">{}{} <span class="facet__count">({}<span class="visually-hidden"> {}'
    "</span>)</span></label>\n"
    "  {}\n"
    "</li>\n"
)
CODE = '<strong class="facet__code">{}</strong> '
DETAIL = (
    '\n  <details class="facet__detail">\n'
    "    <summary>{}{}</summary>\n"
    '    <p id="{}">{}</p>\n'
    "  </details>\n"
    "  "
)
DETAIL_CODE = '<span class="visually-hidden"> {}</span>'


def option_item(name, option):
    """One checkbox with its label, count and, for a long text, the text folded beneath."""
    input_id = f"id_{name}_{localize(option.position)}"
    detail_id = f"{input_id}_detail"
    detail = ""
    if option.detail:
        of_code = ""
        if option.code:
            # `{% blocktranslate %}`: the translation is trusted, the code escaped.
            of_code = format_html(
                DETAIL_CODE,
                mark_safe(gettext("of %(code)s") % {"code": conditional_escape(option.code)}),  # noqa: S308
            )
        detail = format_html(DETAIL, gettext("Full text"), of_code, detail_id, option.detail)
    return format_html(
        OPTION,
        " facet__option--described" if option.detail else "",
        " facet__option--empty" if not option.count and not option.selected else "",
        name,
        option.value,
        input_id,
        " checked" if option.selected else "",
        format_html(' aria-describedby="{}"', detail_id) if option.detail else "",
        input_id,
        format_html(CODE, option.code) if option.code else "",
        option.label,
        localize(option.count),
        option.count_label,
        detail,
    )


def option_items(name, options):
    return mark_safe("".join(option_item(name, option) for option in options))  # noqa: S308
