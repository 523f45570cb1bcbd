"""Evaluate the attribution rules (A1xx) on the team's news labels (`vague`), sentence level.

A sentence counts as flagged when an A finding starts inside it (any severity, quoted or not);
the rules are developed on the train and dev splits (both must improve); the test split is closed
and scored only when asked, once, at the end.

    python -m training.evaluate_attribution              # train and dev
    python -m training.evaluate_attribution --holdout    # and the first held-out set
    python -m training.evaluate_attribution --test       # also the closed test split (once)

The first held-out labels (`training/data/news_labels/holdout/gold.jsonl`, scored once, now
development material) are counted the same way.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import click

from flagger import Flagger
from flagger.article import Article
from training.evaluate_hedging import prf
from training.news import SHARED_DATA, read_corpus
from training.news_labels import GOLD, load

HOLDOUT = GOLD.parent / "holdout" / "gold.jsonl"

SPLITS = {
    "train": "News labels train (ours)",
    "dev": "News labels dev (ours)",
    "test": "News labels test (ours)",
    "holdout": "First held-out news labels",
}


def evaluate(
    data: Path = SHARED_DATA, splits: tuple[str, ...] = ("train", "dev")
) -> dict[str, dict[str, float]]:
    """Return {split name: {precision, recall, f1}} of vague attribution per sentence."""
    checker = Flagger(select="A")
    table = {}
    for split in splits:
        name = SPLITS[split]
        sentences = _holdout() if split == "holdout" else load(split, data)
        by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
        for number, s in enumerate(sentences):
            by_article[(s.corpus, s.article)].append(number)
        texts = _texts(data, by_article)
        flagged = [0] * len(sentences)
        for key, numbers in by_article.items():
            report = checker.analyze_article(Article(texts[key]))
            starts = [f.start for f in report.findings]
            for number in numbers:
                s = sentences[number]
                flagged[number] = int(any(s.start <= at < s.end for at in starts))
        table[name] = prf([s.vague for s in sentences], flagged)
    return table


def _holdout() -> list[Any]:
    """Return the first held-out sentences (corpus, article, offsets and `vague`)."""
    rows = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines() if line]
    return [
        SimpleNamespace(
            corpus=r["corpus"],
            article=str(r["article"]),
            start=r["start"],
            end=r["end"],
            vague=int(r["vague"]),
        )
        for r in rows
    ]


def _texts(data: Path, wanted: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Return the texts of the wanted (corpus, id) articles."""
    wanted = set(wanted)
    texts = {}
    for corpus in sorted({c for c, _ in wanted}):
        for row in read_corpus(corpus, data):
            if (corpus, str(row["id"])) in wanted:
                texts[(corpus, str(row["id"]))] = str(row.get("text") or "")
    return texts


def render(table: dict[str, dict[str, float]]) -> str:
    """Return the attribution rows in the layout of the hedging table."""
    lines = []
    for split, m in table.items():
        lines.append(
            f"{split:32} {'attribution (A rules)':24} "
            f"{m['precision']:6.1f} {m['recall']:6.1f} {m['f1']:6.1f}"
        )
    return "\n".join(lines)


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=SHARED_DATA, show_default=True)
@click.option(
    "--test/--no-test",
    default=False,
    help="Also score the closed test split (once, at the end); by default it is left alone.",
)
@click.option("--holdout", is_flag=True, help="Also score the first held-out labels.")
def main(data: Path, test: bool, holdout: bool) -> None:
    """Print P/R/F1 of vague attribution on the news train, dev and test splits."""
    splits = ("train", "dev", "test") if test else ("train", "dev")
    click.echo(f"{'split':32} {'system':24} {'P':>6} {'R':>6} {'F1':>6}")
    click.echo(render(evaluate(data, (*splits, "holdout") if holdout else splits)))


if __name__ == "__main__":
    main()
