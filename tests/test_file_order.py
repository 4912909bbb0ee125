"""tests/file_order.py: files marked `long_file` are handed out first, the rest keep their order."""

from pathlib import Path

import pytest

from .file_order import long_files_first


class Item:
    def __init__(self, path, name, marks=()):
        self.path = Path(path)
        self.nodeid = f"{path}::{name}"
        self.marks = marks

    def get_closest_marker(self, name):
        return pytest.mark.long_file.mark if name in self.marks else None


def test_long_files_go_first_in_their_order_and_the_rest_keep_theirs():
    items = [
        Item("tests/a.py", "one"),
        Item("tests/fuzz.py", "only", marks=("long_file",)),
        Item("tests/b.py", "one"),
        Item("tests/backup.py", "sqlite", marks=("long_file",)),
        Item("tests/a.py", "two"),
        Item("tests/backup.py", "postgresql", marks=("long_file",)),
        Item("tests/e2e/test_pages.py", "flushes"),
    ]
    long_files_first(items)
    assert [item.nodeid for item in items] == [
        "tests/fuzz.py::only",
        "tests/backup.py::sqlite",
        "tests/backup.py::postgresql",
        "tests/a.py::one",
        "tests/b.py::one",
        "tests/a.py::two",
        "tests/e2e/test_pages.py::flushes",
    ]


def test_this_run_put_the_marked_files_first(request):
    """The hook is installed (tests/conftest.py imports it) and, in this run's collection, no
    test of a marked file comes after a test of an unmarked one."""
    from . import conftest, file_order

    assert conftest.pytest_collection_modifyitems is file_order.pytest_collection_modifyitems
    items = request.session.items
    marked = [bool(item.get_closest_marker("long_file")) for item in items]
    assert marked == sorted(marked, reverse=True)
