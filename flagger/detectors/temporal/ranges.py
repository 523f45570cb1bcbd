"""A count of years beside the range of years it names (T107): "the four-year period
1987-1989" (three years), "its 1987-1992 three-year plan" (five), "during six years of
austerity (1983-86)" (four).

The count (of years, or of crop, fiscal, marketing, calendar, financial or tax years) must be
the years from the first to the last year of the range, apart or both included; a plan,
programme, strategy or budget "for" the years it names covers them all ("a four-year strategy
for 1988-92": five), unless the article speaks of a fiscal year, whose plans may run from
mid-year to mid-year. Only a count that the range directly follows or precedes is read: a period
noun ("period", "plan", "term", ...) with the range beside it, or "N years of ..." with the
range in the parenthesis that closes the phrase. Bounds ("more than", "nearly") and fiscal years
written with a slash ("1987/88") are not counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.months_to_date import OWN_YEAR
from flagger.report.finding import Finding

_NUM = rf"(?:\d{{1,2}}|{NUMBER_WORDS})"
_RANGE = r"(?P<first>(?:1[6-9]|20)\d\d)\s*[-–]\s*(?P<last>(?:1[6-9]|20)?\d\d)\b(?![/-]\d)"
_NOUN = (r"(?:period|plan|programme|program|term|span|tenure|stint|cycle|phase|mandate|"
         r"strategy|budget|contract|pact|agreement|freeze|moratorium)s?")
_CLAUSE = r"(?:[^().;:\n]|\n(?!\s*\n))"  # words of one clause, wrapped lines and all
_COUNT = rf"(?P<n>{_NUM})[\s-]+(?:(?:crop|fiscal|marketing|calendar|financial|tax)\s+)?years?"
"""A count of years, or of a kind of year ("the four crop years 1988 through 1990")."""
# a range in words or with a dash, right after its count: "five years, 1941-44", "three
# years 1988 to 1991"; a second range or year after it ("1990-95 and 2000-05") is another span
_WORDED = (r"(?P<first>(?:1[6-9]|20)\d\d)(?:\s*[-–]\s*|\s+(?:to|through|until)\s+"
           r"(?=(?:1[6-9]|20)\d\d))(?P<last>(?:1[6-9]|20)?\d\d)\b(?![/-]\d)")
# "the four-year period 1987-1989", "a five-year plan for 1987-1991", "the 1987-1992
# three-year plan", "during six years of austerity (1983-86)".
_SPANS = (
    lazy(rf"\b{_COUNT}[\s-]+(?:[a-z]+\s+)?{_NOUN}\s+(?:(?P<for>for|of|covering)\s+)?"
         rf"(?:the\s+(?:years?\s+)?)?\(?{_RANGE}", re.IGNORECASE),
    lazy(rf"(?<![/\d]){_RANGE}\s+{_COUNT}[\s-]+(?:[a-z]+\s+)?{_NOUN}\b", re.IGNORECASE),
    lazy(rf"\b{_COUNT}\s+of\s+{_CLAUSE}{{1,40}}?\s+\({_RANGE}\)", re.IGNORECASE),
    lazy(rf"\b{_COUNT},?\s+(?:from\s+)?{_WORDED}(?!\s*(?:,|and|&)\s*(?:1[6-9]|20)\d\d)",
         re.IGNORECASE),
)
_HAS_RANGE = lazy(r"(?:1[6-9]|20)\d\d(?:\s*[-–]\s*\d\d|\s+(?:to|through|until)\s+"
                  r"(?:1[6-9]|20)\d\d)")  # a cheap test first
# plans "for" the calendar years they name
_PLANS = frozenset(("plan", "plans", "programme", "programmes", "program", "programs", "strategy",
                    "strategies", "budget", "budgets"))
_ROUGH = lazy(r"\b(?:more\s+than|over|nearly|almost|about|some|around|roughly|"
              r"at\s+least|less\s+than|under|up\s+to|first|last|past|next)\s+$",
              re.IGNORECASE)


def range_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "the N-year period YYYY-YYYY" whose range spans another number of years."""
    text = doc.text
    for sentence in doc.sentences:
        if "year" not in sentence.text.lower() or not _HAS_RANGE.search(sentence.text):
            continue
        for pattern in _SPANS:
            for match in pattern.finditer(text, sentence.start, sentence.end):
                found = _conflict(text, match, sentence.start)
                if found is not None:
                    yield _finding(doc, rule, match, *found)


def _conflict(text: str, match: re.Match[str], start: int) -> tuple[int, int, int, bool] | None:
    """(count, first year, last year, whether only both ends included fit) when the count
    fits no reading of the range."""
    n = cardinal(match["n"])
    first, last = int(match["first"]), match["last"]
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if end < first and len(last) == 2:
        end += 100  # "1998-01"
    if (n is None or end <= first or end - first > 60
            or _ROUGH.search(text, max(match.start() - 14, start), match.start())):
        return None
    whole = ((match.groupdict().get("for") or "").lower() == "for" and _noun(match) in _PLANS
             and not OWN_YEAR.search(text))
    if end - first + (1 if whole else 0) <= n <= end - first + 1:
        return None
    return n, first, end, whole


def _noun(match: re.Match[str]) -> str:
    """The last word before the preposition: the period noun of "a five-year plan for"."""
    return match.string[match.end("n") : match.start("for")].split()[-1].lower()


def _finding(doc: Document, rule: Rule, match: re.Match[str], n: int, first: int,
             end: int, whole: bool) -> Finding:
    said = match.group("n")
    span = match.span("first")[0], match.span("last")[1]
    shown = doc.text[span[0] : span[1]]
    apart = end - first
    message = (f"“{said}” years, but a {_noun(match)} for {shown} covers {apart + 1} years "
               f"({first} to {end}, both included), not {n}" if whole else
               f"“{said}” years, but {shown} spans {apart} years apart ({apart + 1} with both "
               f"included), not {n}")
    return rule.finding(
        doc, match.start("n"), match.end("n"), message, score=0.8,
        evidence=(match.group(), shown), related=(Span(*span, shown, "date"),),
        suggestion=f"{apart + 1}" if whole else f"{apart} or {apart + 1}")
