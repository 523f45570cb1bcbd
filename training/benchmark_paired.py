"""Paired benchmark: this flagger tree and another, alternating in fresh processes.

    python -m training.benchmark --against ../wt-old

Absolute times drift on a machine shared with other work; alternating runs of the two trees
see the same drift, so their medians' ratios still compare them. Measured per typical article
(600-950 words), read as `flagger check` reads a corpus record (title line, publication date): the
analysis and sentence-splitting CPU time; and the wall and CPU time of a cold `flagger check` of
the shipped example.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from training.benchmark import EXAMPLE, ROOT, TYPICAL_RANGE

PAIRED_RUN = r"""
import json, sys, time
from flagger import Flagger
try:  # flagger 0.1 first: an editable install may answer the newer path from another tree
    from flagger.sentences import split_sentences
except ImportError:
    from flagger.annotations.sentences import split_sentences
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
flagger = Flagger()
for record in records[:5]:
    flagger.analyze(record["text"], published=record["published"])
start = time.process_time()
for record in records:
    flagger.analyze(record["text"], published=record["published"])
middle = time.process_time()
for record in records:
    split_sentences(record["text"])
end = time.process_time()
per = 1000 / len(records)
print(json.dumps({"full_ms": (middle - start) * per, "split_ms": (end - middle) * per}))
"""


def paired(records: Sequence[dict[str, Any]], against: Path, rounds: int) -> dict[str, Any]:
    """Alternate this tree and `against` in fresh processes; return medians and ratios."""
    typical = [as_checked(r) for r in records if len(r["text"].split()) in TYPICAL_RANGE]
    typical = typical or [as_checked(r) for r in records]
    trees = {"this": ROOT, "against": against.resolve()}
    runs: dict[str, dict[str, list[float]]] = {
        name: {"full_ms": [], "split_ms": [], "cold_s": [], "cold_cpu_s": []} for name in trees
    }
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    for tree in trees.values():  # untimed: each tree's bytecode cache is written before timing
        _cold_check(tree, {**env, "PYTHONPATH": str(tree)})
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "typical.jsonl"
        batch.write_text("".join(json.dumps(r) + "\n" for r in typical), encoding="utf-8")
        for round_ in range(rounds):
            order = list(trees.items())
            for name, tree in order if round_ % 2 == 0 else order[::-1]:  # neither always first
                own = {**env, "PYTHONPATH": str(tree)}
                run = [sys.executable, "-c", PAIRED_RUN, str(batch)]
                out = subprocess.run(run, cwd=tree, env=own, capture_output=True, text=True)
                if out.returncode:
                    raise SystemExit(f"{tree}: {out.stderr.strip()[-400:]}")
                for key, value in json.loads(out.stdout).items():
                    runs[name][key].append(value)
                wall, cpu = _cold_check(tree, own)
                runs[name]["cold_s"].append(wall)
                runs[name]["cold_cpu_s"].append(cpu)
    result: dict[str, Any] = {"articles": len(typical), "rounds": rounds, "trees": {}}
    for name, tree in trees.items():
        result["trees"][name] = {"path": str(tree)}
        result["trees"][name].update({k: statistics.median(v) for k, v in runs[name].items()})
    this, other = result["trees"]["this"], result["trees"]["against"]
    result["ratios"] = {key: this[key] / other[key] for key in runs["this"]}
    return result


def as_checked(record: dict[str, Any]) -> dict[str, Any]:
    """Return the text and publication date `flagger check` reads from a corpus record: its title
    as the first line and its `date` (both trees then run every date rule they have)."""
    title = (record.get("title") or "").strip()
    text = f"{title}\n\n{record['text']}" if title else record["text"]
    return {"text": text, "published": record.get("published") or record.get("date")}


def _cold_check(tree: Path, env: dict[str, str]) -> tuple[float, float]:
    """Return the wall and CPU time of a fresh `flagger check` of the example in `tree`.

    On a loaded machine the wall time mostly measures the wait for a core; the CPU time does not.
    """
    command = [sys.executable, "-c", "from flagger.cli import main; main()", "check"]
    example = tree / EXAMPLE.relative_to(ROOT)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([*command, str(example)], cwd=tree, env=env, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def paired_table(result: dict[str, Any]) -> str:
    """Render a paired run: each measure for both trees and this tree's ratio to the other."""
    this, other = result["trees"]["this"], result["trees"]["against"]
    lines = [
        f"flagger benchmark, paired: {result['articles']} typical articles, medians of "
        f"{result['rounds']} alternating rounds; this tree {this['path']}, "
        f"against {other['path']}"
    ]
    rows = (
        ("full analysis CPU per article", "full_ms", "ms"),
        ("sentence split CPU per article", "split_ms", "ms"),
        ("cold `flagger check harbour_talks.txt`", "cold_s", "s"),
        ("  its CPU time (user + system)", "cold_cpu_s", "s"),
    )
    for label, key, unit in rows:
        lines.append(
            f"{label:<40} {this[key]:8.3f} {unit} vs {other[key]:8.3f} {unit}  "
            f"ratio {result['ratios'][key]:.2f}"
        )
    full = this["full_ms"]
    lines.append(f"{'typical articles per second per core':<40} {1000 / full:8.0f}")
    return "\n".join(lines)
