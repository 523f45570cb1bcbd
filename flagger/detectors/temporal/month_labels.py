"""One figure, two months: a figure labelled with a written month ("February redemptions",
"figures for January") that the same clause then dates "last month" or "this month", when the
relative month is another month ("February redemptions fell ... last month" in an April story,
where last month is March).

The labelled month comes first and labels the figure: it stands as a bare premodifier (no
preposition before it) or after "for". Nothing between the two may introduce a comparison
("from", "than", "against", "after"...) or a new clause, since "sales rose last month from
January" compares two months and is right. The link rests on word order, so it is a warning.

A headline does the same when it dates its figure "this month" or "last month" and the lede's
first sentence labels the figure with another month ("GM OUTPUT FELL THIS MONTH" over "its
February car production declined" in a story of March 2). The headline then holds no other
date and the lede no other month, so the two can only be one figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import interval, show
from flagger.report.finding import Finding

_RELATIVE = lazy(r"^(?:last|this)\s+month$", re.IGNORECASE)
# Words that make the second month a comparison base, or open a second clause or figure; a
# bracket or dash closes an aside whose month labels the aside's own figure ("energy prices --
# the driving force behind the January rise -- rose more moderately last month").
_BREAK = lazy(r"\b(?:from|than|against|versus|vs|after|before|compared|since|until|"
              r"while|whereas|but|and|when|previous|earlier|ago)\b|[;:()—]|\s(?:--|–)\s",
              re.IGNORECASE)
_BEFORE = lazy(r"\b(?:from|than|against|versus|vs|after|before|with|since|over|to|"
               r"a|an)\s+(?:the\s+)?$", re.IGNORECASE)
_LABEL_NEXT = lazy(r"\s+(?:U\.S\.\s+)?[a-z]")
_WINDOW = 160  # characters between the label and the relative month


def _labels(text: str, tx: TimeExpression) -> bool:
    """Whether a bare written month labels a figure: "February sales", "figures for January"."""
    if tx.signal == "for":
        return not _BEFORE.search(text, max(tx.start - 30, 0), tx.start - 4)
    if tx.signal is not None or _BEFORE.search(text[max(tx.start - 20, 0) : tx.start]):
        return False
    return _LABEL_NEXT.match(text, tx.end) is not None


def month_label_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101: "last month" or "this month" after a written month labelling the same figure."""
    index = 0
    months = [d for d in doc.dates if d.granularity == "month" and d.mod is None
              and not d.range_start and interval(d) is not None]
    for sentence in doc.sentences:
        inside: list[TimeExpression] = []
        while index < len(months) and months[index].start < sentence.end:
            if months[index].start >= sentence.start:
                inside.append(months[index])
            index += 1
        finding = _conflict(doc, rule, inside) if len(inside) >= 2 else None
        if finding is not None:
            yield finding


def headline_month_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101: a headline's "this month" that the lede's labelled month contradicts."""
    head = doc.headline
    if head is None or not doc.sentences or len(head.dates) != 1:
        return
    rel = head.dates[0]
    sentence = doc.sentences[0]
    lede = [d for d in doc.dates if sentence.start <= d.start < sentence.end
            and d.granularity == "month"]
    if not _RELATIVE.match(rel.text) or not rel.deictic or len(lede) != 1:
        return
    label = lede[0]
    if not label.explicit or label.has_year or label.mod is not None \
            or not _labels(doc.text, label):
        return
    span, other = interval(rel), interval(label)
    if span is None or other is None or span[0].month == other[0].month:
        return
    published = doc.article.published
    counted = f" (published {published.isoformat()})" if published else ""
    message = (f"The headline's “{rel.text}” is {show(span)}{counted}, but the lede labels "
               f"the same figure “{label.text}”")
    yield rule.finding(head, rel.start, rel.end, message, score=0.6, severity="warning",
                       evidence=(f"headline: {rel.text} = {show(span)}",
                                 f"body: {label.text}"),
                       related=(Span(label.start, label.end, label.text, "body date", "text"),),
                       suggestion=f"in {label.text}")


def _conflict(doc: Document, rule: Rule, months: Sequence[TimeExpression]) -> Finding | None:
    """The finding of one sentence: a labelling month followed by a relative month."""
    text = doc.text
    relatives = [m for m in months if m.deictic and _RELATIVE.match(m.text)]
    written = [m for m in months if m.explicit and not m.has_year and not m.deictic]
    if len(relatives) != 1 or len(written) != 1:
        return None
    rel, label = relatives[0], written[0]
    if label.end > rel.start or rel.start - label.end > _WINDOW or not _labels(text, label):
        return None
    if _BREAK.search(text, label.end, rel.start):
        return None
    span, other = interval(rel), interval(label)
    if span is None or other is None or span[0].month == other[0].month:
        return None
    published = doc.article.published
    counted = f" (counted from publication on {published.isoformat()})" if published else ""
    message = (f"“{rel.text}” is {show(span)}{counted}, but the same figure is labelled "
               f"“{label.text}” earlier in the sentence; one of the two months is wrong")
    related = (Span(label.start, label.end, label.text, "conflicting date"),)
    return rule.finding(doc, rel.start, rel.end, message, score=0.6,
                        evidence=(f"{rel.text} = {show(span)}", label.text),
                        related=related, suggestion=f"in {label.text}")
