"""schemathesis's operation tests are built when they run (tests/lazy_schemathesis.py): pytest
collects the same test, and the built test runs with the fixtures and leaves its marks behind."""

import inspect

import pytest
from hypothesis import HealthCheck, settings

from . import lazy_schemathesis


@pytest.mark.django_db
@settings(max_examples=3, suppress_health_check=[HealthCheck.function_scoped_fixture])
def operation_check(case, published, connection_kept_open):
    """What `@schema.parametrize()` hands the builder (never collected: no `test_` name)."""


def test_the_stand_in_is_collected_as_the_built_test_would_be(monkeypatch):
    built = []
    monkeypatch.setattr(lazy_schemathesis, "build_now", lambda **arguments: built.append(1))
    stand_in = lazy_schemathesis.build_when_run(
        test_func=operation_check, given_kwargs={}, operation="GET /api/v1/videos"
    )
    assert built == []  # nothing built at collection
    assert list(inspect.signature(stand_in).parameters) == ["published", "connection_kept_open"]
    assert [mark.name for mark in stand_in.pytestmark] == ["django_db"]
    assert stand_in.is_hypothesis_test
    assert stand_in._hypothesis_internal_use_settings.max_examples == 3
    assert stand_in.__name__ == "operation_check"


def test_the_operation_test_is_built_once_when_run_and_leaves_its_marks(monkeypatch):
    calls = []

    def build(**arguments):
        calls.append(arguments)

        def built_test(**fixtures):
            built_test.missing_path_parameters = "marked while it ran"
            return fixtures

        return built_test

    monkeypatch.setattr(lazy_schemathesis, "build_now", build)
    stand_in = lazy_schemathesis.build_when_run(
        test_func=operation_check, given_kwargs={}, operation="GET /api/v1/videos"
    )
    assert stand_in(published=1, connection_kept_open=None) == {
        "published": 1,
        "connection_kept_open": None,
    }
    stand_in(published=2, connection_kept_open=None)
    assert calls == [
        {"test_func": operation_check, "given_kwargs": {}, "operation": "GET /api/v1/videos"}
    ]
    assert stand_in.missing_path_parameters == "marked while it ran"
