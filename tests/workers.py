"""What each test process has of its own when pytest-xdist runs the suite on several workers.

`make test` and `make test-fast` run two workers (`gw0`, `gw1`) side by side. Each has its own
test database (pytest-django suffixes the name: `test_stemhub_gw0`), its own live server on a
free port, its own browser and `tmp_path`. What lives outside the process and could be shared
gets a number from here. A run without xdist (`-n 0`, `-p no:xdist`) is worker 0.
"""

import os
from urllib.parse import urlsplit, urlunsplit

# Redis's default `databases` setting: DB 0 to 15.
REDIS_DATABASES = 16
DEFAULT_TEST_REDIS_URL = "redis://127.0.0.1:6379/4"


def worker_index():
    """0 for `gw0` or a run without xdist, 1 for `gw1`, …"""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def redis_url_of_this_worker():
    """`STEMHUB_TEST_REDIS_URL` names the server and the first DB; worker N uses that DB + N.

    With the default (DB 4) and two workers: DB 4 for gw0, DB 5 for gw1.
    """
    base = urlsplit(os.environ.get("STEMHUB_TEST_REDIS_URL", DEFAULT_TEST_REDIS_URL))
    database = int(base.path.lstrip("/") or 0) + worker_index()
    if database >= REDIS_DATABASES:
        raise RuntimeError(
            f"STEMHUB_TEST_REDIS_URL={base.geturl()} gives worker {worker_index()} Redis DB "
            f"{database}, but Redis has DB 0 to {REDIS_DATABASES - 1}: choose a lower first DB"
        )
    return urlunsplit(base._replace(path=f"/{database}"))
