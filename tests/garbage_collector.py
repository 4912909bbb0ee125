"""The garbage collector of every pytest process: off until the first test, then out of the way of
what the start built (issue 18: what a worker pays before its first test).

Loaded with `-p tests.garbage_collector` (pyproject.toml `addopts`; `pythonpath = ["."]` lets it
import) right after pytest has read its options: before its plugins, Django and the collection,
which tests/conftest.py comes too late for.

Starting pytest, its plugins and Django and collecting the suite builds some 380,000 objects that
live until the process ends, and the collector walked them again and again: four full
collections and about 400 young ones, about 0.3 s of CPU in each process (the controller and
each worker), then a last full collection of 0.15 s before the first test that found some 1,100
unreachable objects, and at the end pytest's own collections (0.15 s in the controller, which
never froze its heap) and Python's. Now the collector is off until pytest's test loop starts;
there everything alive is frozen (`gc.freeze()`: left out of every later collection, the few
start-up leftovers with it, about 6 MB) and the collector runs on the youngest generation every
50,000 allocations instead of 700. (Until 1 Dec 2026 tests/conftest.py set both as it was
imported, after Django's start: freezing and the higher threshold took three request-heavy files'
CPU down by 7 % on 30 Nov 2026.)
"""

import gc

import pytest

# Young objects between collections of the youngest generation once the tests run (Python's
# default is 700): a request makes thousands of short-lived objects, few of them cyclic.
THRESHOLDS = (50_000, 50, 100)


def pytest_addoption(parser):
    """Off from the moment pytest registers this plugin (a historic hook: called at once for a
    plugin registered later, as tests/conftest.py's fallback does). Not at import: the backup
    test's build process (tests/stemhub/backup_site.py) imports tests.migrated_database, which
    imports this module, and must keep its collector on for `migrate`."""
    gc.disable()


def freeze_and_enable():
    """What exists now lives until the end: out of every collection from here on."""
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
    gc.enable()


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session):
    """The loop of each worker and of a single process, and xdist's controller's own."""
    freeze_and_enable()
