"""T107: a span counted forward from a year that runs past publication ("the 1993 incident
... reported 37 years later" in 2020; "founded in 1997 ... over the following three decades" in
2017).

"N years later" and "over the following N decades" ("the next five years" looks ahead) count
from the one year written before them: in their own sentence, else in the sentence before when
it names a single year. A
sentence that names a year after the count dates it itself (the count between two dates is
another check), and one that speaks of the future ("will", "expected", "due") may run past
publication. Rounding words are bounds ("nearly 40 years later" may be 39); a count of
decades allows five years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.report.finding import Finding

_YEAR = lazy(r"(?<![\d,.$£€-])\b(?:1[6-9]|20)\d\d\b(?![\d%-]|\s*(?:pct|percent))")
_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS}|a|an)"
_ROUGH = r"(?:(?P<{}>nearly|almost|some|about|around|roughly|more\s+than|over)\s+)?"
_COUNT = lazy(
    rf"\b{_ROUGH.format('rough')}(?P<n>{_NUM})\s+(?P<unit>years?|decades?)\s+later\b"
    rf"|\b(?:over|in|during|for)\s+the\s+(?:following|ensuing|subsequent)\s+"
    rf"{_ROUGH.format('rough2')}(?P<n2>{_NUM})\s+(?P<unit2>years|decades)\b", re.IGNORECASE)
_APPOSED = lazy(r",\s*")
_FUTURE = lazy(r"\b(?:will|would|shall|could|might|may|should|expects?|expected|"
               r"due|plans?|planned|scheduled|if)\b|['’]ll\b", re.IGNORECASE)


def overrun_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a count forward from the year before it that ends after publication."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    for index, sentence in enumerate(doc.sentences):
        lower = sentence.text.lower()
        if "later" not in lower and "following" not in lower and "ensuing" not in lower \
                and "subsequent" not in lower:
            continue
        for match in _COUNT.finditer(text, sentence.start, sentence.end):
            if _YEAR.search(text, match.end(), sentence.end) or _FUTURE.search(sentence.text):
                continue
            anchor = _anchor(doc, index, match.start())
            word = (match["n"] or match["n2"]).lower()
            n = 1 if word in ("a", "an") else cardinal(word)
            if anchor is None or n is None:
                continue
            unit = (match["unit"] or match["unit2"]).lower()
            years = n * (10 if unit.startswith("decade") else 1)
            least = years - (5 if unit.startswith("decade") else 0)
            rough = (match["rough"] or match["rough2"] or "").lower()
            if rough and rough not in ("more than", "over"):
                least -= max(1, round(years / 5))
            year, start = anchor
            if _APPOSED.fullmatch(text, start + 4, match.start()):
                continue  # "In 2012, nine years later": the count lands on the year
            if year + least <= published.year:
                continue
            yield rule.finding(
                doc, match.start(), match.end(),
                f"“{match.group()}” counts from {year} to {year + years}, after publication "
                f"({published.isoformat()}): at most {published.year - year} years",
                score=0.7, severity="warning",
                evidence=(match.group(), str(year)),
                related=(Span(start, start + 4, str(year), "year counted from"),))


def _anchor(doc: Document, index: int, before: int) -> tuple[int, int] | None:
    """The one year a count at `before` counts from, and its offset: the year in its
    sentence before it, else the sentence before's single year."""
    sentence = doc.sentences[index]
    own = list(_YEAR.finditer(doc.text, sentence.start, before))
    if own:
        last = own[-1]
        return (int(last.group()), last.start()) if len(
            {m.group() for m in own}) == 1 else None
    if index == 0:
        return None
    prev = doc.sentences[index - 1]
    found = list(_YEAR.finditer(doc.text, prev.start, prev.end))
    if len({m.group() for m in found}) != 1:
        return None
    return int(found[0].group()), found[0].start()

