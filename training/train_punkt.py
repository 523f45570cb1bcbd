"""Train Punkt sentence-boundary parameters on news text and write `models/punkt.*`.

Usage: python -m training.train_punkt [--data ../shared/data] [--out models]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from nltk.tokenize.punkt import PunktTrainer

from flagger import __version__
from flagger.artefacts import sha256_of, write_artefact
from training.news import SHARED_DATA, corpus_path, licence_of, read_corpus

CORPORA = (
    "reuters21578",
    "bbc_fulltext_2004_2005",
    "recovery_covid_news_2020",
    "timebank_aquaint_tbaq",
)

# Abbreviations news copy uses that a corpus may see too rarely to learn (lower-case, no final dot).
KNOWN_ABBREVIATIONS = (
    "mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev fr st sr jr "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "u.s u.k u.n e.u u.s.a d.c l.a n.y a.m p.m no nos vol pp inc corp co ltd bros dept est approx "
    "vs etc e.g i.e ft mt ave blvd"
).split()

# Punkt breaks after an abbreviation when the next word is a frequent sentence starter. News
# text makes names ("Lee", "Treasury") frequent starters, so only function words may play that role.
FUNCTION_WORDS = frozenset(
    "a an the this that these those he she it they we i you his her its their our my there here "
    "in on at of for from by with after before during since while when if as but and or so yet "
    "however meanwhile also still some many most several all no not other another both each "
    "what who which where why how one two three last next earlier later".split()
)

WRAPPED_LINE = re.compile(r"(?<=\S)\n(?=\S)")


def training_text(data: Path) -> str:
    """Return the training corpora as one text, hard-wrapped lines joined."""
    texts = []
    for name in CORPORA:
        for record in read_corpus(name, data):
            texts.append(WRAPPED_LINE.sub(" ", record["text"]))
    return "\n\n".join(texts)


def train(data: Path) -> dict[str, Any]:
    """Train Punkt and return its parameters as plain JSON-ready data."""
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train(training_text(data), finalize=True)
    params = trainer.get_params()
    return {
        "abbrev_types": sorted(params.abbrev_types | set(KNOWN_ABBREVIATIONS)),
        "collocations": sorted([a, b] for a, b in params.collocations),
        "sent_starters": sorted(params.sent_starters & FUNCTION_WORDS),
        "ortho_context": dict(sorted(params.ortho_context.items())),
    }


def grouped(ortho_context: dict[str, int]) -> dict[str, str]:
    """Return the orthographic contexts as {flags: the words with those flags, one a line}.

    One JSON key per word (84,000 of them) took ~60 ms of every cold `flagger check` to parse;
    fifty strings split on newlines take a third of that. Punkt word types hold no newline.
    """
    words: dict[int, list[str]] = {}
    for word, flags in sorted(ortho_context.items()):
        if "\n" in word:
            raise ValueError(f"a Punkt word type with a line break: {word!r}")
        words.setdefault(flags, []).append(word)
    return {str(flags): "\n".join(group) for flags, group in sorted(words.items())}


def main() -> None:
    """Train and write the Punkt parameters with their metadata."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent.parent / "models"
    )
    args = parser.parse_args()
    import nltk

    params = train(args.data)
    counts = {key: len(value) for key, value in params.items()}
    params["ortho_context"] = grouped(params["ortho_context"])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "punkt.params.json").write_text(
        json.dumps(params, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"
    )
    metadata = {
        "version": "2",
        "description": "NLTK Punkt sentence-boundary parameters trained on English news",
        "created_by": "python -m training.train_punkt",
        "versions": {"flagger": __version__, "nltk": nltk.__version__},
        "seed": None,
        "training_data": [
            {
                "name": name,
                "licence": licence_of(name, args.data),
                "sha256": sha256_of(corpus_path(name, args.data)),
            }
            for name in CORPORA
        ],
        "counts": counts,
    }
    path = write_artefact("punkt", "punkt.params.json", metadata, args.out)
    print(f"wrote {path} ({metadata['counts']})")


if __name__ == "__main__":
    main()
