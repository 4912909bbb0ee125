"""The `e2e` marker marks every browser test and nothing else (make test-fast relies on it)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def collected(*args):
    result = subprocess.run(  # noqa: S603 - fixed arguments, our own test suite
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode in (0, 5), result.stdout + result.stderr  # 5: nothing collected
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_e2e_marks_every_browser_test_and_nothing_else():
    paths = ("tests/e2e", "tests/stemhub/test_settings.py")
    marked = collected("-m", "e2e", *paths)
    unmarked = collected("-m", "not e2e", *paths)
    # Every collected test is in exactly one of the two lists.
    assert len(marked) >= 5
    assert all(node.startswith("tests/e2e/") for node in marked)
    assert unmarked, "the non-browser tests stay"
    assert not [node for node in unmarked if node.startswith("tests/e2e/")]
