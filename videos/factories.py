"""Small builders for videos and their vocabulary, shared by tests, the bench and the demo.

Plain functions instead of factory_boy: a video needs a parent page, and `add_child` decides
its place in the tree.
"""

import io
import textwrap
from functools import lru_cache

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from stemhub.demo import add_child_page, ensure_terms, read, translated

from .models import EducationRoute, ProfileType, Signpost, VideoHero, VideoPage, VideoSignpost

FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]


@lru_cache(maxsize=8)
def _font(size):
    for path in FONT_PATHS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def make_image(title, *, lines=(), colour=(45, 42, 140), size=(1280, 720), label="#STEMhelden"):
    """A generated picture (poster or logo) saved as a Wagtail image; no network, no stock."""
    width, height = size
    picture = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    # A lighter diagonal band gives the poster some depth without any external asset.
    light = tuple(min(255, c + 40) for c in colour)
    draw.polygon([(width * 0.55, 0), (width, 0), (width, height), (width * 0.35, height)], light)
    # Text stays in the top third: the play button sits in the middle, the card icon bottom left.
    margin = max(8, width // 20)
    big = _font(max(10, height // 10))
    small = _font(max(8, height // 20))
    draw.text((margin, margin), label, font=small, fill=(255, 204, 61))
    y = margin + height // 8
    for line in lines or textwrap.wrap(title, 26)[:2]:
        draw.text((margin, y), line, font=big, fill=(255, 255, 255))
        y += height // 10
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    # A flushed database (transactional tests) has no root collection; images need one.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    image_model = get_image_model()
    image = image_model(title=title, collection=collection)
    image.file = ImageFile(buffer, name=f"{title[:40]}.jpg")
    image.save()
    return image


def ensure_profile_types():
    """The profile types of demo/profile_types.yaml, created once; {slug: ProfileType}."""
    return ensure_terms(ProfileType, read("profile_types.yaml")["profile_types"])[0]


def ensure_education_routes():
    """The education routes of demo/education_routes.yaml, created once; {slug: route}."""
    records = read("education_routes.yaml")["education_routes"]
    return ensure_terms(
        EducationRoute,
        records,
        translated=("name", "description", "explanation"),
        plain=("level", "onderwijskiezer_url", "vdab_url"),
    )[0]


def make_signpost(slug, name="", url="https://example.org/", **extra):
    signpost, _ = Signpost.objects.get_or_create(
        slug=slug,
        defaults={
            "name": name or slug,
            "name_nl": name or slug,
            "url": url,
            "url_nl": url,
            **extra,
        },
    )
    return signpost


def make_video(
    parent,
    title,
    *,
    slug=None,
    title_en=None,
    slug_en=None,
    intro=("", ""),
    transcript=("", ""),
    year=2020,
    series=1,
    sectors=(),
    company=None,
    heroes=(),
    signposts=(),
    poster=None,
    video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    duration=180,
    is_placeholder=False,
    **extra,
):
    """A published video with heroes and signposts; returns (page, created).

    `heroes` are dicts with translated (nl, en) tuples for name, job_title, studies and quote,
    plus `profile_type` and `education_route` objects; `signposts` are Signpost objects,
    (signpost, why_nl, why_en) or (signpost, why_nl, why_en, deep_link) tuples.
    """
    slug = slug or slugify(title)
    hero_objects = []
    for order, hero in enumerate(heroes):
        values = {"sort_order": order}
        for field in ("name", "job_title", "studies", "quote", "career_path"):
            nl, en = hero.get(field, ("", ""))
            values.update({field: nl, f"{field}_nl": nl, f"{field}_en": en})
        values.update(
            profile_type=hero.get("profile_type"),
            education_route=hero.get("education_route"),
            gender=hero.get("gender", ""),
        )
        hero_objects.append(VideoHero(**values))
    signpost_objects = []
    for order, item in enumerate(signposts):
        signpost, why_nl, why_en, deep_link = (
            (*item, "")[:4] if isinstance(item, tuple) else (item, "", "", "")
        )
        signpost_objects.append(
            VideoSignpost(
                signpost=signpost,
                sort_order=order,
                why=why_nl,
                why_nl=why_nl,
                why_en=why_en,
                deep_link=deep_link,
            )
        )
    # Inlines go in with the page, so the published revision (what editors open) has them too.
    return add_child_page(
        parent,
        VideoPage,
        translated(slug, slug_en or slug),
        translated(title, title_en or title),
        intro=translated(*intro),
        transcript=translated(*transcript),
        year=year,
        series=series,
        company=company,
        sectors=list(sectors),
        poster=poster,
        video_url=video_url,
        duration=duration,
        is_placeholder=is_placeholder,
        heroes=hero_objects,
        signposts=signpost_objects,
        **extra,
    )
