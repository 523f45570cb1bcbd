"""Headline against body: a date in the headline that the body's dated mention of the same
event contradicts ("… recruits on Tuesday" over "… accepting recruits on Jan. 1", a Monday).

Headlines drop years and write "today", "tomorrow" or a weekday; the lede says the same thing
with a date. A headline date is compared only with dates in the first sentences of the body
that paraphrase the headline: they share at least three content words with it (compared by
their first letters, so "launching" meets "launch", and event nouns by their synonym class,
so "talks" meets "negotiations"). A headline dated by its year ("AUSTRIA 1988 GROWTH
FORECAST REVISED") is also compared with a first sentence that shares two of its words and
names one year, by a date that stands beside the headline's words next to that year ("growth
for this year") and is not past where the headline's year is still to come, or the reverse (a
forecast is not last year's result); a part of a year ("early 1989", "the beginning of next
year") dates its story to that year. It is flagged only when no date in those
sentences agrees with it, and a body date that another headline date accounts for ("Euro 2020
will be played in 2021" under "Euro 2020 … in 2019") is not its partner; nor is the end of a
range ("its 2019-2020 season" under "2019 season"), nor a date of the alternative to an act
denied ("will not take up the bill … but will turn to it in January"). A headline month that
those sentences write by name ("MARCH SALES" over "weak March sales") is borne out, as is one
whose period ends in the next month's first week ("the five weeks ended April 4"). A conflict
rests on that link, so it is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.annotations.timex.lexicon import WEEKDAY_NAMES
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.events import EVENT_NOUNS, EventMention, Token, link
from flagger.detectors.temporal.headline_dates import (
    agree,
    grain,
    holiday_thing,
    opposite_sides,
    reads_as,
    same_side,
    usable,
    weekday_only,
)
from flagger.detectors.temporal.headline_posts import headline_posts
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.week_sides import opposite_weeks
from flagger.report.finding import Finding

LEDE = 6  # body sentences a headline paraphrases
SHARED = 3  # content words a body sentence shares with the headline to tell the same story
STEM = 5  # letters compared: "launching" and "launch", "tendering" and "tender"
NEAR = 6  # words either side of a date that tie it to the headline's words beside its date
FISCAL_DAYS = 7  # a retail month may end this many days into the next calendar month

_WORD = lazy(r"[A-Za-z][A-Za-z'’-]+")
# Words that say nothing about what happened: function words, reporting verbs, units and
# calendar words (dates are compared as dates, not as words).
_STOP = frozenset(
    """the and for from with that this these those than then there their they them its his
    her has have had was were will would could should can may might not but are been being
    who which what when where while after before over under into onto about against between
    said says say told according also just more most less least much many some any all one
    two new year years month months week weeks day days today tomorrow yesterday tonight
    last next ago earlier later early late per pct percent mln bln billion million dlrs
    dollars cts via amid here how why ahead set expected plans plan""".split()
) | {name.lower() for name in WEEKDAY_NAMES} | frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


# Headline words and the plainer words a lede uses for the same thing ("reopen" and "resume"
# a "factory" or a "plant"); each maps to its class, as event nouns do.
_PLAIN_WORDS: dict[str, tuple[str, ...]] = {
    "reopen": ("reopen", "resume"),
    "factory": ("factory", "plant"),
    "resign": ("resign", "quit"),
    "start": ("start", "begin", "began", "begun"),
    "postpone": ("postpone", "delay", "reschedule", "defer"),
    "election": ("contest", "poll"),
}
_EVENT_STEMS = {form.rstrip("s")[:STEM]: "@" + name for form, name in EVENT_NOUNS.items()}
_EVENT_STEMS |= {form[:STEM]: "@" + name for name, forms in _PLAIN_WORDS.items()
                 for form in forms}
# A headline that announces what is to come: "talks to resume Tuesday", "will happen in".
_UPCOMING = lazy(r"\b(?:to|will|would|plans?|set|aims?)\s", re.IGNORECASE)
# "Sold to China", "moved to Paris": "to" after a past participle is a preposition, unless the
# participle says the event is still to come ("expected to", "scheduled to").
_LAST_WORD = lazy(r"(\w+)\W*$")
_STILL_TO_COME = frozenset({"expected", "scheduled", "slated", "planned", "poised", "set",
                            "due", "likely", "bound", "going", "tipped", "aimed"})
_THE = lazy(r"\bthe\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)
# "Over", "above" and "below" compare only with a figure or a period ("up over 270 in 1986",
# "above last year's"), not a place ("flying over the city on Tuesday").
_COMPARED = lazy(r"\b(?:from(?=\s+(?:about\s+|around\s+)?[$£€]?\d)|against|"
                            r"compared\s+(?:with|to)|than|versus|vs|"
                            r"(?:over|above|below)\s+(?:[\d$£€]|last\b|a\s+year\b|the\s+(?:same|"
                            r"previous|prior|year)\b))(?:[^.;:]|\.\d)*$",
                            re.IGNORECASE)


_PERIOD_END = lazy(r"\b(?:ended|ending|end(?:s|ed)?\s+on)\s+(?:on\s+)?$", re.IGNORECASE)
_BOUNDS = frozenset({"until", "till", "since", "by", "before", "after", "from", "through",
                     "between", "to"})
_REPORTED = lazy(r"\b(?:said|says|announced|told|reported|added|stated|confirmed)"
                            r"(?:\s+[\w’']+){0,4}\s*$", re.IGNORECASE)
_MOVED_TO = lazy(r"(?i)\b(?:postpon|delay|reschedul|put\s+off|pushed\s+back|brought\s+forward|"
                r"defer|adjourn|moved)\w*\s+(?:[\w-]+\s+){0,2}?(?:to|till|until|for)\s+$")
_CLOSING = (".", "!", "?", "\"", "”", "’", "'", ":", ")")
# A body date after "not ... but" dates the alternative, not the act denied ("will not take
# up the bill this month but will turn to it in January").
_INSTEAD = lazy(r"\b(?:not|never|won['’]t|isn['’]t|aren['’]t|didn['’]t|doesn['’]t|"
                r"don['’]t)\b[^;:]*\bbut\b[^,;:]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A body date that the headline date disagrees with, and whether it sits by the
    headline's words next to the headline date."""

    timex: TimeExpression
    anchored: bool


def content_stems(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """The content words of `text[start:end]` as (offset, stem) pairs."""
    stop = len(text) if end is None else end
    out = []
    for match in _WORD.finditer(text, start, stop):
        word = match.group().lower().rstrip("'’s")
        if len(word) >= 3 and word not in _STOP:
            # "talks" and "negotiations" tell the same story, as "tender" and "tendering"
            out.append((match.start(), _EVENT_STEMS.get(word[:STEM], word[:STEM])))
    return out


def _common(text: str, stems: list[tuple[int, str]]) -> set[str]:
    """The stems of words written in lower case: what happened, not who (names are shared by
    every sentence of a story); an event's class counts at the start of a sentence too
    ("Talks between the unions ...")."""
    return {stem for offset, stem in stems if text[offset].islower() or stem.startswith("@")}


def _reported(text: str, tx: TimeExpression) -> bool:
    """Whether a body date dates the report rather than the event ("media said on Friday")."""
    return bool(_REPORTED.search(text[max(tx.start - 40, 0) : tx.start]))


def _moved_to(text: str, tx: TimeExpression) -> bool:
    """Whether a date is where an event was moved ("POSTPONED TILL WEDNESDAY", "rescheduled
    for Monday"): "till" there names the new day, not a bound; "adjourned today" is when."""
    return bool(_MOVED_TO.search(text, max(tx.start - 40, 0), tx.start))


def _comparison_base(text: str, tx: TimeExpression) -> bool:
    """Whether a body date is what a figure is compared with ("up from 270 in March 1986")."""
    return bool(_COMPARED.search(text[max(tx.start - 60, 0) : tx.start]))


def _lede(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) of the first body sentences; lines of hard-wrapped copy that end
    without a full stop are joined to the sentence they begin."""
    units: list[tuple[int, int]] = []
    start = None
    for sentence in doc.sentences:
        start = sentence.start if start is None else start
        if sentence.text.rstrip().endswith(_CLOSING):
            units.append((start, sentence.end))
            start = None
            if len(units) == LEDE:
                break
    return units


def headline_conflicts(doc: Document, rules: dict[str, Rule]) -> Iterator[Finding]:
    """T101 / T105: a headline date that the body's paraphrase of the headline contradicts."""
    head, published = doc.headline, doc.article.published
    if head is None or published is None:
        return
    # A headline's "THIS WEEK" dates no one event; a body's "next week" meets its "TOMORROW".
    head_dates = [tx for tx in head.dates if usable(tx) and grain(tx) != "week"
                  and not holiday_thing(head.text, tx)
                  and headline_posts(head.text, tx)[0] is None]  # a digest's day, not an event's
    if not head_dates:
        return
    title = head.text
    head_stems = {stem for _, stem in content_stems(title)}
    units = _lede(doc)
    sentences: list[tuple[int, int, bool]] = []  # start, end, whether any date there will do
    relaxed = (0, 0)  # a first sentence told by two words under a headline's year
    paraphrases: list[int] = []
    # A lede that repeats two of what-happened words of a headline dated by its day ("Government
    # expected to fall today") tells the same story, whatever the names are spelt; so, under a
    # headline's year, does a first sentence that shares two words and dates them (anchored).
    daily = any(grain(tx) == "day" for tx in head_dates)
    yearly = any(grain(tx) == "year" for tx in head_dates)
    for k, (start, end) in enumerate(units):
        stems = [(o, st) for o, st in content_stems(doc.text, start, end) if st in head_stems]
        common = len(_common(doc.text, stems))
        shared = len({st for _, st in stems})
        told = (shared >= SHARED and common >= 1) or (k == 0 and daily and common >= 2)
        if not told and k == 0 and yearly and shared >= 2 and _one_year(doc, start, end):
            relaxed = (start, end)
            sentences.append((start, end, common >= 2))
        elif told:
            sentences.append((start, end, common >= 2))
            paraphrases.append(k)
    ends = _range_ends(doc.dates)  # "the 2019-2020 season": its 2020 alone dates nothing
    body_dates = [(tx, loose) for tx in doc.dates if usable(tx) and tx.start not in ends
                  for start, end, loose in sentences if start <= tx.start < end
                  and not _INSTEAD.search(doc.text, start, tx.start)]
    edges = [tx for tx in doc.dates if tx.mod is not None and usable(replace(tx, mod=None))
             and any(start <= tx.start < end for start, end, _ in sentences)]
    events = {m.timex.start: m.noun for m in link(title, head.dates, [(0, len(title))])}
    references = _back_references(doc, units, paraphrases) if events else []
    for tx in head_dates:
        if any(agree(tx, edge, published) for edge in edges):
            continue  # "the end of February" bears out a headline's "FEBRUARY"
        if _named(doc.text, tx, sentences):
            continue  # "lackluster March sales" bears out "MARCH SALES"
        if any(_fiscal_month_end(doc.text, tx, body) for body, _ in body_dates):
            continue  # "MARCH SALES" of "the five weeks ended April 4": a retail month
        more = [(m.timex, True) for m in references
                if m.noun == events.get(tx.start) and same_side(tx, m.timex, published)]
        body_dates_of_tx = [*body_dates, *more]
        others = [o for o in head_dates if o is not tx]
        upcoming = grain(tx) == "day" and told_ahead(title[: tx.start])
        anchors = {stem for offset, stem in content_stems(title)
                   if abs(offset - tx.start) <= 40 or abs(offset - tx.end) <= 40}
        candidates: list[_Candidate] = []
        agreed = False
        for body, loose in body_dates_of_tx:
            if any(agree(o, body, published) for o in others):
                continue  # another headline date accounts for it
            if body.has_year and tx.explicit and not tx.has_year and tx.first \
                    and body.first and body.first.year != tx.first.year:
                continue  # the headline's "March" is this year's; "March 1986" another one
            if (tx.signal in _BOUNDS or body.signal in _BOUNDS) and tx.signal != body.signal \
                    and not (_moved_to(title, tx) and _moved_to(doc.text, body)):
                continue  # "until June" bounds the story; "since March" is another bound
            if grain(tx) == grain(body) == "day" and _reported(doc.text, body):
                continue  # "sources said today" dates the report, not the headline's event
            same_words = body.text.lower() == tx.text.lower()  # read alike, whatever resolved
            verdict = True if same_words else agree(tx, body, published)
            if verdict and weekday_only(tx) and weekday_only(body):
                sent_start = doc.sentences[doc.sentence_index(body.start)].start
                verbs = opposite_weeks(title, tx, doc.text, body, sent_start, published)
                if verbs is not None:
                    yield _finding(doc, head, tx, body, published, rules, verbs)
                    agreed = True  # reported once, as a week apart
                    break
            if verdict is None or (verdict and grain(tx) == "day" and grain(body) != "day"):
                continue  # "April shipments" neither confirms nor denies a headline's "TODAY"
            if verdict:
                agreed = True
                break
            if _comparison_base(doc.text, body) or _reported(doc.text, body):
                continue  # it may agree, but cannot contradict: it dates something else
            first = relaxed[0] <= body.start < relaxed[1]
            if first and (grain(tx) != "year" or opposite_sides(tx, body, published)):
                continue  # "1988 GROWTH FORECAST" is not the growth "last year"
            if upcoming and not weekday_only(body) and body.last is not None \
                    and body.last < published:
                continue  # "talks to resume Tuesday" is not what "ended yesterday"
            anchored = bool(anchors & _near_words(doc.text, body))
            if (loose and not first) or anchored:
                candidates.append(_Candidate(body, anchored))
        if agreed or not candidates:
            continue
        partner = next((c.timex for c in candidates if c.anchored), candidates[0].timex)
        yield _finding(doc, head, tx, partner, published, rules)


def _range_ends(dates: tuple[TimeExpression, ...]) -> set[int]:
    """The starts of dates that close a written range ("2019-2020", "May 7-9")."""
    return {b.start for a, b in pairwise(dates) if a.range_start and b.start - a.end <= 3}


def _named(text: str, tx: TimeExpression, sentences: list[tuple[int, int, bool]]) -> bool:
    """Whether a sentence that paraphrases the headline writes the headline's month by name
    ("MARCH RETAIL SALES" over "lackluster March sales"): it bears the headline out."""
    if tx.granularity != "month" or tx.deictic or tx.has_year or not tx.text.isalpha():
        return False
    name = tx.text.capitalize()
    return any(re.search(rf"\b{name}\b", text[start:end]) for start, end, _ in sentences)


def _fiscal_month_end(text: str, tx: TimeExpression, body: TimeExpression) -> bool:
    """Whether `body` closes a reporting period ("five weeks ended April 4") in the first week
    of the month after the headline's month (or that month, its day unread: "ended April four"):
    retailers' months end on a weekday near the turn of the calendar month, so "MARCH SALES"
    are borne out."""
    if grain(tx) != "month" or grain(body) not in ("day", "month") or tx.first is None \
            or body.first is None:
        return False
    if not _PERIOD_END.search(text, max(body.start - 20, 0), body.start):
        return False
    after = date(tx.first.year + tx.first.month // 12, tx.first.month % 12 + 1, 1)
    return 0 <= (body.first - after).days < FISCAL_DAYS


def told_ahead(before: str) -> bool:
    """Whether the headline words before a date announce what is to come ("talks to resume"),
    not what was done ("cargoes sold to China")."""
    for match in _UPCOMING.finditer(before):
        if match.group().strip().lower() != "to":
            return True
        word = _LAST_WORD.search(before, max(match.start() - 30, 0), match.start())
        last = word.group(1).lower() if word else ""
        past = last.endswith("ed") or last in IRREGULAR
        if not past or last in _STILL_TO_COME:
            return True
    return False


def _back_references(doc: Document, units: list[tuple[int, int]],
                     paraphrases: list[int]) -> list[EventMention]:
    """Dated definite back-references ("The talks were interrupted in 2022") in the sentence
    after one that paraphrases the headline, to an event that sentence names."""
    out = []
    for k in paraphrases:
        if k + 1 >= len(units):
            continue
        start, end = units[k + 1]
        named = {stem for _, stem in content_stems(doc.text, *units[k])}
        dates = [tx for tx in doc.dates if start <= tx.start < end and usable(tx)]
        for mention in link(doc.text, dates, [(start, end)]):
            definite = _THE.search(doc.text, max(mention.noun_start - 30, 0), mention.noun_start)
            if definite and not mention.marker and "@" + mention.noun in named:
                out.append(mention)
    return out


def _one_year(doc: Document, start: int, end: int) -> bool:
    """Whether the dates between `start` and `end` name one year ("this year ... the 1987
    crop", published 1987), not two ("the Tax Act of 1986 may add to 1987 earnings"); a base
    a figure is compared with ("up from 1.15 billion in 1985") dates no story."""
    years = {y for tx in doc.dates if start <= tx.start < end and tx.first and tx.last
             and not _comparison_base(doc.text, tx) for y in (tx.first.year, tx.last.year)}
    return len(years) == 1


def _near_words(text: str, tx: TimeExpression) -> set[str]:
    """The content stems within a few words of a body date."""
    before = [stem for _, stem in content_stems(text, max(tx.start - 80, 0), tx.start)][-NEAR:]
    after = [stem for _, stem in content_stems(text, tx.end, tx.end + 80)][:NEAR]
    return {*before, *after}


def _finding(doc: Document, head: Document, tx: TimeExpression, partner: TimeExpression,
             published: date, rules: dict[str, Rule],
             verbs: tuple[Token, Token] | None = None) -> Finding:
    """The finding on the headline date `tx`, which the body date `partner` contradicts (the
    same weekday told by the past and future `verbs`: a week apart)."""
    assert tx.first is not None and tx.last is not None
    assert partner.first is not None and partner.last is not None
    day = grain(tx) == "day"  # "tonight" too
    code = "T105" if day else "T101"
    said = reads_as(tx, published)
    written = reads_as(partner, published)
    message = (f"The headline's “{tx.text}” is {said}, but the body dates the same story "
               f"“{partner.text}”, {written}")
    if verbs is not None:
        message = (f"The headline's “{verbs[0].text} … {tx.text}” and the body's "
                   f"“{verbs[1].text} … {partner.text}” put the same story on {tx.text}s a "
                   f"week apart: one before publication ({published.isoformat()}), one after")
    suggestion = None
    if day and tx.deictic and partner.explicit:
        suggestion = WEEKDAY_NAMES[partner.first.weekday()]  # the headline's usual form
    start = tx.start if verbs is None else min(verbs[0].start, tx.start)  # "resigned on Friday"
    return rules[code].finding(
        head, start, tx.end, message, score=0.7, severity="warning",
        evidence=(f"headline: {tx.text} = {said}", f"body: {partner.text} = {written}"),
        related=(Span(partner.start, partner.end, partner.text, "body date", "text"),),
        suggestion=suggestion)


