"""Everything <head> says about one page to search engines and sharing sites.

Built once per response from the template context by the `page_head` tag (base.html):
the meta description, the canonical address (browse pages bring their own, which drops
filters), OpenGraph and Twitter card tags with an absolute share image, and one JSON-LD graph
holding the page's own schema.org node and its BreadcrumbList.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language

from . import jsonld
from .images import ShareImage

SITE_NAME = "#STEMhelden"
OG_LOCALES = {"nl": "nl_BE", "en": "en_GB"}


@dataclass(frozen=True)
class SharedPage:
    """What every schema.org node of a page starts from (absolute addresses only)."""

    name: str
    description: str
    url: str
    image: ShareImage
    language: str  # BCP 47, e.g. nl-BE
    home_url: str


@dataclass(frozen=True)
class PageHead:
    description: str
    canonical_url: str  # "" when the page's template links its own canonical (browse pages)
    meta_properties: list  # (property, content) for <meta property=…>: OpenGraph
    meta_names: list  # (name, content) for <meta name=…>: Twitter cards
    structured_data: str  # the <script type="application/ld+json"> block
    oembed_url: str  # oEmbed discovery, for pages other sites may embed


def oembed_url(page, request, url):
    """The oEmbed endpoint's address for this page (opendata.api), or "" if not embeddable."""
    if not getattr(page, "embeddable", False):
        return ""
    try:
        endpoint = reverse("opendata_api:oembed")
    except NoReverseMatch:
        return ""
    return request.build_absolute_uri(endpoint) + "?" + urlencode({"url": url, "format": "json"})


def canonical_url(page, request):
    """The page's own address; for a route of a routable page, the route's address."""
    parts = page.get_url_parts(request)
    if parts is None:
        return request.build_absolute_uri(request.path)
    _site_id, root_url, page_path = parts
    suffix = request.path[len(page_path) :] if request.path.startswith(page_path) else ""
    return f"{root_url}{page_path}{suffix}"


def page_head(context):
    """The PageHead for the context's page, or None where there is no such page."""
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None or not hasattr(page, "meta_description"):
        return None
    own_canonical = context.get("canonical_url")
    url = own_canonical or canonical_url(page, request)
    trail = jsonld.breadcrumb_trail(page, request)
    code = (get_language() or "nl")[:2]
    shared = SharedPage(
        name=page.seo_title or page.title,
        description=page.meta_description(),
        url=url,
        image=page.share_image(request),
        language=jsonld.language_tag(code),
        home_url=trail[0][1] if trail else request.build_absolute_uri("/"),
    )
    graph = jsonld.graph(
        page.structured_data(request, context, shared), jsonld.breadcrumb_list(trail)
    )
    return PageHead(
        description=shared.description,
        canonical_url="" if own_canonical else url,
        meta_properties=opengraph(page, shared, code),
        meta_names=twitter_card(shared),
        structured_data=jsonld.script_block(graph),
        oembed_url=oembed_url(page, request, url),
    )


def opengraph(page, shared, code):
    image = shared.image
    tags = [
        ("og:type", page.og_type),
        ("og:site_name", SITE_NAME),
        ("og:title", shared.name),
        ("og:description", shared.description),
        ("og:url", shared.url),
        ("og:locale", OG_LOCALES.get(code, code)),
        *[("og:locale:alternate", locale) for other, locale in OG_LOCALES.items() if other != code],
        ("og:image", image.url),
        ("og:image:type", image.mime_type),
        ("og:image:width", str(image.width)),
        ("og:image:height", str(image.height)),
        ("og:image:alt", image.alt),
    ]
    return [(name, value) for name, value in tags if value]


def twitter_card(shared):
    tags = [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", shared.name),
        ("twitter:description", shared.description),
        ("twitter:image", shared.image.url),
        ("twitter:image:alt", shared.image.alt),
    ]
    return [(name, value) for name, value in tags if value]
