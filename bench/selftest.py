#!/usr/bin/env python
"""Time the self-test page and its result with many videos, and weigh what a phone downloads.

    python bench/selftest.py              # 500 videos, /tmp/stemhub-bench-selftest.sqlite3
    python bench/selftest.py --videos 2000 --repeat 50
    DATABASE_URL=postgres://… python bench/selftest.py

Uses DJANGO_SETTINGS_MODULE if set (default stemhub.settings.dev, with DEBUG off). The database
is reused between runs; videos are only added until there are N. Prints median and p95 per page
with the number of queries, then the bytes of HTML, CSS, JS and drawings (raw and gzipped).
"""

import argparse
import gzip
import re

from common import ROOT, print_table, setup_django

DEFAULT_DB = "/tmp/stemhub-bench-selftest.sqlite3"  # noqa: S108 - a throwaway benchmark database
TEST_URL = "/nl/welke-stemheld-ben-jij/"
HEALTH = "q1=1&q2=1&q3=2&q4=1&q5=2&q6=1&q7=1&q8=1"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=int, default=500, help="videos (default 500)")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLite file unless DATABASE_URL is set")
    return parser.parse_args()


def ensure_content(n):
    from django.db import transaction
    from django.utils import translation

    from selftest import demo as selftest_demo
    from stemhub import demo
    from taxonomy.models import Sector
    from videos.factories import (
        ensure_education_routes,
        ensure_profile_types,
        make_signpost,
        make_video,
    )
    from videos.models import VideoPage

    translation.activate("nl")
    with transaction.atomic():
        context = demo.load()
        for slug in ("onderwijskiezer", "clb", "stem-academies"):
            make_signpost(slug, slug.title(), "https://example.org/")
        profiles, routes = ensure_profile_types(), ensure_education_routes()
        sectors = list(Sector.objects.all())
        index = context.sections["videos"]
        for i in range(VideoPage.objects.count(), n):
            hero = {"job_title": ("Ingenieur", "Engineer"), "education_route": routes["master"]}
            make_video(
                index,
                f"Benchvideo {i}",
                slug=f"benchvideo-{i}",
                year=2020 + i % 5,
                sectors=[sectors[i % len(sectors)], sectors[(i + 4) % len(sectors)]],
                heroes=[
                    {**hero, "name": ("Theo", "Theo"), "profile_type": profiles["theoretisch"]},
                    {**hero, "name": ("Praxis", "Praxis"), "profile_type": profiles["praktisch"]},
                ],
            )
        selftest_demo.load(context)


def weigh(client):
    html = client.get(TEST_URL).content
    result = client.get(f"{TEST_URL}?{HEALTH}").content
    static = ROOT / "static"
    css = (static / "css/main.css").read_bytes() + (static / "css/selftest.css").read_bytes()
    css_videos = (static / "css/videos.css").read_bytes()
    js = (static / "js/selftest.js").read_bytes()
    icons = sorted({m for m in re.findall(rb"/static/(img/selftest/[\w-]+\.svg)", html)})
    drawings = b"".join((static / icon.decode()).read_bytes() for icon in icons)
    print(f"\n{'download':<34}{'bytes':>9}{'gzipped':>9}")
    for name, body in [
        ("test page HTML", html),
        ("result page HTML", result),
        ("CSS (main + selftest)", css),
        ("CSS videos (cards, heroes)", css_videos),
        ("selftest.js", js),
        (f"{len(icons)} drawings", drawings),
    ]:
        print(f"{name:<34}{len(body):>9}{len(gzip.compress(body)):>9}")


def main():
    args = parse_args()
    setup_django(args.db)
    from django.test import Client

    ensure_content(args.videos)
    client = Client()
    print(f"self-test with {args.videos} videos, {args.repeat} requests per page")
    print_table(
        client,
        [
            ("test page", TEST_URL),
            ("result (health path)", f"{TEST_URL}?{HEALTH}"),
            ("tampered link", f"{TEST_URL}?q1=1&q2=9&q3=2"),
            ("test page (English)", "/en/which-stem-hero-are-you/"),
        ],
        args.repeat,
    )
    weigh(client)


if __name__ == "__main__":
    main()
