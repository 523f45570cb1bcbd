"""N101 mentions: where a count stands with the words after it ("12 people were killed"), its
bounds ("at least", "about"), the counted noun, and the sentence-opening counts whose noun is
unsaid ("At least five have died"). "Both" before a noun ("both companies") counts two."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from heapq import merge

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.values import COUNT

BOUNDS = {
    "at least": "low", "no fewer than": "low", "more than": "low", "over": "low",
    "up to": "high", "as many as": "high", "fewer than": "high", "less than": "high",
    "no more than": "high", "nearly": "near", "almost": "near", "about": "round",
    "around": "round", "some": "round", "roughly": "round", "approximately": "round",
    "an estimated": "round", "close to": "near",
}
BOUND = "|".join(sorted(BOUNDS, key=len, reverse=True))
MENTION = lazy(
    rf"(?<![\w,.:$£€#-]){COUNT}(?:\s+(?P<scale>hundred|thousand|million|billion))?"
    r"(?![\w%,.-]|\.\d)(?P<words>(?:\s+(?:(?-i:[A-Z]\.(?:[A-Z]\.)+)|[A-Za-z][\w'’-]*)){1,3})",
    re.IGNORECASE,
)
BOTH = lazy(
    r"\b(?P<count>[Bb]oth|BOTH)(?P<scale>)(?P<words>(?:\s+(?:(?-i:[A-Z]\.(?:[A-Z]\.)+)|"
    r"[A-Za-z][\w'’-]*)){1,3})"
)
""""Both companies", "both former secretaries": a definite group of two."""
COMPOUND = lazy(
    rf"(?<![\w,.:$£€#-]){COUNT}-(?P<unit>member|nation|country|state|judge|justice|person|man|"
    r"woman)(?P<scale>)(?P<words>(?:\s+[\w'’-]+){1,3})",
    re.IGNORECASE,
)
""""The 191-member assembly", "a three-judge panel": the members of the body the noun after
names, counted. Only units that name members of a body: "five-star homes", "three-party talks"
and "34-seater planes" rate or describe things, they count no group."""
UNIT = lazy(r"-(?:member|nation|country|state|judge|justice|person|man|woman)\b", re.IGNORECASE)
PAIRED = lazy(r"(?:\s+[\w'’-]+)?\s+(?:and|or|nor|as well as)\b", re.IGNORECASE)
""""Both men and women", "both banks' staff and": "both … and" joins two things, no pair."""
BOUND_BEFORE = lazy(rf"\b(?:{BOUND})\s+$", re.IGNORECASE)
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
STOP = frozenset(
    "was were are is be been had have has and or of in on at to for from with the a an who that "
    "which by as than this these those their its his her our".split()
)
IRREGULAR = frozenset(
    "people men women children police staff crew dead injured wounded personnel".split()
)
INNER = lazy(rf"\s(?={COUNT})", re.IGNORECASE)
"""A figure among the words after a count, where the next mention may start."""
UNSAID = lazy(
    r"\s+(?:were|are|have|had|has)\s+(?:been\s+)?(?:killed|died|dead|injured|wounded|hurt|"
    r"arrested|detained)\b"
)
""""Fifty were killed", "At least five have died" opening a sentence: a count of people whose
noun is unsaid (inside a sentence "five were killed" is often a part: "of them, five were")."""
BEFALLEN = lazy(r"\s+(?:arrested|detained|killed|injured|wounded|held|evacuated|rescued)\b")
""""The six arrested", "the three detained": a definite count of the people an event befell,
its noun unsaid, whatever noun counted them before ("five former executives")."""


@lru_cache(maxsize=2)
def mentions(text: str) -> tuple[re.Match[str], ...]:
    """Return the MENTION, BOTH and COMPOUND matches in the order they stand (kept for the last
    texts read: the count readers of one article share them)."""
    pairs = BOTH.finditer(text) if "both" in text or "Both" in text or "BOTH" in text else ()
    others = [*pairs, *_compounds(text)]
    if not others:
        return tuple(_figures(text))  # most texts: no merging needed
    others.sort(key=lambda m: m.start())
    return tuple(merge(_figures(text), others, key=lambda m: m.start()))


def _compounds(text: str) -> Iterator[re.Match[str]]:
    """Yield the COMPOUND matches, read only where a unit stands (a scan for the unit alone is
    much faster than one for every figure)."""
    for unit in UNIT.finditer(text):
        found = COMPOUND.search(text, max(0, unit.start() - 24), unit.end() + 80)
        if found is not None and found.end("unit") == unit.end():
            yield found


def body(words: str) -> tuple[str, frozenset[str], int] | None:
    """Return the noun of the body a compound's members make up, as its one modifier
    ("assembly" of "191-member assembly was", "panel" of "five-judge appeals panel"), and
    where it ends; the caller names the members ("member" → "members")."""
    for word in re.finditer(r"[\w'’-]+", words):
        folded = word.group().casefold()
        if folded in STOP or folded.endswith(("ing", "ed")):
            break
        if word.group().islower() and word.group().isalpha():
            return "", frozenset({folded}), word.end()
    return None


def paired(text: str, head_at: int) -> bool:
    """Say whether "and" or "or" follows the noun a "both" counts, within a word: "both … and"
    joins two things rather than counting a pair."""
    return PAIRED.match(text, head_at) is not None


def _figures(text: str) -> Iterator[re.Match[str]]:
    """Yield the MENTION matches, each search resuming at a figure among the words of the last
    when there is one, so that "the July 7 murders of five officers" reads "five officers"
    too."""
    match = MENTION.search(text)
    while match is not None:
        yield match
        inner = INNER.search(match.group("words"))
        match = MENTION.search(text, match.start("words") + inner.start() if inner else match.end())


def opens(doc: Document, start: int) -> bool:
    """Say whether `start` opens its sentence (after quotes or spaces at most)."""
    sentence = doc.sentences[doc.sentence_index(start)]
    return not doc.text[sentence.start : start].strip(" \n\"“‘'")


def head(words: str) -> tuple[str, frozenset[str], int] | None:
    """Return the counted noun (the first plural word), the words before it, and its end."""
    modifiers: set[str] = set()
    for word in re.finditer(r"\S+", words):
        folded = word.group().casefold().rstrip("'’")
        if folded in STOP:
            return None
        if folded in IRREGULAR or folded.endswith("men") or (
            len(folded) > 3 and folded.endswith("s") and not folded.endswith(("ss", "ous", "us"))
            and folded.isalpha()
        ):
            noun = "people" if folded == "persons" else folded
            return noun, frozenset(modifiers), word.end()
        modifiers.add(folded)
    return None


def bounds(value: int, bound: str) -> tuple[float, float]:
    """Return the values the wording allows ("at least 12" allows 12 and more)."""
    sort = BOUNDS.get(bound, "")
    if sort == "low":
        return value, float("inf")
    if sort == "high":
        return 0.0, value
    if sort == "near":
        return value * 0.85 - 1, value
    if sort == "round":
        return value * 0.85 - 1, value * 1.15 + 1
    return value, value
