"""A page asked for in one language with the other language's address goes to the right one.

Slugs are translated (`/nl/klas/` is `/en/classroom/`), so `/en/klas/`, `/nl/classroom/` or
`/en/videos/zonnecellen-maken/` would be a 404. Only a 404 is looked at, so pages that exist
cost nothing extra.
"""

import re

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Site

from stemhub.i18n import page_url_in

PREFIXED_PATH = re.compile(r"^/(?P<language>[a-z]{2})/(?P<rest>.*)$")


class WrongLanguageRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        target = right_language_url(request)
        if target is None:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponseRedirect(f"{target}?{query}" if query else target)


def right_language_url(request):
    """The address in the requested language of what the path names in another language."""
    match = PREFIXED_PATH.match(request.path_info)
    languages = [code for code, _name in settings.LANGUAGES]
    if match is None or match["language"] not in languages:
        return None
    wanted, rest = match["language"], match["rest"]
    for other in languages:
        if other == wanted:
            continue
        url = _page_url(request, other, rest, wanted) or _view_url(other, rest, wanted)
        if url and url != request.path:
            return url
    return None


def _page_url(request, other, rest, wanted):
    """A Wagtail page whose address in `other` is exactly this path."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in rest.split("/") if component]
    with translation.override(other):
        try:
            page = site.root_page.specific.route(request, components)[0]
        except Http404:
            return None
        if page_url_in(page, other, request) != f"/{other}/{rest}":
            return None  # a routable page's sub-route or a partial match, not the page itself
    if not page.live:
        return None
    return page_url_in(page, wanted, request)


def _view_url(other, rest, wanted):
    """A Django view with a translated path, such as search (`/nl/zoeken/`, `/en/search/`)."""
    with translation.override(other):
        url = translate_url(f"/{other}/{rest}", wanted)
    return url if url != f"/{other}/{rest}" else None
