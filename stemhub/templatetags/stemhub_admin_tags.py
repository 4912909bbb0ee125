"""Tags for our additions to Wagtail's admin templates."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from stemhub import translation_gaps

register = template.Library()


def _missing_on_this_request(request):
    """Computed once per listing (a fixed number of queries), not once per row."""
    if not hasattr(request, "_stemhub_pages_missing_english"):
        request._stemhub_pages_missing_english = translation_gaps.pages_missing_english()
    return request._stemhub_pages_missing_english


@register.simple_tag(takes_context=True)
def translation_badge(context, page):
    request = context.get("request")
    if request is None:
        return ""
    missing = _missing_on_this_request(request).get(page.pk)
    if not missing:
        return ""
    return format_html(
        '<span class="w-status w-status--label" title="{}">{}</span>',
        _("Missing in English: %(fields)s") % {"fields": ", ".join(missing)},
        _("English missing"),
    )
