"""The `e2e` marker marks every browser test and nothing else (make test-fast relies on it).

The marks are those this run's collection recorded (tests/e2e_marks.py): in `make test` and
`make test-fast` the whole suite, read where `-m` reads them. A run that did not collect the
browser tests (this file alone, one folder) collects them, and a non-browser file, once.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests import e2e_marks

ROOT = Path(__file__).resolve().parents[2]
E2E = "tests/e2e/"


def collected_marks(tmp_path, *paths):
    """The marks a collection of `paths` records, in a pytest of its own."""
    record = tmp_path / "e2e-marks.json"
    result = subprocess.run(  # noqa: S603 - fixed arguments, our own test suite
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
        + ["-p", "no:xdist", *paths],
        cwd=ROOT,
        env={**os.environ, "STEMHUB_E2E_MARKS_FILE": str(record)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(record.read_text())


def test_e2e_marks_every_browser_test_and_nothing_else(pytestconfig, tmp_path):
    marks = e2e_marks.recorded(pytestconfig)
    if not any(path.startswith(E2E) for path, _marked in marks.values()):
        marks = collected_marks(tmp_path, "tests/e2e", "tests/stemhub/test_settings.py")
    marked = [node for node, (path, is_marked) in marks.items() if is_marked]
    unmarked = [node for node, (path, is_marked) in marks.items() if not is_marked]
    assert len(marked) >= 5
    assert [node for node in marked if not marks[node][0].startswith(E2E)] == []
    assert unmarked, "the non-browser tests stay"
    assert [node for node in unmarked if marks[node][0].startswith(E2E)] == []
