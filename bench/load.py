#!/usr/bin/env python
"""Load test: the README's deployment (gunicorn, production settings, 2 workers, PostgreSQL +
Redis) under a realistic mix of anonymous visitors, uncached, cold and warm, next to a static file.

    python bench/load.py                      # 20 s per phase, 50 visitors (make bench-load)
    python bench/load.py --duration 180       # the documented target run: 3 minutes, 50 visitors
    python bench/load.py --users 20 --videos 300 --port 18420

Creates (once) the PostgreSQL database `<BENCH_DB_PREFIX><videos>` (default prefix
`stemhub_bench_size_`, shared with bench/sizes.py), fills the demo content plus bulk videos up to
--videos (bench/bulk_videos.py) and runs VACUUM ANALYZE, uses Redis DB 4 (BENCH_REDIS_URL),
starts gunicorn on 127.0.0.1 on a free port in BENCH_PORTS (default 18400-18499) and stops it
again; static and media files go under BENCH_TMP (default /tmp/stemhub-cache-bench). Two
people benchmarking at once set their own prefix, Redis DB, ports and directory. Load goes only
to 127.0.0.1. Phases, each bounded by --duration:
  uncached  page cache off (what every request cost before the cache)
  cold      page cache on and empty: every distinct URL of the mix once (all misses)
  warm      page cache on, the mix for --duration seconds
  static    a static file with the same bytes as the video browse page (served by WhiteNoise)
            against that cached browse page, --static-duration seconds each, and their ratio
"""

import argparse
import asyncio
import gzip
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DB_PREFIX = os.environ.get("BENCH_DB_PREFIX", "stemhub_bench_size_")
DB_NAME = f"{DB_PREFIX}900"  # set from --videos: one database per size, reused
PG_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")
PORTS = os.environ.get("BENCH_PORTS", "18400-18499")  # first-last, both included
TMP = os.environ.get("BENCH_TMP", "/tmp/stemhub-cache-bench")  # noqa: S108 - throwaway
STATIC_ROOT = Path(f"{TMP}-static")
MEDIA_ROOT = Path(f"{TMP}-media")
SAME_SIZE_FILE = "bench/same-size-as-browse.html"

# What visitors ask for, by share of requests (a broadcast sends most of them to a few videos).
MIX = [
    ("home", 10),
    ("video browse", 10),
    ("video browse, filtered", 15),
    ("video page", 33),
    ("classroom browse", 8),
    ("classroom page", 5),
    ("initiative browse", 7),
    ("initiative page", 5),
    ("search", 7),
]
SEARCH_WORDS = ["robot", "energie", "zon", "chemie", "auto", "bank", "data", "water", "bouw"]
FILTERS = [
    "sector=energie",
    "sector=bouw&profile=praktisch",
    "profile=theoretisch",
    "sector=robotica-industrie&year=2021",
    "sector=ict-cyberveiligheid",
    "sort=title",
    "page=2",
    "page=5",
    "sector=energie&sector=bouw",
    "year=2020",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=20, help="seconds per phase")
    parser.add_argument("--static-duration", type=float, default=None, help="default: duration")
    parser.add_argument("--users", type=int, default=50, help="concurrent visitors")
    parser.add_argument("--videos", type=int, default=900, help="bulk videos for the size")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=0, help="default: free port in BENCH_PORTS")
    parser.add_argument("--seed", type=int, default=10)
    return parser.parse_args()


def db_name(videos):
    """One database per size, named with BENCH_DB_PREFIX."""
    return f"{DB_PREFIX}{videos}"


def free_port():
    first, last = (int(n) for n in PORTS.split("-"))
    for port in range(first, last + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise SystemExit(f"no free port in {PORTS}")


def server_env(port, page_cache):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="stemhub.settings.production",
        SECRET_KEY="bench-only-secret-key-not-for-production-0123456789abcdef",  # noqa: S106
        DEBUG="false",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        DATABASE_URL=f"{PG_URL}/{DB_NAME}",
        REDIS_URL=REDIS_URL,
        STATIC_ROOT=str(STATIC_ROOT),
        MEDIA_ROOT=str(MEDIA_ROOT),
        LOG_LEVEL="WARNING",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        STEMHUB_PAGE_CACHE="true" if page_cache else "false",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def prepare(args, port):
    """The database (created once, reused), demo content, bulk videos, static files."""
    import psycopg2

    admin = psycopg2.connect(f"{PG_URL}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{DB_NAME}"')
    admin.close()
    env = server_env(port, page_cache=False)
    print("Preparing the database (migrate, demo content, bulk videos) …", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "update_translation_fields")
    manage(env, "set_translation_url_paths")
    manage(env, "compile_catalogues", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "load_demo", "--no-admin")
    subprocess.run(  # noqa: S603
        [PYTHON, __file__, "--fill-videos", str(args.videos)], cwd=ROOT, env=env, check=True
    )
    manage(env, "rebuild_search_index")  # videos filled before the index existed are found too
    vacuum_analyze()


def vacuum_analyze():
    """Fresh planner statistics and visibility maps after the bulk writes (the fill updates
    every new page row once: without VACUUM, scans read the dead versions too)."""
    import psycopg2

    connection = psycopg2.connect(f"{PG_URL}/{DB_NAME}")
    connection.autocommit = True  # VACUUM cannot run inside a transaction
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    connection.close()


def fill_videos(n):
    """Runs in its own process with the server's environment: the bulk videos (the search
    index and VACUUM ANALYZE follow in prepare())."""
    # bench/initiatives.py must not shadow the initiatives app: the project first, bench last.
    bench = str(ROOT / "bench")
    sys.path[:] = [str(ROOT)] + [p for p in sys.path if p != bench] + [bench]
    import django

    django.setup()
    from browse import ensure_videos

    ensure_videos(n)


class Server:
    """gunicorn with production settings on 127.0.0.1, stopped on exit."""

    def __init__(self, port, workers, page_cache):
        self.port, self.workers, self.page_cache = port, workers, page_cache
        self.process = None

    def __enter__(self):
        command = [
            PYTHON,
            "-m",
            "gunicorn",
            "stemhub.wsgi",
            "--workers",
            str(self.workers),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--log-level",
            "warning",
        ]
        env = server_env(self.port, self.page_cache)
        # The access log (a line per request, as deployed) goes nowhere: the figures stay readable.
        self.process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/nl/", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise SystemExit("gunicorn did not answer within 60 s")

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - 127.0.0.1 only
        return response.read()


def discover(base):
    """Every page of the site from the sitemap, grouped the way the mix asks for them."""
    locations = re.findall(r"<loc>([^<]+)</loc>", fetch(f"{base}/sitemap.xml").decode())
    paths = [re.sub(r"^https?://[^/]+", "", loc) for loc in locations]
    groups = defaultdict(list)
    for path in paths:
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[1] == "videos":
            groups["video page"].append(path)
        elif len(parts) == 3 and parts[1] in ("klas", "classroom"):
            groups["classroom page"].append(path)
        elif len(parts) == 3 and parts[1] in ("initiatieven", "initiatives"):
            groups["initiative page"].append(path)
    groups["home"] = ["/nl/", "/en/"]
    groups["video browse"] = ["/nl/videos/", "/en/videos/"]
    groups["video browse, filtered"] = [
        f"/{lang}/videos/?{q}" for lang in ("nl", "en") for q in FILTERS
    ]
    groups["classroom browse"] = ["/nl/klas/", "/en/classroom/", "/nl/klas/?sort=title"]
    groups["initiative browse"] = ["/nl/initiatieven/", "/en/initiatives/"]
    groups["search"] = [
        f"/{lang}/{p}/?q={w}"
        for lang, p in (("nl", "zoeken"), ("en", "search"))
        for w in SEARCH_WORDS
    ]
    return groups


class Picker:
    """The mix: kinds by share; video pages skewed (a broadcast: most go to the newest few)."""

    def __init__(self, groups, seed):
        self.random = random.Random(seed)
        self.groups = {kind: urls for kind, urls in groups.items() if urls}
        self.kinds = [kind for kind, _w in MIX if kind in self.groups]
        self.weights = [w for kind, w in MIX if kind in self.groups]
        self.hot_videos = self.groups.get("video page", [])[:20]

    def pick(self):
        kind = self.random.choices(self.kinds, self.weights)[0]
        urls = self.groups[kind]
        if kind == "video page" and self.random.random() < 0.7:
            urls = self.hot_videos
        return kind, self.random.choice(urls)


class Results:
    def __init__(self):
        self.latencies = defaultdict(list)
        self.errors = defaultdict(int)
        self.started = self.ended = 0.0

    def add(self, kind, seconds, ok):
        self.latencies[kind].append(seconds)
        if not ok:
            self.errors[kind] += 1

    def report(self, title):
        every = [s for values in self.latencies.values() for s in values]
        errors = sum(self.errors.values())
        elapsed = self.ended - self.started
        print(f"\n{title}: {len(every)} requests in {elapsed:.1f} s")
        print(f"  {'':<24}{'req/s':>8}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
        rows = [("all", every, errors)] + [
            (kind, values, self.errors[kind]) for kind, values in sorted(self.latencies.items())
        ]
        for name, values, failed in rows:
            if not values:
                continue
            print(
                f"  {name:<24}{len(values) / elapsed:>8.1f}{failed / len(values):>8.1%}"
                f"{percentile(values, 50):>9.1f}{percentile(values, 95):>9.1f}"
                f"{percentile(values, 99):>9.1f}"
            )
        return len(every) / elapsed if elapsed else 0.0


def percentile(values, p):
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0] * 1000
    return statistics.quantiles(ordered, n=100, method="inclusive")[p - 1] * 1000


async def request(session, base, kind, url, results):
    started = time.perf_counter()
    try:
        async with session.get(base + url, allow_redirects=False) as response:
            await response.read()
            ok = response.status < 400
    except Exception:
        ok = False
    results.add(kind, time.perf_counter() - started, ok)


async def run_for(base, users, duration, next_request):
    """`users` visitors, each asking for the next URL as soon as the last one answered."""
    import aiohttp

    results = Results()
    connector = aiohttp.TCPConnector(limit=users)
    headers = {"Accept-Encoding": "gzip, deflate", "User-Agent": "stemhub-bench-load"}
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(
        connector=connector, headers=headers, timeout=timeout, auto_decompress=False
    ) as session:
        deadline = time.monotonic() + duration
        results.started = time.perf_counter()

        async def visitor():
            while time.monotonic() < deadline:
                item = next_request()
                if item is None:
                    return
                await request(session, base, *item, results)

        await asyncio.gather(*(visitor() for _ in range(users)))
        results.ended = time.perf_counter()
    return results


def mix_phase(base, users, duration, picker, title):
    return asyncio.run(run_for(base, users, duration, picker.pick)).report(title)


def cold_phase(base, users, duration, groups, seed):
    """Every distinct URL once, shuffled: what the first visitors after a publish meet."""
    items = [(kind, url) for kind, urls in groups.items() for url in urls]
    random.Random(seed).shuffle(items)
    queue = iter(items)
    results = asyncio.run(run_for(base, users, duration, lambda: next(queue, None)))
    return results.report(f"cold (page cache on and empty; {len(items)} distinct URLs once)")


def one_url_phase(base, users, duration, kind, url):
    results = asyncio.run(run_for(base, users, duration, lambda: (kind, url)))
    return results.report(f"{kind}: {url}")


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def write_same_size_file(body):
    """The browse page's own bytes as a static file (with its .gz, as collectstatic makes)."""
    path = STATIC_ROOT / SAME_SIZE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    path.with_name(path.name + ".gz").write_bytes(gzip.compress(body, compresslevel=9))
    return path


def main():
    if "--fill-videos" in sys.argv:
        return fill_videos(int(sys.argv[sys.argv.index("--fill-videos") + 1]))
    args = parse_args()
    global DB_NAME
    DB_NAME = db_name(args.videos)
    port = args.port or free_port()
    static_duration = args.static_duration or args.duration
    print(
        f"gunicorn {args.workers} workers on 127.0.0.1:{port}, {args.users} visitors, "
        f"{args.duration:.0f} s per phase; {os.cpu_count()} CPUs shared with the load generator"
    )
    prepare(args, port)
    flush_redis()

    with Server(port, args.workers, page_cache=False) as server:
        groups = discover(server.base)
        browse_body = fetch(f"{server.base}/nl/videos/")
        counts = ", ".join(f"{len(urls)} {kind}" for kind, urls in sorted(groups.items()))
        print(f"URLs: {counts}")
        mix_phase(server.base, args.users, min(5, args.duration), Picker(groups, 1), "(warm-up)")
        uncached = mix_phase(
            server.base,
            args.users,
            args.duration,
            Picker(groups, args.seed),
            "uncached (page cache off)",
        )

    write_same_size_file(browse_body)
    flush_redis()
    with Server(port, args.workers, page_cache=True) as server:
        flush_redis()  # the readiness check above cached the home page
        cold_phase(server.base, args.users, max(args.duration, 60), groups, args.seed)
        warm = mix_phase(
            server.base,
            args.users,
            args.duration,
            Picker(groups, args.seed + 1),
            "warm (page cache on)",
        )
        static_url = f"/static/{SAME_SIZE_FILE}"
        static = one_url_phase(server.base, args.users, static_duration, "static file", static_url)
        page = one_url_phase(
            server.base, args.users, static_duration, "cached browse", "/nl/videos/"
        )

    print(f"\nbrowse page: {len(browse_body)} bytes of HTML (static copy: same bytes, same gzip)")
    print(f"warm mix / uncached mix: {warm / uncached:.1f}x  ({warm:.0f} vs {uncached:.0f} req/s)")
    print(
        f"cached browse page / static file: {page / static:.0%}  ({page:.0f} vs {static:.0f} req/s)"
    )
    shutil.rmtree(STATIC_ROOT / "bench", ignore_errors=True)


if __name__ == "__main__":
    main()
