"""Score flagger's time expressions against TimeML gold, TempEval-3 style.

    python -m training.evaluate_timex [--data ../shared/data] [--errors CORPUS]

Extraction: strict (same span) and relaxed (overlapping span, one-to-one) precision, recall and
F1. Normalisation: value F1 as in the TempEval-3 scorer, i.e. relaxed-matched expressions whose
value equals the gold value, over system and gold counts. The DCT TIMEX3 is not scored. Speed:
documents per second, and the median time per document scaled to 800 words.
`timebank` + `aquaint` are the development set; `te3-platinum` is the test set: its errors are
never printed (`--errors` refuses it), only its scores.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flagger.annotations.timex import TimeExpression, extract_dates
from training.timeml import GoldTimex, TimeMLDocument, read_corpus

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CORPORA = {
    "dev": ("timebank", "aquaint"),
    "te3-platinum": ("te3-platinum",),
    "wikiwars": ("wikiwars",),
    "tweets": ("tweets",),
}
TEST_CORPORA = frozenset({"te3-platinum"})
REFERENCE = {
    "te3-platinum": "  HeidelTime 2.2.1 here: strict F1 83.3, relaxed F1 90.7, value F1 78.1,"
    " < 1 doc/s; HeidelTime in TempEval-3: value F1 77.61",
}


@dataclass
class Scores:
    """Counts for one corpus; P/R/F1 are derived from them."""

    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self, correct: int) -> tuple[float, float, float]:
        """Precision, recall and F1 (in percent) of `correct` matches."""
        precision = correct / self.system if self.system else 0.0
        recall = correct / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return 100 * precision, 100 * recall, 100 * f1


def _overlap(a: TimeExpression, b: GoldTimex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(
    system: Sequence[TimeExpression], gold: Sequence[GoldTimex]
) -> list[tuple[GoldTimex, TimeExpression | None]]:
    """Pair each gold expression with at most one overlapping system one (largest overlap)."""
    used: set[int] = set()
    pairs: list[tuple[GoldTimex, TimeExpression | None]] = []
    for timex in gold:
        best, best_overlap = None, 0
        for index, found in enumerate(system):
            overlap = _overlap(found, timex)
            if index not in used and overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None:
            pairs.append((timex, None))
        else:
            used.add(best)
            pairs.append((timex, system[best]))
    return pairs


def score_document(doc: TimeMLDocument, found: Sequence[TimeExpression], scores: Scores) -> None:
    """Add one document's counts (and, for error listings, its mistakes) to `scores`."""
    scores.system += len(found)
    scores.gold += len(doc.timexes)
    matched = set()
    for timex, hit in match(found, doc.timexes):
        if hit is None:
            scores.errors.append(f"{doc.name}\tMISSED\t{timex.text!r}\t{timex.value}")
            continue
        matched.add(hit)
        scores.relaxed += 1
        scores.strict += (hit.start, hit.end) == (timex.start, timex.end)
        scores.type += hit.type == timex.type
        scores.value += hit.value == timex.value
        if hit.value != timex.value or (hit.start, hit.end) != (timex.start, timex.end):
            scores.errors.append(
                f"{doc.name}\tWRONG\t{timex.text!r} {timex.type} {timex.value}"
                f"\t{hit.text!r} {hit.type} {hit.value}"
            )
    for hit in found:
        if hit not in matched:
            context = doc.text[max(0, hit.start - 30) : hit.end + 30].replace("\n", " ")
            scores.errors.append(f"{doc.name}\tSPURIOUS\t{hit.text!r} {hit.value}\t{context!r}")


def evaluate(docs: Sequence[TimeMLDocument]) -> tuple[Scores, float, float | None]:
    """Scores, documents per second and median milliseconds per 800 words (None when every
    document is under 50 words)."""
    scores = Scores()
    started = time.perf_counter()
    outputs = [extract_dates(doc.text, doc.dct) for doc in docs]
    elapsed = time.perf_counter() - started
    for doc, found in zip(docs, outputs, strict=True):
        score_document(doc, found, scores)
    per_800 = []
    for doc in docs:
        words = len(doc.text.split())
        if words < 50:
            continue
        runs = []
        for _ in range(3):
            tick = time.perf_counter()
            extract_dates(doc.text, doc.dct)
            runs.append(time.perf_counter() - tick)
        per_800.append(1000 * min(runs) * 800 / words)
    median = statistics.median(per_800) if per_800 else None
    return scores, len(docs) / elapsed, median


def main(argv: Sequence[str] | None = None) -> int:
    """Print the score table for every corpus found under `--data`."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--errors",
        choices=[c for c in CORPORA if c not in TEST_CORPORA],
        help="print the mistakes on a development corpus",
    )
    args = parser.parse_args(argv)
    root = args.data / "timeml"
    header = (
        f"{'corpus':<13}{'docs':>5}{'gold':>6} | {'strict P/R/F1':^17} | "
        f"{'relaxed P/R/F1':^17} | {'value P/R/F1':^17} | {'type':>5} | {'docs/s':>7}"
        f" | {'ms/800w':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, folders in CORPORA.items():
        docs = [
            doc
            for folder in folders
            if (root / folder).is_dir()
            for doc in read_corpus(root / folder)
        ]
        if not docs:
            continue
        scores, speed, median = evaluate(docs)
        per_800 = "n/a" if median is None else f"{median:.3f}"
        cells = [
            " ".join(f"{x:5.1f}" for x in scores.prf(count))
            for count in (scores.strict, scores.relaxed, scores.value)
        ]
        type_accuracy = 100 * scores.type / scores.relaxed if scores.relaxed else 0.0
        print(
            f"{name:<13}{len(docs):>5}{scores.gold:>6} | "
            + " | ".join(cells)
            + f" | {type_accuracy:5.1f} | {speed:7.0f} | {per_800:>7}"
        )
        if name in REFERENCE:
            print(f"{'':<13}{REFERENCE[name]}")
        if name == args.errors:
            print("\n".join(scores.errors), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
