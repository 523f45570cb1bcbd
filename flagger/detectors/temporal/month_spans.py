"""T107: a count of months, weeks or days against the months or days it names in one phrase
("in the four months from December to February": three; "the nine-month period Jan-Dec":
twelve; "10-day advances covering the period March 2 to 9": seven or eight days; "the first 12
weeks of 1987 ended March 6": about nine weeks).

The count stands before its span in one noun phrase: at most eight words continue it (no word of
a second predicate, no participle), then "from" or "between" the span, "the period" of it, the
span in parentheses or after a comma, or "in" the span, which bounds the count from above only;
"over" a count its range follows at once is the time it covers ("shipment over three months
between May and October": six), not a bound. A range of month names counts its months with both
ends included ("from ... to" also with the ends apart); a range of days counts its ends apart or
both included, as durations.py does. "The first N weeks (or months) of <year> ended <day>"
counts from the first of January: a company's own year may start later, so only a count too long
for the days is flagged. A count of the previous, next or same months measures another period
and is left alone, as are a look-back ("a ten-month high"), a moving average and a yearly basis
("on a 12-month basis"). Months from January compared in one sentence with "the first N months
of <year>" ("output in January and February eased to 758,700 from 766,500 in the first three
months of 1986") must be N months: a like-for-like comparison (a warning, as the link rests on
the comparison word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from math import ceil, floor

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.months_to_date import OWN_YEAR
from flagger.detectors.temporal.year_spans import rough_fits
from flagger.report.finding import Finding

_MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_Y = r"(?:1[6-9]|20)\d\d"
_DAY = (r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|"
        r"nine)\b")
_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_ROUGH = (r"(?:(?P<rough>more\s+than|over|at\s+least|nearly|almost|less\s+than|under|up\s+to|"
          r"about|some|around|roughly|approximately)\s+)?")
_COUNT = rf"\b{_ROUGH}(?P<n>{_NUM})[\s-]+(?P<unit>day|week|month)s?\b"
# the words that continue the count's noun phrase: "special advances at 5.3 pct"
_WIDE_GAP = 18  # words before "the period", which names the count's own span
_GAP = rf"(?P<gap>(?:,?\s+(?:[a-z]+|\d+(?:\.\d+)?)){{0,{_WIDE_GAP}}}?)"
_OPEN = (r"(?P<open>,?\s+(?:from|between|covering|spanning)\s+(?:the\s+)?|"
         r"\s+(?:[a-z]+\s+)?(?:the\s+)?period,?\s+(?:from\s+|of\s+|between\s+)?|"
         r"\s*\(\s*|\s*,\s*|\s+(?:in|during)\s+)")
_JOIN = r"\s*[-–/]\s*|\s+(?:to|through|thru|until|till|and)\s+"
_MJOIN, _DJOIN = rf"(?P<join>{_JOIN})", rf"(?P<djoin>{_JOIN})"
# "December to February", "Jan-Dec, 1986", "Oct/Feb", "December 1986 to February 1987"
_MONTHS = (rf"(?<!\d\s)(?<!\d)(?P<m1>{_MONTH})(?:\s+(?P<y1>{_Y}))?{_MJOIN}(?P<m2>{_MONTH})"
           rf"(?:,?\s+(?P<y2>{_Y}))?(?![ \t]*\d)")
# "March 2 to 9", "April 3 to 15", "January one through March one"
_DAYS = (rf"(?P<dm1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+{_Y})?{_DJOIN}(?:(?P<dm2>{_MONTH})\s+)?"
         rf"(?P<d2>{_DAY})(?:,?\s+{_Y})?(?![.,]?\d)(?!\s+(?:pct|per|percent|mln|bln|billion|"
         r"million|dlrs?|points?|cents?)\b)")
_SPAN = lazy(rf"{_COUNT}{_GAP}{_OPEN}(?:{_MONTHS}|{_DAYS})", re.IGNORECASE)
# "the first 12 weeks of 1987 ended March six"
_TO_DATE = lazy(
    rf"\bfirst\s+(?P<n>{_NUM})\s+(?P<unit>week|month)s\s+of\s+(?P<year>{_Y}),?\s+"
    rf"(?:ended|ending|to|through)\s+(?P<dm2>{_MONTH})(?:\s+(?P<d2>{_DAY}))?", re.IGNORECASE)
# "in January and February eased ... from 766,500 in the first three months of 1986"
_COMPARED = lazy(
    rf"(?<!\d\s)\b(?P<m1>(?-i:Jan(?:uary)?)\b\.?)(?P<join>\s*[-–/]\s*|\s+(?:to|through|and)\s+)"
    rf"(?P<m2>{_MONTH})(?:,?\s+{_Y})?(?![ \t]*\d)(?P<mid>(?:[^.;]|\.(?=\d)){{0,160}}?)"
    rf"\b(?:from|with|against|versus|than)\s+(?:[^.;]|\.(?=\d)){{0,40}}?\bfirst\s+"
    rf"(?P<n>{_NUM})\s+(?P<unit>month)s\s+of\s+{_Y}\b", re.IGNORECASE)
# a range of months or days, led by a capital, so cheap to look for first
_RANGED = lazy(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
               r"(?:,?\s+\w+){0,2}?(?:\s*[-–/]\s*|\s+(?:to|through|thru|until|till|"
               r"and)\s+)")
_NAMES = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                      "sep", "oct", "nov", "dec"), 1)}
# a gap word that opens a second predicate or measures another period
_STOP = frozenset(("and", "or", "but", "which", "that", "while", "is", "was", "are", "were", "be",
                   "been", "has", "have", "had", "ago", "later", "earlier", "after", "before",
                   "since", "each", "every", "per", "than", "will", "would", "said", "says",
                   "until", "till", "ended", "ending", "old", "from", "against", "versus", "vs",
                   "compared"))
_OTHER = lazy(r"\b(?:previous|preceding|prior|other|another|same|following|next|"
              r"earlier|remaining|year-ago|year-earlier)\s+$", re.IGNORECASE)
# business, working and trading days are not calendar days
_NOT_CALENDAR = lazy(r"^[\s-]+(?:business|working|trading|banking|school|market)\b",
                     re.IGNORECASE)
# nouns a count names without lasting over the span: a look-back ("a ten-month high in
# March-April"), a moving average
_NOT_SPANS = frozenset(("high", "highs", "low", "lows", "peak", "peaks", "record", "records",
                        "best", "worst", "average", "averages", "moving", "rolling", "trailing"))
_YEARLY = {"month": 12, "week": 52, "day": 365}  # "on a 12-month basis" is a yearly rate
_GAP_WORDS = 8


@dataclass(frozen=True)
class _Told:
    """A count and the counts of its unit that the span allows, at least and at most."""

    n: int
    unit: str
    rough: str
    allows: tuple[int, int]
    where: tuple[int, int]  # the offsets of the span


def month_span_conflicts(doc: Document, rule: Rule, skip: frozenset[int]) -> Iterator[Finding]:
    """T107: a count of months, weeks or days the span in its phrase contradicts; counts that
    start at an offset in `skip` are another rule's."""
    text = doc.text
    own_year: bool | None = None
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        if "day" not in lower and "week" not in lower and "month" not in lower:
            continue
        if _RANGED.search(sentence.text):
            yield from _ranged(doc, rule, skip, sentence.start, sentence.end)
        if "first" not in lower or (" weeks of " not in lower and " months of " not in lower):
            continue
        if own_year is None:  # "the first 40 weeks of 1987" may be a company's own year
            own_year = OWN_YEAR.search(text) is not None
        for match in () if own_year else _TO_DATE.finditer(text, sentence.start, sentence.end):
            told = _to_date(match)
            if told is not None and match.start("n") not in skip and told.n > told.allows[1]:
                yield _finding(doc, rule, match, told)


def _ranged(doc: Document, rule: Rule, skip: frozenset[int], start: int,
            end: int) -> Iterator[Finding]:
    """The counts of one sentence read against the range of months or days in their phrase,
    or compared with it."""
    text = doc.text
    for match in _SPAN.finditer(text, start, end):
        told = _spanned(match)
        if (told is not None and match.start("n") not in skip and _attached(match)
                and not _OTHER.search(text, max(match.start() - 16, 0), match.start())
                and not _fits(told)):
            yield _finding(doc, rule, match, told)
    for match in _COMPARED.finditer(text, start, end):
        months = _month(match["m2"])
        n = cardinal(match["n"])
        if n is not None and months > 1 and n != months and not _STOP.intersection(
                match["mid"].lower().split()) and match.start("n") not in skip:
            told = _Told(n, "month", "", (months, months), (match.start("m1"), match.end("m2")))
            yield _finding(doc, rule, match, told, warning=True)


def _attached(match: re.Match[str]) -> bool:
    """Whether the words between the count and its span continue its noun phrase."""
    words = match["gap"].replace(",", " ").lower().split()
    limit = _WIDE_GAP if "period" in match["open"].lower() else _GAP_WORDS
    if len(words) > limit or _STOP.intersection(words) or _NOT_SPANS.intersection(words):
        return False
    if "basis" in words and cardinal(match["n"]) == _YEARLY[match["unit"].lower()]:
        return False
    if _NOT_CALENDAR.match(match.string, match.end("n")):
        return False
    # a participle opens a second predicate ("bids accepted for"), not after an article
    return not any(w.endswith("ed") and (i == 0 or words[i - 1] not in ("a", "an", "the"))
                   for i, w in enumerate(words))


def _month(name: str) -> int:
    return _NAMES[name[:3].lower()]


def _number(day: str) -> int:
    """The day of the month in digits, with or without an ordinal ending, or in words."""
    return int(day.rstrip("stndrh")) if day[0].isdigit() else cardinal(day) or 0


def _spanned(match: re.Match[str]) -> _Told | None:
    """The count and what the months or days of its span allow."""
    n = cardinal(match["n"])
    unit = match["unit"].lower()
    opened = match["open"].strip(" ,(\t\n").lower()
    join = (match["join"] or match["djoin"]).strip().lower()
    if n is None or (join == "and") != opened.startswith("between"):
        return None
    within = opened in ("in", "during")
    if match["m1"]:
        if unit != "month":
            return None
        first, last = _month(match["m1"]), _month(match["m2"])
        months = (last - first) % 12 + 1
        if match["y1"] and match["y2"]:
            months = (int(match["y2"]) - int(match["y1"])) * 12 + last - first + 1
        if months < 2 or months > 36 or (match["y1"] and not match["y2"]):
            return None
        low = months - 1 if opened.startswith(("from", "between")) else months
        where = (match.start("m1"), match.end("y2") if match["y2"] else match.end("m2"))
        return _Told(n, unit, _bound(match, opened), (0 if within else low, months), where)
    first_month = _month(match["dm1"])
    last_month = _month(match["dm2"]) if match["dm2"] else first_month
    a, b = _number(match["d1"]), _number(match["d2"])
    try:
        start = date(2001, first_month, a)
        end = date(2001 + (last_month < first_month), last_month, b)
    except ValueError:
        return None
    apart = (end - start).days
    if apart < 1 or apart > 200:
        return None
    low, high = _allowed(apart, unit)
    return _Told(n, unit, _bound(match, opened), (0 if within else low, high),
                 (match.start("dm1"), match.end("d2")))


def _bound(match: re.Match[str], opened: str) -> str:
    """The count's bound: "over" a count its range follows at once, after "from", "between" or
    a comma, is the time it covers ("shipment over three months between May and October",
    "delivery over three months, May-Oct": during), not "more than"."""
    rough = match["rough"] or ""
    if rough.lower() == "over" and not match["gap"] and (
            not opened or opened.startswith(("from", "between"))):
        return ""
    return rough


def _allowed(apart: int, unit: str) -> tuple[int, int]:
    """The counts of `unit` that days `apart` allow, the ends apart or both included."""
    if unit == "day":
        return max(apart - 1, 0), apart + 1
    if unit == "week":
        return ceil((apart - 4) / 7), floor((apart + 4) / 7)
    return ceil(apart / 30.44 - 0.55), floor((apart + 1) / 30.44 + 0.55)


def _to_date(match: re.Match[str]) -> _Told | None:
    """"The first N weeks of <year> ended <day>": the most the days from January 1 allow."""
    n = cardinal(match["n"])
    day = _number(match["d2"]) if match["d2"] else None
    unit = match["unit"].lower()
    if n is None or (unit == "week" and day is None):
        return None
    month = _month(match["dm2"])
    if unit == "month":
        return _Told(n, unit, "", (0, month), (match.start("year"), match.end()))
    try:
        end = date(int(match["year"]), month, day or 1)
    except ValueError:
        return None
    # a year of weeks may open a few days before January 1
    days = (end - date(end.year, 1, 1)).days + 1 + 6
    return _Told(n, unit, "", (0, days // 7 + 1), (match.start("year"), match.end()))


def _fits(told: _Told) -> bool:
    """Whether the count, within what its wording allows, fits what the span allows."""
    return rough_fits(told.n, told.n, told.rough, *told.allows)


def _finding(doc: Document, rule: Rule, match: re.Match[str], told: _Told,
             warning: bool = False) -> Finding:
    """The finding on the count, with what the span allows in the message."""
    shown = doc.text[told.where[0] : told.where[1]]
    low, high = told.allows
    unit = f"{told.unit}s"
    allows = (f"at most {high} {unit}" if low == 0 else f"{low} {unit}" if low == high
              else f"{low} to {high} {unit}")
    end = match.end("unit") + (doc.text[match.end("unit") : match.end("unit") + 1] == "s")
    said = " ".join(doc.text[match.start("n") : end].split())
    return rule.finding(
        doc, match.start("n"), end,
        f"“{said}” counts {told.n} {told.unit}{'s' if told.n != 1 else ''}, but "
        f"“{' '.join(shown.split())}”"
        f"{', compared with them,' if warning else ''} makes {allows}",
        score=0.6 if warning else 0.8, severity="warning" if warning else None,
        evidence=(match.group(), shown), related=(Span(*told.where, shown, "date"),))
