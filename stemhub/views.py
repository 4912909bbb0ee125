"""Site-wide views: error pages and robots.txt (the site search is stemhub.search)."""

from django.conf import settings
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotFound,
    HttpResponseServerError,
)
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


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
