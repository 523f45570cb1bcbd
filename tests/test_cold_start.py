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


@pytest.mark.parametrize(
    "module",
    [
        "nltk",  # only Punkt is imported, and its placeholder entries are removed again
        "http.client",  # NLTK's file and download helpers: Punkt needs none to split sentences
        "ssl",
        "email",
        "urllib.request",
        "subprocess",
        "xml.etree.ElementTree",
        "tempfile",  # the atomic writes of report directories
        "regex",  # NLTK's timed third-party engine: Punkt's own patterns compile with `re`
    ],
)
def test_punkt_imports_no_network_or_file_helpers(imported: set[str], module: str) -> None:
    assert module not in imported


def _fresh(code: str) -> str:
    """Run `code` in a fresh interpreter and return what it printed."""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_punkt_helper_imports_the_real_one_when_called() -> None:
    code = (
        "from flagger.annotations.punkt import import_punkt\n"
        "counts = import_punkt().FreqDist(['to', 'be', 'to'])\n"
        "print(type(counts).__module__, counts['to'])\n"
    )
    assert _fresh(code) == "nltk.probability 2"


def test_punkt_is_imported_the_plain_way_when_a_placeholder_lacks_a_name() -> None:
    code = (
        "import sys\n"
        "from flagger.annotations import punkt\n"
        "punkt.DEFERRED['nltk.probability'] = ()\n"
        "module = punkt.import_punkt()\n"
        "print(module.FreqDist.__module__, 'nltk' in sys.modules)\n"
    )
    assert _fresh(code) == "nltk.probability True"


def test_punkt_splits_with_stdlib_patterns() -> None:
    code = (
        "import re\n"
        "from flagger.annotations.sentences import _build_tokenizer\n"
        "tokenizer = _build_tokenizer()\n"
        "print(isinstance(tokenizer._lang_vars.period_context_re(), re.Pattern))\n"
    )
    assert _fresh(code) == "True"


def test_the_serial_run_is_the_same_analysis(imported: set[str]) -> None:
    assert "flagger.batch.outcome" in imported
    assert "flagger.pipeline" in imported
