"""Learn the source nouns of vague attribution from the non-evaluation news corpora.

    python -m training.build_source_nouns [--data ../shared/data] [--out models]

1. Candidates: lower-case heads of unnamed-source shapes, after a determiner or quantifier
   ("one broker said", ", said a senior diplomat.", "according to residents,", "people familiar
   with"), counted with their articles; kept with at least MIN_COUNT uses in MIN_ARTICLES
   articles.
2. Nouns only: a head must follow an article or possessive ("the broker", "his aides") in at
   least NOUN_SHARE of its uses in the whole corpora, which drops adverbs and pronouns; a
   determiner ("one", "another") is no head, and a noun that follows a number in MEASURE_SHARE
   of its uses or more is a unit ("40 percent").
3. People only: a person noun takes "who", a thing or an institution "which" ("brokers who",
   "the report which", "the company which"); a head needs MIN_WHO uses with "who" and a share
   of "who" of at least PERSON_SHARE.
4. Sources, not people at large: a head must stand in the source shapes in at least
   SOURCE_PER_1000 of its uses per 1,000 ('a man said' is a tiny share of 'man'; 'brokers said'
   a large one of 'broker').
5. Anonymous voices only: a head that reporters ask for comment ("a spokesman declined to
   comment", "officials could not be reached") is an organisation's on-record voice, whose
   organisation the story names; ON_RECORD or more such uses per 1,000 leave it out. A head
   that is mostly spoken to ('told reporters', AUDIENCE or more per 1,000) is the press, not
   its source.

Singular and plural forms of one noun are counted together. The result, with every count and
the reason each candidate was kept or dropped, is `models/source-nouns.terms.json` and its
metadata; no article text is stored. Evaluation-only corpora and the articles of the team's
news labels (all splits) and of the held-out rounds not yet scored are never read.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from flagger.artefacts import write_artefact
from flagger.version import __version__
from training.news import EVALUATION_ONLY, SHARED_DATA, licence_of, read_corpus
from training.news_labels import GOLD, LABELS, SCORED_ROUNDS, held_out

ROOT = Path(__file__).resolve().parent.parent
NAME = "source-nouns"
FILE = "source-nouns.terms.json"
VERSION = "1"
LABELLED = (GOLD, *sorted(set(LABELS.glob("holdout*/gold.jsonl")) - set(held_out(SCORED_ROUNDS))))
"""Never read: the articles of the team's own news labels (whose test split stays closed) and of
every held-out round not yet scored, so a fresh round's nouns never come from its own articles;
a round scored once is development material, as for the hedge model."""
MIN_COUNT = 3
MIN_ARTICLES = 2
NOUN_SHARE = 0.03
MIN_WHO = 2
PERSON_SHARE = 0.7
ON_RECORD = 10.0
AUDIENCE = 50.0
SOURCE_PER_1000 = 5.0
MEASURE_SHARE = 0.5
DETERMINERS = frozenset(
    {"a", "an", "one", "another", "two", "three", "four", "five", "several", "some", "many",
     "most", "few", "other", "numerous", "various", "multiple", "number"}
)  # fmt: skip

DET = (
    r"(?:an?|one|another|two|three|four|five|several|some|many|most|few|other|numerous|"
    r"various|multiple|a\s+few|a\s+number\s+of)"
)
FUNCTION = (
    r"(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|and|or|but|to|of|in|on|"
    r"at|for|with|by|as|from|who|which|what|is|was|are|were|has|have|had|be|been|not|no|said|"
    r"says|told|also|it|he|she|they|we|i|you|who|whom|whose|than|then|so|if)"
)
ADJ = rf"(?:(?!{FUNCTION}\s)(?-i:[a-z][\w-]*|[A-Z][\w&.'’-]*)\s+)"
HEAD = r"(?-i:([a-z]{3,}))"
VERB = (
    r"(?:said|says|say|told|tells|believes?|believed|thinks?|thought|claimed|claims?|added|"
    r"noted|predicted|expects?|expected|warned|wrote|writes|posted|commented|tweeted|argued|"
    r"estimated|insisted|reckons?|complained|explained|recalled|suggested)"
)
AUX = r"(?:(?:have|has|had|also|now|all|would|will)\s+){0,2}"
NP_END = r"(?=\s*[,.;:]|\s+(?:in|at|from|who|with|on|of)\b)"
SHAPES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"(?<![\w'’]){DET}\s+({ADJ}{{0,3}}?){HEAD}\s+{AUX}{VERB}\b",
        rf"[,\"”’]\s*(?:said|says|added|wrote|told\s+\w+)\s+{DET}\s+({ADJ}{{0,3}}?){HEAD}{NP_END}",
        rf"\baccording\s+to\s+(?:{DET}\s+)?({ADJ}{{0,3}}?){HEAD}{NP_END}",
        rf"\b(?:{DET}\s+)?({ADJ}{{0,2}}?){HEAD}\s+(?:familiar\s+with|close\s+to)\b",
    )
)
"""Unnamed-source shapes; group 1 holds the describing words, group 2 the head."""
ASKED = re.compile(
    r"\b([a-z]+)\s+(?:(?:has|have|had|was|were|is|are|also)\s+)?(?:declined|refused|"
    r"(?:was|were)\s+not\s+available|could\s+not\s+be\s+reached|did\s+not\s+(?:immediately\s+)?"
    r"(?:respond|return|reply)|had\s+no\s+(?:immediate\s+)?comment|would\s+not\s+comment)\b"
)
"""A head asked for comment: the voice of an organisation, not an anonymous source."""
TOLD = re.compile(r"\b(?:told|tell|tells|telling|briefed|addressed)\s+(?:an?\s+|the\s+)?([a-z]+)\b")
"""A head spoken to: the audience of the news ('told reporters'), not its source."""
TOKEN = re.compile(r"[A-Za-z][\w-]*|\d[\d.,]*|,")
DETERMINED = frozenset({"the", "a", "an", "his", "her", "their", "our", "its", "my", "your"})


def singular(word: str) -> str:
    """Return the singular of a regular English plural ('brokers', 'spokesmen', 'parties')."""
    if word.endswith("men"):
        return word[:-3] + "man"
    for plural, single in (("ies", "y"), ("sses", "ss"), ("ches", "ch")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + single
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def corpora(data: Path) -> list[str]:
    """Return the non-evaluation news corpora, sorted."""
    names = (p.name for p in (data / "news").iterdir() if (p / "articles.jsonl").is_file())
    return sorted(name for name in names if name not in EVALUATION_ONLY)


def labelled() -> set[tuple[str, str]]:
    """Return the (corpus, id) of every labelled article, kept out of the counts."""
    keys = set()
    for path in LABELLED:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    keys.add((row["corpus"], str(row["article"])))
    return keys


def texts(data: Path, names: list[str]) -> Iterator[tuple[str, str, str]]:
    """Yield (corpus, id, text) of every unlabelled article of the corpora, in file order."""
    skip = labelled()
    for name in names:
        for row in read_corpus(name, data):
            key = (name, str(row["id"]))
            if key not in skip and row.get("text"):
                yield name, key[1], str(row["text"])


def count(data: Path, names: list[str]) -> dict[str, Any]:
    """Count heads in the source shapes and, over all text, the uses that tell nouns, people
    and names apart; every count is keyed by the singular."""
    heads: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    told: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    who: Counter[str] = Counter()
    which: Counter[str] = Counter()
    determined: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    total: Counter[str] = Counter()
    documents = 0
    for corpus, ident, text in texts(data, names):
        documents += 1
        for shape in SHAPES:
            for match in shape.finditer(text):
                head = singular(match.group(2))
                heads[head] += 1
                articles.setdefault(head, set()).add(f"{corpus}/{ident}")
        asked.update(singular(match.group(1)) for match in ASKED.finditer(text))
        told.update(singular(match.group(1)) for match in TOLD.finditer(text))
        tokens = TOKEN.findall(text)
        for at, token in enumerate(tokens):
            word = singular(token) if token.islower() else None
            if word is None:
                continue
            total[word] += 1
            if at and tokens[at - 1].lower() in DETERMINED:
                determined[word] += 1
            elif at and tokens[at - 1][0].isdigit():
                counted[word] += 1
            follow = [t for t in tokens[at + 1 : at + 3] if t != ","]
            relative = follow[0] if follow else ""
            if relative == "who":
                who[word] += 1
            elif relative == "which":
                which[word] += 1
    return {
        "documents": documents,
        "heads": heads,
        "asked": asked,
        "told": told,
        "articles": {head: len(ids) for head, ids in articles.items()},
        "who": who,
        "which": which,
        "determined": determined,
        "counted": counted,
        "total": total,
    }


def judge(counts: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Split the supported heads into source nouns and the rest, each with its counts and
    the reason for the verdict."""
    kept, dropped = {}, {}
    for head, uses in sorted(counts["heads"].items()):
        if uses < MIN_COUNT or counts["articles"][head] < MIN_ARTICLES:
            continue
        who, which = counts["who"][head], counts["which"][head]
        row = {
            "count": uses,
            "uses": counts["total"][head],
            "told_per_1000": round(1000 * counts["told"][head] / max(counts["total"][head], 1), 1),
            "articles": counts["articles"][head],
            "noun_share": round(counts["determined"][head] / max(counts["total"][head], 1), 3),
            "who": who,
            "which": which,
            "asked_per_1000": round(
                1000 * counts["asked"][head] / max(counts["total"][head], 1), 1
            ),
        }
        measure = counts["counted"][head] / max(counts["total"][head], 1)
        if head in DETERMINERS or row["noun_share"] < NOUN_SHARE or measure >= MEASURE_SHARE:
            dropped[head] = {**row, "reason": "not a noun"}
        elif who < MIN_WHO or who / (who + which) < PERSON_SHARE:
            dropped[head] = {**row, "reason": "not a person"}
        elif 1000 * uses / max(counts["total"][head], 1) < SOURCE_PER_1000:
            dropped[head] = {**row, "reason": "rarely a source"}
        elif row["told_per_1000"] >= AUDIENCE:
            dropped[head] = {**row, "reason": "the audience"}
        elif row["asked_per_1000"] >= ON_RECORD:
            dropped[head] = {**row, "reason": "on-record voice"}
        else:
            kept[head] = row
    return kept, dropped


def main() -> None:
    """Count, judge and write the artefact with its metadata."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--out", type=Path, default=ROOT / "models")
    args = parser.parse_args()
    names = corpora(args.data)
    counts = count(args.data, names)
    kept, dropped = judge(counts)
    path = args.out / FILE
    terms = {"nouns": sorted(kept), "evidence": kept, "dropped": dropped}
    path.write_text(json.dumps(terms, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    metadata = {
        "version": VERSION,
        "created": date.today().isoformat(),
        "created_by": "python -m training.build_source_nouns",
        "description": "Person and role nouns that head unnamed sources, mined from news",
        "versions": {"flagger": __version__},
        "seed": None,
        "thresholds": {
            "min_count": MIN_COUNT,
            "min_articles": MIN_ARTICLES,
            "noun_share": NOUN_SHARE,
            "measure_share": MEASURE_SHARE,
            "min_who": MIN_WHO,
            "person_share": PERSON_SHARE,
            "on_record_per_1000": ON_RECORD,
            "audience_per_1000": AUDIENCE,
            "source_per_1000": SOURCE_PER_1000,
        },
        "training_data": [{"name": name, "licence": licence_of(name, args.data)} for name in names],
        "counts": {"articles": counts["documents"], "kept": len(kept), "dropped": len(dropped)},
    }
    write_artefact(NAME, FILE, metadata, args.out)
    print(f"{len(kept)} source nouns, {len(dropped)} dropped, from {counts['documents']} articles")


if __name__ == "__main__":
    main()
