"""T107: how long a person has held a role, against the year the article says they took it
("Macklin, 58, who has served as president for 27 years" ... "Macklin joined the association
as president in 1970", published 1987: 16 or 17 years).

The span is told in the present perfect of the person named ("has served as", "has been") with
"for N years"; the start is another sentence where the same surname and the same role noun
stand with a verb of taking it up ("joined", "became", "was named", "took over") and one year.
The years from that year to publication must be the count, within a year; rounding words are
bounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.people import NOT_NAMES
from flagger.detectors.wordscan import search_at
from flagger.report.finding import Finding

_ROLE = (r"(?:president|chairman|chairwoman|chair|director|chief\s+executive|executive|"
         r"governor|mayor|minister|secretary|manager|editor|coach|senator|judge|head|leader)")
_SERVED = lazy(
    rf"\b(?P<name>[A-Z][a-z]+)(?:,\s+\d{{2,3}},)?\s+(?:who\s+)?(?:has|had)\s+(?:served|been)\s+"
    rf"(?:as\s+)?(?:the\s+|its\s+|a\s+)?(?:[a-z]+\s+){{0,2}}?(?P<role>{_ROLE})\b"
    rf"(?:\s+of\s+[^,.;()]{{0,40}}?)?\s+for\s+(?:(?P<rough>more\s+than|over|nearly|almost|"
    rf"about|some)\s+)?(?P<n>\d{{1,2}}|{NUMBER_WORDS})\s+years\b")
_PERFECT = lazy(r"\b(?:has|had)\s+(?:served|been)\b")
_FOR_YEARS = lazy(r"for\s+(?:[a-z]+\s+){0,2}(?:\d{1,2}|[a-z]+)\s+years\b")
"""What every `_SERVED` match holds: found fast by its plain opening."""
_TOOK = lazy(r"\b(?:joined|became|named|appointed|elected|took\s+over|started|"
             r"began)\b")
_YEAR = lazy(r"(?<![\d,.$-])\b(?:1[6-9]|20)\d\d\b(?![\d%-])")
_FORMER = lazy(r"\b(?:former|previous|then|first|vice)\b", re.IGNORECASE)


def role_span_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "has served as president for N years" against the year the person became it."""
    text, published = doc.text, doc.article.published
    if published is None or not search_at(_PERFECT, text, doc.lowered, ("has", "had")) \
            or not _FOR_YEARS.search(text):
        return
    for served in _SERVED.finditer(text):
        name, role = served["name"], served["role"]
        n = cardinal(served["n"])
        if name in NOT_NAMES or n is None:
            continue
        own = doc.sentence_index(served.start())
        starts = []
        for index, sentence in enumerate(doc.sentences):
            if index == own or name not in sentence.text or role not in sentence.text:
                continue
            years = list(_YEAR.finditer(text, sentence.start, sentence.end))
            if (len(years) == 1 and _TOOK.search(sentence.text)
                    and not _FORMER.search(sentence.text)):
                starts.append(years[0])
        if len(starts) != 1:
            continue
        year = starts[0]
        high = published.year - int(year.group())
        low = high - 1
        rough = (served["rough"] or "").replace("  ", " ")
        if rough in ("more than", "over"):
            fits = n <= high + 1
        elif rough in ("nearly", "almost"):
            fits = n >= low - 1
        else:
            fits = low - 1 <= n <= high + 1
        if fits or high < 0:
            continue
        span = served.span("n")
        yield rule.finding(
            doc, span[0], served.end(),
            f"“{text[span[0]:served.end()]}” as {role}, but “{year.group()}” dates the start "
            f"of the same role: {low}–{high} years to publication ({published.isoformat()})",
            score=0.6, severity="warning", evidence=(f"{n} years", f"since {year.group()}"),
            related=(Span(year.start(), year.end(), year.group(), "start of the role"),))
