"""T107: a count back from publication against the date the article gives the same event or
thing in another sentence ("kidnapped while crossing the border nearly four years ago" and
"colleagues missing, believed kidnapped, since 2019"; "the eight-year-old affair" and "the
affair, uncovered in the autumn of 2016"; "a renewal of ties after a 25-year break" and "ties
severed in 2001", all published in 2024).

Three wordings count back from publication, and each implies a date: publication minus N units,
read with the desk's tolerance (`ago_events.misfit`: "more than" a lower bound, "nearly" a
little under, a unit of rounding, a year for years):

- "N years (decades, months, weeks, days) ago", not a base of comparison ("up from 8,200 in
  the same month two years ago") nor a negated clause ("was not decided two years ago");
- the age of a thing: "the 20-year-old code", "the now 12-year-old bill";
- a break that ends now: "after a 25-year break", "after a lapse of almost five years".

A desk links two mentions by the words they share. A dated mention is an explicit past date
(a day, month, season or year, as fine as the count's unit: a day for days and weeks; a date
without its year only when it has passed in the publication year) and the words beside it in
its sentence (eight before, six after):

- a count "ago" links by the act of its clause (its verb or event noun, joined with its
  nominalisation and synonym class by `event_key`: "kidnapped" and "kidnapping") told beside
  the date and one more word of the count's clause and the next ("missing", "H1N1"), the
  participant that makes them one event and not two of a kind; or, without an act, by a
  name and a common noun of those clauses beside the date ("the Ardmore harbour plan");
  a mention set apart ("another", "a different plan", "the previous") does not link;
- the age of a thing by its noun told beside the date with a word of beginning ("founded",
  "uncovered", "dates from");
- a break by a word of its sentence told beside the date with a word of ending ("severed",
  "left", "broke off").

Every dated mention so linked must give one date, in a sentence that is not the count's, and
the count's sentence must date nothing with a year itself (`elapsed` and `since` read those).
Warnings: the link rests on words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ago_events import (
    COMPARED,
    RANGED,
    ROUGH,
    clause_act,
    latest_past,
    misfit,
)
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.event_index import event_key
from flagger.detectors.temporal.verb_words import DETERMINERS, FUNCTION, OPENERS
from flagger.detectors.wordscan import search_at
from flagger.report.finding import Finding

_N = rf"(?P<n>\d{{1,3}}|{NUMBER_WORDS}|an?)"
_BOUND = rf"(?:(?P<rough>{ROUGH})\s+)?"
_AGO = lazy(rf"\b{_BOUND}{_N}\s+(?P<unit>years?|months?|decades?|weeks?|days?)\s+ago\b",
            re.IGNORECASE)
# "the 20-year-old voluntary code", "the now 12 year-old bill": a determiner, then the noun
_AGED = lazy(rf"\b(?:the|its|this|a|an)\s+(?:now\s+)?{_BOUND}{_N}[\s-]+(?P<unit>year|decade)"
             r"(?P<old>[\s-]old)\s+(?P<noun>(?-i:[a-z]{3,}(?:\s+(?!(?:was|were|is|are|has|had|have|"
             r"could|would|will|should|may|might|must|can|that|which|who)\b)[a-z]{3,})?))\b"
             r"(?!\s+(?-i:[A-Z]))",
             re.IGNORECASE)
_GAPS = r"(?:break|lapse|gap|hiatus|absence|interruption)"
_BREAK = lazy(rf"\bafter\s+(?:a|an)\s+(?:{_BOUND}{_N}[\s-]+(?P<unit>year|month|decade)s?"
              rf"[\s-]+(?:long\s+)?{_GAPS}|{_GAPS}\s+of\s+{_BOUND.replace('rough', 'rough2')}"
              rf"(?P<n2>\d{{1,3}}|{NUMBER_WORDS})\s+(?P<unit2>year|month|decade)s?)\b",
              re.IGNORECASE)
# "Twenty years ago, after the outbreak of H1N1, ...": the event the count dates
_EVENT_AFTER = lazy(r",?\s+(?:after|following|amid|during)\s+the\s+(?P<noun>[a-z]{4,})\b")
_WORD = lazy(r"[A-Za-z\d][A-Za-z\d'’-]*")  # "H1N1" is one word here
_CUES = lazy(r" ago\b|-old |year[\s-]old |\bafter an? ", re.IGNORECASE)
_CUE_OPENINGS = (" ago", "-old ", "year", "after")
"""The words each `_CUES` match opens with."""
_BEGIN = frozenset({"founded", "established", "created", "formed", "built", "opened",
                    "launched", "signed", "enacted", "passed", "adopted", "introduced",
                    "uncovered", "discovered", "began", "started", "dates", "dating",
                    "dated", "inaugurated", "incorporated", "set"})
_END = frozenset({"severed", "left", "broke", "ended", "suspended", "withdrew", "quit",
                  "halted", "stopped", "abandoned", "cut", "closed", "pulled", "exited"})
_GRAIN = frozenset({"day", "month", "season", "year"})  # not "the 1990s": too coarse
# a count of days or weeks is told against a day, of months against a month or a day
_FINE_ENOUGH = {"day": frozenset({"day"}), "week": frozenset({"day"}),
                "month": frozenset({"day", "month"}), "year": _GRAIN, "decade": _GRAIN}
_BEFORE, _AFTER = 8, 6  # words of a dated mention before and after its date
_PUNCT = lazy(r"[,;:()—–\"“”]")  # the bounds of a count's clause, whose words name its event
# "had not been decided on two years ago": no act to date
_NEGATED = lazy(r"(?i)\b(?:not|never)\b|n['’]t\b")
# words that set a dated mention apart from the counted one: "a somewhat different plan"
_APART = frozenset({"another", "new", "fresh", "second", "separate", "similar", "other",
                    "subsequent", "further", "next", "different", "earlier", "previous",
                    "prior", "original", "such"})
_COMMON = frozenset({*DETERMINERS, *FUNCTION, *OPENERS, "said", "says", "have", "has", "had",
                     "were", "was", "been", "will", "would", "also", "than", "more", "they",
                     "their", "there", "them", "then", "when", "what", "year", "years",
                     "month", "months", "ago", "last", "first", "since", "which", "while"})


@dataclasses.dataclass(frozen=True, slots=True)
class _Count:
    """A count back from publication: its span, size and the words that link it."""

    start: int
    end: int
    n: int
    unit: str
    rough: str
    kind: str  # "ago", "aged" or "break"
    words: frozenset[str]  # event keys (ago) or nouns (aged, break) that link it
    around: frozenset[str] = frozenset()  # the words beside a count "ago" that name its event


def elapsed_link_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a count back from publication that the date linked to its event rules out."""
    published = doc.article.published
    if published is None or not doc.sentences \
            or not search_at(_CUES, doc.text, doc.lowered, _CUE_OPENINGS):
        return
    explicit = [tx for tx in doc.dates
                if tx.explicit and tx.type == "DATE" and not tx.range_start
                and tx.granularity in _GRAIN and latest_past(tx, published) == tx
                and tx.last is not None and tx.last < published]
    dated = {doc.sentence_index(tx.start) for tx in explicit if tx.has_year}
    for number, sentence in enumerate(doc.sentences):
        if number in dated or not _CUES.search(sentence.text):
            continue
        for found in _counts(doc, sentence.start, sentence.end):
            partner = _linked(doc, explicit, number, found)
            if partner is None:
                continue
            assert partner.first is not None and partner.last is not None
            span = misfit(found.n, found.unit, found.rough, partner.first, partner.last,
                          published)
            if span is not None:
                yield dated_finding(doc, rule, (found.start, found.end), partner, span, published)


def _counts(doc: Document, start: int, end: int) -> Iterator[_Count]:
    """The counts back from publication in text[start:end], with their linking words."""
    text = doc.text
    for match in _AGO.finditer(text, start, end):
        if COMPARED.search(text, max(start, match.start() - 60), match.start()) or \
                RANGED.search(text, max(start, match.start() - 12), match.start()):
            continue  # a base of comparison; "eight or nine months ago", a range
        act = clause_act(doc, start, end, match)
        if act is None and (event := _EVENT_AFTER.match(text, match.end(), end)) is not None:
            act = event["noun"]
        n = 1 if match["n"].lower() in ("a", "an") else cardinal(match["n"])
        if n is None or _NEGATED.search(text, max(start, match.start() - 40),
                                                        match.start()):
            continue
        opens = max((m.end() for m in _PUNCT.finditer(text, start, match.start())),
                    default=start)
        closes = [*(m.start() for m in _PUNCT.finditer(text, match.end(), end)), end, end]
        around = _words(text, opens, closes[0]) + _words(text, match.end(), closes[1])
        yield _Count(match.start(), match.end(), n, match["unit"].lower(),
                     (match["rough"] or "").lower(), "ago",
                     frozenset({event_key(act)} if act else ()),
                     _content(around))
    for match in _AGED.finditer(text, start, end):
        n = cardinal(match["n"])
        nouns = frozenset(match["noun"].lower().split())
        if n is not None:
            yield _Count(match.start("n"), match.end("old"), n, match["unit"].lower(),
                         (match["rough"] or "").lower(), "aged", nouns)
    for match in _BREAK.finditer(text, start, end):
        n = cardinal(match["n"] or match["n2"])
        nouns = _content(_words(text, start, end)) - _content(
            _words(text, match.start(), match.end()))
        if n is not None and nouns:
            yield _Count(match.start(), match.end(), n, (match["unit"] or match["unit2"]).lower(),
                         (match["rough"] or match["rough2"] or "").lower(), "break", nouns)


def _words(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end], punctuation left out."""
    return _WORD.findall(text, start, end)


def _content(words: list[str]) -> frozenset[str]:
    """The words that can name a participant: names and nouns of four letters or more, not
    function words or figures ("missing", "H1N1", "ties")."""
    return frozenset(w.lower() for w in words
                     if len(w) >= 4 and not w[0].isdigit() and w.lower() not in _COMMON)


def content_words(text: str, start: int, end: int) -> frozenset[str]:
    """The words of text[start:end] that can name a participant (`_content`)."""
    return _content(_words(text, start, end))


def _linked(doc: Document, explicit: list[TimeExpression], number: int,
            found: _Count) -> TimeExpression | None:
    """The one date the article's other sentences give the counted event or thing."""
    text = doc.text
    partners: list[TimeExpression] = []
    for tx in explicit:
        at = doc.sentence_index(tx.start)
        if at == number or tx.granularity not in _FINE_ENOUGH[found.unit.rstrip("s")]:
            continue
        sentence = doc.sentences[at]
        near = (_words(text, sentence.start, tx.start)[-_BEFORE:]
                + _words(text, tx.end, sentence.end)[:_AFTER])
        lowered = {w.lower() for w in near}
        if found.kind == "ago":
            shared = _content(near) & found.around
            acts = {w.lower() for w in near if event_key(w) in found.words}
            opening = _WORD.search(text, sentence.start, sentence.end)
            named = {w.lower() for w in near
                     if w[0].isupper() and (opening is None or w != opening.group())} & shared
            linked = acts and shared - acts if found.words else named and shared - named
            if _set_apart(near) or not linked:
                continue
        elif not found.words & lowered or not lowered & (
                _BEGIN if found.kind == "aged" else _END):
            continue
        partners.append(tx)
    if len({(tx.first, tx.last) for tx in partners}) != 1:
        return None
    return partners[0]


def _set_apart(near: list[str]) -> bool:
    """Whether a word beside a date sets its mention apart from the counted one ("another
    plan", "the previous talks"); a capital word before a name is part of it ("New York",
    "Next Generation")."""
    return any(w.lower() in _APART and not (w[0].isupper() and following[:1].isupper())
               for w, following in zip(near, [*near[1:], ""], strict=False))


def dated_finding(doc: Document, rule: Rule, span: tuple[int, int], partner: TimeExpression,
                  arithmetic: str, published: date, what: str = "it") -> Finding:
    """The T107 warning on an elapsed time at `span` that the date the article gives `what`
    ("it", "its start") does not fit: `arithmetic` is the time from that date to publication."""
    said = doc.text[span[0] : span[1]]
    finding = rule.finding(
        doc, span[0], span[1],
        f"“{said}”: the article dates {what} “{partner.text}”, {arithmetic} before publication "
        f"({published.isoformat()})", score=0.6, evidence=(said, partner.text),
        related=(Span(partner.start, partner.end, partner.text, "date"),))
    return dataclasses.replace(finding, severity="warning")
