"""T107: the term of a loan or security against its issue and maturity dates ("its 15-year
notes issued ... in March 1986" ... "The notes, which mature on March 31, 1996": ten years;
"a 15-year zero-coupon Euronote" ... "The issue ... was launched in 1984 and matures on
November 15, 2004": twenty).

The term stands before its noun ("N-year ... notes", at most three words between), the only such
term in the article. The issue date follows a verb of issue ("issued", "launched", "sold",
"signed", "granted") or names the security before its maturity ("bonds of 1981 and due 1991"),
and the maturity date a verb of maturing ("mature", "matures", "maturing", "due"), each "in" or
"on" a month or year, in the sentence of the term or in one of the next two
that opens with "The" and the noun (or "The issue", "The loan"). A wire's terms line counts too:
"Payment is due April 30, 1987 and final maturity April 30, 1994" (the day paid is the day of
issue), as does a later sentence that holds both a day of payment and a maturity; a day of
payment without its year ("payment is due on July 1") falls within a few months of publication.
Each date must be the only one of its kind there. The years between them must be the term within
a year. A repayment still to come "N years early" of a debt "due" at a date falls between
publication and a year later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.report.finding import Finding

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
WHEN = rf"(?:(?P<month>{_MONTH})\s+(?:\d{{1,2}},?\s+)?)?(?P<year>(?:19|20)\d\d)\b(?![\d%/-])"
NOUNS = (r"notes?|bonds?|debentures?|euronotes?|eurobonds?|loans?|credits?|debt|paper|"
          r"securities|issue")
TERM = lazy(
    rf"(?<![\d.,-])\b(?P<n>\d{{1,2}}|{NUMBER_WORDS})[\s-]+years?\b(?!\s+(?:old|ago|later))"
    rf"(?P<gap>(?:\s*,?\s+[\w.-]+){{0,3}}?)\s+(?P<noun>{NOUNS})\b", re.IGNORECASE)
HAS_TERM = lazy(rf"year(?:s?\b(?:\s*,?\s+[\w.-]+){{0,3}}?)\s+(?:{NOUNS})\b",
                            re.IGNORECASE)  # led by a word, so cheap to look for first
ISSUED = lazy(rf"\b(?:issued|launched|sold|signed|granted|priced)\b"
                          rf"(?:[^.;:()]{{0,60}}?)\b(?:in|on)\s+{WHEN}", re.IGNORECASE)
_OF_YEAR = lazy(rf"\s+of\s+{WHEN}(?=\s*(?:,\s*)?(?:and\s+)?(?:due|maturing)\b)", re.IGNORECASE)
"""A security named by its year of issue right before its maturity: "bonds of 1981 and due 1991"."""
_MATURES = lazy(rf"\b(?:matures?|maturing|due)\s+(?:on\s+|in\s+)?{WHEN}",
                re.IGNORECASE)
# "Payment is due April 30, 1987 and final maturity April 30, 1994"
_PAID = lazy(rf"\bpayment\s+(?:is\s+)?(?:due|date)\s+(?:is\s+)?(?:on\s+)?{WHEN}",
             re.IGNORECASE)
_PAID_DAY = lazy(
    rf"\bpayment\s+(?:is\s+)?(?:due|date)\s+(?:is\s+)?(?:on\s+)?(?P<month>{_MONTH})\s+\d{{1,2}}\b"
    r"(?!,?\s*\d)", re.IGNORECASE)
_FINAL = lazy(rf"\b(?:final\s+)?maturity\s+(?:date\s+)?(?:is\s+|on\s+)?{WHEN}",
              re.IGNORECASE)
_NEXT = 2  # sentences after the term that may give its dates
# "has decided to redeem four years early a ... bond due on August 18, 1993"
_EARLY = lazy(
    rf"\b(?:to|will|shall)\s+(?:redeem|repay|retire|prepay|call)\s+(?P<n>\d{{1,2}}|{NUMBER_WORDS})"
    rf"\s+(?P<unit>years?|months?)\s+early\b(?P<gap>(?:[^.;:()]|\.(?=\d)){{0,80}}?)\b(?:due|maturing)\s+"
    rf"(?:on\s+|in\s+)?{WHEN}", re.IGNORECASE)


def maturity_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "N-year notes" whose issue and maturity dates lie another number of years
    apart."""
    text = doc.text
    lower = text.lower()
    if "matur" not in lower and "due" not in lower:
        return
    if "early" in lower:
        yield from _early(doc, rule)
    if not HAS_TERM.search(text):
        return
    terms = list(TERM.finditer(text))
    if len(terms) != 1:
        return  # several terms: which dates belong to which is not read
    term = terms[0]
    n = cardinal(term["n"])
    if n is None or any(c.isdigit() for c in term["gap"]):
        return
    here = doc.sentence_index(term.start())
    noun = term["noun"].lower().rstrip("s")
    subject = re.compile(rf"^\W*(?:The\s+(?:{re.escape(noun)}s?|issue|loan)|Payment)\b",
                         re.IGNORECASE)
    parts = [(term.end(), _end(doc, here))] + [
        (s.start, _end(doc, s.index)) for s in doc.sentences[here + 1 : here + 1 + _NEXT]
        if subject.match(s.text) or _terms_line(s.text)]
    issued = [m for a, b in parts for p in (ISSUED, _PAID, _PAID_DAY)
              for m in p.finditer(text, a, b)]
    named = _OF_YEAR.match(text, term.end())
    if named:
        issued.append(named)  # "12-year bonds of 1981 and due 1991"
    paid = {m.end() for m in issued}
    matures = [m for a, b in parts for p in (_MATURES, _FINAL) for m in p.finditer(text, a, b)
               if m.end() not in paid]  # "payment is due" dates the issue
    if len(issued) != 1 or len(matures) != 1:
        return
    published = doc.article.published
    if "year" not in issued[0].re.groupindex and published is None:
        return
    first, last = _paid(issued[0], published), month_range(matures[0])
    low = last[0] - first[1]  # months apart, at least and at most
    high = last[1] - first[0]
    if low - 12 <= 12 * n <= high + 12:
        return
    yield _finding(doc, rule, term, issued[0], matures[0], (low, high))


def _terms_line(sentence: str) -> bool:
    """Whether a sentence gives both a day of payment and a maturity."""
    return bool((_PAID.search(sentence) or _PAID_DAY.search(sentence)) and (
        _MATURES.search(sentence) or _FINAL.search(sentence)))


def _paid(match: re.Match[str], published: date | None) -> tuple[int, int]:
    """The months a day of issue or payment allows; without its year, the one that falls
    soonest after the month before publication."""
    if "year" in match.re.groupindex or published is None:
        return month_range(match)
    month = _MONTHS.index(match["month"][:3].lower())
    year = published.year + (month + 1 < published.month - 1)
    return year * 12 + month, year * 12 + month


def _end(doc: Document, index: int) -> int:
    """The end of sentence `index`, or of the next one when a wrapped line split it before its
    full stop ("final maturity April / 30, 1994.")."""
    sentence = doc.sentences[index]
    if sentence.text.rstrip().endswith((".", "!", "?", '"', "”")) or index + 1 >= len(
            doc.sentences):
        return sentence.end
    return doc.sentences[index + 1].end


def _early(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A repayment still to come "N years early" of a debt due at a date: from publication
    (or up to a year later) to that date."""
    published = doc.article.published
    if published is None:
        return
    now = published.year * 12 + published.month - 1
    for match in _EARLY.finditer(doc.text):
        n = cardinal(match["n"])
        if n is None:
            continue
        months = n * (12 if match["unit"].lower().startswith("year") else 1)
        first, last = month_range(match)
        slack = 6 if match["unit"].lower().startswith("year") else 1
        if first - now - 12 - slack <= months <= last - now + slack:
            continue
        start = match.start("month") if match["month"] else match.start("year")
        due = doc.text[start : match.end("year")]
        yield rule.finding(
            doc, match.start("n"), match.end("unit"),
            f"“{match['n']} {match['unit']} early” before “{due}”, but from publication "
            f"({published.isoformat()}) to that date is {first - now} months", score=0.6,
            severity="warning", evidence=(match.group(),),
            related=(Span(start, match.end("year"), due, "due date"),))


def month_range(match: re.Match[str]) -> tuple[int, int]:
    """The first and last month index the date allows."""
    year = int(match["year"]) * 12
    if match["month"] is None:
        return year, year + 11
    index = year + _MONTHS.index(match["month"][:3].lower())
    return index, index


def _finding(doc: Document, rule: Rule, term: re.Match[str], issued: re.Match[str],
             matures: re.Match[str], apart: tuple[int, int]) -> Finding:
    """The finding on the term, with the years between the dates in the message."""
    text = doc.text
    spans = []
    for match in (issued, matures):
        start = match.start("month") if match["month"] else match.start("year")
        end = match.end("year") if "year" in match.re.groupindex else match.end()
        spans.append(Span(start, end, text[start:end], "date"))
    low, high = round(apart[0] / 12), round(apart[1] / 12)
    years = f"{low}" if low == high else f"{low} to {high}"
    return rule.finding(
        doc, term.start("n"), term.end("n"),
        f"“{' '.join(term.group().split())}” runs {term['n']} years, but from “{spans[0].text}” "
        f"to “{spans[1].text}” is {years} years", score=0.6, severity="warning",
        evidence=(term.group(), issued.group(), matures.group()), related=tuple(spans))
