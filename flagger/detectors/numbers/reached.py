"""The two ends of a change: a figure a change reached ("fell to 1.75 billion") and the one it
came from ("from 1.84 billion"), for readers that pair figures of one period.

A report gives the figures of the period it covers as the levels its changes reached, and the
earlier period's as the levels they came from: "the deficit fell to 410 mln dlrs from 460 mln
... exports fell to 1.75 billion from 1.84 billion and imports fell to 2.06 billion from 2.3
billion" gives two periods of three figures each, though only the deficit's is named. The
words that name a period in a figure's clause ("in January", "first quarter", "20 days") are
read too, so two ends whose clauses name different periods are not paired.
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy

REACHED = (100, 0)
"""The period of the levels changes reached (a `trade.Period` no month or span takes)."""
LEFT = (101, 0)
"""The period of the levels changes came from."""
TO_END = lazy(
    r"\b(?:rose|risen|fell|fallen|jumped|widened|narrowed|dropped|declined|increased|"
    r"decreased|climbed|grew|eased|shrank|slipped|surged|soared|plunged|edged\s+(?:up|down)|"
    r"up|down)\b(?:[^.;]|\.\d){0,90}?\bto\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
"""A change and "to" before a figure: "fell to", "rose 14.6 pct ... to", "widened to a"."""
FROM_END = lazy(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
EARLIER = lazy(
    r"\b(?:(?:a|the)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|last\s+year|"
    r"year-(?:earlier|ago))\b",
    re.IGNORECASE,
)
"""A base named by its distance ("a year earlier"): no period of the clause's own."""
WHOLE_KIND = frozenset({
    "the", "its", "their", "and", "while", "whereas", "but", "as", "that", "said", "of",
    "total", "overall", "fob", "cif", "merchandise", "visible", "customs-cleared", "monthly",
})
"""Words that may stand right before "exports", "imports" or "surplus" when they are the
whole trade's (with a period's name, "first quarter exports"): not "oil exports"."""
LAST_WORD = lazy(r"([\w'’-]+)\W*$")
NEXT = lazy(r"\b(?:from|against|compared|after|while|and|but)\b|[,;]")
"""Where a figure's own words end: its base, or the next clause."""
PERIOD_WORDS = lazy(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|quarter|half|year|annual|fiscal|weeks?|days?|months?|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def end_of_change(text: str, clause_start: int, start: int) -> tuple[int, int] | None:
    """REACHED for a figure a change reached ("the deficit fell to 410"), LEFT for one it came
    from ("from 460"), None otherwise."""
    before = text[max(clause_start, start - 110) : start]
    if FROM_END.search(before):
        return LEFT
    if TO_END.search(before):
        return REACHED
    return None


def period_words(text: str, start: int, at: int, end: int) -> frozenset[str]:
    """The words naming a period in a figure's clause, from `start` to the figure's end `at`
    and on to the next base or clause ("…deficit in January fell to 410 mln dlrs in the first
    20 days of February from" gives {"january", "days", "february"}), a base named by its
    distance ("a year earlier") left out."""
    after = NEXT.search(text, at, min(end, at + 40))
    clause = EARLIER.sub(" ", text[start : after.start() if after else min(end, at + 40)])
    return frozenset(m.group().casefold().rstrip("s") for m in PERIOD_WORDS.finditer(clause))


def whole_kind(text: str, sentence_start: int, start: int) -> bool:
    """Say whether the word before a kind of trade leaves it the whole trade's ("FOB exports",
    "China's trade deficit"), not a commodity's ("oil exports")."""
    word = LAST_WORD.search(text, max(sentence_start, start - 30), start)
    if word is None:
        return True
    folded = word.group(1).casefold()
    return (folded in WHOLE_KIND or folded.endswith(("'s", "’s"))
            or PERIOD_WORDS.fullmatch(folded) is not None)
