"""oEmbed (https://oembed.com/) for video and lesson pages: a frame with our click-to-play card.

Consumers find the endpoint through the <link rel="alternate" type="application/json+oembed">
on those pages. Only JSON is offered; `format=xml` gets 501, as the specification says.
"""

from urllib.parse import urlsplit

from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import Field
from wagtail.models import Page, Site

from ..embeds import EMBEDDABLE, card_size, embed_path
from .errors import ApiError

CACHE_AGE = 3600
PROVIDER_NAME = "#STEMhelden"
THUMBNAIL = "fill-640x360|format-jpeg"


class OEmbedParams(Schema):
    url: str = Field(max_length=2000, description="Address of a video or lesson page.")
    maxwidth: int | None = Field(None, ge=1, le=10_000)
    maxheight: int | None = Field(None, ge=1, le=10_000)
    format: str = Field("json", max_length=10, description="Only json is supported.")


class OEmbed(Schema):
    version: str
    type: str
    title: str
    provider_name: str
    provider_url: str
    author_name: str | None = None
    author_url: str | None = None
    cache_age: int
    thumbnail_url: str | None = None
    thumbnail_width: int | None = None
    thumbnail_height: int | None = None
    html: str
    width: int
    height: int


def our_hosts(request):
    hosts = {request.get_host().split(":")[0].lower()}
    hosts.update(hostname.lower() for hostname in Site.objects.values_list("hostname", flat=True))
    return hosts


def page_for_url(url, request):
    """(page, language) for one of our video or lesson addresses; ApiError 404 otherwise."""
    not_found = ApiError(404, "not_found", "No video or lesson page has this address.")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise not_found from None
    if parts.scheme not in ("http", "https") or (parts.hostname or "") not in our_hosts(request):
        raise not_found
    segments = [segment for segment in parts.path.split("/") if segment]
    languages = dict(translation.trans_real.get_languages())
    if not segments or segments[0] not in languages:
        raise not_found
    language, rest = segments[0], segments[1:]
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None or not rest:
        raise not_found
    url_path = site.root_page.url_path + "/".join(rest) + "/"
    page = (
        Page.objects.live().public().filter(**{f"url_path_{language}": url_path}).specific().first()
    )
    if not isinstance(page, EMBEDDABLE):
        raise not_found
    return page, language


def oembed_response(request, params):
    if params.format != "json":
        raise ApiError(501, "format_not_implemented", "Only format=json is offered.")
    page, language = page_for_url(params.url, request)
    with translation.override(language):
        size = card_size(params.maxwidth, params.maxheight)
        frame_url = request.build_absolute_uri(embed_path(page))
        title = page.title
        home = page.get_site().root_page
        video = page if hasattr(page, "heroes") else page.live_video()
        company = getattr(video, "company", None) if video else None
        html = format_html(
            '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
            'allow="autoplay; fullscreen; picture-in-picture; encrypted-media" allowfullscreen '
            'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
            frame_url,
            size.width,
            size.height,
            _("%(title)s on #STEMhelden") % {"title": title},
        )
        answer = {
            "version": "1.0",
            "type": "video" if video is page else "rich",
            "title": title,
            "provider_name": PROVIDER_NAME,
            "provider_url": home.get_full_url(request),
            "cache_age": CACHE_AGE,
            "html": str(html),
            "width": size.width,
            "height": size.height,
        }
        if company is not None and company.live:
            answer.update(author_name=company.title, author_url=company.get_full_url(request))
        poster = video.poster if video else None
        if poster is not None:
            try:
                rendition = poster.get_rendition(THUMBNAIL)
            except Exception:  # noqa: BLE001 - no thumbnail rather than no embed
                rendition = None
            fits = rendition is not None and (
                (not params.maxwidth or rendition.width <= params.maxwidth)
                and (not params.maxheight or rendition.height <= params.maxheight)
            )
            if fits:
                answer.update(
                    thumbnail_url=request.build_absolute_uri(rendition.url),
                    thumbnail_width=rendition.width,
                    thumbnail_height=rendition.height,
                )
    return answer
