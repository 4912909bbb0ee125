#!/usr/bin/env python
"""Time the teachers' browse and a lesson page with many lessons.

    python bench/classroom.py              # 300 lessons, /tmp/stemhub-bench-classroom.sqlite3
    python bench/classroom.py --materials 1000 --repeat 50
    DATABASE_URL=postgres://… python bench/classroom.py   # any database the settings accept

Uses DJANGO_SETTINGS_MODULE if set (default stemhub.settings.dev, with DEBUG off so the timings
are not skewed by query logging). The database is reused between runs; lessons are only added
until there are N. Prints the median and p95 per page and the number of queries.
"""

import argparse
import time

from common import print_table, setup_django

DEFAULT_DB = "/tmp/stemhub-bench-classroom.sqlite3"  # noqa: S108 - a throwaway benchmark database
VIDEOS = 20


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--materials", type=int, default=300, help="lessons (default 300)")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLite file unless DATABASE_URL is set")
    return parser.parse_args()


def ensure_materials(n):
    """The demo skeleton, some videos and lessons until there are n; returns the URLs to time."""
    import random

    from django.db import transaction
    from django.utils import translation

    from classroom.demo import load_index
    from classroom.factories import (
        ensure_vocabulary,
        make_document,
        make_worksheet_pdf,
    )
    from classroom.models import ClassroomMaterialPage, Worksheet
    from stemhub import demo
    from stemhub.demo import add_child_page, translated
    from taxonomy.models import Sector
    from videos.models import VideoPage

    translation.activate("nl")
    rng = random.Random(4)  # the same catalogue on every machine
    with transaction.atomic():
        context = demo.load()
        levels, domains, targets = ensure_vocabulary()
        index = load_index(context)
        sectors = list(Sector.objects.all())
        videos_index = context.sections["videos"]
        videos = list(VideoPage.objects.child_of(videos_index))
        for i in range(len(videos), VIDEOS):
            video, _ = add_child_page(
                videos_index,
                VideoPage,
                translated(f"bench-video-{i}", f"bench-video-{i}-en"),
                translated(f"Video {i}", f"Video {i} (EN)"),
                video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                sectors=rng.sample(sectors, 2),
            )
            videos.append(video)

        existing = ClassroomMaterialPage.objects.child_of(index).count()
        if existing < n:
            sheet = make_document("Werkblad", make_worksheet_pdf("Werkblad"), "werkblad.pdf")
        for i in range(existing, n):
            # No revisions: the bench times reading, and add_child with live=True is enough.
            low = rng.randint(10, 13)
            page = ClassroomMaterialPage(
                title=f"Les {i}",
                title_nl=f"Les {i}",
                title_en=f"Lesson {i}",
                slug=f"les-{i}",
                slug_nl=f"les-{i}",
                slug_en=f"lesson-{i}",
                video=rng.choice(videos),
                intro_nl="Een lesidee bij de video.",
                intro_en="A lesson idea for the video.",
                duration=rng.choice([10, 15, 25, 40, 50, 60, 100]),
                min_age=low,
                max_age=rng.randint(low, 14),
            )
            index.add_child(instance=page)
            page.school_levels.set(rng.sample(list(levels.values()), 2))
            page.stem_domains.set(rng.sample(list(domains.values()), 2))
            page.attainment_targets.set(rng.sample(list(targets.values()), 3))
            page.save()
            if i % 3 == 0:
                Worksheet.objects.create(page=page, document=sheet, language="")
    sample = ClassroomMaterialPage.objects.child_of(index).order_by("pk")[n // 2]
    browse = index.url
    return [
        ("browse, unfiltered", browse),
        ("browse, page 5", f"{browse}?page=5"),
        (
            "browse, filtered",
            f"{browse}?age=12&domain=wetenschap&domain=wiskunde&target=LO-WT-1.1"
            "&duration=medium&worksheet=1",
        ),
        (
            "browse, every filter",
            f"{browse}?age=12&level=lager-6&domain=wetenschap"
            "&target=LO-WT-1.1&duration=medium&duration=long&sector=energie&worksheet=1&q=les",
        ),
        ("browse (en)", "/en/classroom/?age=11&sort=title"),
        ("lesson page", sample.url),
    ]


def main():
    args = parse_args()
    setup_django(args.db)
    from django.test import Client

    started = time.perf_counter()
    scenarios = ensure_materials(args.materials)
    print(f"{args.materials} lessons ready in {time.perf_counter() - started:.1f} s")
    print_table(Client(HTTP_HOST="localhost"), scenarios, args.repeat)


if __name__ == "__main__":
    main()
