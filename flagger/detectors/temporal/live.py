"""Live pages: articles whose text runs past their stated publication date.

A live blog or an updated page keeps its first date while entries are added after it, so a
past event dated after "publication" is no error there. A page is taken as live when it carries
an update stamp ("Updated: ...", "UPDATE 2", "This article was last updated on ...",
an "Editor's note" opening a line) or reports, in the past tense, events on at least
`LIVE_DATES` distinct days after its publication date.
"""

from __future__ import annotations

from datetime import date

from flagger.annotations import recache

LIVE_DATES = 2
_STAMP = recache.compile(r"(?im)^[^\w\n]{0,8}(?:last[ \t]+)?updated?\b"
                         r"(?:[ \t]+\d+\b|[ \t]*:|[ \t]+(?:on|at)\b)"
                         r"|\b(?:was|were|been)[ \t]+(?:last[ \t]+)?updated[ \t]+(?:on|at)\b"
                         r"|^[^\w\n]{0,8}editor['’]s[ \t]+note\b")


def is_live(text: str, past_after: set[date]) -> bool:
    """Whether `text`, which reports the past events `past_after` after its publication date,
    is a live or updated page."""
    if not past_after:
        return False  # nothing to excuse
    return len(past_after) >= LIVE_DATES or _STAMP.search(text) is not None


_RUNNING = recache.compile(r"(?i)\brefresh (?:this|the) page\b|\blive updates\b|"
                           r"\ball times (?:are )?(?:eastern|pacific|central|local|gmt|et|pt)\b")


def updating(text: str) -> bool:
    """Whether the page says it is updated as news comes in (an update stamp, "refresh this
    page", "live updates", "All times Eastern"): its "today" may be any day it ran."""
    return _STAMP.search(text) is not None or _RUNNING.search(text) is not None
