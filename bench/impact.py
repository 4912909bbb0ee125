#!/usr/bin/env python
"""What the impact counters cost: (a) the page-view beacon beside a page and a static file,
(b) folding a million raw events into daily counts.

    python bench/impact.py                    # both parts
    python bench/impact.py --requests 2000    # more beacon requests
    python bench/impact.py --events 1000000 --skip-requests

(a) gunicorn with production settings on 127.0.0.1:18150 (BENCH_IMPACT_PORT), PostgreSQL
(`stemhub_counters_bench`, the demo content, created once and reused) and Redis database 2
(BENCH_IMPACT_REDIS_URL), the page cache on as in production. One visitor after another on
one kept-alive connection: the demo video page from the cache, the beacon the page then sends
(`POST /nl/impact/view/`: user-agent check, rate limit in Redis, page check and INSERT in
PostgreSQL), and the count script itself as a static file served by the same server in the same
run. What counting adds to a page is the beacon minus the static file (the browser fetches
count.js once and keeps it; the beacon is sent after the page has loaded and never delays it).

(b) in the same database: a million events over two days, two languages, every kind, 500 pages
(INSERT … SELECT generate_series, then ANALYZE), folded by impact.aggregation.fold_events() as
the worker does; checks that every event was counted and none is left.
"""

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import load

ROOT = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("BENCH_IMPACT_PORT", "18150"))
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"

load.DB_NAME = "stemhub_counters_bench"
load.REDIS_URL = os.environ.get("BENCH_IMPACT_REDIS_URL", "redis://127.0.0.1:6379/2")
load.STATIC_ROOT = Path("/tmp/stemhub-counters-bench-static")  # noqa: S108 - throwaway
load.MEDIA_ROOT = Path("/tmp/stemhub-counters-bench-media")  # noqa: S108 - throwaway


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="requests per kind")
    parser.add_argument("--events", type=int, default=1_000_000, help="events to fold")
    parser.add_argument("--skip-requests", action="store_true")
    parser.add_argument("--skip-fold", action="store_true")
    parser.add_argument("--fold-only", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args()


def prepare_once():
    """The database, demo content and static files, unless a previous run left them ready."""
    try:
        ready = bool(live_pages()) and (load.STATIC_ROOT / "js" / "count.js").exists()
    except Exception:  # no database yet, or no tables
        ready = False
    if not ready:
        load.prepare(argparse.Namespace(videos=0), PORT)


def live_pages():
    import psycopg2

    connection = psycopg2.connect(f"{load.PG_URL}/{load.DB_NAME}")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM wagtailcore_page WHERE live AND depth > 1 ORDER BY id")
            return [row[0] for row in cursor.fetchall()]
    finally:
        connection.close()


def timed(connection, method, path, body=None):
    headers = {"User-Agent": BROWSER, "Accept-Encoding": "gzip, br"}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    start = time.perf_counter()
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    return (time.perf_counter() - start) * 1000, response.status


def summary(timings):
    timings = sorted(timings)
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    return statistics.median(timings), p95


def measure_requests(args):
    prepare_once()
    load.flush_redis()
    pages = live_pages()
    with load.Server(PORT, 2, page_cache=True) as server:
        video = sorted(p for p in load.discover(server.base)["video page"] if "/nl/" in p)[0]
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        kinds = {"static file (count.js)": [], "video page (cached)": [], "beacon": []}
        statuses = {name: set() for name in kinds}
        for number in range(args.requests + 50):
            # A different page each time, so the rate limit (per page) never refuses a beacon.
            page = pages[number % len(pages)]
            for name, (method, path, body) in {
                "static file (count.js)": ("GET", "/static/js/count.js", None),
                "video page (cached)": ("GET", video, None),
                "beacon": ("POST", "/nl/impact/view/", f"page={page}"),
            }.items():
                took, status = timed(connection, method, path, body)
                statuses[name].add(status)
                if number >= 50:  # the first 50 rounds warm up
                    kinds[name].append(took)
        connection.close()
    print(
        f"\n(a) {args.requests} requests each, one after another, gunicorn 2 workers, "
        f"page cache on; {os.cpu_count()} CPUs shared with other work"
    )
    print(f"{'request':<26}{'median ms':>11}{'p95 ms':>9}  status")
    figures = {}
    for name, timings in kinds.items():
        figures[name] = summary(timings)
        print(
            f"{name:<26}{figures[name][0]:>11.2f}{figures[name][1]:>9.2f}  {sorted(statuses[name])}"
        )
    static, beacon = figures["static file (count.js)"], figures["beacon"]
    print(
        f"counting adds to a page view: beacon − static file = {beacon[0] - static[0]:.2f} ms "
        f"median, {beacon[1] - static[1]:.2f} ms p95 (target < 2 ms)"
    )


def fold(events):
    """Runs in its own process with the server's environment (PostgreSQL)."""
    sys.path[:] = [str(ROOT)] + [p for p in sys.path if p != str(ROOT / "bench")]
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Sum

    from impact.aggregation import fold_events
    from impact.models import DailyCount, Event

    fold_events()  # start from no raw events
    before = DailyCount.objects.aggregate(total=Sum("count"))["total"] or 0
    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO impact_event (day, language, kind, page_id, target, answer, term)
            SELECT current_date - (g %% 2),
                   CASE WHEN g %% 3 = 0 THEN 'en' ELSE 'nl' END,
                   (ARRAY['view','view','view','play','download','signpost','feed','embed',
                          'search-empty','used-in-class','curious'])[g %% 11 + 1],
                   CASE WHEN g %% 11 = 8 THEN 0 ELSE 1 + g %% 500 END,
                   CASE WHEN g %% 11 = 5 THEN 1 + g %% 7 ELSE 0 END,
                   CASE WHEN g %% 11 = 10 THEN (ARRAY['yes','a-bit','no'])[g %% 3 + 1] ELSE '' END,
                   CASE WHEN g %% 11 = 8 THEN 'term ' || (g %% 50) ELSE '' END
            FROM generate_series(1, %s) AS g
            """,
            [events],
        )
        cursor.execute("ANALYZE impact_event")
    filled = time.perf_counter() - start
    start = time.perf_counter()
    folded = fold_events()
    took = time.perf_counter() - start
    after = DailyCount.objects.aggregate(total=Sum("count"))["total"]
    left = Event.objects.count()
    print(f"\n(b) {events:,} events on PostgreSQL (filled and analysed in {filled:.1f} s)")
    print(
        f"folded {folded:,} events into {DailyCount.objects.count():,} daily counts in "
        f"{took:.1f} s (target < 60 s); counts grew by {after - before:,}; raw events left: {left}"
    )
    if folded != events or after - before != events or left:
        raise SystemExit("the daily counts do not match the events")


def main():
    args = parse_args()
    if args.fold_only:
        fold(args.events)
        return
    if not args.skip_requests:
        measure_requests(args)
    if not args.skip_fold:
        if args.skip_requests:
            prepare_once()
        env = load.server_env(PORT, page_cache=False)
        subprocess.run(  # noqa: S603
            [sys.executable, __file__, "--fold-only", "--events", str(args.events)],
            cwd=ROOT,
            env=env,
            check=True,
        )


if __name__ == "__main__":
    main()
