"""Quote speakers against hand-checked gold: accuracy on the development and held-out halves.

    python -m training.evaluate_quotes            # accuracy of flagger.annotations.quotes
    python -m training.evaluate_quotes --errors   # the held-in (even) half's mistakes, to read

Gold: `training/data/quote_speakers.json` (ids, offsets, our speaker label; no article text). A
quote counts as right when flagger finds a quote starting at the gold offset and its speaker's
last word is the gold surname, or both say nobody is named. Quotes marked unsure are left out.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from flagger.annotations.quotes import find_quotes
from training.news import EVALUATION_ONLY, read_corpus

GOLD = Path(__file__).resolve().parent / "data" / "quote_speakers.json"
WORD = re.compile(r"[\w'’-]+")


def _texts(quotes: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """Return the text of every article the gold quotes come from."""
    wanted: dict[str, set[str]] = {}
    for q in quotes:
        wanted.setdefault(q["corpus"], set()).add(str(q["id"]))
    texts = {}
    for corpus, ids in wanted.items():
        assert corpus not in EVALUATION_ONLY
        for record in read_corpus(corpus):
            if str(record["id"]) in ids:
                texts[(corpus, str(record["id"]))] = record["text"]
    return texts


def _right(predicted: str | None, gold: str | None) -> bool:
    """Tell whether a predicted speaker names the gold speaker (or both name nobody)."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    words = [w.lower() for w in WORD.findall(predicted)]
    return bool(words) and (words[-1] == gold or gold in words)


def main() -> None:
    """Print accuracy per half, and optionally the development half's errors."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    quotes = [q for q in json.loads(GOLD.read_text(encoding="utf-8"))["quotes"] if not q["unsure"]]
    texts = _texts(quotes)
    found: dict[tuple[str, str], dict[int, str | None]] = {}
    score = {"development (even)": [0, 0], "held out (odd)": [0, 0]}
    for q in quotes:
        key = (q["corpus"], str(q["id"]))
        if key not in found:
            found[key] = {quote.start: quote.speaker for quote in find_quotes(texts[key])}
        predicted = found[key].get(q["start"])
        right = _right(predicted, q["speaker"])
        half = "development (even)" if q["n"] % 2 == 0 else "held out (odd)"
        score[half][0] += right
        score[half][1] += 1
        if args.errors and not right and q["n"] % 2 == 0:
            print(f"#{q['n']} gold={q['speaker']!r} predicted={predicted!r}")
    for half, (right_count, total) in score.items():
        print(f"{half}: {right_count}/{total} = {right_count / total:.1%}")


if __name__ == "__main__":
    main()
