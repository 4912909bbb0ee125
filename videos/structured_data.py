"""A video page as schema.org's VideoObject (JSON-LD in the page's <head>, stemhub.seo)."""

from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from stemhub.seo.jsonld import iso_duration, publisher, without_empty
from stemhub.seo.text import plain_text

SPOKEN_LANGUAGE = "nl-BE"  # every #STEMhelden video is made in Flemish Dutch


def embed_url(page, request):
    """Our own embeddable card (click-to-play), the privacy-friendly embed address."""
    try:
        return request.build_absolute_uri(reverse("embed_card", kwargs={"page_id": page.pk}))
    except NoReverseMatch:  # the open-data routes are not installed
        return ""


def video_object(page, request, shared):
    uploaded = page.first_published_at or page.latest_revision_created_at or timezone.now()
    return without_empty(
        {
            "@type": "VideoObject",
            "@id": f"{shared.url}#video",
            "name": shared.name,
            "description": shared.description or shared.name,
            "thumbnailUrl": [shared.image.url],
            "uploadDate": uploaded.isoformat(),
            "duration": iso_duration(page.duration),
            "transcript": plain_text(page.transcript),
            "inLanguage": SPOKEN_LANGUAGE,
            "url": shared.url,
            "mainEntityOfPage": shared.url,
            "embedUrl": embed_url(page, request),
            "contentUrl": request.build_absolute_uri(page.video_file.url)
            if page.video_file
            else "",
            "isFamilyFriendly": True,
            "publisher": publisher(shared),
        }
    )
