"""The collector is off while pytest starts and collects, and on, past the frozen start, for the
tests (tests/garbage_collector.py)."""

import gc
import subprocess
import sys

from .garbage_collector import THRESHOLDS


def test_the_plugin_loads_with_pytests_options(pytestconfig):
    """As `-p` (pyproject.toml's addopts): before pytest's other plugins and Django's start."""
    assert "tests.garbage_collector" in pytestconfig.option.plugins


def test_tests_run_with_the_collector_on_and_the_start_frozen():
    assert gc.isenabled()
    assert gc.get_threshold() == THRESHOLDS
    # Django, Wagtail and the collected suite: a few hundred thousand objects, at least.
    assert gc.get_freeze_count() > 100_000


def test_importing_the_module_leaves_the_collector_on():
    """Only pytest's registration turns it off: the backup test's build process imports
    tests.migrated_database (and so this module) and runs `migrate` with the collector on."""
    script = "import gc, tests.garbage_collector; print(gc.isenabled())"
    result = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
