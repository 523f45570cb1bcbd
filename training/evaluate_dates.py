"""Measure the T rules on the blind date plants, hard negatives and real printed errors.

    python -m training.evaluate_dates            # dev plants, controls, negatives, real errors
    python -m training.evaluate_dates --test     # the same on the test plants (run once)
    python -m training.evaluate_dates --misses   # also list the dev plants not found

The plants (`training/data/plants/dates.jsonl`) were written blind by another team: each is one
minimal edit (to the body or the headline) of a real dated article. A plant counts as found when
a T finding overlaps the edited span (in its field) or the partner expression (in the body).
The unedited articles are the controls: any T finding on them is a false alarm, as on the hard
negatives (`date_negatives.jsonl`). Real errors are inconsistencies already printed in the
corpora (`real_errors.jsonl`), counted as the plants are.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import flagger
from flagger.report.finding import Finding
from training.news import SHARED_DATA, read_corpus

DATA = Path(__file__).resolve().parent / "data"
FAMILIES = ("weekday", "relative_day", "relative_year", "elapsed_age", "tense")
REAL_FAMILIES = (*FAMILIES, "headline")


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _articles(keys: Iterable[tuple[str, str]], data: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The article records named by (corpus, id)."""
    wanted: dict[str, set[str]] = {}
    for corpus, article in keys:
        wanted.setdefault(corpus, set()).add(article)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for corpus, ids in wanted.items():
        for record in read_corpus(corpus, data):
            if record["id"] in ids:
                found[(corpus, record["id"])] = record
    return found


def _overlaps(finding: Finding, field: str, start: int, end: int) -> bool:
    """Whether the finding's span (or a zero-width edit point) meets [start, end) in `field`."""
    if finding.field != field:
        return False
    end = max(end, start + 1)
    return finding.start < end and start < finding.end


def _found(findings: list[Finding], field: str, span: tuple[int, int],
           partner: tuple[str, int, int] | None) -> bool:
    for f in findings:
        if _overlaps(f, field, *span):
            return True
        if partner is not None and _overlaps(f, partner[0], partner[1], partner[2]):
            return True
    return False


def _check(checker: flagger.Flagger, text: str, title: str | None, published: str) -> list[Finding]:
    report = checker.analyze(text, published=published, title=title or None)
    return [f for f in report.findings if f.rule.startswith("T")]


def _apply(record: dict[str, Any], plant: dict[str, Any]
           ) -> tuple[str, str | None, tuple[int, int], tuple[str, int, int] | None]:
    """The edited text and title, the edited span, and the partner (shifted into edited text)."""
    text, title = record["text"], record.get("title") or None
    start, end, new = plant["start"], plant["end"], plant["replacement"]
    source = text if plant["field"] == "text" else (title or "")
    edited = source[:start] + new + source[end:]
    delta = len(new) - (end - start)
    p_start, p_end = plant["partner_start"], plant["partner_end"]
    if plant["field"] == "text":
        text = edited
        if p_start is not None and p_start >= end:
            p_start, p_end = p_start + delta, p_end + delta
    else:
        title = edited
    partner = None if p_start is None else ("text", p_start, p_end)
    return text, title, (start, start + len(new)), partner


def evaluate(split: str, data: Path, misses: bool) -> None:
    checker = flagger.Flagger(select="T")
    plants = [p for p in _rows(DATA / "plants" / "dates.jsonl") if p["split"] == split]
    negatives = [n for n in _rows(DATA / "plants" / "date_negatives.jsonl")
                 if n["split"] == split]
    real = [r for r in _rows(DATA / "real_errors.jsonl") if r["family"] in REAL_FAMILIES]
    keys = {(p["corpus"], p["article"]) for p in plants}
    keys |= {(n["corpus"], n["article"]) for n in negatives}
    keys |= {(r["corpus"], r["article"]) for r in real}
    articles = _articles(keys, data)
    found: Counter[tuple[str, str]] = Counter()
    planted: Counter[tuple[str, str]] = Counter()
    missed: list[str] = []
    for plant in plants:
        record = articles[(plant["corpus"], plant["article"])]
        text, title, span, partner = _apply(record, plant)
        findings = _check(checker, text, title, plant["published"])
        hit = _found(findings, plant["field"], span, partner)
        for key in ((plant["family"], plant["field"]), (plant["family"], "all")):
            planted[key] += 1
            found[key] += hit
        if not hit:
            missed.append(f"{plant['plant']} {plant['family']} {plant['field']}: "
                          f"{plant['explanation']}")
    print(f"blind date plants, {split} split: found / planted")
    print(f"{'family':<14} {'body':>12} {'headline':>12} {'all':>16}")
    for family in FAMILIES:
        cells = []
        for field in ("text", "title", "all"):
            n, k = planted[(family, field)], found[(family, field)]
            cells.append(f"{k}/{n}" + (f" {100 * k / n:.0f}%" if n and field == "all" else ""))
        print(f"{family:<14} {cells[0]:>12} {cells[1]:>12} {cells[2]:>16}")
    total_n = sum(planted[(f, "all")] for f in FAMILIES)
    total_k = sum(found[(f, "all")] for f in FAMILIES)
    overall = f"{total_k}/{total_n} {100 * total_k / total_n:.0f}%"
    print(f"{'all':<14} {'':>12} {'':>12} {overall:>16}")

    controls = sorted({(p["corpus"], p["article"], p["published"]) for p in plants})
    alarms = _alarms(checker, articles, controls)
    neg_alarms = _alarms(checker, articles, [(n["corpus"], n["article"], n["published"])
                                              for n in negatives])
    print()
    print("false alarms (T findings on articles with no planted error)")
    for name, items, hits in (("unedited controls", controls, alarms),
                              ("hard negatives", negatives, neg_alarms)):
        print(f"{name:<18} {len(hits)} findings on {len(items)} articles = "
              f"{100 * len(hits) / max(len(items), 1):.2f} per 100")
        for line in hits:
            print(f"    {line}")

    if split == "dev":
        _real_errors(checker, articles, real)
    if misses:
        print()
        print("missed plants:")
        for line in missed:
            print(f"    {line}")


def _alarms(checker: flagger.Flagger, articles: dict[tuple[str, str], dict[str, Any]],
            items: list[tuple[str, str, str]]) -> list[str]:
    lines = []
    for corpus, article, published in items:
        record = articles[(corpus, article)]
        for f in _check(checker, record["text"], record.get("title"), published):
            lines.append(f"{corpus}/{article} {f.rule} {f.field}:{f.start}-{f.end} {f.message}")
    return lines


def _real_errors(checker: flagger.Flagger, articles: dict[tuple[str, str], dict[str, Any]],
                 real: list[dict[str, Any]]) -> None:
    print()
    print("real printed errors (date families): found / listed")
    found: Counter[str] = Counter()
    listed: Counter[str] = Counter()
    for error in real:
        record = articles[(error["corpus"], error["article"])]
        findings = _check(checker, record["text"], record.get("title"), record["date"])
        partner = None
        if error.get("partner_start") is not None:
            partner = (error.get("partner_field") or "text", error["partner_start"],
                       error["partner_end"])
        hit = _found(findings, error["field"], (error["start"], error["end"]), partner)
        listed[error["family"]] += 1
        found[error["family"]] += hit
    for family in REAL_FAMILIES:
        print(f"{family:<14} {found[family]}/{listed[family]}")
    k, n = sum(found.values()), sum(listed.values())
    print(f"{'all':<14} {k}/{n} = {100 * k / n:.0f}%")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="evaluate on the test split")
    parser.add_argument("--misses", action="store_true", help="list the plants not found")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args(argv)
    evaluate("test" if args.test else "dev", args.data, args.misses)


if __name__ == "__main__":
    main()
