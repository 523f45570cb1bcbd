"""N102 profit on revenue: a profit cannot be larger than the revenue it was earned on.

"In 1986 the group earned 660 mln dlrs, or 3.90 dlrs a share, on revenues of 450 mln dlrs":
a profit is what is left of revenue after costs, so it is at most the revenue. The profit is
told as earned ("earned", "net income of", "a profit of") and the revenue after "on revenues
of" / "on sales of" in the same sentence; a loss may be larger than revenue and is left
alone. A scale word on one side only leaves the two unclear ("earned 5 mln on sales of 300").
Rounding within the written digits is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import NUMBER, Figure, figure, format_figure
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

PROFIT = NUMBER.replace("?P<", "?P<p")
REVENUE = NUMBER.replace("?P<", "?P<r")
QUALIFIER = r"(?:(?:about|around|some|roughly|approximately|nearly|almost)\s+)?"
EARNED_ON = lazy(
    r"\b(?:earned|net\s+income\s+of|net\s+profits?\s+of|profits?\s+of|net\s+earnings\s+of)\s+"
    rf"{QUALIFIER}(?P<profit>{PROFIT})(?:[^.;]|\.\d){{0,70}}?\bon\s+(?:revenues?|sales|"
    rf"turnover)\s+of\s+{QUALIFIER}(?P<revenue>{REVENUE})(?![\d,.]\d)",
    re.IGNORECASE,
)
"""A profit and the revenue it was earned on: "earned 660 mln dlrs … on revenues of 450 mln"."""
SMALL = 100_000
"""A bare figure below this beside a scaled one may be short for the scaled unit."""


def earned_on(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for profits larger than the revenue they were earned on."""
    text = doc.text
    for match in EARNED_ON.finditer(text):
        profit, revenue = _figure(match, "p"), _figure(match, "r")
        if profit.currency != revenue.currency and profit.currency and revenue.currency:
            continue
        if profit.has_scale != revenue.has_scale and min(profit.value, revenue.value) < SMALL:
            continue
        if profit.value - profit.half_unit <= revenue.value + revenue.half_unit:
            continue
        yield rule.finding(
            doc, profit.start, profit.end,
            f"a profit of {profit.text} on revenues of {revenue.text}: a profit cannot be "
            "larger than the revenue it was earned on",
            related=(Span(revenue.start, revenue.end, revenue.text, "revenue"),),
            evidence=(f"{format_figure(profit.value)} > {format_figure(revenue.value)}",),
        )


def _figure(match: re.Match[str], key: str) -> Figure:
    """The figure of the profit ("p") or revenue ("r") groups, as `figure` reads a NUMBER."""
    group = "profit" if key == "p" else "revenue"
    inner = re.match(NUMBER, match.group(group))
    assert inner is not None
    read = figure(inner)
    offset = match.start(group)
    return Figure(read.start + offset, read.end + offset, read.text, read.value, read.half_unit,
                  read.scale, read.has_scale, read.currency)
