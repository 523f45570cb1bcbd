"""T107: the age of a thing against the date its own noun phrase gives it: "the 40-year-old
Investment Company Act of 1940" (46 or 47 years in 1987), "the decade-old 1994 crime law" (26
years in 2020), "the nearly two-year-old April 25, 1986 stock split" (under one year in April
1987), "the 14-year-old joint venture, formed in 1963" (24 years in 1987).

The age is told before its noun phrase ("N-year-old", "N-month-old", "decade-old"; with its
bound, "the nearly two-year-old"); the date is written with its year and stands in that phrase:
right after the age, before the head noun ("the 1994 crime law"), after "of" closing a name
("Act of 1940"), or after a comma and a word of beginning ("formed in 1963"). The phrase must
name a thing that begins on a day (a law, act, pact, contract, venture, split, ...): a
person's age beside a date ("the 25-year-old 2012 Olympic champion") is not read, nor an age
told at another time ("the then 14-year-old law"). The age runs from the date to publication
and is read by `count_phrases` (its bound, its rounding).
"""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ago_events import ROUGH
from flagger.detectors.temporal.count_backs import count_finding, counted_date
from flagger.detectors.temporal.count_phrases import Count, counts, misfit
from flagger.report.finding import Finding

_GATE = lazy(r"(?i)(?:year|month|decade)s?[\s-]old\b")
_AGED = lazy(r"(?i)[\s-]old\s+")
"""After a count, what makes it an age before a noun: "-old "."""
_DECADE = lazy(rf"(?i)\b(?:(?P<rough>{ROUGH})\s+)?(?:a\s+)?decade[\s-]old\s+")
_THING = (r"(?:acts?|laws?|codes?|statutes?|treat(?:y|ies)|pacts?|accords?|agreements?|deals?|"
          r"contracts?|charters?|constitutions?|conventions?|splits?|ventures?|partnerships?|"
          r"alliances?|mergers?|plans?|programm?es?|polic(?:y|ies)|rules?|regulations?|bans?|"
          r"embargo(?:es)?|moratori(?:um|a)|rulings?|decisions?|orders?|lawsuits?|suits?|"
          r"disputes?|strikes?|wars?|conflicts?|scandals?|tax(?:es)?|tariffs?|quotas?|levy|"
          r"levies|bills?|guidance|memos?|reports?|studies|study|cartels?|systems?)")
_HEAD = lazy(rf"(?i)^(?:[\s,-]*[\w/.'’-]+){{0,5}}?[\s-]+{_THING}\b(?!-)")
"""After the date before its head noun: " five-to-three stock split", " crime law"."""
_NAMED = lazy(rf"(?i)^(?:[A-Z][\w.&'’/-]*\s+){{0,6}}?{_THING}\s+of\s+$")
"""Between the age and the date of a name: "Investment Company Act of "."""
_FORMED = lazy(
    rf"(?i)^[^;:()]{{0,100}}?\b{_THING}\b[^;:(),]{{0,80}},\s+(?:(?:which|that)\s+)?"
    r"(?:(?:was|were|first|originally)\s+)*(?:(?:co-)?founded|established|formed|created|set\s+up|"
    r"launched|signed|enacted|adopted|passed|opened|built|incorporated|announced|"
    r"agreed|introduced|started|begun|effected)\s+(?:in|on)\s+$")
"""Between the age and a date of beginning: "joint venture company, formed in "."""
_THEN = lazy(r"(?i)\b(?:then|at\s+the\s+time)[\s-]*$")


def thing_age_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: an age of a thing ("the 40-year-old Act of 1940") that its own date rules out."""
    text, published = doc.text, doc.article.published
    if published is None or _GATE.search(text) is None:
        return
    dates = [tx for tx in doc.dates if counted_date(tx) and tx.explicit and tx.has_year]
    for sentence in doc.sentences:
        s_start, s_end = sentence.start, sentence.end
        if _GATE.search(text, s_start, s_end) is None:
            continue
        here = [tx for tx in dates if s_start <= tx.start and tx.end <= s_end]
        for count, noun in _ages(text, s_start, s_end):
            if _THEN.search(text, max(count.start - 16, s_start), count.start):
                continue
            partner = _dated(text, noun, [tx for tx in here if tx.start >= noun])
            if partner is None or partner.first is None or partner.last is None:
                continue
            if partner.first > published:
                continue
            found = misfit(count, partner.first, min(partner.last, published), published)
            if found:
                yield count_finding(
                    doc, rule, count.start, len(text[:noun].rstrip()), partner,
                    f"from {partner.text} to publication ({published.isoformat()})", found)


def _ages(text: str, start: int, end: int) -> Iterator[tuple[Count, int]]:
    """The ages told before a noun in text[start:end], each with where its noun starts."""
    for count in counts(text, start, end):
        aged = _AGED.match(text, count.end, end)
        if aged is not None and count.unit in ("year", "month"):
            yield count, aged.end()
    for match in _DECADE.finditer(text, start, end):
        rough = (match["rough"] or "").lower()
        yield Count(match.start(), match.end(), 1.0, "decade", rough, False), match.end()


def _dated(text: str, noun: int, after: list[TimeExpression]) -> TimeExpression | None:
    """The date the noun phrase opening at `noun` gives its thing, if any."""
    if not after:
        return None
    first = after[0]
    if first.start == noun:  # "the decade-old 1994 crime law"
        return first if _HEAD.match(text[first.end : first.end + 60]) else None
    between = text[noun : first.start]
    if _NAMED.match(between) or _FORMED.match(between):
        return first  # "Act of 1940", "joint venture company, formed in 1963"
    return None
