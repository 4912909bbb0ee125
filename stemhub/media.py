"""Serve uploaded media from the local disk when no bucket is configured, in production too.

WhiteNoise serves only static files, so without this every poster would be a 404 once DEBUG is
off. Files stream from disk with their type, a validator and a cache lifetime, and byte ranges
for video players. Behind nginx, set STEMHUB_MEDIA_ACCEL_REDIRECT to an internal location and
nginx sends the bytes itself (X-Accel-Redirect) while this view still decides what is served.
Wagtail's documents are never served here: /documents/<id>/ checks their privacy first.
"""

import mimetypes
import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified
from django.utils._os import safe_join
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.http import require_safe

PRIVATE_PREFIXES = ("documents/",)
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def media_file(path):
    if any(path.startswith(prefix) for prefix in PRIVATE_PREFIXES) or "\x00" in path:
        raise Http404
    try:
        full_path = Path(safe_join(settings.MEDIA_ROOT, path))
    except SuspiciousFileOperation as error:  # a path out of MEDIA_ROOT
        raise Http404 from error
    if not full_path.is_file():
        raise Http404
    return full_path


def byte_range(header, size):
    """(start, end) inclusive for a single satisfiable range, None for none, False if bad."""
    match = RANGE.match(header.strip()) if header else None
    if not match or not any(match.groups()):
        return None
    start, end = match.groups()
    if start == "":
        length = int(end)
        if length == 0:
            return False
        return max(size - length, 0), size - 1
    start = int(start)
    end = min(int(end), size - 1) if end else size - 1
    if start >= size or start > end:
        return False
    return start, end


def _headers(response, stat, content_type):
    response["Content-Type"] = content_type
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = f"public, max-age={settings.STEMHUB_MEDIA_MAX_AGE}"
    return response


@require_safe
def serve(request, path):
    full_path = media_file(path)
    stat = full_path.stat()
    content_type = mimetypes.guess_type(full_path.name)[0] or "application/octet-stream"

    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    if since is not None and int(stat.st_mtime) <= since:
        return _headers(HttpResponseNotModified(), stat, content_type)

    accel = settings.STEMHUB_MEDIA_ACCEL_REDIRECT
    if accel:
        response = HttpResponse()
        response["X-Accel-Redirect"] = f"{accel.rstrip('/')}/{path}"
        return _headers(response, stat, content_type)

    wanted = byte_range(request.headers.get("Range"), stat.st_size)
    if wanted is False:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{stat.st_size}"
        return response
    handle = full_path.open("rb")
    if wanted is None:
        response = FileResponse(handle)
        response["Content-Length"] = str(stat.st_size)
        return _headers(response, stat, content_type)

    start, end = wanted
    handle.seek(start)
    response = FileResponse(_limited(handle, end - start + 1), status=206)
    response["Content-Length"] = str(end - start + 1)
    response["Content-Range"] = f"bytes {start}-{end}/{stat.st_size}"
    return _headers(response, stat, content_type)


def _limited(handle, length, chunk=64 * 1024):
    try:
        while length > 0:
            data = handle.read(min(chunk, length))
            if not data:
                return
            length -= len(data)
            yield data
    finally:
        handle.close()
