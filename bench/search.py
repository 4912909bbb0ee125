#!/usr/bin/env python
"""Time the site search, its suggestions and the searched browse with many videos.

    python bench/search.py                 # 1,000 videos in /tmp/stemhub-bench-search.sqlite3
    python bench/search.py --videos 200 --repeat 50
    DATABASE_URL=postgres://… python bench/search.py   # PostgreSQL: the dutch/english configs

The videos are made like bench/browse.py's (and indexed as they are published); the database is
reused between runs. Also prints how long `rebuild_search_index` takes for all of them.
"""

import argparse
import time

from browse import ensure_videos
from common import setup_django, time_page

DEFAULT_DB = "/tmp/stemhub-bench-search.sqlite3"  # noqa: S108 - a throwaway benchmark database

SCENARIOS = [
    ("search, one word", "/nl/zoeken/?q=ingenieur"),
    ("search, plural form", "/nl/zoeken/?q=inleidingen"),
    ("search, two words", "/nl/zoeken/?q=video+transcript"),
    ("search, kind filter", "/nl/zoeken/?q=ingenieur&kind=video"),
    ("search, page 5", "/nl/zoeken/?q=ingenieur&page=5"),
    ("search, english", "/en/search/?q=engineers"),
    ("search, nothing found", "/nl/zoeken/?q=ingenjeur"),
    ("suggestions", "/nl/zoeken/suggesties/?q=vid"),
    ("browse, searched", "/nl/videos/?q=technicus&sector=energie"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=int, default=1000, help="number of videos (default 1000)")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page")
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLite file unless DATABASE_URL is set")
    return parser.parse_args()


def main():
    args = parse_args()
    setup_django(args.db)
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from stemhub.models import SearchEntry
    from stemhub.search import index

    ensure_videos(args.videos)
    started = time.perf_counter()
    pages = index.rebuild()
    rebuilt = time.perf_counter() - started
    client = Client()
    cache.clear()
    started = time.perf_counter()
    client.get("/nl/zoeken/?q=ingenjeur")
    cold = (time.perf_counter() - started) * 1000
    print(f"\n{args.videos} videos, {connection.vendor}, {args.repeat} requests per page")
    print(
        f"rebuild_search_index: {pages} pages, {SearchEntry.objects.count()} entries, "
        f"{rebuilt:.1f} s"
    )
    print(f"'did you mean' with the vocabulary not yet cached: {cold:.0f} ms\n")
    print(f"{'scenario':<24} {'median ms':>10} {'p95 ms':>10} {'queries':>8}  url")
    for name, url in SCENARIOS:
        median, p95, queries = time_page(client, url, args.repeat)
        print(f"{name:<24} {median:>10.1f} {p95:>10.1f} {queries:>8}  {url}")


if __name__ == "__main__":
    main()
