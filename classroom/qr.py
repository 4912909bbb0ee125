"""A QR code for the printed lesson sheet, so pupils reach the video without typing its address.

Drawn on the server as inline SVG: no image service, nothing requested from another host.
"""

import io
from functools import lru_cache

import segno
from django.utils.html import escape
from django.utils.safestring import mark_safe


@lru_cache(maxsize=512)
def qr_svg(url, title=""):
    """Inline SVG (safe HTML) of a QR code for `url`; empty for an empty URL.

    Kept per process: the SVG depends on nothing but its two arguments, and encoding it cost
    about a tenth of a lesson page's render (bench/renders.py).
    """
    if not url:
        return ""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(
        buffer,
        kind="svg",
        scale=3,
        border=2,
        xmldecl=False,
        svgns=True,
        title=escape(title) if title else None,
        svgclass="qr-code",
        lineclass=None,
        nl=False,
    )
    return mark_safe(buffer.getvalue().decode())  # noqa: S308 - segno's own markup, title escaped
