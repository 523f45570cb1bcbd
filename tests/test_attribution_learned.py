"""Learned source nouns, pronoun chains and relation groups: the mining script on a tiny
corpus of our own, the shipped artefact, and the cues that use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from flagger.detectors.attribution import learned
from flagger.detectors.attribution import words as w
from tests.conftest import make_document
from training import build_source_nouns as build

FLAGGED = [
    ("A104", "Shares will rise this year, one broker said.", "one broker said"),
    ("A104", "Most brokers said the market would climb.", "brokers said"),
    (
        "A104",
        "Tokyo shares will recover, brokers polled by Reuters said.",
        "brokers polled by Reuters said",
    ),
    ("A104", "“Prove it,” one wrote on the forum.", "one wrote"),
    ("A104", "“It is fake,” another posted.", "another posted"),
    ("A104", "“Nice try,” one fumed, with another weighing in.", "one fumed"),
    ("A102", "Others remarked on the odd choice of hat.", "Others remarked"),
    ("A104", "In fact, his associates say he had no idea.", "his associates say"),
    ("A104", "He was shocked, according to his associates.", "according to his associates"),
    (
        "A104",
        "The family's neighbours said the house had been empty.",
        "The family's neighbours said",
    ),
    (
        "A101",
        "Those close to the mayor are loath to set a date.",
        "Those close to the mayor are loath",
    ),
    (
        "A101",
        "He will run again, according to people close to him.",
        "according to people close to him",
    ),
]
NOT_FLAGGED = [
    "A police report from the city shows a car was stolen.",  # 'report' is a noun here
    "Republican senators questioned the credibility of the process.",  # the party caucus
    "Fans of the game should note the new rules.",  # advice, not a source
    "The statement said the plant would close.",  # a document, not a person
    "Analysts at Nordbank said one broker had left.",  # named
    "Harbour Capital brokers said the shares were cheap.",  # named before
    "HSBC traders said the yen was weak.",  # an acronym names the bank
    "He won one race and another followed in May.",  # no voice
    "“Rates fell.” One suggested reason is weak demand.",  # an adjective, not a voice
]


@pytest.mark.parametrize(("code", "text", "words"), FLAGGED)
def test_learned_nouns_chains_and_relations_fire(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_things_parties_and_named_sources_do_not_fire(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []


def test_the_shipped_nouns_are_people_and_leave_documents_and_organisations_out() -> None:
    nouns = set(learned.nouns())
    assert {"broker", "dealer", "user", "resident"} <= nouns
    assert not nouns & {"statement", "report", "company", "data", "spokesman", "one"}
    assert "source" not in w.LEARNED and "expert" not in w.LEARNED  # their own tiers


@pytest.mark.parametrize(
    ("single", "many"),
    [("broker", "brokers"), ("businessman", "businessmen"), ("party", "parties"),
     ("witness", "witnesses"), ("day", "days")],
)  # fmt: skip
def test_plural_and_singular_round_trip(single: str, many: str) -> None:
    assert learned.plural("person") == "people"
    assert learned.plural(single) == many
    assert build.singular(many) == single


def _corpus(folder: Path, name: str, texts: list[str]) -> None:
    path = folder / "news" / name
    path.mkdir(parents=True)
    rows = [{"id": str(i), "text": text} for i, text in enumerate(texts)]
    (path / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_mining_keeps_people_and_drops_things_units_and_on_record_voices(tmp_path: Path) -> None:
    people = "The grower who sold it left. Growers who farm here agree. A grower who knew him left."
    things = "The memo which he sent was lost. A memo which leaked was old. The memo arrived."
    record = "A clerk declined to comment. The clerk who spoke was new. Clerks who work here left."
    units = "It rose 5 pct. Some 40 pct who voted left. 20 pct who stayed. The pct rose."
    texts = [
        f"Prices will fall, one grower said. A memo said prices rose. {people} {things}",
        f"A senior grower said rain was late. The memo said so. {people} {things}",
        f"Several growers told us so. A clerk said it. {record} {units}",
        f"One clerk said so. Two clerks told us. A pct said it. {record} {units}",
        "Another memo said the same. Many pct said so. Some memo says so. Five pct said it.",
    ]
    _corpus(tmp_path, "ours", texts)
    _corpus(tmp_path, "fundus_testdata_recent_news", ["One trader said so. " * 5])
    names = build.corpora(tmp_path)
    assert names == ["ours"]  # evaluation-only corpora are never read
    kept, dropped = build.judge(build.count(tmp_path, names))
    assert list(kept) == ["grower"]
    assert dropped["memo"]["reason"] == "not a person"
    assert dropped["clerk"]["reason"] == "on-record voice"
    assert "pct" in dropped and "trader" not in kept
