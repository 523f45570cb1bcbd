"""A day a present schedule still holds ahead, read from the words that set it: "the vote is
scheduled for April 8", "final terms are due Friday, April 3", "the ruling is now expected
April 8", "the talks remain set for May 2", "with closing expected March 18", "pending a
hearing scheduled for June 1", "ahead of the planned vote on May 3".

A form of "be" (or "remain") in the present before the participle tells that the schedule holds
at the time of writing, so its day is still to come. Without a verb, the participle holds a
day ahead only after "with" or "pending" ("with delivery due May 2"), or as the modifier of a
noun after "ahead of", "before" or "pending" ("before the scheduled vote on May 3"). A past
form ("was scheduled for", "had been expected"), a hypothesis ("if the vote is scheduled
for"), or a schedule called off ("the postponed vote") holds no day ahead.
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression

_REACH = 90  # characters back from the date to the schedule's words
_PARTICIPLE = r"(?P<part>scheduled|slated|due|expected|set|planned|timed|penciled|pencilled)"
_DAY_PREP = r"(?:\s+(?:for|on|by|at|in))?\s+$"
# "is scheduled for", "are due", "is now expected", "remain set for" right before the date.
_PRESENT = lazy(r"\b(?:is|are|remains?|(?<=\w)'s|(?<=\w)’s)\s+(?:now\s+|still\s+|also\s+|"
                r"currently\s+|tentatively\s+|provisionally\s+){0,2}" + _PARTICIPLE
                + _DAY_PREP, re.IGNORECASE)
# "with closing expected March 18", "pending a hearing scheduled for June 1".
_ABSOLUTE = lazy(r"\b(?:with|pending)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
                 r"(?:[a-z][\w-]*\s+){1,3}" + _PARTICIPLE + _DAY_PREP)
# "ahead of the planned vote on May 3", "before the scheduled meeting on May 3".
_AHEAD_OF = lazy(r"\b(?:ahead\s+of|before|pending|in\s+time\s+for)\s+(?:the|a|an|its|their|his|"
                 r"her)\s+(?P<part>planned|scheduled|upcoming|forthcoming|expected)\s+"
                 r"(?:[a-z][\w-]*\s+){1,2}(?:on|for|in)\s+$")
# A hypothesis or a past holds no day ahead: "if the vote is scheduled for", "which was".
_HYPOTHESIS = lazy(r"\b(?:if|unless|whether|when|once|until|should)\b[^,;:]*$", re.IGNORECASE)
_CALLED_OFF = lazy(r"\b(?:cancel\w*|scrap\w*|postpon\w*|delay\w*|abandon\w*|call\w*\s+off|"
                   r"originally|initially|previously|first)\b", re.IGNORECASE)
_OTHER_TIME = lazy(r"\s*(?:-|–|to\b|through\b|until\b|and\b|or\b)")


def present_schedule(text: str, tx: TimeExpression, sent_start: int) -> tuple[str | None, str]:
    """("future", the participle) when a present schedule holds the date at `tx` ahead
    ("the vote is scheduled for April 8"); (None, "") otherwise."""
    back = max(sent_start, tx.start - _REACH)
    match = (_PRESENT.search(text, back, tx.start) or _ABSOLUTE.search(text, back, tx.start)
             or _AHEAD_OF.search(text, back, tx.start))
    if match is None or _OTHER_TIME.match(text, tx.end):
        return None, ""  # "is scheduled for May 2 to 4": a span the range reader reads
    clause = text[max(sent_start, match.start() - _REACH) : match.end()]
    if _HYPOTHESIS.search(clause) or _CALLED_OFF.search(clause):
        return None, ""
    return "future", match["part"]
