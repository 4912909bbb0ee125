"""The order in which the two workers take test files: files marked `long_file` first.

`make test` and `make test-fast` hand each pytest-xdist worker whole files (`--dist loadfile`), the
next file to whichever worker is free, in the order given here (`--no-loadscope-reorder`; by
default pytest-xdist orders files by their number of tests, which put the one-test fuzz of public
URLs last, 150 s on one worker while the other had nothing left to do). A file that takes far
longer than the rest says so with `pytestmark = pytest.mark.long_file`: those start first, so the
short files fill the gaps and the workers end together (longest work first). Every other file
keeps the order pytest-django gave it (database tests, then tests that flush the database, the
browser tests last); a long file must not be one that flushes the database.
"""

import pytest


def long_files_first(items):
    """Reorder `items` in place: every item of a file with a `long_file` test comes first, in the
    order those files were collected; everything else after them, in its order."""
    long_files = {item.path for item in items if item.get_closest_marker("long_file")}
    items.sort(key=lambda item: item.path not in long_files)  # stable: keeps each group's order


@pytest.hookimpl(trylast=True)  # after pytest-django's reordering by kind of database use
def pytest_collection_modifyitems(items):
    long_files_first(items)
