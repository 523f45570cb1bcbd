"""T107: months to date of the publication year that had not yet passed ("sales in the first
seven months of 1987" in a story of June 2, 1987, when five months had ended).

Only "in (during, for) the first N months of <year>" (or "of this year", "this year") for the
publication's own year is read, "for" only with a figure reported after it ("For the first seven
months of 1987, sales totalled ..."), in a sentence with no word that looks ahead (a forecast,
target or plan may cover months to come), in an article that never speaks of a company's own
year ("fiscal 1986", "1985/86"): a quota "for the first six months" is a period ahead, and a
fiscal "this year" began months before the calendar one. N must exceed the months begun by
publication, or equal them while at least a third of the current month is still to run: a
month's figures are not out while it lasts.
Goods sold "for export in" those months are sales ahead of shipment, and are left alone.
Warnings: a rough date on the record would excuse it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import NUMBERS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_MONTHS = lazy(
    r"\b(?P<prep>in|during|for)\s+the\s+first\s+(?P<n>\d{1,2}|[a-z]+)\s+months\s+(?:of\s+)?(?:(?P<this>this\s+year)|"
    r"(?P<year>(?:19|20)\d\d))\b", re.IGNORECASE)
_FIRST_MONTHS = lazy(r"first\s+(?:\d{1,2}|[a-z]+)\s+months")
"""What every `_MONTHS` match holds, in the lower-cased text: found fast by its plain opening."""
_AHEAD = lazy(
    r"\b(?:will|would|could|may|might|should|expects?|expected|forecasts?|projected|targets?|"
    r"plans?|planned|goal|budget|estimates?|aims?|hopes?|likely|predicts?|due)\b", re.IGNORECASE)
# "sold 5.5 mln bags for export in the first four months": the months date the shipments sold
# ahead, not the sales.
_FOR_DELIVERY = lazy(r"\bfor\s+(?:export|shipment|delivery|loading)\b[^.;]{0,20}$",
                     re.IGNORECASE)
# A company's own year ("fiscal 1986", "the 1985/86 period") may be the "this year" meant.
OWN_YEAR = lazy(
    r"\b(?:fiscal|financial\s+year|business\s+year)\b|\b(?:19|20)\d\d/\d\d\b", re.IGNORECASE)
# a figure reported for the months: "For the first seven months of 1987, its sales totalled"
_REPORTED = lazy(r"\b(?:was|were|totall?ed|showed|rose|fell|grew|reached|amounted|declined|"
                 r"increased|decreased|dropped|climbed|posted|reported|earned|sold)\b",
                 re.IGNORECASE)
LATE_DAY = 20  # from this day on, the current month's figures may be counted as nearly done


def unfinished_months(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107 for months to date of the publication year that had not yet passed."""
    published = doc.article.published
    if published is None or "months" not in doc.text:
        return
    if doc.lowered is not None and not _FIRST_MONTHS.search(doc.lowered):
        return
    text = doc.text
    if OWN_YEAR.search(text):
        return
    for match in _MONTHS.finditer(text):
        if match["year"] and int(match["year"]) != published.year:
            continue
        word = match["n"].lower()
        months = int(word) if word.isdigit() else int(NUMBERS.get(word, 0))
        if not 1 < months <= 12:
            continue
        begun = published.month
        if months < begun or (months == begun and published.day >= LATE_DAY):
            continue
        sentence = doc.sentences[doc.sentence_index(match.start())] if doc.sentences else None
        start, end = (sentence.start, sentence.end) if sentence else (0, len(text))
        if _AHEAD.search(text, start, end) or _FOR_DELIVERY.search(
                text, max(start, match.start() - 40), match.start()) or (
                match["prep"].lower() == "for" and not _REPORTED.search(text, match.end(), end)):
            continue
        ended = begun - 1
        yield rule.finding(
            doc, match.start(), match.end(),
            f"“{match.group()}” are reported, but only {ended} month{'s' if ended != 1 else ''} "
            f"of {published.year} had ended by the publication date ({published.isoformat()})",
            score=0.7, severity="warning",
            evidence=(match.group(), f"published {published.isoformat()}"),
            related=(Span(match.start(), match.end(), match.group(), "months to date"),),
            suggestion="Check the number of months or the year.")
