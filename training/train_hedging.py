"""Train the hedge classifier on the training splits and write `models/hedging.joblib` + JSON."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import numpy as np
import scipy.sparse as sp

from flagger import __version__ as flagger_version
from flagger.artefacts import sha256_of, write_artefact
from flagger.hedging.features import cue_index, features, tokenize
from flagger.hedging.linear import DomainWeights, LinearHedger
from flagger.hedging.model import HedgeModel
from training.evaluate_hedging import evaluate, render, speed_report
from training.hedging_corpora import LabelledSentence
from training.hedging_data import DEFAULT_DATA, test_sets, training_sentences
from training.hedging_lexicon import learn_cues

MODELS = Path(__file__).resolve().parent.parent / "models"
DOMAINS = ("news", "wiki", "bio", "bio-paper")
PARENTS = {"bio-paper": ("bio",)}
GRID = {"C": (0.3, 1.0), "news_weight": (1.0, 2.0)}
FOLDS = 5
MIN_FEATURE_COUNT = 2
PRUNE_BELOW = 1e-3
VERSION = "1.0.0"
DATA_FILES = (
    "hedging/szeged-uncertainty/factbank.xml",
    "hedging/szeged-uncertainty/wiki.xml",
    "hedging/szeged-uncertainty/bio_bmc.xml",
    "hedging/szeged-uncertainty/bio_fly.xml",
    "hedging/szeged-uncertainty/bio_hbc.xml",
    "hedging/szeged-test-docs.json",
    "hedging/conll2010-bio/eval.tsv",
)
SOURCES = {"hedging/szeged-test-docs.json": "hedging/szeged-uncertainty"}


@dataclass(frozen=True, slots=True)
class Design:
    """The training matrix: one column per feature and per (domain, feature) copy."""

    matrix: sp.csr_matrix
    columns: list[str]
    labels: np.ndarray
    genres: np.ndarray
    groups: np.ndarray


def prefixes(domain: str) -> tuple[str, ...]:
    """Return the column prefixes of a genre: its parents' and its own."""
    return tuple(f"{genre}|" for genre in (*PARENTS.get(domain, ()), domain))


def design(sentences: list[LabelledSentence], cues: dict) -> Design:
    """Vectorize sentences (binary features seen twice or more, plus a copy per genre)."""
    names = [sorted({f[2] for f in features(tokenize(s.text), cues)}) for s in sentences]
    counts = Counter(name for row in names for name in row)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for r, (row, sentence) in enumerate(zip(names, sentences, strict=True)):
        for name in row:
            if counts[name] >= MIN_FEATURE_COUNT:
                for prefix in ("", *prefixes(sentence.genre)):
                    column = prefix + name
                    rows.append(r)
                    cols.append(vocab.setdefault(column, len(vocab)))
    matrix = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sentences), len(vocab)))
    return Design(
        matrix,
        list(vocab),
        np.array([s.label for s in sentences]),
        np.array([s.genre for s in sentences]),
        np.array([s.doc_id for s in sentences]),
    )


def fit(d: Design, rows: np.ndarray, c: float, news_weight: float, seed: int) -> Any:
    """Fit a logistic regression on the given rows."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=seed)
    weights = np.where(d.genres[rows] == "news", news_weight, 1.0)
    return model.fit(d.matrix[rows], d.labels[rows], sample_weight=weights)


def out_of_fold(d: Design, c: float, news_weight: float, seed: int) -> np.ndarray:
    """Return cross-validated logits, folds grouped by document."""
    from sklearn.model_selection import GroupKFold

    logits = np.zeros(len(d.labels))
    for train, held in GroupKFold(FOLDS).split(d.matrix, d.labels, d.groups):
        logits[held] = fit(d, train, c, news_weight, seed).decision_function(d.matrix[held])
    return logits


def best_threshold(labels: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    """Return the threshold maximising F1 of the uncertain class, and that F1."""
    from sklearn.metrics import precision_recall_curve

    precision, recall, thresholds = precision_recall_curve(labels, scores)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    best = int(np.argmax(f1[:-1]))
    return float(thresholds[best]), float(f1[best])


def calibrate(labels: np.ndarray, logits: np.ndarray, seed: int) -> tuple[float, float]:
    """Return Platt scaling (slope, offset) fitted on cross-validated logits."""
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=1e4, random_state=seed).fit(logits.reshape(-1, 1), labels)
    return float(platt.coef_[0, 0]), float(platt.intercept_[0])


def in_domain(d: Design, logits: np.ndarray, domain: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the labels and logits of a domain's sentences (a parent includes its children)."""
    mask = np.isin(d.genres, [g for g in DOMAINS if g == domain or domain in PARENTS.get(g, ())])
    return d.labels[mask], logits[mask]


def search(d: Design, seed: int) -> tuple[dict[str, float], np.ndarray, dict[str, Any]]:
    """Pick hyper-parameters by grouped CV (news counts twice); return them, the OOF logits, log."""
    best: tuple[float, dict[str, float], np.ndarray] | None = None
    log = {}
    for c in GRID["C"]:
        for news_weight in GRID["news_weight"]:
            logits = out_of_fold(d, c, news_weight, seed)
            f1 = {
                g: best_threshold(d.labels[d.genres == g], logits[d.genres == g])[1]
                for g in DOMAINS
            }
            objective = (2 * f1["news"] + f1["wiki"] + f1["bio"] + f1["bio-paper"]) / 5
            log[f"C={c},news_weight={news_weight}"] = {g: round(100 * v, 2) for g, v in f1.items()}
            click.echo(
                f"cv C={c} news_weight={news_weight}: {log[f'C={c},news_weight={news_weight}']}"
            )
            if best is None or objective > best[0]:
                best = (objective, {"C": c, "news_weight": news_weight}, logits)
    assert best is not None
    return best[1], best[2], log


def fold_domain(coef: np.ndarray, columns: list[str], domain: str) -> dict[str, float]:
    """Return general + domain-specific weights folded into one pruned dict."""
    weights: dict[str, float] = {}
    own = prefixes(domain)
    for name, value in zip(columns, coef, strict=True):
        prefix = name[: name.find("|") + 1]
        if prefix and prefix not in own:
            continue
        key = name.removeprefix(prefix)
        weights[key] = weights.get(key, 0.0) + float(value)
    return {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= PRUNE_BELOW}


def build(sentences: list[LabelledSentence], seed: int) -> tuple[LinearHedger, dict[str, Any]]:
    """Learn the cue lexicon, choose hyper-parameters by CV, fit and calibrate per domain."""
    cues = cue_index(learn_cues(sentences))
    d = design(sentences, cues)
    params, logits, log = search(d, seed)
    model = fit(d, np.arange(len(d.labels)), params["C"], params["news_weight"], seed)
    domains = {}
    for domain in DOMAINS:
        labels, scores = in_domain(d, logits, domain)
        slope, offset = calibrate(labels, scores, seed)
        threshold, _ = best_threshold(labels, 1 / (1 + np.exp(-(slope * scores + offset))))
        domains[domain] = DomainWeights(
            fold_domain(model.coef_[0], d.columns, domain),
            round(float(model.intercept_[0]), 4),
            slope,
            offset,
            round(threshold, 4),
        )
    info = {"hyper_parameters": params, "cross_validation_f1": log, "cue_lexicon_size": len(cues)}
    return LinearHedger(cues, domains), info


def licence(source_md: Path) -> str:
    """Return the licence line of a SOURCE.md."""
    for line in source_md.read_text(encoding="utf-8").splitlines():
        if "**License**" in line:
            return re.sub(r"[*`]", "", line.split("**License**", 1)[1]).strip(" :-")
    return "not stated"


def training_data(data: Path) -> list[dict[str, Any]]:
    """Describe each data file used: corpus, licence and sha256."""
    return [
        {
            "name": path,
            "licence": licence(data / SOURCES.get(path, str(Path(path).parent)) / "SOURCE.md"),
            "sha256": sha256_of(data / path),
        }
        for path in DATA_FILES
    ]


def created(data: Path) -> str:
    """Return a deterministic creation stamp: the newest training file's modification date."""
    newest = max((data / path).stat().st_mtime for path in DATA_FILES)
    return datetime.fromtimestamp(newest, UTC).date().isoformat()


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_DATA, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=MODELS, show_default=True)
@click.option("--seed", default=0, show_default=True)
def main(data: Path, out: Path, seed: int) -> None:
    """Train the hedge model from the training splits and write it with its metadata."""
    import joblib
    import sklearn

    np.random.seed(seed)
    hedger, info = build(training_sentences(data), seed)
    out.mkdir(parents=True, exist_ok=True)
    joblib.dump(hedger, out / "hedging.joblib", compress=3)
    table = evaluate(hedger, data, seed)
    click.echo(render(table))
    speed = speed_report(HedgeModel(hedger, {}), test_sets(data))
    click.echo(f"scoring {speed['sentences']} sentences: median {speed['median_ms']} ms")
    metadata = {
        "version": VERSION,
        "created": created(data),
        "versions": {"flagger": flagger_version, "scikit-learn": sklearn.__version__},
        "seed": seed,
        "training_data": training_data(data),
        "threshold": hedger.domains["news"].threshold,
        "thresholds": {name: w.threshold for name, w in hedger.domains.items()},
        "metrics": table,
        "scoring_speed": speed,
        **info,
    }
    write_artefact("hedging", "hedging.joblib", metadata, out)


if __name__ == "__main__":
    main()
