"""Score flagger once on the held-out sets written blind while its rules were being changed.

    python -m training.evaluate_holdout                  # the first set, all four tables
    python -m training.evaluate_holdout --set holdout2   # the second set (holdout3 to 5 too)
    python -m training.evaluate_holdout --misses         # also list what was missed

Each set `NAME` lives in `training/data/plants/NAME/` (date plants and negatives, place and number
plants and negatives), `training/data/NAME/real_errors.jsonl` (errors found printed in the
non-evaluation corpora) and `training/data/news_labels/NAME/gold.jsonl` (every sentence of whole
articles labelled `spec` and `vague` by two annotators, disagreements adjudicated); a set may lack
some of them. Helpers that had only
the specification wrote them while the rules were being changed; each set was committed before
any rule ran on it and is never edited. Plants are counted as in `evaluate_dates` and
`evaluate_places_numbers`; the news labels as in `evaluate_hedging` (the model on each sentence)
and `evaluate_attribution` (an A finding starting in the sentence), and also as an editor sees
H101 in a report (a finding starting in the sentence).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flagger import Flagger
from flagger.annotations.hedging.model import HedgeModel
from flagger.article import Article
from flagger.report.finding import Finding
from training.evaluate_dates import (
    FAMILIES,
    REAL_FAMILIES,
    _alarms,
    _apply,
    _articles,
    _check,
    _found,
)
from training.evaluate_hedging import ours, prf
from training.evaluate_places_numbers import FAMILY_RULE, RULES, compose, run, touches
from training.news import SHARED_DATA

DATA = Path(__file__).resolve().parent / "data"
SETS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
        "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13",
        "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19",
        "holdout20")


@dataclass(frozen=True)
class HeldOutSet:
    """Where the files of one held-out set live."""

    name: str

    @property
    def plants(self) -> Path:
        return DATA / "plants" / self.name

    @property
    def labels(self) -> Path:
        return DATA / "news_labels" / self.name / "gold.jsonl"

    @property
    def real_errors(self) -> Path:
        return DATA / self.name / "real_errors.jsonl"


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _percent(k: int, n: int) -> str:
    return f"{100 * k / n:.0f}% ({k}/{n})" if n else "-"


def dates(held: HeldOutSet, data: Path, misses: bool) -> None:
    """Print recall per date family and field, and false alarms on controls and negatives."""
    checker = Flagger(select="T")
    plants = _rows(held.plants / "dates.jsonl")
    negatives = _rows(held.plants / "date_negatives.jsonl")
    articles = _articles({(r["corpus"], r["article"]) for r in plants + negatives}, data)
    found: Counter[tuple[str, str]] = Counter()
    planted: Counter[tuple[str, str]] = Counter()
    for plant in plants:
        text, title, span, partner = _apply(articles[(plant["corpus"], plant["article"])], plant)
        hit = _found(_check(checker, text, title, plant["published"]), plant["field"], span,
                     partner)
        for key in ((plant["family"], plant["field"]), (plant["family"], "all"), ("all", "all")):
            planted[key] += 1
            found[key] += hit
        if misses and not hit:
            print(f"  MISS {plant['plant']} {plant['family']} {plant['field']}: "
                  f"{plant['explanation']}")
    print(f"\n{held.name} date plants: found / planted")
    print("| family | body | headline | all |\n|---|---:|---:|---:|")
    for family in (*FAMILIES, "all"):
        cells = [_percent(found[(family, f)], planted[(family, f)]) for f in ("text", "title")]
        print(f"| {family} | {cells[0]} | {cells[1]} | "
              f"{_percent(found[(family, 'all')], planted[(family, 'all')])} |")
    controls = sorted({(p["corpus"], p["article"], p["published"]) for p in plants})
    for name, items in (("unedited controls", controls),
                        ("hard negatives", [(n["corpus"], n["article"], n["published"])
                                            for n in negatives])):
        hits = _alarms(checker, articles, items)
        print(f"{name}: {len(hits)} T findings on {len(items)} articles = "
              f"{100 * len(hits) / max(len(items), 1):.1f} per 100")
        for line in hits:
            print(f"    {line}")


def places_numbers(held: HeldOutSet, data: Path, misses: bool) -> None:
    """Print recall per F/N rule and the false alarms on controls and negatives."""
    checker = Flagger(select="F,N")
    plants = _rows(held.plants / "places_numbers.jsonl")
    negatives = _rows(held.plants / "place_number_negatives.jsonl")
    articles = _articles({(r["corpus"], r["article"]) for r in plants + negatives}, data)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    control_alarms = 0
    for plant in plants:
        article = articles[(plant["corpus"], plant["article"])]
        text, offset = compose(article)
        offset = 0 if plant["field"] == "title" else offset
        start, end = plant["start"] + offset, plant["end"] + offset
        if plant["original_sha1"]:  # "" marks a pure insertion (start == end)
            assert hashlib.sha1(text[start:end].encode()).hexdigest() == plant["original_sha1"]
        edited = text[:start] + plant["replacement"] + text[end:]
        hit = any(f.rule == plant["rule"] and touches(f, start, start + len(plant["replacement"]))
                  for f in run(checker, edited, article.get("date")))
        total[plant["rule"]] += 1
        found[plant["rule"]] += hit
        if misses and not hit:
            print(f"  MISS {plant['plant']} {plant['rule']}: {plant['explanation']}")
        control_alarms += any(touches(f, start, end)
                              for f in run(checker, text, article.get("date")))
    print(f"\n{held.name} place and number plants: found / planted")
    print("| " + " | ".join(RULES) + " | all |\n|" + "---:|" * (len(RULES) + 1))
    print("| " + " | ".join(_percent(found[r], total[r]) for r in RULES)
          + f" | {_percent(sum(found.values()), sum(total.values()))} |")
    print(f"controls flagged at the plant location: {control_alarms}/{len(plants)}")
    negative = [f for row in negatives
                for f in run(checker, compose(articles[(row["corpus"], row["article"])])[0],
                             articles[(row["corpus"], row["article"])].get("date"))]
    print(f"hard negatives: {len(negative)} F/N findings in {len(negatives)} articles")
    for f in negative:
        print(f"    {f.rule} {f.message}")


def real_errors(held: HeldOutSet, data: Path, misses: bool) -> None:
    """Print how many of the held-out real printed errors a finding of the right family meets.

    A date family needs a T finding; a place or number family a finding of its rule; a headline
    clash (dates or figures) any T, F or N finding that meets the error or its partner."""
    rows = _rows(held.real_errors)
    articles = _articles({(r["corpus"], r["article"]) for r in rows}, data)
    dates_checker, places_checker = Flagger(select="T"), Flagger(select="F,N")
    found: Counter[str] = Counter()
    listed: Counter[str] = Counter()
    for row in rows:
        record = articles[(row["corpus"], row["article"])]
        hit = False
        if row["family"] in REAL_FAMILIES:
            findings = _check(dates_checker, record["text"], record.get("title"),
                              record.get("date"))
            partner = None
            if row.get("partner_start") is not None:
                partner = (row.get("partner_field") or "text", row["partner_start"],
                           row["partner_end"])
            hit = _found(findings, row["field"], (row["start"], row["end"]), partner)
        if row["family"] not in FAMILIES:
            spans = [(row["field"], row["start"], row["end"])]
            if row.get("partner_start") is not None:
                spans.append((row.get("partner_field") or "text", row["partner_start"],
                              row["partner_end"]))
            report = places_checker.analyze(record["text"], title=record.get("title") or None,
                                            published=record.get("date"))
            wanted = FAMILY_RULE.get(row["family"])  # None for a headline clash: any F or N
            hit = hit or any(f.rule[0] in "FN" and wanted in (None, f.rule)
                             and any(_meets(f, *span) for span in spans)
                             for f in report.findings)
        listed[row["family"]] += 1
        found[row["family"]] += hit
        if misses and not hit:
            print(f"  MISS real {row['family']} {row['corpus']}/{row['article']}: {row['note']}")
    print(f"\n{held.name} real printed errors: found / listed")
    print("| family | found |\n|---|---:|")
    for family in sorted(listed):
        print(f"| {family} | {_percent(found[family], listed[family])} |")
    print(f"| all | {_percent(sum(found.values()), sum(listed.values()))} |")


def _meets(finding: Finding, field: str, start: int, end: int) -> bool:
    """Whether the finding's span or one of its related spans meets [start, end) in `field`."""
    end = max(end, start + 1)
    spans = [(finding.field, finding.start, finding.end),
             *((s.field, s.start, s.end) for s in finding.related)]
    return any(f == field and a < end and start < b for f, a, b in spans)


def news_labels(held: HeldOutSet, data: Path) -> None:
    """Print hedging and attribution P/R/F1 per sentence on the held-out news labels."""
    rows = _rows(held.labels)
    articles = _articles({(r["corpus"], str(r["article"])) for r in rows}, data)
    by_article: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_article[(row["corpus"], str(row["article"]))].append(row)
    predict = ours(HedgeModel.load_all().tagger)
    checker = Flagger(select="H,A")
    gold: dict[str, list[int]] = {"spec": [], "vague": []}
    got: dict[str, list[int]] = defaultdict(list)
    for key, sentences in by_article.items():
        text = str(articles[key].get("text") or "")
        report = checker.analyze_article(Article(text))
        starts = {
            "H101 in the report": [f.start for f in report.findings if f.rule == "H101"],
            "H101 warnings": [f.start for f in report.findings
                              if f.rule == "H101" and f.severity == "warning"],
            "attribution (A rules)": [f.start for f in report.findings if f.rule[0] == "A"],
        }
        for s in sentences:
            gold["spec"].append(int(s["spec"]))
            gold["vague"].append(int(s["vague"]))
            sentence = text[s["start"]:s["end"]]
            got["hedging model"].extend(predict([sentence], "news"))
            for name, points in starts.items():
                got[name].append(int(any(s["start"] <= at < s["end"] for at in points)))
    print(f"\n{held.name} news labels: {len(gold['spec'])} sentences of {len(by_article)} "
          f"articles, {sum(gold['spec'])} spec, {sum(gold['vague'])} vague")
    print("| system | P | R | F1 |\n|---|---:|---:|---:|")
    for name, predicted in got.items():
        label = "vague" if name.startswith("attribution") else "spec"
        m = prf(gold[label], predicted)
        print(f"| {name} | {m['precision']:.1f} | {m['recall']:.1f} | {m['f1']:.1f} |")


def main(argv: list[str] | None = None) -> None:
    """Print every held-out table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--set", choices=SETS, default=SETS[0], help="which held-out set")
    parser.add_argument("--misses", action="store_true", help="list the plants not found")
    args = parser.parse_args(argv)
    held = HeldOutSet(args.set)
    if (held.plants / "dates.jsonl").exists():
        dates(held, args.data, args.misses)
    if (held.plants / "places_numbers.jsonl").exists():
        places_numbers(held, args.data, args.misses)
    if held.real_errors.exists():
        real_errors(held, args.data, args.misses)
    if held.labels.exists():
        news_labels(held, args.data)


if __name__ == "__main__":
    main()
