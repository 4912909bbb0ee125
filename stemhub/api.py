"""The read-only JSON API at /api/v2/ (pages, images, documents).

Wagtail's endpoints pass some parameters straight to the database; each one is checked here
first, so a bad value gets a 400 with a message instead of a server error.
"""

import re

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Site

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
WHOLE_NUMBER_PARAMETERS = {
    # name: largest value accepted
    "offset": 1_000_000,
    "limit": 1_000_000,  # Wagtail's own WAGTAILAPI_LIMIT_MAX still applies after this
    "id": 2**31 - 1,
}
SEARCH_MAX_LENGTH = 255


def check_query_parameters(query):
    """Raise BadRequestError for the first parameter Wagtail would choke on."""
    for name, values in query.lists():
        for value in values:
            if CONTROL_CHARACTERS.search(name) or CONTROL_CHARACTERS.search(value):
                raise BadRequestError(f"parameter '{name[:50]}' contains a control character")
    for name, largest in WHOLE_NUMBER_PARAMETERS.items():
        value = query.get(name)
        is_whole_number = value is not None and value.isascii() and value.isdigit()
        if value is not None and not (is_whole_number and int(value) <= largest):
            raise BadRequestError(f"{name} must be a whole number from 0 to {largest}")
    if len(query.get("search", "")) > SEARCH_MAX_LENGTH:
        raise BadRequestError(f"search must be at most {SEARCH_MAX_LENGTH} characters")
    locale = query.get("locale")
    if locale is not None and locale not in dict(settings.LANGUAGES):
        raise BadRequestError(f"locale must be one of {', '.join(dict(settings.LANGUAGES))}")


class CheckedParametersMixin:
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_query_parameters(request.GET)


class CheckedPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    def find_object(self, queryset, request):
        """`find/?html_path=/nl/videos/…`: our addresses start with the language; route the
        rest of the path in that language (Wagtail's own lookup knows no language prefix)."""
        # DRF query_params: the API is outside the page cache (no kept-parameter list applies).
        components = [part for part in request.query_params.get("html_path", "").split("/") if part]
        site = Site.find_for_request(request)
        if not (components and components[0] in dict(settings.LANGUAGES) and site):
            return super().find_object(queryset, request)
        with translation.override(components[0]):
            try:
                page, _args, _kwargs = site.root_page.specific.route(request, components[1:])
            except Http404:
                return None
        return page if queryset.filter(id=page.id).exists() else None


class CheckedImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    pass


class CheckedDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CheckedPagesAPIViewSet)
api_router.register_endpoint("images", CheckedImagesAPIViewSet)
api_router.register_endpoint("documents", CheckedDocumentsAPIViewSet)
