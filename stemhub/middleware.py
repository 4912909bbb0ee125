"""A database or media bucket that cannot be reached gives a clear, translated 503, not a 500.

The page needs no database and no context processors (like the 500 page). Transactions roll
back on the way out, and the submission code removes the files it wrote, so nothing is half
stored; the visitor is told so and asked to send again in a few minutes.
"""

import logging

from botocore.exceptions import BotoCoreError, ClientError
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 120


def database_unavailable(request):
    template = loader.get_template("503.html")
    response = HttpResponse(template.render({}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


# The database went away, or the S3-compatible bucket (django-storages) did not answer.
UNAVAILABLE = (OperationalError, InterfaceError, BotoCoreError, ClientError)


class ServiceUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, UNAVAILABLE):
            logger.error(
                "%s unavailable for %s %s: %s",
                "Storage" if isinstance(exception, BotoCoreError | ClientError) else "Database",
                request.method,
                request.path,
                exception,
            )
            return database_unavailable(request)
        return None
