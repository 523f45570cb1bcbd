"""N102 a change over one span set beside a level of another: "exports rose 31 pct from a year
earlier to 1,547, compared with 1,466 in April" measures May on May, while 1,466 is April's
figure, so 1,466 → 1,547 (5.5%) does not contradict it; nor does "a year earlier" contradict a
change "on the month". A span is a year ("year-on-year", "on the year", "from a year earlier")
or a shorter step (a month, quarter or week: "on the month", "from the previous quarter").

The change's span is the one its clause names; failing that, when the level is only set
beside it ("compared with", "against", "versus") rather than named as its start ("from"), the
span the article's earlier changes name, if they name only one kind ("fell 9 pct in May from a
year earlier" … "kit exports rose 31 pct to 1,547, compared with 1,466 in April").
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES

STEP = r"(?:month|quarter|week)"
_SHORT = sorted((a.capitalize() for a in MONTH_ABBREVIATIONS), key=len, reverse=True)
MONTH = rf"(?-i:(?:{'|'.join(MONTH_NAMES)}|(?:{'|'.join(_SHORT)})\.)(?!\w))"
"""A month name, capitalised even where the pattern around it ignores case ("decline" is no
"Dec")."""
NO_YEAR = r"(?!\s*(?:\d|,?\s*(?:of\s+)?(?:last|a|the previous|the prior) year))"
"""After a month name: no day or year and no "last year", so the month is the one before."""
YEAR_AGO = (
    r"a year (?:earlier|ago|before)|last year|the year before|the previous year|the prior year"
    rf"|the (?:same|corresponding|year-earlier|year-ago) (?:{STEP}|period|day|year)"
    r"(?: (?:of )?(?:last year|a year (?:earlier|ago)|the previous year))?"
)
STEP_AGO = (
    rf"(?:a|one) {STEP} (?:earlier|ago|before)|last {STEP}|the {STEP} before"
    rf"|the (?:previous|preceding|prior) {STEP}"
)
JOIN = r"(?:from|on|over|than|against|compared (?:with|to)|versus|vs\.?)"
SPAN_YEAR = lazy(
    rf"\b(?:year[- ](?:on|over)[- ]year|(?:on|over) the year|{JOIN} (?:{YEAR_AGO}))\b"
    r"|\byear-earlier\b",
    re.IGNORECASE,
)
"""A change over a year: "year-on-year", "on the year", "from a year earlier", "over the
same period last year"."""
SPAN_STEP = lazy(
    rf"\b(?:{STEP}[- ](?:on|over)[- ]{STEP}\b|(?:on|over) the {STEP}\b"
    rf"|{JOIN} (?:(?:{STEP_AGO})\b|{MONTH}{NO_YEAR}))",
    re.IGNORECASE,
)
"""A change over a shorter step: "month-on-month", "on the quarter", "from the previous
month", "compared with April"."""
UNITS = r"^\W*(?:(?!(?:and|or|but|while|to|from|with|against|compared)\b)[a-z.]+\s+){0,3}?"
"""Between a level and its period, a few unit words ("mln dlrs", "tonnes")."""
LABEL_YEAR = lazy(
    rf"{UNITS}(?:(?:in |for )?(?:{YEAR_AGO})\b|in {MONTH},? (?:of )?(?:last year|a year ago))"
)
"""After a level, the year-ago period it is of: "323.2 mln dlrs a year ago", "100 in the same
month last year", "2,010 in April last year"."""
LABEL_STEP = lazy(rf"{UNITS}(?:(?:in |for )?(?:{STEP_AGO})\b|in {MONTH}{NO_YEAR})")
"""After a level, the period a step earlier it is of: "146,610 in April", "5.2 mln last
month", "$80 in the previous quarter"."""
OWNER_YEAR = lazy(r"\b(?:last year|the year-(?:earlier|ago)|a year-earlier)['’]?s?\s+$")
OWNER_STEP = lazy(rf"(?:\b{MONTH}['’]s|\blast {STEP}['’]s|\bthe (?:previous|prior) {STEP}['’]s"
                  r"|\bthe month-earlier)\s+$")
"""Before a level, the period that owns it: "from last year's 100", "from April's 146,610"."""
SET_BESIDE = lazy(r"\b(?:compared (?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?$")
"""Before a level, words that set it beside a change rather than name it the change's start."""


def span(text: str) -> str | None:
    """The span a change is measured over, as its words name it: "year" for "up 4 pct
    year-on-year", "step" for "down 2 pct on the month", None when they name neither or
    both."""
    year, step = SPAN_YEAR.search(text), SPAN_STEP.search(text)
    if bool(year) == bool(step):
        return None
    return "year" if year else "step"


def level_span(before: str, after: str) -> str | None:
    """The period a level is of, from the words right `before` it ("from April's") and right
    `after` it ("in April", "a year ago"): "year", "step", or None."""
    if OWNER_YEAR.search(before) or LABEL_YEAR.match(after):
        return "year"
    if OWNER_STEP.search(before) or LABEL_STEP.match(after):
        return "step"
    return None


def other_period(clause: str, before: str, after: str, earlier: str) -> bool:
    """Say whether a change and its base level are of different spans. `clause` holds the
    change and its levels, `before` and `after` are the words around the base level, `earlier`
    the article before the clause. True for "rose 31 pct to 1,547, compared
    with 1,466 in April" after "fell 9 pct in May from a year earlier"; False for "rose 31 pct
    to 1,547 from 1,466 in April"."""
    level = level_span(before, after)
    if level is None:
        return False
    change = span(clause)
    if change is None and SET_BESIDE.search(before):
        change = span(earlier)
    return change is not None and change != level
