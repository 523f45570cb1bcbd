"""N102 a headline's LOSS or PROFIT that the results table below it contradicts: "HOWELL CORP 4TH
QTR LOSS" over a quarter block whose rows read "Net profit 269,000 vs profit 833,000".

The headline's period is the table's first block (wire results put the headline period first);
a headline that names a cumulative period ("YEAR", "NINE MTHS") or a loan-loss item is not
compared. Only signs the table writes out count, and any row of the block that agrees with the
headline ("Oper net loss" beside "Net profit") clears it.
"""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.earnings import table_blocks
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_RESULT = lazy(r"\b(?P<result>LOSS|PROFIT)\b")
_OTHER_PERIOD = lazy(
    r"\b(?:YEAR|MTHS|MONTHS|HALF|WKS|WEEKS|LOAN|PROVISIONS?|RESERVES?|CARRYFORWARD)\b")


def headline_results(doc: Document, rule: Rule) -> Iterator[Finding]:
    """N102: the headline's LOSS (or PROFIT) where every signed row of its block says the other."""
    head = doc.headline
    if head is None or head.text.upper() != head.text:
        return
    results = {m["result"]: m for m in _RESULT.finditer(head.text)}
    if len(results) != 1 or _OTHER_PERIOD.search(head.text):
        return
    said, match = next(iter(results.items()))
    blocks = table_blocks(doc.text, head.text)
    if not blocks or blocks[0].cumulative:
        return
    signed = {kind: pair[0] for kind, pair in blocks[0].rows.items()
              if ("net" in kind or "shr" in kind) and pair[0] is not None and pair[0].sign}
    other = "profit" if said == "LOSS" else "loss"
    if {cell.sign for cell in signed.values()} != {other}:
        return
    net = signed.get("net") or signed.get("oper net") or next(iter(signed.values()))
    yield rule.finding(
        head, *match.span(),
        f"The headline reports a {said.lower()}, but the table's first block, the headline's "
        f"period, shows a {other} (“{net.text}”)",
        score=0.8, severity="warning",
        evidence=(f"headline: {said}", f"table: {net.text}"),
        related=(Span(net.start, net.end, net.text, "table result", "text"),),
    )
