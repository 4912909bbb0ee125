"""The four collections: the browse page's FilterSet and queryset, and how one item looks."""

import logging
from dataclasses import dataclass
from typing import Any

from classroom.filters import ClassroomMaterialFilterSet
from classroom.models import ClassroomIndexPage, ClassroomMaterialPage
from initiatives.filters import InitiativeFilterSet
from initiatives.models import InitiativeIndexPage, InitiativePage
from partners.filters import PartnerFilterSet
from partners.models import PartnerIndexPage, PartnerPage
from videos.filters import VideoFilterSet
from videos.models import VideoIndexPage, VideoPage

from ..embeds import embed_path

logger = logging.getLogger(__name__)

POSTER = "fill-800x450|format-webp"  # prefetched by the video and classroom browse
LOGO = "max-320x160|format-webp"  # prefetched by the partner directory


def image(request, picture, spec, alt=""):
    if picture is None:
        return None
    try:
        rendition = picture.get_rendition(spec)
    except Exception:  # a missing or unreadable original: leave the picture out
        logger.warning("No rendition %s of image %s", spec, picture.pk, exc_info=True)
        return None
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or picture.title,
    }


def terms(items, key="slug"):
    """The published terms among `items` (a term with drafts that was never published, or was
    unpublished, is left out; the page editor offers published terms only)."""
    return [
        {"value": str(getattr(item, key)), "name": item.name}
        for item in items
        if getattr(item, "live", True)
    ]


def link(page, request):
    if page is None:
        return None
    return {"id": page.pk, "title": page.title, "url": page.get_full_url(request)}


def if_live(page):
    """The linked page, or None when there is none or it is not published."""
    return page if page is not None and page.live else None


def published(page):
    return page.first_published_at.isoformat() if page.first_published_at else None


@dataclass(frozen=True)
class Collection:
    name: str
    index_model: Any
    page_model: Any
    filterset_class: Any
    extra_prefetch: tuple
    serialiser: Any

    def queryset(self):
        """The browse page's own queryset (live, public, below it), or nothing without one."""
        index = self.index_model.objects.live().first()
        if index is None:
            return self.page_model.objects.none()
        return index.browse_queryset().prefetch_related(*self.extra_prefetch)

    def serialise(self, page, request):
        return self.serialiser(page, request)

    def get(self, page_id):
        """One item, if the collection lists it (live, public, below the browse page)."""
        return self.queryset().filter(pk=page_id).first()


def video(page, request):
    source = page.source
    return {
        **link(page, request),
        "intro": page.intro,
        "year": page.year,
        "series": page.series,
        "duration": page.duration,
        "poster": image(request, page.poster, POSTER),
        "company": link(if_live(page.company), request),
        "sectors": terms(page.sectors.all()),
        "source": (
            {"provider": source.provider, "id": source.video_id, "watch_url": source.watch_url}
            if source
            else None
        ),
        "embed_url": request.build_absolute_uri(embed_path(page)),
        "first_published_at": published(page),
    }


def lesson(page, request):
    video_page = if_live(page.video)
    return {
        **link(page, request),
        "intro": page.intro,
        "subject": page.subject,
        "min_age": page.min_age,
        "max_age": page.max_age,
        "duration": page.duration,
        "has_worksheet": bool(getattr(page, "has_worksheet", False)),
        "video": link(video_page, request),
        "poster": image(request, video_page.poster, POSTER) if video_page else None,
        "school_levels": terms(page.school_levels.all()),
        "stem_domains": terms(page.stem_domains.all()),
        "attainment_targets": [
            {"value": target.code, "description": target.description}
            for target in page.attainment_targets.all()
        ],
        "embed_url": request.build_absolute_uri(embed_path(page)),
    }


def initiative(page, request):
    return {
        **link(page, request),
        "summary": page.summary,
        "status": page.status,
        "year_started": page.year_started,
        "country": page.country,
        "website": page.website,
        "organisation": link(if_live(page.organisation), request),
        "regions": terms(page.regions.all()),
        "target_groups": terms(page.target_groups.all()),
        "education_levels": terms(page.education_levels.all()),
        "sectors": terms(page.sectors.all()),
        "image": image(request, page.image, POSTER),
    }


def partner(page, request):
    return {
        **link(page, request),
        "kind": page.kind,
        "short_description": page.short_description,
        "website": page.website,
        "sectors": terms(page.sectors.all()),
        "logo": image(request, page.logo, LOGO),
    }


VIDEOS = Collection("videos", VideoIndexPage, VideoPage, VideoFilterSet, (), video)
LESSONS = Collection(
    "classroom",
    ClassroomIndexPage,
    ClassroomMaterialPage,
    ClassroomMaterialFilterSet,
    ("school_levels", "attainment_targets"),
    lesson,
)
INITIATIVES = Collection(
    "initiatives",
    InitiativeIndexPage,
    InitiativePage,
    InitiativeFilterSet,
    ("target_groups", "education_levels", "sectors"),
    initiative,
)
PARTNERS = Collection("partners", PartnerIndexPage, PartnerPage, PartnerFilterSet, (), partner)
