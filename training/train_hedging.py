"""Train the cue tagger on the training splits and write `models/hedging.weights.json` + JSON.

Every candidate word of every training sentence is an example, labelled by whether it lies in an
annotated cue span; a logistic regression with a feature copy per genre learns them. A sentence's
logit is its highest cue logit. Regularisation, Platt scaling and the threshold of each genre are
chosen on out-of-fold sentence logits (5 folds grouped by document; candidate words, the cue
lexicon and the feature vocabulary are learned inside each fold).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import numpy as np
import scipy.sparse as sp

from flagger import __version__ as flagger_version
from flagger.annotations.hedging.features import (
    STEM,
    Lexicon,
    Token,
    cue_index,
    is_candidate,
    token_features,
    tokenize,
)
from flagger.annotations.hedging.model import HedgeModel
from flagger.annotations.hedging.tagger import NO_CANDIDATE, CueTagger, GenreWeights
from flagger.artefacts import sha256_of, write_artefact
from training.evaluate_hedging import evaluate, render, speed_report
from training.hedging_corpora import LabelledSentence
from training.hedging_data import (
    DEFAULT_DATA,
    RECENT_NEWS,
    news_labels,
    test_sets,
    training_sentences,
)
from training.hedging_lexicon import learn_cues
from training.news_labels import GOLD, HELD_OUT

MODELS = Path(__file__).resolve().parent.parent / "models"
WEIGHTS = "hedging.weights.json"
GENRES = ("news", "wiki", "bio", "bio-paper", "recent-news")
PARENTS = {"bio-paper": ("bio",), "recent-news": ("news",)}
POOLED = ("bio",)
"""Genres calibrated on their children's sentences too (bio abstracts and papers)."""
WARNING_PRECISION = 0.90
"""H101 is a warning from the lowest threshold whose precision on the news dev split (here and
at the next grid points) reaches this; info below it. The issue asks for 0.85; at 0.85 (3.4.0:
threshold 0.74) 34 of 40 warnings read on untouched articles were right, so the dev split (159
speculative sentences) is given a margin."""
REPORT_PRECISION = 0.80
"""H101 is reported from the lowest threshold, at or above the best-F1 one, whose precision on
the news dev split (here and at the next grid points) reaches this. At the best-F1 threshold
(3.4.0: 0.34, dev precision 0.74) precision fell on each new set of articles (held-out rounds:
0.68 to 0.74); the issue asks for 0.80 on held-out news."""
GRID_C = (0.1, 0.3, 1.0)
CV_TOLERANCE = 0.003
"""C is the most regularised value whose CV objective is within this (0.3 points of F1) of the
best: differences that small are fold noise, and a stronger prior generalises better."""
CANDIDATE_RATE = 0.02
"""A word is a candidate when at least this share of its training occurrences are cues (0.02, not
0.005: function words such as "is", "be", "or" are rarely cues themselves; dropping them took the
news dev F1 from 76.4 to 77.7 and the feature count from 155k to 102k, and scoring is faster)."""
MIN_CUES = 2
"""A word is a candidate only when it was a cue at least this often: single cues add candidates
(and scoring time) without a weight the model can trust."""
FOLDS = 5
MIN_FEATURE_COUNT = 2
PRUNE_BELOW = 1e-3
THRESHOLDS = np.arange(1, 100) / 100
SMOOTH = 5
"""Thresholds are chosen on F1 averaged over this many neighbouring grid points."""
VERSION = "3.9.0"
TRAINING_FILES = (
    "hedging/szeged-uncertainty/factbank.xml",
    "hedging/szeged-uncertainty/wiki.xml",
    "hedging/szeged-uncertainty/bio_bmc.xml",
    "hedging/szeged-uncertainty/bio_fly.xml",
    "hedging/szeged-uncertainty/bio_hbc.xml",
)
SPLIT_FILES = ("hedging/szeged-test-docs.json", "hedging/conll2010-bio/eval.tsv")
SOURCES = {"hedging/szeged-test-docs.json": "hedging/szeged-uncertainty"}


@dataclass(frozen=True, slots=True)
class Corpus:
    """Tokenized training sentences with per-token cue labels, genres and documents."""

    sentences: list[LabelledSentence]
    tokens: list[list[Token]]
    cue_tokens: list[list[int]]
    labels: np.ndarray
    genres: np.ndarray
    groups: np.ndarray


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What the tagger learns before fitting: candidate words and stems, and the cue lexicon."""

    forms: frozenset[str]
    stems: frozenset[str]
    lexicon: Lexicon


@dataclass(frozen=True, slots=True)
class Examples:
    """The candidate tokens of some sentences: their sentence, token index, features and label."""

    sentence: np.ndarray
    token: np.ndarray
    features: list[list[str]]
    labels: np.ndarray


def corpus(sentences: list[LabelledSentence]) -> Corpus:
    """Tokenize sentences and mark the tokens overlapping a cue span."""
    tokens = [tokenize(s.text) for s in sentences]
    cue_tokens = [
        [int(any(a < end and b > start for start, end in s.cues)) for a, b, _ in sentence_tokens]
        for s, sentence_tokens in zip(sentences, tokens, strict=True)
    ]
    return Corpus(
        sentences,
        tokens,
        cue_tokens,
        np.array([s.label for s in sentences]),
        np.array([s.genre for s in sentences]),
        np.array([s.doc_id for s in sentences]),
    )


def learn_vocabulary(c: Corpus, rows: Sequence[int]) -> Vocabulary:
    """Learn candidate words, stems and the cue lexicon from some training sentences."""
    cues: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for r in rows:
        for (_, _, word), is_cue in zip(c.tokens[r], c.cue_tokens[r], strict=True):
            seen[word] += 1
            cues[word] += is_cue
    forms = {w for w, n in cues.items() if n >= MIN_CUES and n >= CANDIDATE_RATE * seen[w]}
    stems = {w[:STEM] for w in forms if len(w) > STEM and cues[w] >= 2}
    lexicon = cue_index(learn_cues(c.sentences[r] for r in rows))
    return Vocabulary(frozenset(forms), frozenset(stems), lexicon)


def examples(c: Corpus, vocabulary: Vocabulary) -> Examples:
    """Return every candidate token of the corpus with its features."""
    sentence, token, features, labels = [], [], [], []
    for r, sentence_tokens in enumerate(c.tokens):
        words = [t[2] for t in sentence_tokens]
        for i, word in enumerate(words):
            if is_candidate(word, vocabulary.forms, vocabulary.stems):
                sentence.append(r)
                token.append(i)
                features.append(token_features(words, i, vocabulary.lexicon))
                labels.append(c.cue_tokens[r][i])
    return Examples(np.array(sentence), np.array(token), features, np.array(labels))


def prefixes(genre: str) -> tuple[str, ...]:
    """Return the column prefixes of a genre: its parents' and its own."""
    return tuple(f"{g}|" for g in (*PARENTS.get(genre, ()), genre))


def matrix(
    c: Corpus, ex: Examples, rows: np.ndarray, columns: dict[str, int] | None = None
) -> tuple[sp.csr_matrix, dict[str, int]]:
    """Vectorize some examples (plus a copy per genre); learn the columns when none are given."""
    if columns is None:
        counts = Counter(name for r in rows for name in dict.fromkeys(ex.features[r]))
        columns = {}
        for r in rows:
            for name in dict.fromkeys(ex.features[r]):
                if counts[name] >= MIN_FEATURE_COUNT:
                    for prefix in ("", *prefixes(c.genres[ex.sentence[r]])):
                        columns.setdefault(prefix + name, len(columns))
    row_ids, col_ids = [], []
    for out, r in enumerate(rows):
        names = dict.fromkeys(ex.features[r])
        for prefix in ("", *prefixes(c.genres[ex.sentence[r]])):
            for name in names:
                column = columns.get(prefix + name)
                if column is not None:
                    row_ids.append(out)
                    col_ids.append(column)
    data = np.ones(len(row_ids))
    shape = (len(rows), len(columns))
    return sp.csr_matrix((data, (row_ids, col_ids)), shape=shape), columns


def fit(x: sp.csr_matrix, y: np.ndarray, c: float, seed: int) -> Any:
    """Fit the token logistic regression."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=seed).fit(x, y)


def sentence_logits(size: int, sentence: np.ndarray, token_logits: np.ndarray) -> np.ndarray:
    """Return each sentence's highest cue logit (NO_CANDIDATE when it has no candidate)."""
    logits = np.full(size, NO_CANDIDATE)
    np.maximum.at(logits, sentence, token_logits)
    return logits


def out_of_fold(c: Corpus, grid: Sequence[float], seed: int) -> dict[float, np.ndarray]:
    """Return cross-validated sentence logits for each C, folds grouped by document."""
    from sklearn.model_selection import GroupKFold

    logits = {value: np.full(len(c.labels), NO_CANDIDATE) for value in grid}
    for train, held in GroupKFold(FOLDS).split(c.labels, c.labels, c.groups):
        ex = examples(c, learn_vocabulary(c, train))
        in_train = np.isin(ex.sentence, train)
        x_train, columns = matrix(c, ex, np.flatnonzero(in_train))
        x_held, _ = matrix(c, ex, np.flatnonzero(~in_train), columns)
        for value in grid:
            model = fit(x_train, ex.labels[in_train], value, seed)
            held_logits = sentence_logits(
                len(c.labels), ex.sentence[~in_train], model.decision_function(x_held)
            )
            logits[value][held] = held_logits[held]
    return logits


def f1_curve(labels: np.ndarray, probabilities: np.ndarray) -> np.ndarray:
    """Return F1 of the uncertain class at each grid threshold."""
    predicted = probabilities[None, :] >= THRESHOLDS[:, None]
    hits = (predicted & (labels[None, :] == 1)).sum(axis=1)
    return 2 * hits / np.maximum(predicted.sum(axis=1) + labels.sum(), 1)


def best_threshold(labels: np.ndarray, probabilities: np.ndarray) -> float:
    """Return the grid threshold with the best F1 averaged over its neighbours."""
    smoothed = np.convolve(f1_curve(labels, probabilities), np.ones(SMOOTH) / SMOOTH, "same")
    return float(THRESHOLDS[int(np.argmax(smoothed))])


def best_f1(labels: np.ndarray, scores: np.ndarray) -> float:
    """Return the best F1 of the uncertain class over every threshold on raw scores."""
    from sklearn.metrics import precision_recall_curve

    precision, recall, _ = precision_recall_curve(labels, scores)
    return float(np.max(2 * precision * recall / np.maximum(precision + recall, 1e-12)))


def calibrate(labels: np.ndarray, logits: np.ndarray, seed: int) -> tuple[float, float]:
    """Return Platt scaling (slope, offset) fitted on cross-validated logits."""
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=1e4, random_state=seed).fit(logits.reshape(-1, 1), labels)
    return float(platt.coef_[0, 0]), float(platt.intercept_[0])


def in_genre(c: Corpus, genre: str) -> np.ndarray:
    """Return the mask of a genre's sentences (a parent genre includes its children)."""
    if genre not in POOLED:
        return np.asarray(c.genres == genre)
    return np.isin(c.genres, [g for g in GENRES if g == genre or genre in PARENTS.get(g, ())])


def search(c: Corpus, seed: int) -> tuple[float, np.ndarray, dict[str, Any]]:
    """Pick C by grouped CV (news counts twice); return it, its OOF logits and the CV log."""
    logits = out_of_fold(c, GRID_C, seed)
    log: dict[str, Any] = {}
    objectives = {}
    for value in GRID_C:
        f1 = {g: best_f1(c.labels[c.genres == g], logits[value][c.genres == g]) for g in GENRES}
        log[f"C={value}"] = {g: round(100 * v, 2) for g, v in f1.items()}
        click.echo(f"cv C={value}: {log[f'C={value}']}")
        objectives[value] = (
            3 * f1["recent-news"] + 2 * f1["news"] + f1["wiki"] + f1["bio"] + f1["bio-paper"]
        ) / 8
    value = most_regularised(objectives)
    return value, logits[value], log


def most_regularised(objectives: dict[float, float]) -> float:
    """Return the smallest C whose objective is within CV_TOLERANCE of the best one."""
    best = max(objectives.values())
    return min(value for value, objective in objectives.items() if objective >= best - CV_TOLERANCE)


def fold_genre(coef: np.ndarray, columns: dict[str, int], genre: str) -> dict[str, float]:
    """Return general + genre-specific weights folded into one pruned dict."""
    weights: dict[str, float] = {}
    own = prefixes(genre)
    for name, column in columns.items():
        prefix = name[: name.find("|") + 1]
        if prefix and prefix not in own:
            continue
        key = name.removeprefix(prefix)
        weights[key] = weights.get(key, 0.0) + float(coef[column])
    return {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= PRUNE_BELOW}


def precise_threshold(
    labels: np.ndarray, probabilities: np.ndarray, floor: float, target: float
) -> float:
    """Return the lowest grid threshold from `floor` up with precision >= `target` here and at
    the next SMOOTH // 2 grid points (1.0 when there is none)."""
    predicted = probabilities[None, :] >= THRESHOLDS[:, None]
    hits = (predicted & (labels[None, :] == 1)).sum(axis=1)
    precision = hits / np.maximum(predicted.sum(axis=1), 1)
    ok = precision >= target
    for k, threshold in enumerate(THRESHOLDS):
        if threshold >= floor and ok[k : k + SMOOTH // 2 + 1].all():
            return float(threshold)
    return 1.0


def calibrate_news(
    genre: GenreWeights, labels: np.ndarray, logits: np.ndarray, seed: int
) -> tuple[GenreWeights, dict[str, Any]]:
    """Recalibrate a genre on held-out news sentence logits: Platt, threshold, warning."""
    slope, offset = calibrate(labels, logits, seed)
    probabilities = 1 / (1 + np.exp(-(slope * logits + offset)))
    best = best_threshold(labels, probabilities)
    threshold = precise_threshold(labels, probabilities, best, REPORT_PRECISION)
    warning = precise_threshold(labels, probabilities, threshold, WARNING_PRECISION)
    weights = GenreWeights(genre.weights, genre.bias, slope, offset, threshold, warning)
    info = {
        "best_f1_threshold": best,
        "threshold": threshold,
        "warning": warning,
        "f1_at_threshold": round(
            100 * float(f1_curve(labels, probabilities)[round(threshold * 100) - 1]), 2
        ),
    }
    return weights, info


def calibrate_on_dev(
    tagger: CueTagger, dev: list[LabelledSentence], seed: int
) -> tuple[GenreWeights, dict[str, Any]]:
    """Recalibrate the recent-news genre on the news dev split: Platt, threshold, warning."""
    labels = np.array([s.label for s in dev])
    logits = np.array([tagger.logits(s.text, RECENT_NEWS)[0] for s in dev])
    return calibrate_news(tagger.genres[RECENT_NEWS], labels, logits, seed)


def build(
    sentences: list[LabelledSentence], seed: int
) -> tuple[CueTagger, dict[str, Any], np.ndarray]:
    """Choose C by CV, fit the tagger on every training sentence, calibrate each genre; return it,
    its metadata and the out-of-fold sentence logits of the chosen C."""
    c = corpus(sentences)
    value, logits, log = search(c, seed)
    vocabulary = learn_vocabulary(c, range(len(sentences)))
    ex = examples(c, vocabulary)
    x, columns = matrix(c, ex, np.arange(len(ex.labels)))
    model = fit(x, ex.labels, value, seed)
    genres, cv_at_threshold = {}, {}
    for genre in GENRES:
        mask = in_genre(c, genre)
        slope, offset = calibrate(c.labels[mask], logits[mask], seed)
        probabilities = 1 / (1 + np.exp(-(slope * logits[mask] + offset)))
        threshold = best_threshold(c.labels[mask], probabilities)
        cv_at_threshold[genre] = round(
            100 * float(f1_curve(c.labels[mask], probabilities)[round(threshold * 100) - 1]), 2
        )
        genres[genre] = GenreWeights(
            fold_genre(model.coef_[0], columns, genre),
            round(float(model.intercept_[0]), 4),
            slope,
            offset,
            threshold,
        )
    info = {
        "hyper_parameters": {"C": value, "candidate_rate": CANDIDATE_RATE},
        "cross_validation_f1": log,
        "cross_validation_f1_at_threshold": cv_at_threshold,
        "candidate_words": len(vocabulary.forms),
        "cue_lexicon_size": sum(len(p) for p in vocabulary.lexicon.values()),
    }
    tagger = CueTagger(vocabulary.forms, vocabulary.stems, vocabulary.lexicon, genres)
    return tagger, info, logits


def build_calibrated(
    sentences: list[LabelledSentence], dev: list[LabelledSentence], seed: int
) -> tuple[CueTagger, dict[str, Any]]:
    """Build the tagger, then calibrate its recent-news genre on the news dev split."""
    tagger, info, _ = build(sentences, seed)
    recent, info["news_dev_calibration"] = calibrate_on_dev(tagger, dev, seed)
    genres = {**tagger.genres, RECENT_NEWS: recent}
    return CueTagger(tagger.forms, tagger.stems, tagger.lexicon, genres), info


def licence(source_md: Path) -> str:
    """Return the licence line of a SOURCE.md."""
    for line in source_md.read_text(encoding="utf-8").splitlines():
        if "**License**" in line:
            return re.sub(r"[*`]", "", line.split("**License**", 1)[1]).strip(" :-")
    return "not stated"


def describe(data: Path, paths: Sequence[str]) -> list[dict[str, Any]]:
    """Describe data files: name, licence and sha256."""
    return [
        {
            "name": path,
            "licence": licence(data / SOURCES.get(path, str(Path(path).parent)) / "SOURCE.md"),
            "sha256": sha256_of(data / path),
        }
        for path in paths
    ]


def created(data: Path) -> str:
    """Return a deterministic creation stamp: the newest input file's modification date."""
    newest = max((data / path).stat().st_mtime for path in (*TRAINING_FILES, *SPLIT_FILES))
    return datetime.fromtimestamp(newest, UTC).date().isoformat()


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_DATA, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=MODELS, show_default=True)
@click.option("--seed", default=0, show_default=True)
def main(data: Path, out: Path, seed: int) -> None:
    """Train the hedge model from the training splits and write it with its metadata."""
    import sklearn

    np.random.seed(seed)
    tagger, info = build_calibrated(training_sentences(data), news_labels(data, "dev"), seed)
    out.mkdir(parents=True, exist_ok=True)
    weights = json.dumps(
        tagger.to_dict(), separators=(",", ":"), sort_keys=True, ensure_ascii=False
    )
    (out / WEIGHTS).write_text(weights + "\n", encoding="utf-8")
    table = evaluate(tagger, data, seed)
    click.echo(render(table))
    speed = speed_report(HedgeModel(tagger, {}), test_sets(data))
    click.echo(f"scoring {speed['sentences']} sentences: median {speed['median_ms']} ms")
    metadata = {
        "version": VERSION,
        "created": created(data),
        "versions": {"flagger": flagger_version, "scikit-learn": sklearn.__version__},
        "seed": seed,
        "training_data": [
            *describe(data, TRAINING_FILES),
            {
                "name": "training/data/news_labels/gold.jsonl (train; dev for calibration)",
                "licence": "flagger's own labels; texts from ../shared/data/news",
                "sha256": sha256_of(GOLD),
            },
            *({
                "name": f"training/data/news_labels/{path.parent.name}/gold.jsonl (a held-out "
                "round's labels, scored once, then train)",
                "licence": "flagger's own labels; texts from ../shared/data/news",
                "sha256": sha256_of(path),
            } for path in HELD_OUT),
        ],
        "closed_test_split": "training/data/news_labels/gold.jsonl split test: closed, "
        "not scored here",
        "test_split_definitions": describe(data, SPLIT_FILES),
        "threshold": tagger.genres[RECENT_NEWS].threshold,
        "warning_threshold": tagger.genres[RECENT_NEWS].warning,
        "thresholds": {name: w.threshold for name, w in tagger.genres.items()},
        "metrics": table,
        "scoring_speed": speed,
        **info,
    }
    write_artefact("hedging", WEIGHTS, metadata, out)


if __name__ == "__main__":
    main()
