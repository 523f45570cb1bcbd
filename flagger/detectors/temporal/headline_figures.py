"""A headline figure dated by one year, repeated in the lede with another.

"U.K. GROWTH RATE SEEN AT THREE PCT NEXT YEAR" over "growth was forecast at three pct in
calendar 1987" (published 1987: next year is 1988): the same figure with its unit ("three
pct", "8.2 pct", "1.5 billion") is one quantity, so the year the headline gives it and the
year the first body sentences give it must agree. Each side's year is the one year expression
beside the figure ("this / last / next year" or a written year, within a few words and no
other figure between); a body sentence that dates the figure several ways is left alone, and
one of the two must be a relative year. Warning (T101), on the headline's year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS
from flagger.report.finding import Finding

LEDE = 2  # body sentences that repeat the headline's figure
NEAR = 40  # characters between a figure and the year that dates it

_UNIT = (r"(?:pct|percent|per\s+cent|billion|bln|million|mln|dlrs|dollars|tonnes|tons|"
         r"barrels|marks|yen|francs|stg|pounds|crowns|guilders|shares)\b")
_FIGURE = lazy(r"(?i)(?<![\w.,])(\d+(?:\.\d+)?|" + NUMBER_WORDS + r")\s+" + _UNIT)
_RELATIVE = lazy(r"(?i)(?:in\s+)?(?:this|next|last)\s+year(?:['’]s)?")
# A clause break, or a comparison word: the year after it dates the base, not the figure
# ("a 50 pct rise over last year's 6.1 mln").
_BREAK = lazy(r"[;:,]|\.(?!\d)|\b(?:and|but|while|after|from|against|than|versus|vs|"
              r"over|above|below|on|compared)\b", re.IGNORECASE)


def _year(tx: TimeExpression) -> int | None:
    """The year a year expression names: "next year", "1987", "calendar 1987"."""
    if tx.first is None or tx.granularity != "year" or tx.range_start:
        return None
    if tx.deictic and _RELATIVE.fullmatch(tx.text):
        return tx.first.year
    return tx.first.year if tx.explicit and tx.has_year else None


def _dated(text: str, figure: re.Match[str], dates: list[TimeExpression]
           ) -> list[TimeExpression]:
    """The year expressions beside `figure`, with no clause break or other figure between."""
    found = []
    for tx in dates:
        if _year(tx) is None:
            continue
        if tx.start >= figure.end():
            between = text[figure.end() : tx.start]
        elif tx.end <= figure.start():
            between = text[tx.end : figure.start()]
        else:
            continue
        if len(between) <= NEAR and not _BREAK.search(between) and not _FIGURE.search(between):
            found.append(tx)
    return found


def _key(figure: re.Match[str]) -> str:
    return " ".join(figure.group().lower().split())


def headline_figure_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for a headline figure whose year the lede's same figure contradicts."""
    head, published = doc.headline, doc.article.published
    if head is None or published is None or not head.dates or not doc.sentences:
        return
    title = head.text
    dated: dict[str, TimeExpression] = {}
    for figure in _FIGURE.finditer(title):
        years = _dated(title, figure, list(head.dates))
        if len(years) == 1:
            dated[_key(figure)] = years[0]
    if not dated:
        return
    end = doc.sentences[min(LEDE, len(doc.sentences)) - 1].end
    body_dates = [tx for tx in doc.dates if tx.start < end]
    for figure in _FIGURE.finditer(doc.text, 0, end):
        head_tx = dated.get(_key(figure))
        if head_tx is None:
            continue
        sentence = doc.sentences[doc.sentence_index(figure.start())]
        years = _dated(doc.text, figure, [tx for tx in body_dates
                                          if sentence.start <= tx.start < sentence.end])
        if len(years) != 1:
            continue
        body_tx = years[0]
        said, written = _year(head_tx), _year(body_tx)
        if said is None or written is None or said == written:
            continue
        if not (head_tx.deictic or body_tx.deictic):
            continue
        yield rule.finding(
            head, head_tx.start, head_tx.end,
            f"The headline's “{head_tx.text}” ({said}) dates “{figure.group()}”, but the body "
            f"gives the same figure for “{body_tx.text}” ({written})", score=0.6,
            severity="warning", evidence=(f"{head_tx.text} = {said}", f"{body_tx.text} = "
                                          f"{written}"),
            related=(Span(body_tx.start, body_tx.end, body_tx.text, "year of the same figure",
                          "text"),))
        return
