"""Upcoming events read without a finite future verb: a payment still owed ("is payable on
March 24"), an event a participle schedules ("talks scheduled for April 12") and a headline's
plan ("Senator to leave Senate on December 2")."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import WINDOW_CHARS

# "talks scheduled for", "the summit scheduled to start on", "elections due on": an event
# noun before a participle of scheduling, which ends right at the date.
_SCHEDULED_NOUN = lazy(r"\b(?P<noun>[A-Za-z]+)\s+(?P<part>scheduled|slated|due|set)\s+"
                       r"(?:for|on|to\s+[a-z]+(?:\s+[a-z]+)?\s+on)\s+$")
# An event called off, or listed with a past one, was scheduled but need not lie ahead.
_CALLED_OFF = lazy(r"\b(?:cancel\w*|scrap\w*|postpon\w*|abandon\w*|drop\w*|"
                   r"call\w*\s+off)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_AND_PAST = lazy(r"\s*,?\s*(?:and|or)\s+(?:last|earlier|previous)\b", re.IGNORECASE)
# A payment still owed: "is payable on a pre-split basis on March 24", "are payable May 2".
_PAYABLE = lazy(r"\b(?:is|are)\s+payable\b[^.;:]{0,30}?\s(?:on\s+)?$")
# A clause that looks ahead: a future or modal, an intention, or an infinitive ("meant to
# prepare", "trained to guard", "are to take part").
_LOOKS_AHEAD = lazy(r"\b(?:will|shall|would|could|may|might|must|should|plans?|intends?|"
                    r"expects?|expected|likely)\b|\bto\s+(?!(?:the|a|an|his|her|its|their|"
                    r"our|this|that|be|date)\b)[a-z]+\b(?<!ed)(?<!ing)\s")
_NOT_EVENT = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                        "it", "they", "he", "she", "we", "i", "you", "which", "that", "who",
                        "not", "also", "now", "originally", "initially", "previously", "first",
                        "then", "still", "already"})
# A headline's subject (capitalised, so not a verb of the sentence-case headline: "Shares
# rise to record") and its infinitive, with no clause break before the date.
_HEADLINE_PLAN = lazy(r"(?:^|\s)[A-Z][\w.'’]*\s+(?:(?:set|due|expected|poised|"
                      r"scheduled|slated)\s+)?to\s+(?P<verb>[a-z]{3,})\b[^,;:]*"
                      r"(?:\s(?:on|by)\s+|\s)$")


def scheduled_event(text: str, tx: TimeExpression, sent_start: int) -> tuple[str | None, str]:
    """Future for a payment still owed ("the dividend is payable on March 24") and for an
    event a participle schedules ("talks scheduled for April 12", "the summit scheduled to
    start on Oct. 4", "elections due on March 12") in a clause that looks
    ahead ("The meeting was meant to prepare talks scheduled for ..."); such a participle has
    no tense of its own, and after a past main clause the event may be over."""
    if _PAYABLE.search(text, max(sent_start, tx.start - 60), tx.start):
        return "future", "payable"  # "the dividend is payable on March 24"
    match = _SCHEDULED_NOUN.search(text, max(sent_start, tx.start - 60), tx.start)
    if match is None or match["noun"].lower() in _NOT_EVENT:
        return None, ""
    back = max(sent_start, match.start() - WINDOW_CHARS)
    if not _LOOKS_AHEAD.search(text, back, match.start()):
        return None, ""
    if _CALLED_OFF.search(text, back, match.start()) or _AND_PAST.match(text, tx.end):
        return None, ""  # "to cancel bond issues scheduled for January 20 and last October 20"
    return "future", match["part"]


def headline_plan(text: str, tx: TimeExpression) -> tuple[str | None, str]:
    """Future for a headline's "<Name> to <verb> ... <date>": "Senator to leave Senate on
    December 2", "Trump Jr. to meet with House panel Nov. 6" (a headline's infinitive after
    its subject announces the act)."""
    match = _HEADLINE_PLAN.search(text, 0, tx.start)
    return ("future", match["verb"]) if match else (None, "")
