"""From a scored outcome to what the result shows: sectors, heroes and their videos, next steps.

A fixed number of queries whatever the number of videos: sectors, sentences, profile types,
routes, the matching videos with their heroes and posters, and the signposts.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Prefetch

from taxonomy.models import Sector
from videos.models import EducationRoute, ProfileType, VideoHero, VideoIndexPage
from videos.models.pages import (
    CARD_RENDITIONS,
    HERO_PHOTO_RENDITIONS,
    LOGO_RENDITIONS,
    VIDEO_CARD_ORDER,
    images_with_renditions,
    live_public_videos,
)


@dataclass
class SectorMatch:
    sector: Sector
    sentence: str
    video: object = None
    heroes: list = field(default_factory=list)
    browse_url: str = ""


@dataclass
class SelfTestResult:
    sectors: list
    profile: ProfileType | None
    routes: list
    signposts: list
    share_query: str


def share_query(questions, choices):
    """The answers, and nothing else, in a stable order: q1=2&q2=1 …"""
    return urlencode([(q.field_name, choices[q.number]) for q in questions])


# The newest videos per sector that the choice looks at: enough to find a pair of heroes that
# fits, and a bounded page whatever the number of videos.
CANDIDATES_PER_SECTOR = 12


def _matching_videos(sector_ids):
    candidate_ids = set()
    for sector_id in sector_ids:  # two or three small queries of ids
        candidate_ids.update(
            live_public_videos()
            .filter(sectors=sector_id)
            .order_by(*VIDEO_CARD_ORDER)
            .values_list("pk", flat=True)[:CANDIDATES_PER_SECTOR]
        )
    heroes = VideoHero.objects.select_related("profile_type", "education_route").prefetch_related(
        Prefetch("photo", queryset=images_with_renditions(*HERO_PHOTO_RENDITIONS))
    )
    return list(
        live_public_videos()
        .filter(pk__in=candidate_ids)
        .select_related("company")
        .prefetch_related(
            "sectors",
            Prefetch("heroes", queryset=heroes),
            Prefetch("poster", queryset=images_with_renditions(*CARD_RENDITIONS)),
        )
        .order_by(*VIDEO_CARD_ORDER)
    )


def _pick_video(candidates, sector_id, wanted_sector_ids, used):
    """The video for one sector: not shown yet, covering most of the child's sectors, with a
    theoretically and a practically trained hero, newest first (the order of `candidates`)."""

    def fit(video):
        ids = {sector.pk for sector in video.sectors.all()}
        profiles = {hero.profile_type_id for hero in video.heroes.all() if hero.profile_type_id}
        return (len(ids & wanted_sector_ids), len(profiles))

    matching = [
        video
        for video in candidates
        if video.pk not in used and any(s.pk == sector_id for s in video.sectors.all())
    ]
    return max(matching, key=fit, default=None)


def _side_by_side(heroes):
    """Theoretically trained first, then practically trained (the profile types' order)."""
    return sorted(
        heroes,
        key=lambda hero: (
            hero.profile_type is None,
            hero.profile_type.sort_order if hero.profile_type else 0,
            hero.sort_order or 0,
        ),
    )


def build_result(page, outcome, questions, choices, request):
    sector_ids = [key for key, _points in outcome.sectors]
    sectors = Sector.objects.in_bulk(sector_ids)
    sentences = dict(
        page.sector_texts.filter(sector_id__in=sector_ids).values_list("sector_id", "sentence")
    )
    candidates = _matching_videos(sector_ids)
    browse = VideoIndexPage.objects.live().first()
    browse_url = browse.get_url(request) if browse else ""

    matches, used = [], set()
    for sector_id in sector_ids:
        sector = sectors.get(sector_id)
        if sector is None:  # deleted since the editor chose it
            continue
        video = _pick_video(candidates, sector_id, set(sector_ids), used)
        if video is not None:
            used.add(video.pk)
        matches.append(
            SectorMatch(
                sector=sector,
                sentence=sentences.get(sector_id) or sector.description,
                video=video,
                heroes=_side_by_side(video.heroes.all()) if video else [],
                browse_url=f"{browse_url}?{urlencode({'sector': sector.slug})}"
                if browse_url
                else "",
            )
        )

    profile = ProfileType.objects.filter(pk=outcome.profile).first() if outcome.profile else None
    for match in matches:
        for hero in match.heroes:
            hero.fits_child = profile is not None and hero.profile_type_id == profile.pk
    routes = EducationRoute.objects.in_bulk(outcome.routes)
    signposts = list(
        page.parent_signposts.prefetch_related(
            Prefetch("logo", queryset=images_with_renditions(*LOGO_RENDITIONS))
        )
    )
    return SelfTestResult(
        sectors=matches,
        profile=profile,
        routes=[routes[key] for key in outcome.routes if key in routes],
        signposts=signposts,
        share_query=share_query(questions, choices),
    )
