import pytest

from classroom.demo import load_index
from classroom.factories import ensure_vocabulary


@pytest.fixture
def vocabulary(db):
    levels, domains, targets = ensure_vocabulary()
    return {"levels": levels, "domains": domains, "targets": targets}


@pytest.fixture
def classroom_index(site_tree, vocabulary):
    return load_index(site_tree)
