#!/usr/bin/env python
"""CPU per render of every public page type, in both languages, and their HTML to compare.

    python bench/renders.py                          # demo content in /tmp/stemhub-renders.sqlite3
    python bench/renders.py --repeat 20 --save /tmp/html-before
    python bench/renders.py --save /tmp/html-after --compare /tmp/html-before
    python bench/renders.py --profile /nl/videos/ --functions 40

The first run migrates that database and loads the full demo (`load_demo`, a few minutes); later
runs reuse it. Pages are rendered through Django's test client (settings as bench/common.py: dev,
DEBUG off, page cache off) after a warm-up request. CPU is the process's own time
(`time.process_time()`), not wall time, so a busy machine moves it less. `--save` writes each
page's HTML (the per-request CSP nonce and CSRF token replaced by a fixed word, the only bytes
that differ between two renders of the same page) so two code versions can be diffed byte for
byte; `--compare` does that diff itself.
"""

import argparse
import cProfile
import io
import os
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

from common import setup_django

DEFAULT_DB = "/tmp/stemhub-renders.sqlite3"  # noqa: S108 - a throwaway benchmark database

# (name, URL): the page types the test suite renders most, both languages, browse filters too.
PAGES = [
    ("home", "/nl/"),
    ("home", "/en/"),
    ("video browse", "/nl/videos/"),
    ("video browse", "/en/videos/"),
    (
        "video browse, filtered",
        "/nl/videos/?sector=energie&sector=bouw&profile=praktisch&year=2021",
    ),
    ("video browse, filtered", "/en/videos/?sector=energie&sort=title"),
    ("video browse, unknown term", "/nl/videos/?sector=bestaat-niet&year=2019"),
    ("video browse, searched", "/nl/videos/?q=recyclage"),
    ("video browse, page 2", "/nl/videos/?page=2"),
    ("video", "/nl/videos/germanium-recycleren-in-olen/"),
    ("video", "/en/videos/recycling-germanium-in-olen/"),
    ("classroom browse", "/nl/klas/"),
    ("classroom browse", "/en/classroom/"),
    (
        "classroom browse, filtered",
        "/nl/klas/?level=secundair-1&domain=techniek&age=12&worksheet=1",
    ),
    ("lesson", "/nl/klas/metalen-terugwinnen-uit-oude-gsms/"),
    ("lesson", "/en/classroom/recovering-metals-from-old-phones/"),
    ("initiative browse", "/nl/initiatieven/"),
    ("initiative browse", "/en/initiatives/"),
    ("initiative browse, filtered", "/nl/initiatieven/?status=running&region=vlaanderen"),
    ("initiative", "/nl/initiatieven/stemhelden/"),
    ("initiative", "/en/initiatives/stemheroes/"),
    ("partner browse", "/nl/partners/"),
    ("partner browse", "/en/partners/"),
    ("partner", "/nl/partners/umicore/"),
    ("partner", "/en/partners/umicore/"),
    ("reporters", "/nl/onze-reporters/"),
    ("reporters", "/en/our-reporters/"),
    ("collection", "/nl/vrouwen-in-stem/"),
    ("collection", "/en/women-in-stem/"),
    ("self-test", "/nl/welke-stemheld-ben-jij/"),
    ("self-test", "/en/which-stem-hero-are-you/"),
    ("about", "/nl/over-stemhelden/"),
    ("about", "/en/about-stemhelden/"),
    ("privacy", "/nl/privacyverklaring/"),
    ("privacy", "/en/privacy-statement/"),
    ("search", "/nl/zoeken/?q=energie"),
    ("search", "/en/search/?q=energy"),
]

# What differs between two renders of the same page by design.
VOLATILE = [
    (re.compile(rb'nonce="[^"]*"'), b'nonce="NONCE"'),
    (
        re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"'),
        b'name="csrfmiddlewaretoken" value=""',
    ),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="timed renders per page")
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLite file unless DATABASE_URL is set")
    parser.add_argument("--only", default="", help="only the pages whose name contains this")
    parser.add_argument("--save", type=Path, help="write each page's HTML to this folder")
    parser.add_argument("--compare", type=Path, help="diff the HTML against this folder")
    parser.add_argument("--profile", help="cProfile --repeat renders of this URL instead")
    parser.add_argument("--functions", type=int, default=40, help="profile lines to print")
    parser.add_argument("--sort", default="cumulative", help="profile sort key (tottime …)")
    parser.add_argument(
        "--warm",
        action="store_true",
        help="keep the cache between renders (as a server does); by default it is emptied "
        "before each render, as the test suite empties it before each test",
    )
    return parser.parse_args()


def ensure_demo():
    from django.core.management import call_command
    from wagtail.models import Page

    if (
        not Page.objects.filter(depth=2, live=True).exists()
        or not Page.objects.filter(url_path__contains="/videos/").exists()
    ):
        print("Loading the demo (once; the database is reused) …", flush=True)
        call_command("update_translation_fields", verbosity=0)
        call_command("set_translation_url_paths", verbosity=0)
        call_command("load_demo", verbosity=0)


def html_of(response):
    content = response.content
    for pattern, fixed in VOLATILE:
        content = pattern.sub(fixed, content)
    return content


def file_name(url):
    return re.sub(r"[^A-Za-z0-9]+", "_", url).strip("_") + ".html"


def render(client, url, warm):
    """(response, CPU seconds, queries) of one GET, the cache emptied first unless `warm`."""
    from django.core.cache import cache
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    if not warm:
        cache.clear()
    with connection.execute_wrapper(count):
        started = time.process_time()
        response = client.get(url)
        cpu = time.process_time() - started
    assert response.status_code == 200, (url, response.status_code)
    return response, cpu, len(queries)


def measure(client, pages, repeat, save, compare, warm):
    print(f"{'page':<30}{'url':<70}{'CPU ms':>8}{'queries':>9}")
    total, differ = 0.0, []
    for name, url in pages:
        client.get(url)  # templates, catalogues, content types: what a process keeps
        renders = [render(client, url, warm) for _ in range(repeat)]
        response, _cpu, queries = renders[0]
        median = statistics.median(cpu for _response, cpu, _queries in renders) * 1000
        total += median
        print(f"{name:<30}{url:<70}{median:>8.1f}{queries:>9}")
        html = html_of(response)
        if save:
            save.mkdir(parents=True, exist_ok=True)
            (save / file_name(url)).write_bytes(html)
        if compare and (compare / file_name(url)).read_bytes() != html:
            differ.append(url)
    print(f"{'sum of medians':<100}{total:>8.1f}")
    if compare:
        print(f"HTML differs: {differ}" if differ else f"HTML identical for {len(pages)} pages")
    return differ


def profile(client, url, repeat, functions, sort, warm):
    from django.core.cache import cache

    client.get(url)
    _response, _cpu, queries = render(client, url, warm)
    profiler = cProfile.Profile()
    cpu = 0.0
    for _ in range(repeat):
        if not warm:
            cache.clear()
        started = time.process_time()
        profiler.enable()
        client.get(url)
        profiler.disable()
        cpu += time.process_time() - started
    stats = pstats.Stats(profiler, stream=(out := io.StringIO()))
    print(
        f"{url}: {queries} queries, {cpu / repeat * 1000:.1f} ms CPU per render under the "
        f"profiler, {stats.total_calls // repeat} Python function calls per render\n"
    )
    stats.sort_stats(sort).print_stats(functions)
    print(out.getvalue())


def main():
    args = parse_args()
    os.environ.setdefault("STEMHUB_PAGE_CACHE", "false")
    setup_django(args.db)
    ensure_demo()
    from django.test import Client

    client = Client()
    if args.profile:
        profile(client, args.profile, args.repeat, args.functions, args.sort, args.warm)
        return
    pages = [page for page in PAGES if args.only in page[0]]
    sys.exit(1 if measure(client, pages, args.repeat, args.save, args.compare, args.warm) else 0)


if __name__ == "__main__":
    main()
