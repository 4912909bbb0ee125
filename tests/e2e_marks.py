"""Which collected tests carry the `e2e` mark, recorded during collection (tests/conftest.py
imports the two hooks), for tests/stemhub/test_markers.py.

The mark is read as `-m` reads it, after tests/e2e/conftest.py added it: from the tests `-m`
keeps (`pytest_collection_finish`) and from those it leaves out (`pytest_deselected`), so a run
of `make test-fast` knows the marks of the whole suite, the browser tests included, without
collecting it again. With STEMHUB_E2E_MARKS_FILE set, the record is also written there as JSON
(the test's own collection, when its run did not collect the browser tests).
"""

import json
import os
from pathlib import Path

import pytest

RECORD = pytest.StashKey[dict]()


def _record(config, items):
    record = config.stash.setdefault(RECORD, {})
    for item in items:
        path = Path(os.path.relpath(item.path, config.rootpath)).as_posix()
        record[item.nodeid] = [path, item.get_closest_marker("e2e") is not None]


def pytest_deselected(items):
    if items:
        _record(items[0].config, items)


def pytest_collection_finish(session):
    _record(session.config, session.items)
    target = os.environ.get("STEMHUB_E2E_MARKS_FILE")
    if target:
        Path(target).write_text(json.dumps(session.config.stash[RECORD]))


def recorded(config):
    """{node id: [path from the project root, marked e2e]} of every test this run collected."""
    return config.stash.get(RECORD, {})
