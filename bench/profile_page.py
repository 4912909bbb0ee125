#!/usr/bin/env python
"""Where does one page spend its time? Its queries (count, time, EXPLAIN ANALYZE) and a profile.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stemhub_bench_size_900 \\
        python bench/profile_page.py /nl/videos/batterijen-voor-elektrische-autos/
    python bench/profile_page.py /nl/videos/ --explain 5 --functions 40 --repeat 20

Renders the page through Django's test client (settings as bench/common.py: dev, DEBUG off,
page cache off) after a warm-up request, then prints every query with its time and, on
PostgreSQL, the buffers it touched (EXPLAIN (ANALYZE, BUFFERS): shared blocks hit or read, a
figure that does not depend on how busy the machine is), the plans of the --explain queries
that touched most, the median of --repeat renders, the Python function calls per render (also
load-independent) and the functions that took the most time (cProfile, cumulative). Run it on
the databases bench/sizes.py filled (`<BENCH_DB_PREFIX><n>`) and compare: what grows with n is
what to fix.
"""

import argparse
import cProfile
import io
import os
import pstats
import statistics
import time

from common import setup_django

DEFAULT_DB = "/tmp/stemhub-bench.sqlite3"  # noqa: S108 - a throwaway benchmark database


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="the page's path, e.g. /nl/videos/")
    parser.add_argument("--repeat", type=int, default=10, help="profiled renders")
    parser.add_argument("--explain", type=int, default=3, help="slowest queries to EXPLAIN")
    parser.add_argument("--functions", type=int, default=30, help="profile lines to print")
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLite file without DATABASE_URL")
    return parser.parse_args()


def logged_queries(client, url):
    """[(seconds, sql, params)] of one GET of `url`."""
    from django.db import connection

    queries = []

    def log(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries.append((time.perf_counter() - started, sql, params))

    with connection.execute_wrapper(log):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return queries


def explain(sql, params):
    """(blocks touched, execution ms, the plan as text); (0, 0, "") without EXPLAIN ANALYZE."""
    from django.db import connection

    if connection.vendor != "postgresql" or not sql.lstrip().upper().startswith("SELECT"):
        return 0, 0.0, ""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}", params)
        result = cursor.fetchone()[0][0]
        plan = result["Plan"]
        blocks = plan.get("Shared Hit Blocks", 0) + plan.get("Shared Read Blocks", 0)
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
        text = "\n".join(row[0] for row in cursor.fetchall())
        return blocks, result["Execution Time"], text


def main():
    args = parse_args()
    os.environ.setdefault("STEMHUB_PAGE_CACHE", "false")
    setup_django(args.db)
    from django.test import Client

    client = Client()
    client.get(args.url)  # warm: site root paths, templates, catalogues
    queries = [(*query, *explain(query[1], query[2])) for query in logged_queries(client, args.url)]
    total = sum(query[0] for query in queries)
    blocks = sum(query[3] for query in queries)
    executed = sum(query[4] for query in queries)
    print(
        f"{args.url}: {len(queries)} queries, {total * 1000:.1f} ms, {blocks} blocks, "
        f"{executed:.1f} ms executing (EXPLAIN ANALYZE)\n"
    )
    for number, (seconds, sql, _params, touched, _executed, _plan) in enumerate(queries, 1):
        print(f"{number:>3} {seconds * 1000:>7.2f} ms {touched:>6} blocks  {sql[:150]}")
    for number, (_seconds, sql, params, touched, _executed, plan) in sorted(
        enumerate(queries, 1), key=lambda item: item[1][3], reverse=True
    )[: args.explain]:
        print(f"\n--- query {number}: {touched} blocks ---\n{sql % tuple(map(repr, params))}")
        print(plan)

    profile = cProfile.Profile()
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        profile.enable()
        client.get(args.url)
        profile.disable()
        timings.append(time.perf_counter() - started)
    stats = pstats.Stats(profile, stream=(out := io.StringIO()))
    print(
        f"\nmedian of {args.repeat} renders: {statistics.median(timings) * 1000:.1f} ms, "
        f"{stats.total_calls // args.repeat} Python function calls per render\n"
    )
    stats.sort_stats("cumulative").print_stats(args.functions)
    print(out.getvalue())


if __name__ == "__main__":
    main()
