"""Pathological inputs finish in bounded work: each runs in a fresh process, its CPU time bounded.

CPU time, unlike wall time, does not grow when other processes load the machine, so a busy CI
machine does not fail these tests; the wall timeout only guards against a hang.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest

LIMIT_S = 180.0  # CPU seconds: linear work on 5 MB takes well under this; quadratic, hours
HANG_S = 3600.0
"""Wall seconds: only a hang guard, far above LIMIT_S so that a machine loaded tenfold still passes."""
# Run in a child process so that a runaway case is killed at the limit instead of hanging the
# suite; the child reports its analysis time (without start-up) and a digest of the report.
CHILD = """
import json, sys, time
from flagger.pipeline import Flagger
text = eval(sys.stdin.read())
flagger = Flagger()
start = time.process_time()
report = flagger.analyze(text, published="2025-05-11")
elapsed = time.process_time() - start
for s in report.sentences:
    assert 0 <= s.start <= s.end <= len(text)
for f in report.findings:
    assert 0 <= f.start <= f.end <= len(text)
json.dump({"seconds": elapsed, "length": len(text), "sentences": len(report.sentences),
           "findings": len(report.findings), "dates": len(report.dates)}, sys.stdout)
"""
SENTENCE = "Officials said the talks, which resumed on Friday, May 5, could collapse again. "


def _every_category() -> str:
    """Return up to three characters of every Unicode general category, surrogates included."""
    seen: dict[str, int] = {}
    chosen = []
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        category = unicodedata.category(character)
        if seen.get(category, 0) < 3:
            seen[category] = seen.get(category, 0) + 1
            chosen.append(character)
    return "".join(chosen)


def _analyse_in_child(expression: str) -> dict[str, float]:
    """Analyse the text `expression` builds in a child process; fail past the CPU limit."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            input=expression,
            capture_output=True,
            text=True,
            timeout=HANG_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"analysis of {expression[:60]} did not finish within {HANG_S:.0f} s")
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["seconds"] < LIMIT_S, result
    return result


CASES = {
    "only-newlines": "'\\n' * 1_000_000",
    "quotation-marks": "'\"' * 100_000",
    "curly-quotes-unbalanced": "'“' * 60_000 + 'He said ' + '”' * 40_000",
    "repeated-dates": "'May 5, ' * 10_000",
    "repeated-relative-dates": "'last year, in 2022, on Friday, ' * 5_000",
    "month-names-in-one-sentence": "'May March June ' * 20_000",
    "no-spaces-1mb": "('Officials.said2025May5according' * 40_000)[:1_000_000]",
    "one-letter-1mb": "'a' * 1_000_000",
    "attribution-cues": "'sources said experts say reportedly ' * 20_000",
    "every-unicode-category": repr(_every_category()),
}


@pytest.mark.parametrize("expression", CASES.values(), ids=CASES.keys())
def test_pathological_input_finishes(expression: str) -> None:
    result = _analyse_in_child(expression)
    assert result["length"] > 0


def test_one_five_megabyte_line_finishes() -> None:
    result = _analyse_in_child(f"({SENTENCE!r} * 70_000)[:5_000_000]")
    assert result["sentences"] > 10_000
