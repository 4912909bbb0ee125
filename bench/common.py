"""What every benchmark script shares: Django set-up on a throwaway database and the timer."""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(db_path):
    """Settings from DJANGO_SETTINGS_MODULE (default dev, DEBUG off), DATABASE_URL or `db_path`."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stemhub.settings.dev")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{db_path}")
    os.environ.setdefault("MEDIA_ROOT", "/tmp/stemhub-bench-media")  # noqa: S108 - throwaway
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)


def time_page(client, url, repeat):
    """(median ms, p95 ms, queries) for `repeat` GETs of `url` after one warm-up request."""
    from django.db import connection

    response = client.get(url)  # warm caches (site root paths, templates)
    assert response.status_code == 200, (url, response.status_code)
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    return statistics.median(timings), p95, len(queries)


def print_table(client, scenarios, repeat):
    print(f"{'page':<28}{'median ms':>11}{'p95 ms':>9}{'queries':>9}")
    for name, url in scenarios:
        median, p95, queries = time_page(client, url, repeat)
        print(f"{name:<28}{median:>11.1f}{p95:>9.1f}{queries:>9}")
