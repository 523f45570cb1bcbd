"""Evaluate the hedge model against a TF-IDF baseline and a lexicon-only system on every split."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from flagger.annotations.hedging.features import cue_index, lexicon_phrase, tokenize
from flagger.annotations.hedging.model import HedgeModel
from flagger.annotations.hedging.tagger import CueTagger
from flagger.artefacts import read_metadata
from training.hedging_corpora import LabelledSentence, read_lexicon
from training.hedging_data import (
    DEFAULT_DATA,
    NEWS_TEST,
    RECENT_NEWS,
    TestSet,
    dev_sets,
    test_sets,
    training_sentences,
)

LEXICONS = ("lexicons/wooorm/hedges.txt", "lexicons/islam2020/hedge_words.txt")
ARTICLE_SENTENCES = 35
Predictor = Callable[[list[str], str], list[int]]


def prf(gold: Sequence[int], predicted: Sequence[int]) -> dict[str, float]:
    """Return precision, recall and F1 (in %) of the uncertain class."""
    hits = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    precision = hits / max(sum(predicted), 1)
    recall = hits / max(sum(gold), 1)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return {"precision": 100 * precision, "recall": 100 * recall, "f1": 100 * f1}


def baseline(train: list[LabelledSentence], seed: int) -> Predictor:
    """Return the reference system: TF-IDF word 1-2-grams and class-weighted LogisticRegression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        LogisticRegression(class_weight="balanced", max_iter=2000, random_state=seed),
    )
    pipeline.fit([s.text for s in train], [s.label for s in train])
    return lambda texts, genre: [int(p) for p in pipeline.predict(texts)]


def lexicon_system(data: Path) -> Predictor:
    """Return a system that flags any sentence holding a hedge-lexicon entry."""
    index = cue_index(entry for name in LEXICONS for entry in read_lexicon(data / "hedging" / name))

    def hedged(text: str) -> int:
        words = [token[2] for token in tokenize(text)]
        return int(any(lexicon_phrase(words, i, index) for i in range(len(words))))

    def predict(texts: list[str], genre: str) -> list[int]:
        return [hedged(text) for text in texts]

    return predict


def ours(tagger: CueTagger) -> Predictor:
    """Return the shipped model with the threshold of each split's genre."""

    def predict(texts: list[str], genre: str) -> list[int]:
        genre = genre if genre in tagger.genres else "news"  # a model without recent news
        threshold = tagger.genres[genre].threshold
        return [int(tagger.score(text, genre)[0] >= threshold) for text in texts]

    return predict


def ours_warnings(tagger: CueTagger) -> Predictor:
    """Return the shipped model at each genre's warning threshold (H101 as a warning)."""

    def predict(texts: list[str], genre: str) -> list[int]:
        genre = genre if genre in tagger.genres else "news"
        threshold = max(tagger.genres[genre].warning, tagger.genres[genre].threshold)
        return [int(tagger.score(text, genre)[0] >= threshold) for text in texts]

    return predict


def scoring_ms(model: HedgeModel, sentences: list[str], repeats: int = 200) -> float:
    """Return the median time (ms) to score a batch the size of an 800-word article."""
    batch = sentences[:ARTICLE_SENTENCES]
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        model.score(batch)
        timings.append(time.perf_counter() - start)
    return 1000 * statistics.median(timings)


def evaluate(
    tagger: CueTagger, data: Path = DEFAULT_DATA, seed: int = 0
) -> dict[str, dict[str, dict[str, float]]]:
    """Return {split: {system: {precision, recall, f1}}} for the dev split and every test split
    but our closed news test split (never scored here)."""
    systems = {
        "baseline (tf-idf + LR)": baseline(training_sentences(data), seed),
        "lexicon only": lexicon_system(data),
        "flagger": ours(tagger),
        "flagger, warnings only": ours_warnings(tagger),
    }
    table: dict[str, dict[str, dict[str, float]]] = {}
    for split in [*dev_sets(data), *(s for s in test_sets(data) if s.name != NEWS_TEST)]:
        texts = [s.text for s in split.sentences]
        gold = [s.label for s in split.sentences]
        table[split.name] = {
            name: prf(gold, predict(texts, split.genre))
            for name, predict in systems.items()
            if split.genre == RECENT_NEWS or name != "flagger, warnings only"
        }
    return table


def render(table: dict[str, dict[str, dict[str, float]]]) -> str:
    """Return the metrics as one plain-text table."""
    lines = [f"{'split':32} {'system':24} {'P':>6} {'R':>6} {'F1':>6}"]
    for split, systems in table.items():
        for name, m in systems.items():
            lines.append(
                f"{split:32} {name:24} {m['precision']:6.1f} {m['recall']:6.1f} {m['f1']:6.1f}"
            )
    return "\n".join(lines)


def speed_report(model: HedgeModel, splits: list[TestSet]) -> dict[str, Any]:
    """Return the median batch scoring time on a news test document's sentences."""
    news = [s.text for s in splits[0].sentences]
    return {"sentences": ARTICLE_SENTENCES, "median_ms": round(scoring_ms(model, news), 3)}


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_DATA, show_default=True)
@click.option("--seed", default=0, show_default=True)
def main(data: Path, seed: int) -> None:
    """Print the evaluation table for the shipped model in `models/`, its CV F1 and speed."""
    model = HedgeModel.load_all()
    click.echo(render(evaluate(model.tagger, data, seed)))
    cv = read_metadata("hedging").get("cross_validation_f1_at_threshold", {})
    click.echo(
        "cv F1 on training (grouped 5-fold, at each genre's threshold): "
        + ", ".join(f"{genre} {f1:.1f}" for genre, f1 in cv.items())
    )
    speed = speed_report(model, test_sets(data))
    click.echo(f"scoring {speed['sentences']} sentences: median {speed['median_ms']} ms")
    from training.evaluate_attribution import evaluate as evaluate_attribution
    from training.evaluate_attribution import render as render_attribution

    click.echo(render_attribution(evaluate_attribution(data, ("dev",))))  # test stays closed


if __name__ == "__main__":
    main()
