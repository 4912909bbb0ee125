"""Content-Security-Policy per part of the site, and the endpoint browsers report violations to.

Public pages get `CONTENT_SECURITY_POLICY` (no inline script or style, so no nonce: the same
header fits every visitor and a cached page). Wagtail's admin and the previews it frames get
`ADMIN_CONTENT_SECURITY_POLICY`, because the admin ships inline scripts and styles of its own.
"""

import json
import logging
import re
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("stemhub.csp")

REPORT_MAX_BYTES = 16 * 1024
REPORTED_FIELDS = (
    "document-uri",
    "violated-directive",
    "effective-directive",
    "blocked-uri",
    "source-file",
    "line-number",
    "disposition",
)


def is_admin_path(path):
    return path.startswith(tuple(settings.STEMHUB_ADMIN_PATH_PREFIXES))


def is_embed_path(path):
    return re.match(settings.STEMHUB_EMBED_PATH_PATTERN, path) is not None


def media_origin():
    """The origin of MEDIA_URL when media are served from another host (object storage)."""
    parts = urlsplit(settings.MEDIA_URL)
    if parts.scheme in {"http", "https"} and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under the admin's paths."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        policy = (
            settings.ADMIN_CONTENT_SECURITY_POLICY
            if is_admin_path(request.path_info)
            else settings.CONTENT_SECURITY_POLICY
        )
        config = default_config(policy["DIRECTIVES"])
        if is_embed_path(request.path_info):
            # The embeddable card is made to be framed by other sites; nothing else is.
            config = {**config, "frame-ancestors": list(settings.STEMHUB_EMBED_FRAME_ANCESTORS)}
        origin = media_origin()
        if origin:
            config = {**config}
            for directive in ("img-src", "media-src"):
                config[directive] = [*config[directive], origin]
        return PolicyParts(config, parts.update, parts.replace, parts.nonce)


@csrf_exempt  # browsers post reports without a token, and nothing is changed by one
@require_POST
def csp_report(request):
    """Log a CSP violation report (legacy `report-uri` JSON) as one warning line."""
    body = request.body[:REPORT_MAX_BYTES] if request.body else b""
    try:
        report = json.loads(body.decode("utf-8")).get("csp-report", {})
    except (UnicodeDecodeError, ValueError, AttributeError):
        return HttpResponseBadRequest("not a CSP report")
    if not isinstance(report, dict):
        return HttpResponseBadRequest("not a CSP report")
    fields = {name: str(report.get(name, ""))[:300] for name in REPORTED_FIELDS}
    logger.warning("CSP violation: %s", json.dumps(fields, sort_keys=True))
    return HttpResponse(status=204)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in: the admin's own look, translated, 429."""
    return render(
        request,
        "stemhub/admin_lockout.html",
        {
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cooloff_hours": settings.AXES_COOLOFF_TIME,
        },
        status=429,
    )
