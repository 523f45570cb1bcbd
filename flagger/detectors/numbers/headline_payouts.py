"""N102 a headline's payout direction that the dividend line below it contradicts.

"ACME REALTY PAYOUT RAISED" over "Qtly div 24 cts vs 28 cts in prior qtr" (a cut); "ACME CUTS
PAYOUT" over "Qtrly div 96 cts vs 90 cts" (a rise). The headline names the payout (PAYOUT,
DIVIDEND, DIV) and one direction (RAISES, INCREASES, CUTS, LOWERS …); the body's first dividend
line gives the new and the earlier amount in one unit. Equal amounts, a stock split (a payout
per share may fall while the holder's rises) and a headline with both directions say nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

PAYOUT = lazy(r"\b(?:PAYOUT|DIVIDEND|DIV)S?\b")
UP = lazy(r"\b(?:RAIS|INCREAS|HIK|BOOST|LIFT|UP)(?:E|ES|ED|S|ING)?\b")
DOWN = lazy(r"\b(?:CUT|LOWER|REDUC|SLASH|TRIM)(?:E|ES|ED|S|ING|TING|MED)?\b")
LINE = lazy(
    r"^[ \t]*(?:(?:qtly|qtrly|quarterly|semi-?annual|annual|monthly|interim|final)\s+)?"
    r"div(?:idend)?\s+(?P<new>\d+(?:\.\d+)?)\s*(?P<unit>cts?|dlrs?|cents?)?\s+vs\.?\s+"
    r"(?P<old>\d+(?:\.\d+)?)\s*(?P<old_unit>cts?|dlrs?|cents?)?",
    re.IGNORECASE | re.MULTILINE,
)
"""The body's dividend line: "Qtly div 24 cts vs 28 cts in prior qtr"."""
SPLIT = lazy(r"\bsplit\b", re.IGNORECASE)


def headline_payouts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a headline's raised or cut payout the dividend line denies."""
    head = doc.headline
    if head is None or head.text.upper() != head.text or PAYOUT.search(head.text) is None:
        return
    ups, downs = list(UP.finditer(head.text)), list(DOWN.finditer(head.text))
    if len(ups) + len(downs) != 1:
        return
    line = LINE.search(doc.text)
    if line is None or SPLIT.search(doc.text) or not _one_unit(line):
        return
    new, old = float(line["new"]), float(line["old"])
    said = (ups or downs)[0]
    if new == old or (new > old) == bool(ups):
        return
    moved = "a cut" if new < old else "a rise"
    yield rule.finding(
        head, *said.span(),
        f"The headline's “{said.group()}” says the payout {'rose' if ups else 'fell'}, but the "
        f"dividend line gives {line['new']} against {line['old']} before: {moved}",
        related=(Span(line.start("new"), line.end("old"), line.group().strip(), "dividend",
                      "text"),),
        evidence=(f"{line['new']} {'<' if new < old else '>'} {line['old']}",),
    )


def _one_unit(line: re.Match[str]) -> bool:
    """Say whether the two amounts are in one unit: both cents or both dollars, or one unit
    written for both ("24 cts vs 28"), not "95 cts vs 1.05"."""
    units = {(line[key] or "")[:1].casefold() for key in ("unit", "old_unit")} - {""}
    if len(units) > 1:
        return False
    return units != {"c"} or "." not in line["new"] + line["old"]
