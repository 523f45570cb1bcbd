"""T107: a span that the dated beginning of its own thing rules out. Nothing done at a place,
by a body or under a law lasts longer than the place, body or law has existed, and a span that
runs to the story's present counts from the start the article gives it. Invented examples,
published in 2025:

- "Ruiz taught at Harbour Hall for 70 years." and "Harbour Hall opened in 1980": the hall is
  45 years old, so no stay there lasts 70 years;
- "the festival's 120-year history" and "the festival, first held in 1950": at most 75;
- "the fund, which began in 2021, carried them through the last six years": at most four;
- "And now, nearly five years after that treaty was signed" and "the treaty, signed in 2023":
  two years, not nearly five; "It's been 20 years" in a sentence dated "May 2, 2015": ten.

The reading of a duration phrase (`spans`) gives its count, unit and bound ("nearly", "more
than", "about") and whether it must fit the start (`since`: "now N years after", "it's been N
years") or only not outlast it (`within`: "for N years", "over the past N years", "its N-year
history"). Its start is a date the article marks as a beginning ("founded", "opened", "began",
"debuted", "signed into law"; not "since", whose span is often another's): in the duration's
own sentence when the beginning modifies its thing ("the fund, which began in", "the bank,
founded in"), or within a few sentences when the head word of the thing that began ("Harbour
Hall opened": "hall"; "Founded in 1980, Ardmore ...": "ardmore") is a word of the duration's
sentence; "the fiscal year started" names nothing. A beginning told by a person's relative
clause ("Ruiz, who joined in 2010") is a career, not the thing's life, and is not read, nor a
term granted ahead ("extended the pact for five years"). Every linked start must give one
year; a span within is flagged only when it exceeds the time since the start by more than a
unit of rounding. Warnings: the link rests on words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ago_events import ROUGH, latest_past, misfit
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.elapsed_links import content_words, dated_finding
from flagger.report.finding import Finding

_N = rf"(?P<n>\d{{1,3}}|{NUMBER_WORDS})"
_BOUND = rf"(?:(?P<rough>{ROUGH})\s+)?"
_UNITS = r"(?P<unit>years?|decades?|months?|weeks?|summers?|seasons?)"
# "for 90 years", "over the past eight years", "during the last two decades": not "years
# ago", "years later", "years old" nor "years from now", which other readers count
_UNIT_WORDS = ("year", "decade", "month", "week", "summer", "season")
"""The units of `_UNITS` (lower-cased): a sentence without one holds no duration."""
_WITHIN = lazy(
    rf"\b(?:(?P<prep>for|over|during|throughout|through|in)\s+)?"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    rf"(?:(?P<past>past|last)\s+)?{_BOUND}{_N}\s+{_UNITS}\b"
    r"(?!\s+(?:ago|earlier|later|before|after|old|from|of|since|until|to|more|running))",
    re.IGNORECASE)
_HISTORY = lazy(rf"\b{_BOUND}{_N}[\s-](?P<unit>year|decade)s?[\s-](?:long\s+)?history\b",
                re.IGNORECASE)
# "now, nearly four years after", "It's been more than 20 years", "have now gone 12 weeks"
_SINCE = lazy(
    rf"\b(?:(?P<now>now,?\s+(?:some\s+)?)|it(?:['’]?s|\s+s|\s+has)\s+been\s+|"
    r"(?:has|have)\s+(?:now\s+)?(?:gone|waited|lasted|endured)\s+(?:for\s+)?)"
    rf"{_BOUND}{_N}\s+(?P<unit>years?|decades?|months?|weeks?)\b(?![\s-]old)"
    r"(?P<after>\s+(?:after|since|later)\b)?",
    re.IGNORECASE)
# a future or a hypothesis: "will run for 20 years", "could last for a decade"
_AHEAD = lazy(r"(?i)\b(?:will|would|could|might|may|shall|should|can|next|coming|to\s+\w+|"
              r"plans?|expected|until|till)\b|['’]ll\b")
# a past or perfect before the duration: "was in residence", "taught", "has grown"
_PAST = lazy(r"(?i)\b(?:was|were|has|have|had|been|is|are|taught|led|ran|held|kept|spent|"
             r"stood|made|fought|grew|went|gone|did)\b|['’]s\s+been\b|\w+ed\b")
# a beginning, then at most 60 characters of its clause before the date: "founded in",
# "opened its doors in", "signed into law by President Ada Ruiz in"
_BEGIN = lazy(
    r"(?i)\b(?P<word>(?:co-)?founded|established|opened|debuted|premiered|launched|began|"
    r"begun|started|created|formed|built|inaugurated|incorporated|set\s+up|enacted|"
    r"signed(?:\s+into\s+law)?|became\s+law|first\s+held)\b[^.;:!?()\n]{0,60}?\s*$")
# a beginning that modifies its thing: "the bank, founded in", "the program that began in"
_APPOSED = lazy(r"(?i)(?:,|\b(?:which|that))\s+(?:(?:was|were|is|are|has|had|been|first|"
                r"originally|officially|formally)\s+)*$")
# the words before a beginning that do not name its thing: "was first founded"
_NOT_THING = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "first",
                        "originally", "officially", "formally", "which", "that", "while",
                        "when", "and", "but", "the", "its", "their", "his", "her"})
_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*")
_PERSON = lazy(r"(?i)\b(?:who|whom|he|she|i|we|they)\s+(?:\w+\s+)?$")
# a term granted for years ahead: "extended the pact for five years", "jailed for six years"
_TERM = lazy(r"(?i)\b(?:extend|renew|grant|award|sentenc|jail|imprison|ban|barr|suspend|elect|"
             r"appoint|sign|lease|hir|contract|commit|agree|approv|valid|fix|freez|lock|"
             r"guarantee|issu|borrow|lend|lent|loan)\w*\b")
_TO = lazy(r"\bto\s+$")  # "was to last 15 months": a plan
_CLAUSE_STOP = lazy(r"[;:()—–]|,\s+(?:but|and|while|although|though)\b")
_HEDGE = lazy(r"^(?:just|a\s+little|well|slightly)\s+")  # "just over": over
_SCALE = {"decade": 120.0, "year": 12.0, "summer": 12.0, "season": 12.0, "month": 1.0,
          "week": 7 / 30.44}
_REACH = 6  # sentences between a duration and the beginning of its thing
_MONTHS_A_YEAR = 12.0


@dataclasses.dataclass(frozen=True, slots=True)
class Duration:
    """A duration phrase read as a desk reads it: "nearly five years" is n=5, unit "year",
    rough "nearly"; `since` when it must fit its start, else it must only not outlast it."""

    start: int
    end: int
    n: int
    unit: str
    rough: str
    since: bool


def spans(doc: Document, start: int, end: int) -> Iterator[Duration]:
    """The durations of text[start:end] that reach back to a start ("for 90 years", "its
    120-year history", "now four years after"), not those ahead ("will run for 20 years")."""
    text = doc.text
    for match in _SINCE.finditer(text, start, end):
        n = cardinal(match["n"])
        if n is not None and (match["after"] or not match["now"]):
            yield Duration(match.start(), match.end(), n, _unit(match["unit"]),
                           (match["rough"] or "").lower(), True)
    for match in _HISTORY.finditer(text, start, end):
        n = cardinal(match["n"])
        if n is not None:
            yield Duration(match.start(), match.end(), n, _unit(match["unit"]),
                           (match["rough"] or "").lower(), False)
    for match in _WITHIN.finditer(text, start, end):
        n = cardinal(match["n"])
        opens = max((m.end() for m in _CLAUSE_STOP.finditer(text, start, match.start())),
                    default=start)
        before = text[opens : match.start()]
        verb = before[before.rfind(",") + 1 :]  # the verb of the duration's own clause
        if (n is None or _AHEAD.search(before) or _AHEAD.search(match.group())
                or _TO.search(before) or _TERM.search(verb) or not (match["prep"] or match["past"])
                or ((match["prep"] or "").lower() == "in" and not match["past"])
                or not (match["past"] or _PAST.search(verb))):
            continue
        yield Duration(match.start(), match.end(), n, _unit(match["unit"]),
                       (match["rough"] or "").lower(), False)


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def lifetime_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a duration longer than its thing has existed, or one counted to now that its
    start does not fit."""
    published = doc.article.published
    if published is None or not doc.sentences:
        return
    text = doc.text
    beginnings: list[tuple[int, TimeExpression, frozenset[str] | None, bool]] = []
    for tx in doc.dates:
        if not tx.explicit or tx.type != "DATE" or tx.range_start or tx.granularity not in (
                "day", "month", "season", "year"):
            continue
        dated = latest_past(tx, published)
        if dated is None or dated.last is None or dated.last >= published:
            continue
        at = doc.sentence_index(tx.start)
        sentence = doc.sentences[at]
        begin = _BEGIN.search(text, sentence.start, tx.start)
        if begin is None or _PERSON.search(text, max(sentence.start, begin.start() - 20),
                                           begin.start()):
            if tx.has_year:  # a date of the sentence, for "it's been N years" beside it
                beginnings.append((at, dated, None, False))
            continue
        apposed = begin.start() == sentence.start or _APPOSED.search(
            text, sentence.start, begin.start()) is not None
        beginnings.append((at, dated, _thing(text, sentence.start, sentence.end, begin.start(),
                                             tx.end), apposed))
    if not beginnings:
        return
    low = doc.lowered
    for number, sentence in enumerate(doc.sentences):
        near = [b for b in beginnings if abs(b[0] - number) <= _REACH]
        if not near:
            continue  # no start close enough for any duration here
        if low is not None and not any(low.find(unit, sentence.start, sentence.end) >= 0
                                       for unit in _UNIT_WORDS):
            continue  # every duration names its unit
        linked = any(thing is not None and at != number for at, _, thing, _ in near)
        words = content_words(text, sentence.start, sentence.end) if linked else frozenset()
        begun = [tx for at, tx, thing, apposed in near if thing is not None and (
            apposed if at == number else words & thing)]
        here = [tx for at, tx, _, _ in near if at == number]
        if not begun and not here:
            continue
        found = list(spans(doc, sentence.start, sentence.end))
        for duration in found:
            starts = begun or (here if duration.since and len(here) == 1 else [])
            if len({tx.first.year for tx in starts if tx.first is not None}) != 1:
                continue
            partner = min(starts, key=lambda tx: abs(doc.sentence_index(tx.start) - number))
            span = _misfit(duration, partner, published)
            if span is not None:
                yield dated_finding(doc, rule, (duration.start, duration.end), partner, span,
                                    published, "its start")


def _thing(text: str, start: int, end: int, begin: int, date_end: int) -> frozenset[str]:
    """The head word of the thing that began, when it can name it (`content_words`): the word
    of its clause just before the beginning ("Harbour Hall was founded": "hall"), or the first
    after the date of an opening participle ("Founded in 1980, Ardmore Hall ...": "ardmore");
    not "the fiscal year started", whose "year" names nothing."""
    opens = max((m.end() for m in _CLAUSE_STOP.finditer(text, start, begin)), default=start)
    words = [w for w in _WORD.findall(text, opens, begin) if w.lower() not in _NOT_THING][-1:]
    if not words:
        words = [w for w in _WORD.findall(text, date_end, min(end, date_end + 40))
                 if w.lower() not in _NOT_THING][:1]
    return content_words(" ".join(words), 0, len(" ".join(words)))


def _misfit(duration: Duration, partner: TimeExpression, published: date) -> str | None:
    """The time from `partner` to publication when `duration` cannot fit it, else None."""
    assert partner.first is not None and partner.last is not None
    if duration.since:
        return misfit(duration.n, duration.unit, duration.rough, partner.first, partner.last,
                      published)
    scale = _SCALE[duration.unit]
    said = duration.n * scale
    rough = _HEDGE.sub("", duration.rough)
    if rough.startswith(("less", "under")):
        return None  # an upper bound never outlasts
    if rough.startswith(("nearly", "almost")):
        said -= max(scale, 0.25 * said)
    elif rough.startswith(("about", "around", "some", "roughly", "approximately")):
        said *= 0.75
    slack = 60.0 if duration.unit == "decade" else max(scale, 1.0)
    lived = (published - partner.first).days / 30.44
    if said <= lived + slack:
        return None
    years = lived / _MONTHS_A_YEAR
    return f"about {round(years)} years" if scale >= _MONTHS_A_YEAR else (
        f"about {round(lived)} months")
