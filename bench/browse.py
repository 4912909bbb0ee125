#!/usr/bin/env python
"""Time the parents' browse and a video page with many videos.

    python bench/browse.py                 # 1,000 videos in /tmp/stemhub-bench.sqlite3
    python bench/browse.py --videos 200 --repeat 50
    DATABASE_URL=postgres://… python bench/browse.py   # any database the settings accept

Uses DJANGO_SETTINGS_MODULE if set (default stemhub.settings.dev, with DEBUG off so the timings
are not skewed by query logging). The database is reused between runs; videos are only added
until there are N. To time another page, add a Scenario to SCENARIOS.
"""

import argparse
import time
from dataclasses import dataclass

from common import setup_django, time_page

DEFAULT_DB = "/tmp/stemhub-bench.sqlite3"  # noqa: S108 - a throwaway benchmark database


@dataclass
class Scenario:
    name: str
    url: object  # a function (setup) -> URL

    def resolve(self, setup):
        return self.url(setup)


SCENARIOS = [
    Scenario("browse, unfiltered", lambda s: f"{s.browse_url}"),
    Scenario("browse, page 5", lambda s: f"{s.browse_url}?page=5"),
    Scenario(
        "browse, filtered",
        lambda s: f"{s.browse_url}?sector=energie&sector=bouw&profile=praktisch&year=2021",
    ),
    Scenario("browse, searched", lambda s: f"{s.browse_url}?q=video+7&sort=title"),
    Scenario("video page", lambda s: s.video_url),
    Scenario("video page (en)", lambda s: s.video_url_en),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=int, default=1000, help="number of videos (default 1000)")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLite file unless DATABASE_URL is set")
    return parser.parse_args()


def ensure_videos(n):
    """The demo skeleton plus videos until there are n; returns what the scenarios need."""
    from bulk_videos import add_videos
    from django.utils import translation

    from partners.models import PartnerPage
    from stemhub import demo
    from taxonomy.models import Sector
    from videos.factories import (
        ensure_education_routes,
        ensure_profile_types,
        make_image,
        make_signpost,
    )
    from videos.models import Reporter, VideoPage, VideoSignpost

    context = demo.load()
    index = context.sections["videos"]
    profiles, routes = ensure_profile_types(), ensure_education_routes()
    sectors = list(Sector.objects.all())
    companies = list(PartnerPage.objects.all())
    signpost = make_signpost(
        "onderwijskiezer", "Onderwijskiezer", "https://www.onderwijskiezer.be/"
    )
    existing = VideoPage.objects.child_of(index).count()
    if existing < n:
        print(f"Creating {n - existing} videos (once; the database is reused) …", flush=True)
        started = time.perf_counter()
        posters = [make_image(f"bench poster {i}", size=(640, 360)) for i in range(24)]
        reporters = list(Reporter.objects.all())
        numbers = range(existing, n)
        add_videos(
            index,
            [bench_video(i, sectors, companies, posters, reporters) for i in numbers],
            [bench_heroes(profiles, routes) for _i in numbers],
            [[VideoSignpost(signpost=signpost)] for _i in numbers],
            [two_sectors(i, sectors) for i in numbers],
        )
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)

    video = VideoPage.objects.child_of(index).live().order_by("path").first()
    with translation.override("en"):
        video_url_en = video.get_url()
    return Setup(index.get_url(), video.get_url(), video_url_en)


def bench_video(i, sectors, companies, posters, reporters):
    """Video number i, unsaved: both languages, a year, a company, a poster, every other one
    with a child reporter (as in the demo)."""
    from videos.models import VideoPage

    return VideoPage(
        title=f"Video {i}",
        title_nl=f"Video {i}",
        title_en=f"Video {i} (en)",
        slug=f"bench-video-{i}",
        slug_nl=f"bench-video-{i}",
        slug_en=f"bench-video-{i}-en",
        intro=f"Inleiding van video {i}.",
        intro_nl=f"Inleiding van video {i}.",
        intro_en=f"Introduction of video {i}.",
        transcript=f"Transcript {i} " * 40,
        transcript_nl=f"Transcript {i} " * 40,
        transcript_en=f"Transcript {i} " * 40,
        year=2020 + i % 6,
        series=1,
        company=companies[i % len(companies)],
        poster=posters[i % len(posters)],
        reporter=reporters[i % len(reporters)] if reporters and i % 2 else None,
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        duration=180,
    )


def two_sectors(i, sectors):
    """Video i's sectors (one when both picks are the same)."""
    return list(dict.fromkeys([sectors[i % len(sectors)], sectors[(i * 7 + 3) % len(sectors)]]))


def bench_heroes(profiles, routes):
    """The two heroes of every bench video: one theoretical, one practical."""
    from videos.models import VideoHero

    def hero(nl, en, profile, route):
        return VideoHero(
            name=nl,
            name_nl=nl,
            name_en=en,
            job_title=nl,
            job_title_nl=nl,
            job_title_en=en,
            profile_type=profiles[profile],
            education_route=routes[route],
        )

    return [
        hero("Ingenieur", "Engineer", "theoretisch", "master"),
        hero("Technicus", "Technician", "praktisch", "duaal-leren"),
    ]


@dataclass
class Setup:
    browse_url: str
    video_url: str
    video_url_en: str


def main():
    args = parse_args()
    setup_django(args.db)
    from django.test import Client

    setup = ensure_videos(args.videos)
    client = Client()
    print(f"\n{args.videos} videos, {args.repeat} requests per page\n")
    print(f"{'page':<22} {'median ms':>10} {'p95 ms':>10} {'queries':>8}  url")
    for scenario in SCENARIOS:
        url = scenario.resolve(setup)
        median, p95, queries = time_page(client, url, args.repeat)
        print(f"{scenario.name:<22} {median:>10.1f} {p95:>10.1f} {queries:>8}  {url}")


if __name__ == "__main__":
    main()
