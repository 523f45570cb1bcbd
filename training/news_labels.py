"""The team's news labels (`training/data/news_labels/`): hedging (`spec`) and vague attribution
(`vague`) per sentence of 224 whole articles, split train/dev/test by article.

The repository keeps only corpus, article id, offsets and labels; the texts are joined at run
time from `../shared/data/news/<corpus>/articles.jsonl`.

    python -m training.news_labels          # counts per split and the annotators' agreement
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from training.hedging_corpora import LabelledSentence
from training.news import EVALUATION_ONLY, SHARED_DATA, read_corpus

LABELS = Path(__file__).resolve().parent / "data" / "news_labels"
GOLD = LABELS / "gold.jsonl"
TRAINED_ROUNDS = 16
"""The held-out rounds the model trains on: each was scored once at the end of its stop and is
training material since; the newest round, written blind for the next run, is never among them.
Training on thirteen rounds instead of seven, scored on rounds 14 to 16 that neither saw
(`training.hedging_rounds --trained-rounds 13`), gave F1 81.3 / 82.1 / 75.1 against 82.0 / 81.8 /
72.8 (mean 79.5 against 78.9) and warning recall 58.9 / 57.5 / 55.6 against 52.6 / 50.7 / 44.4 at
the same warning precision; earlier, twelve rounds against seven had scored lower on rounds 8 to
12 (F1 77.3 against 78.4 on average), so the gain is small and recent. Training on eighteen
(each of rounds 17 to 19 left out in turn) against sixteen scored F1 80.9 / 75.3 / 71.3 against
81.7 / 75.9 / 71.6: no gain, so the model still trains on sixteen."""
SCORED_ROUNDS = 19
"""The held-out rounds scored once so far: development material, which a leave-one-round-out run
(`training.hedging_rounds --trained-rounds`) may train on; the next round is never trained on."""


def held_out(rounds: int) -> tuple[Path, ...]:
    """Return the label files of the first `rounds` held-out rounds (2: holdout, holdout2)."""
    return tuple(
        LABELS / (f"holdout{n}" if n > 1 else "holdout") / "gold.jsonl"
        for n in range(1, rounds + 1)
    )


HELD_OUT = held_out(TRAINED_ROUNDS)
"""The held-out label files the model now trains on."""
ANNOTATORS = LABELS / "annotators.jsonl"
SPLITS = ("train", "dev", "test")
GENRE = "news"


@dataclass(frozen=True, slots=True)
class NewsSentence:
    """One labelled sentence: article offsets, text, labels, cue offsets within the sentence."""

    corpus: str
    article: str
    index: int
    start: int
    end: int
    text: str
    spec: int
    vague: int
    spec_cues: tuple[tuple[int, int], ...]
    split: str

    def hedging(self) -> LabelledSentence:
        """Return the sentence as a hedging example of the news genre."""
        doc_id = f"{self.corpus}/{self.article}"
        return LabelledSentence(self.text, self.spec, self.spec_cues, doc_id, GENRE)


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _texts(corpora: Iterable[str], data: Path) -> dict[tuple[str, str], str]:
    """Return the article texts of the labelled corpora, keyed by (corpus, id)."""
    texts = {}
    for corpus in sorted(set(corpora)):
        assert corpus not in EVALUATION_ONLY, corpus
        for row in read_corpus(corpus, data):
            texts[(corpus, str(row["id"]))] = str(row.get("text") or "")
    return texts


def _relative(cues: list[list[int]], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Move article-offset cue spans into the sentence (clipped to it)."""
    moved = [(max(a, start) - start, min(b, end) - start) for a, b in cues]
    return tuple((a, b) for a, b in moved if b > a)


def load(
    split: str | None = None, data: Path = SHARED_DATA, path: Path = GOLD
) -> list[NewsSentence]:
    """Return the sentences of `path` (of one split, or all), texts joined from `data`."""
    rows = [r for r in _rows(path) if split is None or r["split"] == split]
    texts = _texts((r["corpus"] for r in rows), data)
    out = []
    for r in rows:
        text = texts[(r["corpus"], str(r["article"]))]
        start, end = int(r["start"]), int(r["end"])
        out.append(
            NewsSentence(
                r["corpus"],
                str(r["article"]),
                int(r["sentence"]),
                start,
                end,
                text[start:end],
                int(r["spec"]),
                int(r["vague"]),
                _relative(r["spec_cues"], start, end),
                r["split"],
            )
        )
    return out


def cohen_kappa(pairs: list[tuple[int, int]]) -> float:
    """Return Cohen's kappa of two label sequences given as pairs."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first.keys() | second.keys()) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement(path: Path = ANNOTATORS) -> dict[str, Any]:
    """Return the double-labelled sentence count, kappa per label and disagreements."""
    by_sentence: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for r in _rows(path):
        by_sentence.setdefault((r["corpus"], str(r["article"]), int(r["sentence"])), []).append(r)
    double = [labels[:2] for labels in by_sentence.values() if len(labels) >= 2]
    result: dict[str, Any] = {"sentences": len(by_sentence), "double_labelled": len(double)}
    for label in ("spec", "vague"):
        pairs = [(int(a[label]), int(b[label])) for a, b in double]
        result[f"kappa_{label}"] = round(cohen_kappa(pairs), 3)
        result[f"disagreements_{label}"] = sum(a != b for a, b in pairs)
    result["disagreements"] = sum(
        a["spec"] != b["spec"] or a["vague"] != b["vague"] for a, b in double
    )
    return result


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=SHARED_DATA, show_default=True)
def main(data: Path) -> None:
    """Print the counts per split and the annotators' agreement."""
    sentences = load(data=data)
    click.echo(f"{'split':6} {'articles':>8} {'sentences':>9} {'spec':>5} {'vague':>5}")
    for split in SPLITS:
        rows = [s for s in sentences if s.split == split]
        articles = len({(s.corpus, s.article) for s in rows})
        spec, vague = sum(s.spec for s in rows), sum(s.vague for s in rows)
        click.echo(f"{split:6} {articles:8} {len(rows):9} {spec:5} {vague:5}")
    a = agreement()
    click.echo(
        f"double-labelled sentences: {a['double_labelled']}; kappa spec {a['kappa_spec']:.3f}, "
        f"vague {a['kappa_vague']:.3f}; sentences with a disagreement: {a['disagreements']} "
        f"(spec {a['disagreements_spec']}, vague {a['disagreements_vague']})"
    )


if __name__ == "__main__":
    main()
