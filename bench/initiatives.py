#!/usr/bin/env python
"""Time the initiative browse, its CSV download and an initiative page with many initiatives.

    python bench/initiatives.py   # 500 initiatives in /tmp/stemhub-bench-initiatives.sqlite3
    python bench/initiatives.py --initiatives 2000 --repeat 50
    DATABASE_URL=postgres://… python bench/initiatives.py

The database is reused between runs; initiatives are only added until there are N. Prints the
median and p95 per page and the number of queries.
"""

import argparse
import time

from common import print_table, setup_django

DEFAULT_DB = "/tmp/stemhub-bench-initiatives.sqlite3"  # noqa: S108 - a throwaway database


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--initiatives", type=int, default=500, help="initiatives (default 500)")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLite file unless DATABASE_URL is set")
    return parser.parse_args()


def ensure_initiatives(n):
    """The site skeleton and vocabulary, then initiatives until there are n; the URLs to time."""
    import random

    from django.db import transaction
    from django.utils import translation

    from initiatives.factories import create_initiative
    from initiatives.models import (
        EducationLevel,
        InitiativePage,
        InitiativeStatus,
        Region,
        TargetGroup,
    )
    from initiatives.setup import ensure_vocabulary
    from stemhub import demo
    from taxonomy.models import Sector

    translation.activate("nl")
    rng = random.Random(5)  # the same catalogue on every machine
    with transaction.atomic():
        context = demo.load()
        ensure_vocabulary()
        index = context.sections["initiatives"]
        regions = list(Region.objects.values_list("slug", flat=True))
        groups = list(TargetGroup.objects.values_list("slug", flat=True))
        levels = list(EducationLevel.objects.values_list("slug", flat=True))
        sectors = list(Sector.objects.values_list("slug", flat=True))
        statuses = [choice for choice, _label in InitiativeStatus.choices]
        for i in range(InitiativePage.objects.child_of(index).count(), n):
            create_initiative(
                index,
                f"bench-initiatief-{i}",
                title=f"Initiatief {i}",
                title_en=f"Initiative {i}",
                slug_en=f"bench-initiative-{i}",
                regions=rng.sample(regions, 1),
                target_groups=rng.sample(groups, 2),
                education_levels=rng.sample(levels, 1),
                sectors=rng.sample(sectors, 2),
                status=rng.choice(statuses),
            )
    browse = index.url
    sample = InitiativePage.objects.child_of(index).order_by("pk")[n // 2]
    return [
        ("browse, unfiltered", browse),
        ("browse, page 5", f"{browse}?page=5"),
        ("browse, filtered", f"{browse}?region={regions[0]}&target_group={groups[0]}"),
        ("browse, searched", f"{browse}?q=initiatief+1&sort=title"),
        ("browse (en)", "/en/initiatives/?sort=title"),
        ("CSV download, filtered", f"{browse}csv/?region={regions[0]}"),
        ("initiative page", sample.url),
    ]


def main():
    args = parse_args()
    setup_django(args.db)
    from django.test import Client

    started = time.perf_counter()
    scenarios = ensure_initiatives(args.initiatives)
    print(f"{args.initiatives} initiatives ready in {time.perf_counter() - started:.1f} s")
    print_table(Client(HTTP_HOST="localhost"), scenarios, args.repeat)


if __name__ == "__main__":
    main()
