"""A cold `flagger check` of one article imports only what one article needs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORY = (
    "Council delays harbour vote\n\nPort Town Times - 14 March 2024\n\n"
    "The council will vote on Monday, March 19, 2024 on the harbour budget. "
    "Sources said the board could approve the plan.\n"
)
COLD_CHECK = """
import json, sys
from flagger.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Return the modules a fresh process holds after checking one article with one job."""
    story = tmp_path_factory.mktemp("cold") / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    run = [sys.executable, "-c", COLD_CHECK, "check", str(story), "--format", "json"]
    result = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["findings"], "the check itself ran"
    modules: set[str] = set(json.loads(result.stderr.strip().splitlines()[-1]))
    return modules


@pytest.mark.parametrize(
    "module",
    [
        "multiprocessing",  # worker processes: only for --jobs 2 and more
        "concurrent.futures",
        "ctypes",
        "flagger.batch.dask",
    ],
)
def test_one_job_imports_no_worker_machinery(imported: set[str], module: str) -> None:
    assert module not in imported


def test_the_serial_run_is_the_same_analysis(imported: set[str]) -> None:
    assert "flagger.batch.outcome" in imported
    assert "flagger.pipeline" in imported
