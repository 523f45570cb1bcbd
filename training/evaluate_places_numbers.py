"""Measure the place and number rules (F101, F102, N101, N102) on the team's blind plants.

Data (written by others, never edited here): `training/data/plants/places_numbers.jsonl` (minimal
edits of real articles, split dev/test), `training/data/plants/place_number_negatives.jsonl` (hard
negatives: articles dense in places and figures with nothing wrong) and the capital,
place_country, count and arithmetic families of `training/data/real_errors.jsonl`.

Each article is checked as its title, a blank line and its text (so title plants are covered).
A plant is found when a finding of its rule has the edited words in its span or in `related`.
False alarms: F/N findings on the unedited article at the plant's words (controls), and F/N
findings per 100 hard-negative articles. Usage:

    python -m training.evaluate_places_numbers [--test] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from flagger import Flagger
from flagger.report.finding import Finding
from training.news import SHARED_DATA, read_corpus

HERE = Path(__file__).resolve().parent / "data"
RULES = ("F101", "F102", "N101", "N102")
FAMILY_RULE = {"capital": "F101", "place_country": "F102", "count": "N101", "arithmetic": "N102"}


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read one JSON object per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def articles_for(rows: list[dict[str, Any]], data: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Return the articles the rows name, keyed by (corpus, id)."""
    wanted: dict[str, set[str]] = {}
    for row in rows:
        wanted.setdefault(row["corpus"], set()).add(row["article"])
    found = {}
    for corpus, ids in wanted.items():
        for article in read_corpus(corpus, data):
            if article["id"] in ids:
                found[(corpus, article["id"])] = article
    return found


def compose(article: dict[str, Any]) -> tuple[str, int]:
    """Return title + blank line + text, and where the text starts in it."""
    title = (article.get("title") or "").strip()
    head = f"{title}\n\n" if title else ""
    return head + article["text"], len(head)


def run(checker: Flagger, text: str, published: str | None) -> list[Finding]:
    """Return the F and N findings on `text`, analysed as `flagger check` reads a file: a title
    line at its head is the headline, so headline readers see it."""
    day = date.fromisoformat(published[:10]) if published else None
    report = checker.analyze(text, published=day)
    return [f for f in report.findings if f.rule[0] in "FN"]


def touches(finding: Finding, start: int, end: int) -> bool:
    """Say whether the finding's span or a related span overlaps [start, end)."""
    spans = [(finding.start, finding.end)] + [(s.start, s.end) for s in finding.related]
    return any(a < end and start < b for a, b in spans)


def main() -> None:
    """Print recall per rule, false alarms and real-error recall."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--test", action="store_true", help="also score the test split (once)")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--show", action="store_true", help="print misses and false alarms")
    args = parser.parse_args()
    plants = load_jsonl(HERE / "plants" / "places_numbers.jsonl")
    negatives = load_jsonl(HERE / "plants" / "place_number_negatives.jsonl")
    real = [r for r in load_jsonl(HERE / "real_errors.jsonl") if r["family"] in FAMILY_RULE]
    articles = articles_for(plants + negatives + real, args.data)
    checker = Flagger(select="F,N")
    splits = ("dev", "test") if args.test else ("dev",)
    found: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    control_alarms, controls = 0, 0
    for plant in plants:
        if plant["split"] not in splits:
            continue
        article = articles[(plant["corpus"], plant["article"])]
        text, offset = compose(article)
        if plant["field"] == "title":
            offset = 0
        start, end = plant["start"] + offset, plant["end"] + offset
        original = text[start:end]
        assert hashlib.sha1(original.encode()).hexdigest() == plant["original_sha1"], plant["plant"]
        edited = text[:start] + plant["replacement"] + text[end:]
        hits = [
            f for f in run(checker, edited, article.get("date"))
            if f.rule == plant["rule"] and touches(f, start, start + len(plant["replacement"]))
        ]
        key = (plant["split"], plant["rule"])
        total[key] += 1
        found[key] += bool(hits)
        if args.show and not hits:
            print("MISS", plant["plant"], plant["rule"], repr(edited[start - 80 : end + 60]))
        alarms = [f for f in run(checker, text, article.get("date")) if touches(f, start, end)]
        controls += 1
        control_alarms += bool(alarms)
        if args.show and alarms:
            print("CONTROL", plant["plant"], [(f.rule, f.message) for f in alarms])
    print("recall per rule (found / planted)")
    print("| split | " + " | ".join(RULES) + " | all |")
    print("|---|" + "---|" * (len(RULES) + 1))
    for split in splits:
        cells = []
        for rule in RULES:
            n, k = total[(split, rule)], found[(split, rule)]
            cells.append(f"{100 * k / n:.0f}% ({k}/{n})" if n else "-")
        n = sum(total[(split, r)] for r in RULES)
        k = sum(found[(split, r)] for r in RULES)
        print(f"| {split} | " + " | ".join(cells) + f" | {100 * k / n:.0f}% ({k}/{n}) |")
    print(f"\ncontrols flagged at the plant location: {control_alarms}/{controls}")
    negative_findings = 0
    for row in negatives:
        article = articles[(row["corpus"], row["article"])]
        findings = run(checker, compose(article)[0], article.get("date"))
        negative_findings += len(findings)
        if args.show:
            for f in findings:
                print("NEGATIVE", row["article"], f.rule, f.message)
    print(
        f"hard negatives: {negative_findings} F/N findings in {len(negatives)} articles "
        f"= {100 * negative_findings / len(negatives):.2f} per 100 articles"
    )
    hit = Counter[str]()
    for row in real:
        article = articles[(row["corpus"], row["article"])]
        text, offset = compose(article)
        rule = FAMILY_RULE[row["family"]]
        spans = [(row["start"] + offset, row["end"] + offset)]
        if row.get("partner_start") is not None:
            spans.append((row["partner_start"] + offset, row["partner_end"] + offset))
        findings = run(checker, text, article.get("date"))
        hit[row["family"]] += any(
            f.rule == rule and any(touches(f, a, b) for a, b in spans) for f in findings
        )
    counts = Counter(r["family"] for r in real)
    print("\nreal printed errors found: " + ", ".join(
        f"{family} {hit[family]}/{n}" for family, n in sorted(counts.items())
    ))


if __name__ == "__main__":
    main()
