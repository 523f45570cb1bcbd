"""T101 (local): a relative month beside the day it names, when the day is in another month.

"Next month, April 9" in a March story agrees; in an April story it does not. The day may
follow the relative month after a comma, a bracket or "on" ("later this month, on June 3"),
or name the occasion ("next month at the May 20 annual meeting"); it may come first as the
label of its noun ("this month's May 28 sale", "the Feb 20 suspension earlier this month").
"This month" is the publication month, "last month" the one before, "next month" the one
after; a day with its year is compared as a whole month, one without it by its month alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?(?![\d:,.]\d)|One|Two|Three|Four|Five|Six|Seven|Eight|Nine)"
_DATE = (rf"(?P<mon>{_MON})\s+(?P<day>{_DAY})\b"
         r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)\b)?")
_REL = r"(?P<rel>(?:(?:later|earlier|late|early|mid-?)\s*)?(?:this|last|next)\s+month)"
_OCCASION = r"(?:at|on|in|during|for)\s+(?:the|its|their|a|an)\s+"
_AFTER = lazy(rf"\b{_REL}\s*(?:,\s*(?:on\s+)?|\(\s*|\s+on\s+|\s+{_OCCASION}){_DATE}"
              r"(?!\s*(?:-|–|and|or|to|through)\s*\d)", re.IGNORECASE)
_LABEL = lazy(rf"\b{_REL}['’]s\s+{_DATE}", re.IGNORECASE)
_BEFORE = lazy(rf"\b(?:the|its|their|a|an|[A-Z][a-z]+['’]s)\s+{_DATE}\s+(?P<noun>[a-z]+)\s+"
               rf"{_REL}\b", re.IGNORECASE)
_GATE = lazy(r"\b(?:this|last|next)\s+month\b", re.IGNORECASE)
"""What each of the three forms holds: a text without it is not scanned (nor one without the
word "month", found by `str.find` first)."""
_OPENINGS = ("later", "earlier", "late", "early", "mid", "this", "last", "next")
"""The words every match of `_AFTER` and `_LABEL` opens with (their relative month): those
two are tried only where one stands (`wordscan.finditer_at`)."""
_OFFSET = {"last": -1, "this": 0, "next": 1}
_NOT_NOUNS = frozenset({"and", "or", "but", "to", "of", "in", "on", "at", "for", "from",
                        "with", "by", "until", "through", "than", "as", "was", "were", "is"})


def month_apposition_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101: "next month, April 9" (published April 2) names a day of this month."""
    text, published, low = doc.text, doc.article.published, doc.lowered
    if published is None or (low is not None and "month" not in low) or _GATE.search(text) is None:
        return  # every form holds a relative month
    for pattern in (_AFTER, _LABEL, _BEFORE):
        found = (pattern.finditer(text) if pattern is _BEFORE
                 else finditer_at(pattern, text, low, _OPENINGS))
        for match in found:
            if pattern is _BEFORE and match["noun"].lower() in _NOT_NOUNS:
                continue
            word = match["rel"].lower().split()[-2].split("-")[-1]
            index = published.year * 12 + published.month - 1 + _OFFSET[word]
            meant = (index // 12, index % 12 + 1)
            month = _MONTHS.index(match["mon"][:3].lower()) + 1
            year = int(match["year"]) if match["year"] else meant[0]
            if (year, month) == meant:
                continue
            said = match["rel"]
            written = text[match.start("mon") : match.end("year") if match["year"]
                           else match.end("day")]
            shown = f"{_name(meant[1])} {meant[0]}"
            yield rule.finding(
                doc, match.start("rel"), match.end("rel"),
                f"“{said}” is {shown} (published {published.isoformat()}), but the day it "
                f"names, “{written}”, is in {_name(month)} {year}", score=0.8,
                evidence=(f"{said} = {shown}", f"written: {written}"),
                related=(Span(match.start("mon"), match.start("mon") + len(written), written,
                              "date beside it"),))


def _name(month: int) -> str:
    """"April" for 4."""
    return ("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December")[month - 1]
