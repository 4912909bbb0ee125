"""Every failure of the API is a JSON body: {"error": code, "message": text, "details": […]}."""

from django.http import Http404
from ninja import Schema
from ninja.errors import ValidationError


class ErrorDetail(Schema):
    parameter: str
    message: str


class ErrorBody(Schema):
    error: str
    message: str
    details: list[ErrorDetail] = []


class ApiError(Exception):
    def __init__(self, status, error, message, details=()):
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.details = [{"parameter": name, "message": text} for name, text in details]


def _parameter(location):
    parts = [str(part) for part in location if part not in ("query", "path", "filters")]
    return parts[0] if parts else ""


def install(api):
    @api.exception_handler(ApiError)
    def api_error(request, exc):
        body = {"error": exc.error, "message": exc.message, "details": exc.details}
        return api.create_response(request, body, status=exc.status)

    @api.exception_handler(ValidationError)
    def invalid_parameters(request, exc):
        details = [
            {"parameter": _parameter(error.get("loc", ())), "message": str(error.get("msg", ""))}
            for error in exc.errors
        ]
        body = {
            "error": "invalid_parameter",
            "message": "One or more parameters are not valid; see details.",
            "details": details,
        }
        return api.create_response(request, body, status=400)

    @api.exception_handler(Http404)
    def not_found(request, exc):
        body = {"error": "not_found", "message": "Nothing was found here.", "details": []}
        return api.create_response(request, body, status=404)
