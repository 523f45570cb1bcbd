"""Run the A rules on untouched articles and score their findings against stored verdicts.

    python -m training.untouched_attribution --write before.jsonl        # in the tree before
    python -m training.untouched_attribution --against before.jsonl --show   # in the tree after

The sample: the non-evaluation corpora, without any article a file under `training/data/` names
(plants, negatives, labels, real errors), shuffled with `--seed` and cut to `--total` articles.
`--against` keeps only the findings the other tree's `--write` file lacks (what a change adds);
`--show` prints each with its context for reading (the text is shown, never stored). Verdicts
live in `training/data/attribution_untouched_verdicts.jsonl` (corpus, article, rule, offsets,
verdict "right" or "wrong"; no article text).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from flagger import Flagger
from flagger.article import Article
from training.news import EVALUATION_ONLY, SHARED_DATA, read_corpus, reserved
from training.untouched_places_numbers import CORPORA

DATA = Path(__file__).resolve().parent / "data"
VERDICTS = DATA / "attribution_untouched_verdicts.jsonl"
Key = tuple[str, str, str, int, int]


def named_articles() -> set[str]:
    """Return every article id a JSONL file under training/data names (but the verdicts here)."""
    ids: set[str] = set()
    for path in sorted(set(DATA.rglob("*.jsonl")) - {VERDICTS}):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict):
                ids.update(str(row[k]) for k in ("article", "id") if k in row)
    return ids


def sample(total: int, seed: int, data: Path) -> list[tuple[str, dict[str, Any]]]:
    """Return `total` untouched (corpus, article) pairs outside the reserved pool, shuffled.

    The reserved articles are dropped after the shuffle, so the order (and the stored verdicts)
    of the others is the one the sample had before the pool existed.
    """
    used = named_articles()
    pool: list[tuple[str, dict[str, Any]]] = []
    for corpus in CORPORA:
        assert corpus not in EVALUATION_ONLY
        pool.extend(
            (corpus, row)
            for row in read_corpus(corpus, data)
            if row.get("text") and str(row["id"]) not in used
        )
    random.Random(seed).shuffle(pool)
    return [(corpus, row) for corpus, row in pool if not reserved(corpus, row["id"])][:total]


def findings(pool: list[tuple[str, dict[str, Any]]]) -> Iterator[tuple[Key, str]]:
    """Yield ((corpus, article, rule, start, end), text) of every A finding in the pool."""
    checker = Flagger(select="A")
    for corpus, row in pool:
        text = str(row["text"])
        for f in checker.analyze_article(Article(text)).findings:
            yield (corpus, str(row["id"]), f.rule, f.start, f.end), text


def _keys(path: Path) -> set[Key]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {(r["corpus"], r["article"], r["rule"], r["start"], r["end"]) for r in rows}


def _verdicts() -> dict[Key, str]:
    rows = [json.loads(line) for line in VERDICTS.read_text(encoding="utf-8").splitlines() if line]
    return {(r["corpus"], r["article"], r["rule"], r["start"], r["end"]): r["verdict"]
            for r in rows}


def main() -> None:
    """Print the (new) A findings on the untouched sample and the precision of those judged."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--write", type=Path, help="store every finding's key here")
    parser.add_argument("--against", type=Path, help="keep only findings this file lacks")
    parser.add_argument("--show", action="store_true", help="print each finding's context")
    args = parser.parse_args()
    before = _keys(args.against) if args.against else set()
    verdicts = _verdicts()
    scored: Counter[str] = Counter()
    kept = []
    for key, text in findings(sample(args.total, args.seed, args.data)):
        if key in before:
            continue
        kept.append(key)
        verdict = verdicts.get(key, "unjudged")
        scored[verdict] += 1
        if args.show:
            corpus, article, rule, start, end = key
            context = f"{text[max(0, start - 160):start]}«{text[start:end]}»{text[end:end + 120]}"
            shown = " ".join(context.split())
            print(f"{corpus} {article} {rule} {start} {end} {verdict} | {shown}")
    if args.write:
        args.write.write_text("".join(json.dumps(dict(zip(
            ("corpus", "article", "rule", "start", "end"), key, strict=True))) + "\n"
            for key in kept), encoding="utf-8")
    judged = scored["right"] + scored["wrong"]
    share = f"{100 * scored['right'] / judged:.0f}%" if judged else "n/a"
    print(f"{len(kept)} findings; right {scored['right']}, wrong {scored['wrong']} ({share}), "
          f"unjudged {scored['unjudged']}")


if __name__ == "__main__":
    main()
