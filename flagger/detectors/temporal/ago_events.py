"""T107: "N years ago" (or months) for an event the article dates in another sentence.

"the banks, nationalised seven years ago" against "nationalised the banks in 1982": the act
before the count ("nationalised", "convicted", "kidnapped") is looked up in the event index; when
the article dates that act explicitly elsewhere, once, the count must fit the time from that date
to publication. A demonstrative subject points back to the date just told: "until the cutoff,
March 28. That was almost four months ago"; "In the 12 years since that interview".

Rounding words read as bounds: "more than"/"over" a lower bound, "less than"/"under" an upper
one, "about"/"nearly"/"almost" a little slack. A bare count allows a year of rounding ("five
years ago" for any day of a year named), a count of months one month.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, count
from flagger.detectors.temporal.event_index import LIGHT_VERBS, event_key, index_events
from flagger.detectors.temporal.events import EVENT_NOUNS, tokenize, verb_lemma
from flagger.report.finding import Finding

_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS}|an?)"
ROUGH = (r"(?:(?:just|a\s+little|well|slightly)\s+)?(?:more\s+than|over|nearly|almost|about|"
          r"some|around|roughly|approximately|less\s+than|under|at\s+least)")
_AGO = lazy(rf"\b(?:(?P<rough>{ROUGH})\s+)?(?P<n>{_NUM})\s+"
            r"(?P<unit>years?|months?|decades?)\s+"
            r"(?P<way>ago|since\s+(?:that|this)\b|later\b)",
            re.IGNORECASE)
# "That was four months ago", "when this happened eight months ago": the date just told.
# "Now, almost three years later": from the date last told to the present.
_NOW = lazy(r"(?<![A-Za-z])[Nn]ow,?\s+(?:fast[\s-]forward,?\s+)?$")
_POINTER = lazy(r"\b(?:[Tt]hat|[Tt]his)\s+(?:was|happened|occurred)\s+$")
_GRAIN = frozenset({"day", "month", "year"})  # not "the 1990s": too coarse to count from
_LOWER = ("more", "over", "at")
_UPPER = ("less", "under")
_NEARLY = ("nearly", "almost")
_SCALE = {"decade": 120.0, "year": 12.0, "month": 1.0, "week": 7 / 30.44, "day": 1 / 30.44}
_HEDGE = lazy(r"^(?:just|a\s+little|well|slightly)\s+")  # "just over": over
# acts that name no one event, or that befall many people at many times
_GENERIC = frozenset(f(v) for v in {"happen", "occur", "die", "died", "born", *LIGHT_VERBS}
                     for f in (str, event_key))
# only an opener before a count that opens the clause: "Just over two years ago, ..."
_OPENING = lazy(r"^\W*(?:(?:and|but|so|then|yet)\W+)?(?:(?:just|some|about|only|"
                r"nearly|almost|over|more|than|less|roughly|around)\W+)*$",
                re.IGNORECASE)
# "up from 8,200 sold in the same month two years ago": a base of comparison, not the act's time
COMPARED = lazy(r"(?i)\b(?:from|compared\s+(?:with|to)|against|versus|vs|than)\b"
                r"(?:[^.;:]|\.\d)*\d(?:[^.;:]|\.\d)*$")
RANGED = lazy(r"\b\w+\s+(?:or|to)\s+$|-$")
_DEFINITE = frozenset({"the", "its", "their", "his", "her", "our", "that", "this"})
_GLUED = lazy(r",?\s*(?P<year>(?:1[6-9]|20)\d\d)")
_CUES = lazy(r" ago\b| since th|(?<![a-z])[Nn]ow,? ")
_CUE_WORDS = (" ago", " since th", "now", "Now")
"""Every `_CUES` match holds one of these."""
_TOLD = 5  # sentences back a pointer reaches for the date last told
_REACH = 12  # words read back from the count to the act it dates, within the clause
_CLAUSE = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”"})


def _cued(text: str) -> bool:
    """Whether `text` holds one of `_CUE_WORDS` (a plain search: `_CUES` is tried only then)."""
    return any(word in text for word in _CUE_WORDS)


def ago_event_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a count back from publication that the date the article gives the event rules
    out (a warning: it rests on linking two mentions)."""
    published = doc.article.published
    if published is None or not _cued(doc.text) or not _CUES.search(doc.text):
        return
    explicit = [tx for tx in doc.dates
                if tx.explicit and tx.type == "DATE" and tx.first and tx.last
                and not tx.range_start and tx.granularity in _GRAIN]
    index: dict[str, list[tuple[date, date, TimeExpression, int]]] | None = None
    for number, sentence in enumerate(doc.sentences):
        if not _cued(sentence.text) or not _CUES.search(sentence.text):
            continue
        for match in _AGO.finditer(doc.text, sentence.start, sentence.end):
            n = 1 if match["n"].lower() in ("a", "an") else count(match["n"])
            if n is None:
                continue
            way = match["way"].lower()
            if way == "later" and not _NOW.search(doc.text, max(match.start() - 24,
                                                                sentence.start), match.start()):
                continue
            if way == "ago":
                if _POINTER.search(doc.text, max(match.start() - 20, sentence.start),
                                   match.start()):
                    partner = _told(doc, number, match.start())
                else:
                    if COMPARED.search(doc.text, max(match.start() - 60, sentence.start),
                                       match.start()):
                        continue
                    word = clause_act(doc, sentence.start, sentence.end, match)
                    if word is None:
                        continue
                    if index is None:
                        index = _dated_acts(doc, explicit, published)
                    partner = _dated_once(index, word, number)
            else:
                partner = _told(doc, number, match.start())
            if (partner is None or partner.first is None or partner.last is None
                    or partner.last >= published):
                continue
            found = misfit(n, match["unit"].lower(), (match["rough"] or "").lower(),
                           partner.first, partner.last, published)
            if found:
                yield _finding(doc, rule, match, partner, found, published)


def _dated_acts(doc: Document, explicit: list[TimeExpression], published: date
                ) -> dict[str, list[tuple[date, date, TimeExpression, int]]]:
    """Event key → (first, last, date, sentence) of each explicitly dated past act, in
    sentences that date nothing else ("nationalised the ferries in 2019 and the ports in
    2012" may date the act twice)."""
    told: dict[int, set[tuple[date | None, date | None]]] = {}
    for tx in explicit:
        told.setdefault(doc.sentence_index(tx.start), set()).add((tx.first, tx.last))
    acts: dict[str, list[tuple[date, date, TimeExpression, int]]] = {}
    for key, mentions in index_events(doc, explicit).items():
        for m in mentions:
            if (not m.ahead and not m.distinct and m.timex.first and m.timex.last
                    and m.timex.last < published and len(told[m.sentence]) == 1):
                acts.setdefault(key, []).append(
                    (m.timex.first, m.timex.last, m.timex, m.sentence))
    return acts


def clause_act(doc: Document, s_start: int, s_end: int, match: re.Match[str]) -> str | None:
    """The word naming the act the count dates: the past verb before it in its clause
    ("convicted five years ago"), a definite event noun just before it ("the talks two
    years ago"), or the verb after it when the count opens the clause
    ("Five years ago, the city sold")."""
    before = tokenize(doc.text, s_start, match.start())[-_REACH:]
    if RANGED.search(doc.text, max(match.start() - 12, s_start), match.start()):
        return None  # "eight or nine months ago": a range, not a count
    for i in range(len(before) - 1, -1, -1):
        word = before[i].text
        if word in _CLAUSE:
            return None
        if _past_act(word) or (i == len(before) - 1 and i > 0 and word.lower() in EVENT_NOUNS
                               and before[i - 1].text.lower() in _DEFINITE):
            return word
    if before and not _OPENING.search(doc.text, s_start, match.start()):
        return None
    after = tokenize(doc.text, match.end(), s_end)[:_REACH]
    for i, token in enumerate(after):
        if token.text in _CLAUSE and i > 0:
            return None
        if _past_act(token.text):
            return token.text
    return None


def _past_act(word: str) -> bool:
    """A past verb form that names an act: "convicted", "founded"."""
    lemma = verb_lemma(word)
    return not (lemma is None or lemma == word.lower() or lemma in _GENERIC
                or event_key(word) in _GENERIC)


def _dated_once(index: dict[str, list[tuple[date, date, TimeExpression, int]]], word: str,
                number: int) -> TimeExpression | None:
    """The date of the act's mentions in other sentences, when they give it one date."""
    mentions = [m for m in index.get(event_key(word), ()) if m[3] != number]
    if len({(m[0], m[1]) for m in mentions}) != 1:
        return None
    return mentions[0][2]


def _told(doc: Document, number: int, at: int) -> TimeExpression | None:
    """The date told last before a pointer, in its sentence or up to `_TOLD` before, when it
    is explicit ("March 28", "2015"); a date without a year is its latest occurrence before
    publication."""
    first = doc.sentences[max(number - _TOLD, 0)].start
    index = bisect_left([tx.start for tx in doc.dates], at) - 1
    while index >= 0 and doc.dates[index].start >= first:
        tx = doc.dates[index]
        index -= 1
        if tx.end > at or tx.type != "DATE" or tx.value == "PRESENT_REF":
            continue  # the pointer's own "Now,"
        if not (tx.explicit and tx.first and tx.last and not tx.range_start
                and tx.granularity in _GRAIN):
            return None  # another time told in between: "last week"
        glued = _GLUED.match(doc.text, tx.end)
        if glued and not tx.has_year:  # "September 26, 2012Now": the year a reader sees
            return _in_year(tx, int(glued["year"]))
        return latest_past(tx, doc.article.published)
    return None


def _in_year(tx: TimeExpression, year: int) -> TimeExpression | None:
    """The date moved to the year written after it."""
    if tx.first is None or tx.last is None or tx.first.year != tx.last.year:
        return None
    try:
        return dataclasses.replace(tx, first=tx.first.replace(year=year),
                                   last=tx.last.replace(year=year))
    except ValueError:  # February 29
        return None


def latest_past(tx: TimeExpression, published: date | None) -> TimeExpression | None:
    """A yearless date read at its latest occurrence before publication ("March 28" in a May
    story that the reader placed ahead)."""
    if tx.has_year or published is None or tx.first is None or tx.last is None:
        return tx
    try:
        shift = published.year - tx.last.year - (tx.last.replace(year=published.year)
                                                  > published)
        return dataclasses.replace(tx, first=tx.first.replace(year=tx.first.year + shift),
                                   last=tx.last.replace(year=tx.last.year + shift))
    except ValueError:  # February 29
        return None


def _months(a: date, b: date) -> float:
    return (b - a).days / 30.44


def misfit(n: float, unit: str, rough: str, first: date, last: date,
           published: date) -> str | None:
    """The arithmetic when `n` units (decades to days) cannot span from a date between
    `first` and `last` to publication. A bare count is rounded by one unit (a year for years
    and decades), "about" by a quarter more; "nearly four years" is three years or more, and
    at most four with a little rounding."""
    name, scale = next((k, v) for k, v in _SCALE.items() if unit.startswith(k))
    said = n * scale
    low, high = _months(last, published), _months(first, published)
    if high < 0:
        return None  # the date is after publication: no count back reaches it (T104 reads it)
    slack = 12.0 if scale >= 12 else max(scale, 1.0) if scale >= 1 else scale
    rough = _HEDGE.sub("", rough)
    if rough.startswith(_LOWER):
        wrong = high < said - slack / 2
    elif rough.startswith(_UPPER):
        wrong = low > said + slack / 2
    elif rough.startswith(_NEARLY):
        wrong = low > said + slack / 2 or high < said - max(0.25 * said, slack)
    else:
        extra = 0.25 * said if rough else 0.0
        wrong = not low - slack - extra <= said <= high + slack + extra
    if not wrong:
        return None
    shown, step = ("year", 12.0) if scale >= 12 else (name, scale)
    lo, hi = round(low / step), round(high / step)
    return f"{lo} {shown}{'' if lo == 1 else 's'}" if lo == hi else f"{lo}–{hi} {shown}s"


def _show(tx: TimeExpression) -> str:
    assert tx.first is not None and tx.last is not None
    if tx.first == tx.last:
        return tx.first.isoformat()
    first, last = tx.first.year, tx.last.year
    return str(first) if first == last else f"{first}–{last}"


def _finding(doc: Document, rule: Rule, match: re.Match[str], partner: TimeExpression,
             span: str, published: date) -> Finding:
    said = match.group()
    finding = rule.finding(
        doc, match.start(), match.end(),
        f"“{said}”: the article dates it “{partner.text}” ({_show(partner)}), {span} before "
        f"publication "
        f"({published.isoformat()})", score=0.6, evidence=(said, partner.text),
        related=(Span(partner.start, partner.end, partner.text, "date"),))
    return dataclasses.replace(finding, severity="warning")
