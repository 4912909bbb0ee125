from django import template

from stemhub.i18n import language_alternates as build_alternates
from stemhub.seo.head import page_head as build_page_head

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Links to the current page in every language, for hreflang and the switcher."""
    request = context.get("request")
    page = context.get("page") or context.get("self")
    return build_alternates(
        request, page if hasattr(page, "get_url") else None, context.get("alternate_urls")
    )


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.filter
def in_section(page, section):
    """True when `page` is `section` or lies below it (for aria-current in the menu)."""
    page_path = getattr(page, "url_path", None)
    return bool(page_path) and page_path.startswith(section.url_path)


@register.simple_tag(takes_context=True)
def page_head(context):
    """Meta description, canonical, OpenGraph, Twitter card and JSON-LD of the page (or None)."""
    return build_page_head(context)
