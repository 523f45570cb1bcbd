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

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import Token, tokenize, verb_lemma
from flagger.detectors.temporal.verb_words import DETERMINERS, FUNCTION, PRESENT_BE

_REACH = 90  # characters back from the year to its future marker
# Until mid-year a story may still look ahead to last year's accounts ("will write off 16 mln
# dlrs in 1986", "the deficit is expected to narrow in 1986" in March 1987): only from July is
# last year over for good for a clause about money or results; any other act ("will replace
# that simulator in 1986") is over with the year.
_ACCOUNTS_CLOSED = 7
_ACCOUNTS = lazy(
    r"[$£€¥]|\b(?:mln|bln|billion|million|dlrs?|dollars|pct|percent|stg|yen|marks|francs|"
    r"euros?|profits?|loss(?:es)?|earnings|revenues?|sales|income|deficit|surplus|write|"
    r"writes|written|writedowns?|write-offs?|charges?|results|dividends?|taxe?s?|accounts|"
    r"budget|spending|output|growth|inflation)\b", re.IGNORECASE)
_AHEAD = lazy(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|slated|set|projected|forecast)"
    r"\s+(?:to|for)|(?<!'s )(?<!’s )(?<!the )(?:plans|expects?)\s+to|intends\s+to)\b",
    re.IGNORECASE)
_ADVERBS = frozenset({"further", "also", "still", "then", "not", "again"})
_LEAD = lazy(r"\b(?:in|by|until|till|through)\s+$", re.IGNORECASE)
_BREAK = lazy(
    r",(?!\d)|[;:()\"“”]|\b(?:said|says|than|from|since|compared|against|versus|after|before|when|"
    r"which|who|was|were|had|has|have|did|as|like|despite|following|amid|including|last|ago|"
    r"earlier|previous|prior|fiscal|year-ago|"
    r"(?:1[89]|20)\d\d)\b", re.IGNORECASE)
# A year that goes on to name a measure or a period: "in 1986 dollars", "by 1985 levels".
_NAMES_MORE = lazy(r"\s*(?:-|[A-Za-z]*(?:dollars|prices|terms|levels|figures|rates|"
                   r"season|budget|model|census|quarter|half)\b)", re.IGNORECASE)


def future_year(text: str, tx: TimeExpression, sent_start: int,
                published: date) -> tuple[int, int] | None:
    """The span of the future marker that looks ahead to the past year `tx`, or None."""
    if tx.granularity != "year" or not tx.has_year or tx.first is None:
        return None
    if tx.first.year >= published.year or not _LEAD.search(text, max(tx.start - 9, 0),
                                                            tx.start):
        return None
    if (tx.first.year == published.year - 1 and published.month < _ACCOUNTS_CLOSED
            and _ACCOUNTS.search(text, sent_start, tx.start)):
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
    for k, word in enumerate(words[1:], 1):
        lemma = verb_lemma(word.text)
        if lemma is not None and lemma != word.lower and not _passive(words, k):
            return None  # "will never know what happened in that hallway in 1993"
    return marker.span()


def _passive(words: list[Token], k: int) -> bool:
    """Whether the past form words[k] follows a form of "be", adverbs between ("is expected
    to be further reduced")."""
    j = k - 1
    while j > 0 and (words[j].lower.endswith("ly") or words[j].lower in _ADVERBS):
        j -= 1
    return words[j].lower in PRESENT_BE
