"""A headline weekday and a body weekday of the same name that lie in different weeks: one
told in the past tense, the other in the future ("Franken resigned on Thursday" over a lede's
"Franken will resign on Thursday" in a Wednesday story). Read alike, the two would agree; the
verbs that govern them (`governor.governing_tense`) put one before publication and one after.
On the named weekday itself both may be that day, so a story published then is left alone.
"""

from __future__ import annotations

from datetime import date

from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import Token
from flagger.detectors.temporal.governor import governing_tense


def opposite_weeks(title: str, head: TimeExpression, text: str, body: TimeExpression,
                   sent_start: int, published: date) -> tuple[Token, Token] | None:
    """The governing verbs (headline's, body's) when the weekday `head` of the headline and
    `body` of the same name are told one in the past tense and one in the future."""
    if head.weekday is None or head.weekday != body.weekday or (
            published.weekday() == head.weekday):
        return None
    told = governing_tense(title, (head.start, head.end), 0, False)
    said = governing_tense(text, (body.start, body.end), sent_start, False)
    if told.verb is None or said.verb is None or {told.tense, said.tense} != {"past", "future"}:
        return None
    return told.verb, said.verb
