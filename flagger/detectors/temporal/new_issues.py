"""T107: the term of a new issue against its maturity, issued at publication ("is raising 150
mln dlrs through an offering of notes due 1997" under the headline "... SELLS SEVEN-YEAR NOTES":
ten years, not seven; "The 12-year ... bond issue launched yesterday" ... "The issue is due on
April 9, 1997": ten).

The issue is new: a body term's own sentence offers it in the present ("is raising", "is
issuing", "is launching", "an offering of", "a public offering of") or yesterday or today
("launched yesterday", "priced late yesterday"); a headline term stands under a present verb of
issue ("SELLS", "ISSUES", "OFFERS", "LAUNCHES", "PRICES") or over a body that offers the issue
in the maturity's sentence ("HAS THREE-YEAR BOND" over "is issuing a ... bond due 1992"). A
eurobond is a bond. Neither the term's nor the maturity's sentence tells of old debt ("redeem",
"outstanding", "refinance"). The article gives no issue date of its own, one adjectival term
throughout, headline and body ("10-year", not "for ten years" nor a "five-year Treasury"
benchmark), and one maturity of the term's kind of security: its noun (or "issue") at most six
words, no other noun of debt between, before "due", "matures" or "maturing" and a date, or
"matures on the same day (that date) in" a year: the anniversary of a payment made within three
months of publication. From the publication month to that date must be the term within half a
year (a year when the date is a bare year).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import cardinal
from flagger.detectors.temporal.maturities import (
    HAS_TERM,
    ISSUED,
    NOUNS,
    TERM,
    WHEN,
    month_range,
)
from flagger.report.finding import Finding

# "Commercial Credit Co is raising 150 mln dlrs", "launched yesterday", "a public offering of"
_NEW = lazy(
    r"\b(?:(?:is|are)\s+(?:raising|issuing|launching|offering|selling|pricing)\b|"
    r"(?:launched|priced|sold|offered|issued)\s+(?:late\s+|early\s+)?(?:yesterday|today)\b|"
    r"\ban?\s+(?:(?:public|initial|private|rights|secondary)\s+)?offering\s+of\b)",
    re.IGNORECASE)
_NEW_HEADLINE = lazy(r"\b(?:sells|issues|offers|launches|prices)\b",
                     re.IGNORECASE)
# "notes due 1997", "The bond, which is a private placement, matures on March 17, 1992"
_DUE = lazy(
    rf"\b(?P<noun>{NOUNS})\b(?P<gap>(?:[\s,]+(?!(?:{NOUNS})\b)[\w'-]+){{0,6}}?)[\s,]+"
    rf"(?:due|matures?|maturing)\s+(?:on\s+|in\s+)?{WHEN}", re.IGNORECASE)
# "Payment date is July 7 ... and matures on that date in 1994": the payment date's anniversary
_SAME_DAY = lazy(
    r"\b(?:matures?|maturing)\s+on\s+(?:the\s+same|that)\s+(?:day|date)\s+in\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?![\d%/-])", re.IGNORECASE)
_PAYMENT = 3  # months after publication within which a new issue is paid for
_SINGULAR = lazy(r"[\s-]+year\b", re.IGNORECASE)
_OLD = lazy(r"\b(?:redeem(?:s|ed|ing)?|redemption|repurchas\w*|retir\w*|call(?:s|ed)?|"
            r"refinanc\w*|outstanding|existing|exchange)\b", re.IGNORECASE)


def new_issue_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a new issue's "N-year" term (headline or body) against the years from publication
    to its maturity."""
    published = doc.article.published
    text = doc.text
    if published is None or ("due" not in text and "matur" not in text):
        return
    head = doc.headline
    if not (HAS_TERM.search(text) or (head is not None and HAS_TERM.search(head.text))):
        return
    terms = [(doc, m) for m in _terms(text)]
    if head is not None:
        terms += [(head, m) for m in _terms(head.text)]
    values = {cardinal(m["n"]) for _, m in terms}
    if len(values) != 1 or None in values or ISSUED.search(text):
        return  # no term, several (which maturity belongs to which is not read), or dated
    where, term = terms[0]
    n = values.pop()
    assert n is not None
    noun = _kind(term["noun"])
    dues = [*_SAME_DAY.finditer(text)] + [m for m in _DUE.finditer(text)
            if _kind(m["noun"]) in (noun, "issue") and not _has_digit(m["gap"])]
    if len(dues) != 1:
        return
    due = dues[0]
    if not _new(doc, where, term, due):
        return
    now = published.year * 12 + published.month - 1
    same_day = "month" not in due.re.groupindex  # the payment date's anniversary
    if same_day:
        first = int(due["year"]) * 12 + published.month - 1
        last, slack = first + _PAYMENT, 6
    else:
        first, last = month_range(due)
        slack = 6 if first == last else 12
    if first - now - slack <= 12 * n <= last - now + slack:
        return
    start = due.start("year") if same_day or not due["month"] else due.start("month")
    date = text[start : due.end("year")]
    low, high = round((first - now) / 12), round((last - now) / 12)
    years = f"{low}" if low == high else f"{low} to {high}"
    yield rule.finding(
        where, term.start("n"), term.end("n"),
        f"“{' '.join(term.group().split())}” runs {term['n']} years, but this new issue "
        f"(published {published.isoformat()}) is due “{date}”, {years} years on",
        score=0.6, severity="warning", evidence=(term.group(), due.group()),
        related=(Span(start, due.end("year"), date, "maturity", "text"),))


def _terms(text: str) -> Iterator[re.Match[str]]:
    """The terms that name a security ("10-year notes", "five year eurobond"), not a span of
    years ("non-callable for five years, the notes") or a benchmark ("five-year Treasury
    notes")."""
    for match in TERM.finditer(text):
        if _SINGULAR.match(text, match.end("n")) and "treasur" not in match["gap"].lower():
            yield match


def _kind(noun: str) -> str:
    """A noun of debt without its plural or its market: "eurobonds" is a bond."""
    return noun.lower().rstrip("s").removeprefix("euro")


def _new(doc: Document, where: Document, term: re.Match[str], due: re.Match[str]) -> bool:
    """Whether the term is offered now (a body term in its own sentence, a headline term under
    a present verb of issue), and neither sentence tells of old debt."""
    due_sentence = doc.sentences[doc.sentence_index(due.start())].text
    if where is not doc:
        return not _OLD.search(due_sentence) and bool(
            _NEW_HEADLINE.search(where.text) or _NEW.search(due_sentence))
    term_sentence = doc.sentences[doc.sentence_index(term.start())].text
    return (not _OLD.search(due_sentence) and not _OLD.search(term_sentence)
            and bool(_NEW.search(term_sentence)))


def _has_digit(text: str) -> bool:
    """Whether a figure stands between the noun and its maturity (another issue's)."""
    return any(c.isdigit() for c in text)
