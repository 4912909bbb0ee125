"""What the cache stores for a page, and how a stored page becomes a response again.

Only the body, the status and harmless headers are kept: never a cookie. A page with a form keeps
its CSRF tokens as placeholders, and every visitor gets a fresh token of their own on the way out
(with the CSRF cookie that belongs to it), so a form posted from a cached page is accepted and no
visitor ever sees another's token.
"""

import gzip
import hashlib
import re
import time
from dataclasses import dataclass

import brotli
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import cc_delim_re
from django.utils.http import http_date

CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{32,64}(")')
CSRF_PLACEHOLDER = b"\x00stemhub-csrf-token\x00"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
ACCEPTS_BROTLI = re.compile(r"\bbr\b")

# Headers the middleware sets itself for each answer; every other header (content type, language,
# X-Frame-Options and whatever security headers inner middleware adds) is replayed on a hit.
# Cookies are never part of response.items(), so they are never stored.
OWN_HEADERS = {
    "cache-control",
    "content-encoding",
    "content-length",
    "etag",
    "expires",
    "last-modified",
    "vary",
    "x-cache",
}
COMPRESSIBLE = ("text/", "application/xml", "application/json", "image/svg+xml")
BROTLI_QUALITY = 9
BROTLI_DEFAULT_WINDOW = 22  # brotli's own default lgwin: a window of 4 MiB


def brotli_window(size):
    """The smallest brotli window (lgwin) that holds a body of `size` bytes, from 16 (64 KiB, the
    smallest that takes quality 9's cheap path) up to brotli's default. At quality 9 any window
    over 16 sets up a large hash table for every body: 5.3 ms of CPU for a 7-16 KB page instead
    of 0.24 ms, for output no smaller (a window larger than the body finds nothing more)."""
    return min(BROTLI_DEFAULT_WINDOW, max(16, (size + 15).bit_length()))


def brotli_compress(body):
    return brotli.compress(body, quality=BROTLI_QUALITY, lgwin=brotli_window(len(body)))


@dataclass
class CachedPage:
    status: int
    headers: list
    body: bytes
    gzipped: bytes | None
    etag: str | None
    last_modified: float
    has_csrf_token: bool
    # Brotli (about a fifth smaller than gzip for our HTML) for browsers that accept it over HTTPS.
    # A default, so entries stored before this field existed still load.
    brotli_compressed: bytes | None = None

    @classmethod
    def from_response(cls, response):
        body, tokens = CSRF_INPUT.subn(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
        headers = [(k, v) for k, v in response.items() if k.lower() not in OWN_HEADERS]
        compressible = response.get("Content-Type", "").startswith(COMPRESSIBLE)
        # A page with a token differs per visitor, so it is compressed per response instead.
        compress = compressible and not tokens and len(body) > 200
        return cls(
            status=response.status_code,
            headers=headers,
            body=body,
            gzipped=gzip.compress(body, compresslevel=6, mtime=0) if compress else None,
            etag=None if tokens else f'W/"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"',
            last_modified=time.time(),
            has_csrf_token=bool(tokens),
            brotli_compressed=brotli_compress(body) if compress else None,
        )

    def to_response(self, request):
        body = self.body
        if self.has_csrf_token:
            # A fresh masked token per form, all for the visitor's own secret (cookie).
            parts = body.split(CSRF_PLACEHOLDER)
            body = parts[0] + b"".join(get_token(request).encode() + part for part in parts[1:])
        response = HttpResponse(status=self.status)
        for name, value in self.headers:
            response[name] = value
        if self.gzipped is not None:
            add_vary(response, "Accept-Encoding")
            accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
            if self.brotli_compressed is not None and ACCEPTS_BROTLI.search(accepted):
                body = self.brotli_compressed
                response["Content-Encoding"] = "br"
            elif ACCEPTS_GZIP.search(accepted):
                body = self.gzipped
                response["Content-Encoding"] = "gzip"
        response.content = body
        response["Content-Length"] = str(len(body))
        if self.etag:
            response["ETag"] = self.etag
            response["Last-Modified"] = http_date(self.last_modified)
        return response


def add_vary(response, header):
    values = [v for v in cc_delim_re.split(response.get("Vary", "")) if v]
    if header.lower() not in {v.lower() for v in values}:
        values.append(header)
    response["Vary"] = ", ".join(values)


def remove_vary(response, header):
    values = [v for v in cc_delim_re.split(response.get("Vary", "")) if v]
    values = [v for v in values if v.lower() != header.lower()]
    if values:
        response["Vary"] = ", ".join(values)
    elif response.has_header("Vary"):
        del response["Vary"]
