"""Refuse requests Django would otherwise half-read: a form body in another charset than UTF-8.

HTML forms on our pages always post UTF-8. A body that says `charset=utf-16` (or a charset that
does not exist) would be decoded into garbage or fail deep inside a view; it gets the translated
400 page instead.
"""

from django.core.exceptions import BadRequest

FORM_CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}
ACCEPTED_CHARSETS = {"utf-8", "utf8"}


def form_charset(content_type_header):
    """The charset parameter of a form post's Content-Type, lower-cased, or None."""
    media_type, *parameters = content_type_header.split(";")
    if media_type.strip().lower() not in FORM_CONTENT_TYPES:
        return None
    for parameter in parameters:
        name, _equals, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return None


class FormCharsetMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        charset = form_charset(request.META.get("CONTENT_TYPE", ""))
        if charset is not None and charset not in ACCEPTED_CHARSETS:
            raise BadRequest("form posts must be UTF-8")
        return self.get_response(request)
