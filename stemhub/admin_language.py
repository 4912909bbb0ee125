"""The admin speaks Dutch to signed-in editors unless they chose another language in their account.

Django's LocaleMiddleware picks the admin's language from the browser (Accept-Language), so an
editor of this Flemish campaign with an English browser got an English admin. Wagtail applies the
language in the editor's profile on top of what is active here, so a chosen language still wins.
The sign-in and lock-out pages keep following the browser: there we do not know who it is yet.
"""

from django.conf import settings
from django.utils import translation

ADMIN_PREFIX = "/admin/"


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX) and request.user.is_authenticated:
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
