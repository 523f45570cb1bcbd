"""T104 for a year already over that a future verb still looks ahead to: "will replace that
simulator in 1986", "is scheduled for completion in 1985", "is expected to live in cities by
2010" in stories published after those years.

The year must close its phrase after "in", "by", "until" or "through", and nothing between the
future marker and the year may open another time ("said", "than", "from", "since", a past
auxiliary, another year): "will report the results it had in 1986" dates the results.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from flagger.annotations import recache
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import tokenize, verb_lemma
from flagger.detectors.temporal.verb_words import DETERMINERS, FUNCTION, PRESENT_BE

_REACH = 90  # characters back from the year to its future marker
# Until mid-year a story may still look ahead to last year's accounts ("will write off 16 mln
# dlrs in 1986", "the deficit is expected to narrow in 1986" in March 1987): only from July is
# last year over for good.
_ACCOUNTS_CLOSED = 7
_AHEAD = recache.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|slated|set|projected|forecast)"
    r"\s+(?:to|for)|(?<!'s )(?<!’s )(?<!the )plans\s+to|intends\s+to)\b", re.IGNORECASE)
_LEAD = recache.compile(r"\b(?:in|by|until|till|through)\s+$", re.IGNORECASE)
_BREAK = recache.compile(
    r"[,;:()\"“”]|\b(?:said|says|than|from|since|compared|against|versus|after|before|when|"
    r"which|who|was|were|had|has|have|did|as|like|despite|following|amid|including|last|ago|"
    r"earlier|previous|prior|fiscal|year-ago|"
    r"(?:1[89]|20)\d\d)\b", re.IGNORECASE)
# A year that goes on to name a measure or a period: "in 1986 dollars", "by 1985 levels".
_NAMES_MORE = recache.compile(r"\s*(?:-|[A-Za-z]*(?:dollars|prices|terms|levels|figures|rates|"
                              r"season|budget|model|census|quarter|half)\b)", re.IGNORECASE)


def future_year(text: str, tx: TimeExpression, sent_start: int,
                published: date) -> tuple[int, int] | None:
    """The span of the future marker that looks ahead to the past year `tx`, or None."""
    if tx.granularity != "year" or not tx.has_year or tx.first is None:
        return None
    settled = published.year - (1 if published.month >= _ACCOUNTS_CLOSED else 2)
    if tx.first.year > settled or not _LEAD.search(text, max(tx.start - 9, 0),
                                                            tx.start):
        return None
    if _NAMES_MORE.match(text, tx.end):
        return None
    back = max(sent_start, tx.start - _REACH)
    markers = list(_AHEAD.finditer(text, back, tx.start))
    if not markers:
        return None
    marker = markers[-1]
    if _BREAK.search(text, marker.end(), tx.start):
        return None
    words = tokenize(text, marker.start(), tx.start)
    if words[0].lower == "will" and (len(words) < 2 or words[1].lower in DETERMINERS | FUNCTION):
        return None  # "against her will at his office in 2007": the noun
    for before, word in pairwise(words):
        lemma = verb_lemma(word.text)
        if lemma is not None and lemma != word.lower and before.lower not in PRESENT_BE:
            return None  # "will never know what happened in that hallway in 1993"
    return marker.span()
