"""Django's LocaleMiddleware, except under paths that have no language (the APIs).

Django answers a 404 outside the language prefixes by redirecting to /nl/<same path> when that
address resolves, and Wagtail's catch-all resolves everything: an API's 404 for an unknown
item became a redirect to a page address. Under `STEMHUB_UNPREFIXED_PATHS` a 404 stays a 404.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(tuple(settings.STEMHUB_UNPREFIXED_PATHS)):
            return response
        return super().process_response(request, response)
