"""The collector is off while pytest starts and collects, and on, past the frozen start, for the
tests (tests/garbage_collector.py)."""

import gc

from .garbage_collector import THRESHOLDS


def test_the_plugin_loads_with_pytests_options(pytestconfig):
    """As `-p` (pyproject.toml's addopts): before pytest's other plugins and Django's start."""
    assert "tests.garbage_collector" in pytestconfig.option.plugins


def test_tests_run_with_the_collector_on_and_the_start_frozen():
    assert gc.isenabled()
    assert gc.get_threshold() == THRESHOLDS
    # Django, Wagtail and the collected suite: a few hundred thousand objects, at least.
    assert gc.get_freeze_count() > 100_000
