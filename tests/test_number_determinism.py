"""The same article gives the same findings in every process: no reader's choice may depend on
the order Python happens to iterate a set of strings in (which changes with PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Two earlier counts of the same size in two classes of people ("soldiers", "civilians") that
# a later count of "people" may contradict: which one is its partner must not vary.
TEXT = (
    "An ambush near the border post killed four soldiers on Monday, officials said. "
    "A roadside bomb near the market killed 4 civilians the same day. "
    "In the ambush near the border post, three people were killed, a witness said."
)
PROGRAM = (
    "import sys; from flagger import Flagger; "
    "print([(f.rule, f.start, f.message, [(s.start, s.end) for s in f.related]) "
    "for f in Flagger(select='N101').analyze(sys.argv[1]).findings])"
)


def _findings(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", PROGRAM, TEXT], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout


def test_count_partners_do_not_depend_on_the_hash_seed() -> None:
    outputs = {_findings(seed) for seed in range(1, 7)}
    assert len(outputs) == 1, outputs
    assert "N101" in outputs.pop()
