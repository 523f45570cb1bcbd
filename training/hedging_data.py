"""The fixed hedging splits: training sentences and every test set, read from `../shared`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from flagger.annotations.hedging.features import TOKEN
from flagger.annotations.hedging.frames import ASKING
from training.hedging_corpora import (
    LabelledSentence,
    read_conll_tsv,
    read_sfu,
    read_szeged,
    read_test_docs,
    read_wiki_sample,
)
from training.news_labels import GOLD, HELD_OUT, load

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SZEGED = "hedging/szeged-uncertainty"
BIO_FILES = ("bio_bmc.xml", "bio_fly.xml", "bio_hbc.xml")
BIO_PAPER = "bio-paper"
RECENT_NEWS = "recent-news"
"""The team's labels of recent news articles (`training/news_labels.py`), a child of "news"."""
NEWS_TEST = "News labels test (ours)"
NEWS_DEV = "News labels dev (ours)"


@dataclass(frozen=True, slots=True)
class TestSet:
    """A named evaluation split and the model genre used to score it."""

    name: str
    genre: str
    sentences: list[LabelledSentence]


def _eval_bio_docs(data: Path) -> frozenset[str]:
    """Return the CoNLL-2010 biological evaluation document ids."""
    return frozenset(s.doc_id for s in read_conll_tsv(data / "hedging/conll2010-bio/eval.tsv"))


def _szeged_split(data: Path, name: str, genre: str, test: bool) -> list[LabelledSentence]:
    """Return the training (or test) documents of a Szeged file."""
    held_out = read_test_docs(data / "hedging/szeged-test-docs.json")[name]
    return [s for s in read_szeged(data / SZEGED / name, genre) if (s.doc_id in held_out) == test]


def training_sentences(data: Path = DEFAULT_DATA,
                       held_out: Sequence[Path] = HELD_OUT) -> list[LabelledSentence]:
    """Return the training sentences: Szeged news and wiki minus test docs, bio minus eval, the
    news train split and the `held_out` label rounds.

    Biological abstracts (PubMed ids) are genre "bio", full papers (PMC ids) "bio-paper".
    """
    bio_eval = _eval_bio_docs(data)
    bio = [
        s if s.doc_id.isdigit() else replace(s, genre=BIO_PAPER)
        for name in BIO_FILES
        for s in read_szeged(data / SZEGED / name, "bio")
        if s.doc_id not in bio_eval
    ]
    news = _szeged_split(data, "factbank.xml", "news", test=False)
    wiki = _szeged_split(data, "wiki.xml", "wiki", test=False)
    szeged = [without_reported_questions(s) for s in news + wiki]
    rounds = [s for path in held_out for s in news_labels(data, None, path)]  # scored once each
    return szeged + bio + news_labels(data, "train") + rounds


def without_reported_questions(sentence: LabelledSentence) -> LabelledSentence:
    """Drop whether/if cues that report a question someone asked ("asked whether she would
    run"): our guidelines label those 0, FactBank and wiki mark them; other cues stay."""
    cues = tuple(
        (start, end)
        for start, end in sentence.cues
        if sentence.text[start:end].lower() not in ("whether", "if")
        or ASKING.isdisjoint(w.lower() for w in TOKEN.findall(sentence.text[:start])[-4:])
    )
    if cues == tuple(sentence.cues):
        return sentence
    return replace(sentence, cues=cues, label=int(bool(cues)))


def news_labels(data: Path, split: str | None, path: Path = GOLD) -> list[LabelledSentence]:
    """Return one split (or all) of a file of the team's news labels (by default the main one)
    as hedging sentences of genre recent-news."""
    return [replace(s.hedging(), genre=RECENT_NEWS) for s in load(split, data, path)]


def test_sets(data: Path = DEFAULT_DATA) -> list[TestSet]:
    """Return the evaluation splits, target genre first."""
    return [
        TestSet("FactBank test (news)", "news", _szeged_split(data, "factbank.xml", "news", True)),
        TestSet("Szeged wiki test", "wiki", _szeged_split(data, "wiki.xml", "wiki", True)),
        TestSet(
            "CoNLL-2010 bio eval",
            BIO_PAPER,
            list(read_conll_tsv(data / "hedging/conll2010-bio/eval.tsv")),
        ),
        TestSet(
            "CoNLL-2010 wiki weasel sample",
            "wiki",
            list(
                read_wiki_sample(data / "hedging/conll2010-wiki-sample/uncertainty-conll2010.csv")
            ),
        ),
        TestSet("SFU Review", "news", list(read_sfu(data / "hedging/sfu-review"))),
        TestSet(NEWS_TEST, RECENT_NEWS, news_labels(data, "test")),
    ]


def dev_sets(data: Path = DEFAULT_DATA) -> list[TestSet]:
    """Return the development splits (thresholds and calibration are chosen on these)."""
    return [TestSet(NEWS_DEV, RECENT_NEWS, news_labels(data, "dev"))]
