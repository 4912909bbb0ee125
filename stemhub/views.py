"""Site-wide views: error pages, robots.txt and the site search."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotFound,
    HttpResponseServerError,
)
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page


def bad_request(request, exception=None):
    """The translated 400 page; like the 500 page it needs no database and no context."""
    template = loader.get_template("400.html")
    return HttpResponseBadRequest(template.render({}))


def page_not_found(request, exception=None):
    """The translated 404 page; LocaleMiddleware has already picked the language from the URL."""
    template = loader.get_template("404.html")
    context = {
        "request_path": request.path,
        # No hreflang alternates (they would be other 404s); the switcher offers the homes.
        "hide_hreflang": True,
        "alternate_urls": {code: f"/{code}/" for code, _name in settings.LANGUAGES},
    }
    return HttpResponseNotFound(template.render(context, request))


def server_error(request):
    """A 500 page that needs no database and no context processors."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Allow: /", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 100
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def clean_search_query(value):
    """What the visitor typed, without control characters (a NUL breaks the search backends)."""
    return CONTROL_CHARACTERS.sub(" ", value).strip()[:SEARCH_QUERY_MAX_LENGTH].strip()


@require_GET
def search(request):
    """Site-wide search over published pages, in the visitor's language and in Dutch."""
    query = clean_search_query(request.GET.get("q", ""))
    page_obj = None
    if query:
        results = Page.objects.live().public().exclude(depth__lte=2).specific().search(query)
        paginator = Paginator(results, SEARCH_RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "stemhub/search.html",
        {
            "query": query,
            "page_obj": page_obj,
            "elided_page_range": (
                page_obj.paginator.get_elided_page_range(page_obj.number) if page_obj else []
            ),
        },
    )
