"""Labelled sentences for the trained vague-attribution scorer, with the A rules' hits on each.

The team's train and dev splits and the scored held-out rounds (never the closed test split, never
the newest blind round); every sentence carries its `vague` label, the rule codes of the A findings
that start inside it and its attribution-grammar features.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from flagger import Flagger
from flagger.article import Article
from training.attribution_features import features
from training.news import SHARED_DATA, read_corpus
from training.news_labels import GOLD, LABELS, NewsSentence, load

ROUNDS = tuple(f"holdout{n}" if n > 1 else "holdout" for n in range(1, 10))
"""The nine held-out rounds built from (development material since they were scored)."""
CHECK_ROUNDS = ("holdout10", "holdout11")
"""The rounds a scorer is checked on, never trained or tuned on: only their scores are read."""


@dataclass(frozen=True, slots=True)
class Example:
    """One sentence: where it comes from, its label, the rules' codes in it and its features
    (empty without a speech, cognition or hearsay cue word)."""

    group: str
    text: str
    vague: int
    rules: tuple[str, ...]
    features: tuple[str, ...]


def _rule_hits(sentences: list[NewsSentence], data: Path) -> list[tuple[str, ...]]:
    """Return, per sentence, the codes of the A findings that start inside it."""
    by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, s in enumerate(sentences):
        by_article[(s.corpus, s.article)].append(number)
    texts: dict[tuple[str, str], str] = {}
    for corpus in sorted({c for c, _ in by_article}):
        for row in read_corpus(corpus, data):
            if (corpus, str(row["id"])) in by_article:
                texts[(corpus, str(row["id"]))] = str(row.get("text") or "")
    checker = Flagger(select="A")
    hits: list[tuple[str, ...]] = [()] * len(sentences)
    for key, numbers in by_article.items():
        found = checker.analyze_article(Article(texts[key])).findings
        for number in numbers:
            s = sentences[number]
            hits[number] = tuple(sorted({f.rule for f in found if s.start <= f.start < s.end}))
    return hits


def examples_of(group: str, sentences: list[NewsSentence], data: Path) -> list[Example]:
    """Return the examples of one group of labelled sentences."""
    hits = _rule_hits(sentences, data)
    return [
        Example(group, s.text, s.vague, rules, tuple(features(s.text)))
        for s, rules in zip(sentences, hits, strict=True)
    ]


def load_groups(
    data: Path = SHARED_DATA, rounds: tuple[str, ...] = ROUNDS
) -> dict[str, list[Example]]:
    """Return the examples of the team's train and dev splits and of each round in `rounds`."""
    groups = {s: examples_of(s, load(s, data, GOLD), data) for s in ("train", "dev")}
    for name in rounds:
        groups[name] = examples_of(name, load(None, data, LABELS / name / "gold.jsonl"), data)
    return groups
