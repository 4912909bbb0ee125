"""Each pytest-xdist worker gets its own Redis DB: the first one named, plus the worker's number."""

import pytest

from .workers import redis_url_of_this_worker, worker_index


@pytest.mark.parametrize(
    ("worker", "base", "expected"),
    [
        (None, None, "redis://127.0.0.1:6379/4"),
        ("gw0", None, "redis://127.0.0.1:6379/4"),
        ("gw1", None, "redis://127.0.0.1:6379/5"),
        ("gw1", "redis://127.0.0.1:6379/12", "redis://127.0.0.1:6379/13"),
        ("gw3", "redis://cache.internal:6380/0", "redis://cache.internal:6380/3"),
        ("gw0", "redis://127.0.0.1:6379", "redis://127.0.0.1:6379/0"),
    ],
)
def test_a_worker_uses_the_first_db_plus_its_number(monkeypatch, worker, base, expected):
    for name, value in (("PYTEST_XDIST_WORKER", worker), ("STEMHUB_TEST_REDIS_URL", base)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert redis_url_of_this_worker() == expected


def test_a_db_past_the_last_one_is_refused(monkeypatch):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    monkeypatch.setenv("STEMHUB_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    with pytest.raises(RuntimeError, match="DB 16"):
        redis_url_of_this_worker()


def test_without_xdist_the_one_process_is_worker_0(monkeypatch):
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    assert worker_index() == 0
