"""schema.org JSON-LD: small builders every page type shares, and the escaped <script> block.

The block is a data block (`type="application/ld+json"`): browsers never execute it, so the
strict Content-Security-Policy (script-src 'self') does not apply to it and needs no hash.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

SCHEMA_CONTEXT = "https://schema.org"
PUBLISHER_NAME = "#STEMhelden"
# As django.utils.html.json_script: nothing in the data can close the <script> element or
# start a comment or CDATA section; the line and paragraph separators are escaped for old parsers.
SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
LANGUAGE_TAGS = {"nl": "nl-BE", "en": "en"}


def language_tag(code=None):
    """The BCP 47 tag of a site language: Flemish Dutch is nl-BE."""
    code = (code or get_language() or settings.LANGUAGE_CODE)[:2]
    return LANGUAGE_TAGS.get(code, code)


def iso_duration(seconds=None, *, minutes=None):
    """An ISO 8601 duration (PT3M5S) from seconds or minutes; "" for nothing."""
    total = int(seconds if seconds is not None else (minutes or 0) * 60)
    if total <= 0:
        return ""
    hours, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    parts = [f"{value}{unit}" for value, unit in ((hours, "H"), (mins, "M"), (secs, "S")) if value]
    return "PT" + "".join(parts)


def publisher(shared):
    """The campaign as the publisher of everything on the site (`shared`: a SharedPage)."""
    return {"@type": "Organization", "name": PUBLISHER_NAME, "url": shared.home_url}


def breadcrumb_list(trail):
    """A BreadcrumbList from (name, absolute url) pairs, home first, the page itself last."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": {"@type": "WebPage", "@id": url, "url": url, "name": name},
            }
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def breadcrumb_trail(page, request):
    """(name, absolute url) from the home page down to `page` (the tree's root is left out)."""
    trail = []
    for ancestor in [*page.breadcrumb_ancestors(), page]:
        name = _("Home") if ancestor.depth == 2 else ancestor.title
        trail.append((name, ancestor.get_full_url(request)))
    return trail


def without_empty(data):
    """The dict without keys whose value is empty ("" / None / [] / {}); 0 and False stay."""
    return {key: value for key, value in data.items() if value not in ("", None, [], {})}


def graph(*nodes):
    return {"@context": SCHEMA_CONTEXT, "@graph": [node for node in nodes if node]}


def script_block(data):
    """The data as a <script type="application/ld+json"> element, safe inside HTML."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(  # noqa: S308 - every character that could end the element is escaped
        f'<script type="application/ld+json">{text.translate(SCRIPT_ESCAPES)}</script>'
    )
