"""Live pages: articles whose text runs past their stated publication date.

A live blog or an updated page keeps its first date while entries are added after it, so a
past event dated after "publication" is no error there. A page is taken as live when it carries
an update stamp ("Updated: ...", "UPDATE 2", "This article was last updated on ...", "Update
April 30th, 6:30PM ET:",
an "Editor's note" opening a line) or reports, in the past tense, events on at least
`LIVE_DATES` distinct days after its publication date. A stamp that gives its date ("last
updated on March 19") excuses only the days up to that date.
"""

from __future__ import annotations

from datetime import date, timedelta

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS

LIVE_DATES = 2
_STAMP = lazy(r"(?im)^[^\w\n]{0,8}(?:last[ \t]+)?updated?\b"
              r"(?:[ \t]+\d+\b|[ \t]*:|[ \t]+(?:on|at)\b)"
              r"|\b(?:was|were|been)[ \t]+(?:last[ \t]+)?updated[ \t]+(?:on|at)\b"
              r"|^[^\w\n]{0,8}editor['’]s[ \t]+note\b")


# A line that opens on "Update" and the day it gives ("Update April 30th, 6:30PM ET:"): a
# dated stamp for `live_until`, not a page updated as news comes in (`updating`).
_DATED_UPDATE = lazy(r"(?m)^[^\w\n]{0,8}Updated?(?=[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+[0-3]?\d"
                     r"(?:st|nd|rd|th)?,)")
# The date a stamp gives: "This article was last updated on March 19", "Updated May 2, 2020".
_STAMP_DATE = lazy(r"[ \t]*:?[ \t]*(?:on[ \t]+)?(?:[A-Z][a-z]+day,?[ \t]+)?"
                         r"(?P<mon>[A-Z][a-z]{2,8})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                         r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d)\b)?")


def live_until(text: str, past_after: set[date], published: date) -> date | None:
    """The last day a page that reports the past events `past_after` after its publication
    date may report: the day after the latest date its update stamps give ("last updated on
    March 19"),
    any day (`date.max`) for a live page with no dated stamp, None for a page that is not live.
    """
    if not past_after:
        return None  # nothing to excuse
    stamps = [*_STAMP.finditer(text), *_DATED_UPDATE.finditer(text)]
    dated = [d for d in (_stamp_date(text, m.end(), published) for m in stamps) if d]
    if dated:
        return max(dated) + timedelta(days=1)  # a day's slack for the time zones
    return date.max if stamps or len(past_after) >= LIVE_DATES else None


def _stamp_date(text: str, end: int, published: date) -> date | None:
    """The date written right after a stamp, if it is one on or after publication."""
    match = _STAMP_DATE.match(text, end)
    month = MONTHS.get(match["mon"].lower()) if match else None
    if match is None or month is None:
        return None
    try:
        day = date(int(match["year"] or published.year), month, int(match["day"]))
    except ValueError:
        return None
    return day if day >= published else None


_RUNNING = lazy(r"(?i)\brefresh (?:this|the) page\b|\blive updates\b|"
                r"\ball times (?:are )?(?:eastern|pacific|central|local|gmt|et|pt)\b")


_SAYS_LIVE = ("update", "editor", "refresh", "all times")
"""Every `_STAMP` or `_RUNNING` match holds one of these (lower-cased)."""


def updating(text: str, low: str | None) -> bool:
    """Whether the page says it is updated as news comes in (an update stamp, "refresh this
    page", "live updates", "All times Eastern"): its "today" may be any day it ran.

    `low` is the text as `Document.lowered` gives it: a page without any of `_SAYS_LIVE` in it
    is not searched (None: it is searched whole).
    """
    if low is not None and not any(word in low for word in _SAYS_LIVE):
        return False
    return _STAMP.search(text) is not None or _RUNNING.search(text) is not None
