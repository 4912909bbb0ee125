#!/usr/bin/env python
"""Does a page get slower as the site grows? The same pages with 24 and with 900 videos.

    python bench/sizes.py                       # 24 vs 900 videos, 10 s per page, 8 visitors
    python bench/sizes.py --sizes 24,300,900 --duration 20

For each size: a PostgreSQL database of its own (`<BENCH_DB_PREFIX><n>`, default prefix
`stemhub_bench_size_`, created once and reused, shared with bench/load.py: the demo content plus
bulk videos up to n, then ANALYZE), gunicorn with production settings and the page cache OFF
(every request renders; the cache would hide the growth), and closed-loop visitors on one URL at
a time. The static file (WhiteNoise, the video browse page's own bytes) runs in the same server
and run, so a slower machine shows as a lower static figure too. The last table divides each
page's throughput at the largest size by that at the smallest: 1.00 means the page does not
notice the content growing. BENCH_REDIS_URL, BENCH_PORTS and BENCH_TMP choose the Redis
database, the ports and the files' directory (see bench/load.py), so several people can run it
at once:

    BENCH_DB_PREFIX=stemhub_mine_ BENCH_REDIS_URL=redis://127.0.0.1:6379/7 \
    BENCH_PORTS=18500-18599 BENCH_TMP=/tmp/stemhub-mine python bench/sizes.py
"""

import argparse
import os

import load

PAGES = [
    ("video page", "/nl/videos/{video}/"),
    ("video page (en)", "/en/videos/{video_en}/"),
    ("video browse", "/nl/videos/"),
    ("video browse, filtered", "/nl/videos/?sector=energie&sort=title"),
    ("video browse, page 5", "/nl/videos/?page=5"),
    ("classroom browse", "/nl/klas/"),
    ("initiative browse", "/nl/initiatieven/"),
    ("search", "/nl/zoeken/?q=energie"),
    ("home", "/nl/"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="24,900", help="numbers of videos, comma-separated")
    parser.add_argument("--duration", type=float, default=10, help="seconds per page")
    parser.add_argument("--users", type=int, default=8, help="concurrent visitors")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="the databases are filled already (a run before): skip migrate, demo and fill",
    )
    return parser.parse_args()


def demo_video_paths(base):
    """The first demo video's path in both languages (it exists at every size)."""
    groups = load.discover(base)
    dutch = sorted(p for p in groups["video page"] if p.startswith("/nl/") and "bench" not in p)
    english = sorted(p for p in groups["video page"] if p.startswith("/en/") and "bench" not in p)
    return dutch[0].split("/")[3], english[0].split("/")[3]


def load_average():
    """The 1/5/15-minute load: on a shared machine, how far the figures can be trusted."""
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def measure(size, args):
    load.DB_NAME = load.db_name(size)
    port = load.free_port()
    if not args.reuse:
        load.prepare(argparse.Namespace(videos=size), port)
    # Every size shares the Redis database: nothing derived from the other size's pages (the
    # same page ids, the same cache generation) may be read.
    load.flush_redis()
    print(f"\n{size} videos; load average {load_average()}", flush=True)
    figures = {}
    # WhiteNoise reads the static files when gunicorn starts: write the browse page's bytes as a
    # static file first (with a short-lived server), then start the measured one.
    with load.Server(port, args.workers, page_cache=False) as server:
        video, video_en = demo_video_paths(server.base)
        load.write_same_size_file(load.fetch(f"{server.base}/nl/videos/"))
    with load.Server(port, args.workers, page_cache=False) as server:
        urls = [(kind, url.format(video=video, video_en=video_en)) for kind, url in PAGES]
        urls.append(("static file", f"/static/{load.SAME_SIZE_FILE}"))
        for kind, url in urls:
            load.one_url_phase(server.base, args.users, 2, kind, url)  # warm-up, not counted
        for kind, url in urls:
            figures[kind] = load.one_url_phase(server.base, args.users, args.duration, kind, url)
    return figures


def main():
    args = parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    print(
        f"gunicorn {args.workers} workers, page cache off, {args.users} visitors, "
        f"{args.duration:.0f} s per page; {os.cpu_count()} CPUs shared with the load generator"
    )
    results = {size: measure(size, args) for size in sizes}

    smallest, largest = sizes[0], sizes[-1]
    heading = "".join(f"{f'{n} videos':>14}" for n in sizes)
    print(f"\nrequests per second (page cache off)\n  {'':<24}{heading}{'ratio':>8}")
    for kind in results[smallest]:
        row = "".join(f"{results[n][kind]:>14.1f}" for n in sizes)
        ratio = results[largest][kind] / results[smallest][kind]
        print(f"  {kind:<24}{row}{ratio:>8.2f}")
    print(f"ratio = req/s with {largest} videos / req/s with {smallest} videos")
    print(f"load average at the end: {load_average()}")


if __name__ == "__main__":
    main()
