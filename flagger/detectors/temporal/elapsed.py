"""Counts of years that arithmetic checks: ages against birth dates (T106), and elapsed years
between two dates or since one (T107): "N years ago in 2013", "ten years later (1854)", "the
16th anniversary of the September 11, 2001 attacks".

A bounded count ("nearly two and a half years ago", "more than 30 years ago") is read as the
desk reads its bound (`ago_events.misfit`), and months, weeks or days "ago" are told against
the day they stand beside ("almost four weeks ago on 5/01/2020").

Ages count completed years: with a full birth date the age at a date is exact; with a birth
year alone it may be one less. An age beside a year ("in 2010 at age 24", "Chang ... won in
1989 when he was just 17") dates a birth just as "born in 1985" does.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import ORDINALS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ago_events import ROUGH, misfit
from flagger.detectors.temporal.counts import NUMBER_WORDS, count, ordinal
from flagger.detectors.temporal.long_ago import long_ago
from flagger.detectors.temporal.namesakes import age_disagreements
from flagger.detectors.temporal.people import born_to, first_person, subject_name
from flagger.detectors.temporal.periods import count_back
from flagger.report.finding import Finding

# A count of time: digits, a number word, "a dozen", "a decade" ("a year ago" compares periods:
# `year_ago`)
TIME_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS}|a\s+dozen|(?<!\bhalf\s)a(?=\s+decade\b))"
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_YEAR = r"(?:1[6-9]|20)\d\d"
# Ages: "Lopez, 29,", "the 29-year-old", "aged 29", "age 29", "29 years old", "when he was 29".
_AGE = lazy(
    r"\b(?P<name>[A-Z][a-z]+),\s+(?P<a1>\d{1,3}),"
    r"|\b(?P<a2>\d{1,3})-year-old\b"
    r"|\bage(?:d|\s+of)?\s+(?P<a3>\d{1,3})\b(?![.,]\d)"
    r"|\b(?P<a4>\d{1,3})\s+years?\s+old\b"
    r"|\b(?:he|she|I)\s+was\s+(?:just\s+|only\s+)?(?P<a5>\d{1,2})\b(?!\s*(?:pct|percent|%))"
    r"|\b(?:me|him|her),\s+at\s+(?P<a6>\d{2}),")
_DIGIT = lazy(r"\d")
_NAME_AFTER = lazy(r"\s+(?:[a-z]+\s+)?([A-Z][a-z]+)")
# "born in 1984", "born on May 2", and a birthplace between: "born in Cuba in 1984", "Born in
# the port city of Valparaiso on November 25, 1915".
_BORN = lazy(
    r"\b[Bb]orn\s+(?:(?:in|at)\s+(?:[a-z]+\s+){0,4}?(?:[A-Z][\w'.-]*,?\s+){1,3})?"
    r"(?:on\s+|in\s+)?$")
_BORN_REACH = 60  # characters from "born" to its date, a birthplace between
_OF = lazy(r"\s+of\b")
_BIRTHDAY = lazy(rf"\b(?P<n>{_ORDINAL})\s+birthday\b", re.IGNORECASE)
_KIN = lazy(r"\b(son|daughter|child|children|baby|babies|wife|husband|father|mother|"
            r"brother|sister|twin|parents|grand\w+)\b", re.IGNORECASE)
# "more than 30 years ago", "nearly two and a half years ago": bounds and halves read as the
# desk reads them (`ago_events.misfit`)
_DENIED = lazy(r"(?:\bnot|\bnever|n['’]t)\s+$", re.IGNORECASE)
_AGO = lazy(rf"\b(?:(?P<rough>{ROUGH})\s+)?(?P<n>{TIME_COUNT})(?P<half>\s+and\s+a\s+half)?\s+"
            r"(?P<unit>years?|decades?)\s+ago\b", re.IGNORECASE)
# "almost four weeks ago on 5/01/2020", "three months ago, in March 2024": told against a
# day (a month for months)
_SHORT_AGO = lazy(rf"\b(?:(?P<rough>{ROUGH})\s+)?(?P<n>{TIME_COUNT})\s+"
                  r"(?P<unit>months?|weeks?|days?)\s+ago\b", re.IGNORECASE)
_LATER = lazy(rf"\b(?P<n>{TIME_COUNT})\s+(?P<unit>years?|decades?)\s+"
              r"(?P<dir>later|earlier|after|before|on)\b", re.IGNORECASE)
_ADDED_ON = lazy(r"\s+to\b", re.IGNORECASE)  # "add five years on to life expectancy"
_ANNIVERSARY = lazy(
    rf"\b(?P<n>{_ORDINAL}|{TIME_COUNT}-year)[\s-]+anniversary\b", re.IGNORECASE)
_NEXT = lazy(r"\b(next|coming|upcoming|approaching|will)\b", re.IGNORECASE)
_LAST = lazy(r"\blast\s+(year|month)\b", re.IGNORECASE)
_REACH = 40  # characters between an age and the year it is counted at
_CLAUSE = 60  # "three years before he joined the campaign in March 2016": the date of its clause
_STOP = lazy(r"[,;:.()—–]")
_TOLD = 5  # undated sentences after which "N years later" still counts from the date last told


@dataclass(frozen=True)
class _Birth:
    first: date  # earliest possible birth date
    last: date  # latest
    start: int
    end: int
    said: str


def _years(doc: Document, starts: list[int], start: int,
           end: int) -> list[tuple[int, int, date, date]]:
    """Explicit dates with a written year between `start` and `end`: (start, end, first, last).
    Found by bisection, so an article of thousands of dated sentences stays linear."""
    found = []
    index = bisect_left(starts, start)
    while index < len(doc.dates) and doc.dates[index].start < end:
        tx = doc.dates[index]
        index += 1
        if (tx.end <= end and tx.has_year and tx.first and tx.last and tx.type == "DATE"
                and not tx.range_start):
            found.append((tx.start, tx.end, tx.first, tx.last))
    return found


def _dated(doc: Document, starts: list[int], start: int, end: int) -> bool:
    """Whether text[start:end] holds a date of any kind ("in 2014", "last week")."""
    index = bisect_left(starts, start)
    while index < len(doc.dates) and doc.dates[index].start < end:
        if doc.dates[index].type == "DATE":
            return True
        index += 1
    return False


def _age_at(birth: _Birth, on: date) -> tuple[int, int]:
    """The ages (lowest, highest) someone born within `birth` can have on `on`."""
    def age(born: date) -> int:
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return age(birth.last), age(birth.first)


def age_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T106: an age that the birth date (or an age at a dated time) in the same sentence, or
    in a sentence close by about the same person, rules out."""
    text, published = doc.text, doc.article.published
    if published is None or not doc.sentences:
        return
    starts = [tx.start for tx in doc.dates]
    births: list[tuple[int, _Birth]] = []
    ages: list[tuple[int, int, int, int, str | None]] = []  # sentence, age, start, end, name
    for index, sentence in enumerate(doc.sentences):
        s_start, s_end = sentence.start, sentence.end
        years = _years(doc, starts, s_start, s_end)
        for y_start, y_end, first, last in years:
            if _BORN.search(text, max(y_start - _BORN_REACH, s_start), y_start):
                births.append((index, _Birth(first, last, y_start, y_end, text[y_start:y_end])))
        lower = sentence.text.lower()
        digits = _DIGIT.search(text, s_start, s_end)  # every age pattern holds a digit
        found = list(_AGE.finditer(text, s_start, s_end)) if digits else []
        if sum(1 for m in found if not m["a1"]) > 1:
            continue  # two people's ages in one sentence
        for match in found:
            group = next(g for g in ("a1", "a2", "a3", "a4", "a5", "a6") if match[g])
            age, (a_start, a_end) = int(match[group]), match.span(group)
            if not 0 < age < 120:
                continue
            name = match["name"] or first_person(match.group())
            if group == "a2":
                after = _NAME_AFTER.match(text, match.end())
                name = after.group(1) if after else None
            near = [y for y in years
                    if group in ("a2", "a3", "a5") and 0 <= a_start - y[1] <= _REACH]
            if near and not _BORN.search(text, max(near[0][0] - _BORN_REACH, s_start), near[0][0]):
                y_start, y_end, first, last = near[0]  # an age at a dated time: a birth
                lo = date(max(first.year - age - 1, 1), first.month, 1)
                hi = date(max(last.year - age, 1), 12, 31) if first == last else date(
                    max(last.year - age, 1), last.month, 28)
                b_start, b_end = min(a_start, y_start), max(a_end, y_end)
                births.append((index, _Birth(lo, hi, b_start, b_end, text[b_start:b_end])))
                continue
            ages.append((index, age, a_start, a_end, name or subject_name(doc, index)))
        for match in _BIRTHDAY.finditer(text, s_start, s_end) if "birthday" in lower else ():
            n = count(match["n"])
            on = [y for y in years if 0 <= y[0] - match.end() <= _REACH]
            if n is None:
                continue
            year = on[0][2].year if on else published.year
            lo = date(year - n - (0 if on else 1), 1, 1)
            births.append((index, _Birth(lo, date(year - n, 12, 31), match.start(), match.end(),
                                         match.group())))
    yield from _birth_against_ages(doc, rule, births, ages, published)
    yield from _birth_against_births(doc, rule, births)
    yield from age_disagreements(doc, rule)


def _linked(doc: Document, a: int, b: int, name: str | None) -> bool:
    """Whether sentences `a` (the age) and `b` (the birth) speak of one person: the same
    sentence, or close by with no other person's kin in between and the name of the age
    repeated in the birth's sentence."""
    if a == b:
        return True
    if abs(a - b) > 2 or name is None:
        return False
    lo, hi = sorted((a, b))
    span = doc.text[doc.sentences[lo].start : doc.sentences[hi].end]
    return not _KIN.search(span) and name in doc.sentences[b].text


def _birth_against_ages(doc: Document, rule: Rule, births: list[tuple[int, _Birth]],
                        ages: list[tuple[int, int, int, int, str | None]],
                        published: date) -> Iterator[Finding]:
    text = doc.text
    births_at: dict[int, list[_Birth]] = {}
    for at, b in births:
        births_at.setdefault(at, []).append(b)
    ages_at = Counter(a[0] for a in ages)
    for index, age, a_start, a_end, name in ages:
        near = range(index - 2, index + 3)
        linked = [b for i in near for b in births_at.get(i, ()) if _linked(doc, index, i, name)]
        if not linked and name is not None:
            linked = [b for i, b in births if abs(i - index) > 2 and born_to(doc, i, name, b.end)]
        if len(linked) != 1 or (sum(ages_at[i] for i in near) > 1 and index not in births_at):
            continue
        birth = linked[0]
        if "birthday" in birth.said.lower() and doc.sentence_index(birth.start) == index:
            continue  # "the 88-year-old's 90th birthday": a birthday to come
        lo, hi = _age_at(birth, published)
        if lo <= age <= hi:
            continue
        could = str(lo) if lo == hi else f"{lo} or {hi}" if hi == lo + 1 else f"{lo}–{hi}"
        finding = rule.finding(
            doc, a_start, a_end,
            f"“{birth.said}” puts the birth in {_show(birth)} → {could} at publication "
            f"({published.isoformat()}), not {age}", score=0.9,
            evidence=(f"born {_show(birth)}", f"age {age}"),
            related=(Span(birth.start, birth.end, text[birth.start:birth.end], "birth"),),
            suggestion=could)
        same = doc.sentence_index(birth.start) == index
        yield finding if same else dataclasses.replace(finding, severity="warning", score=0.6)


def _birth_against_births(doc: Document, rule: Rule,
                          births: list[tuple[int, _Birth]]) -> Iterator[Finding]:
    for n, (i, a) in enumerate(births):
        for j, b in births[n + 1 : n + 4]:
            if abs(i - j) > 1 or _KIN.search(doc.text[min(a.start, b.start):max(a.end, b.end)]):
                continue
            if a.first <= b.last and b.first <= a.last:
                continue
            yield rule.finding(
                doc, b.start, b.end,
                f"“{b.said}” puts the birth in {_show(b)}, but “{a.said}” puts it in {_show(a)}",
                score=0.8, evidence=(_show(a), _show(b)),
                related=(Span(a.start, a.end, doc.text[a.start:a.end], "birth"),))


def _show(birth: _Birth) -> str:
    if birth.first == birth.last:
        return birth.first.isoformat()
    if birth.first.year == birth.last.year:
        return str(birth.first.year)
    return f"{birth.first.year}–{birth.last.year}"


def elapsed_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "N years ago" beside a year, "N years later" between two years, and "the Nth
    anniversary" of a year, in one sentence, that the calendar contradicts."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    starts = [tx.start for tx in doc.dates]
    previous: list[tuple[int, int, date, date]] = []
    since = 0  # sentences told since `previous`, which dated nothing
    for sentence in doc.sentences:
        s_start, s_end = sentence.start, sentence.end
        years = _years(doc, starts, s_start, s_end)
        told = previous if since <= _TOLD else []
        adjacent = since == 0  # "two years after" may count from the sentence just before
        if _dated(doc, starts, s_start, s_end):
            previous, since = years, 0
        else:
            since += 1
        lower = sentence.text.lower()
        if years and " ago" in lower and ("month" in lower or "week" in lower or "day" in lower):
            yield from _short_ago(doc, rule, years, s_start, s_end, published)
        if not years or ("year" not in lower and "decade" not in lower
                         and "anniversar" not in lower and "centur" not in lower):
            continue
        for match in _AGO.finditer(text, s_start, s_end) if " ago" in lower else ():
            if _DENIED.search(text, max(match.start() - 12, 0), match.start()):
                continue  # "2010 wasn't 17 years ago": the text itself denies the count
            n = count(match["n"])
            beside = [y for y in years if 0 <= match.start() - y[1] <= 12
                      or 0 <= y[0] - match.end() <= 6]
            if n is None or len(beside) != 1:
                continue
            y = beside[0]
            if match["rough"] or match["half"]:
                found = misfit(n + (0.5 if match["half"] else 0), match["unit"].lower(),
                               (match["rough"] or "").lower(), y[2], y[3], published)
                found = found and f"{found}, not {match.group()}"
            else:
                found = elapsed_check(n, match["unit"], (y[2], y[3]), (published, published))
            if found:
                yield _finding(doc, rule, match, y, found, text[y[0]:y[1]], "publication")
        for match, dated, arithmetic in long_ago(text, s_start, s_end, years, published):
            yield _finding(doc, rule, match, dated, arithmetic, text[dated[0]:dated[1]],
                           "publication")
        for match in _LATER.finditer(text, s_start, s_end):
            if match["dir"].lower() == "on" and _ADDED_ON.match(text, match.end()):
                continue  # years added on to something: no count of time
            n = count(match["n"])
            before = [y for y in years if y[1] <= match.start()]
            if (not before and len(told) == 1 and match.start() - s_start <= 30
                    and (adjacent or match["dir"].lower() in ("later", "earlier"))):
                before = told  # "The rights go out March 31, 1987. They expire ten years
                # later on March 31, 1997.": counted from the one date last told
            # "Twelve years later, unit one went into operation in May 1985": a count that
            # opens its sentence dates the clause after its comma
            opens = match.start() - s_start <= 12 and text.startswith(",", match.end())
            after = [y for y in years if 0 <= y[0] - match.end() <= 8 or (
                0 <= y[0] - match.end() <= _CLAUSE
                and not _STOP.search(text, match.end() + opens, y[0]))]
            if n is None or not before or len(after) != 1:
                continue
            a, b = before[-1], after[0]
            # "ten years earlier, in 1951" names the earlier date; "two years before he
            # joined in 2016" the later one, as "three years after the attack in 2003" the
            # earlier
            apposed = b[0] - match.end() <= 8
            if match["dir"].lower() in (("earlier", "before") if apposed else ("earlier",
                                                                              "after")):
                a, b = b, a
            found = elapsed_check(n, match["unit"], (a[2], a[3]), (b[2], b[3]))
            if found:
                finding = _finding(doc, rule, match, before[-1], found, text[a[0]:a[1]],
                                   text[b[0]:b[1]])
                yield finding if before is not told else dataclasses.replace(
                    finding, severity="warning", score=0.7)  # it rests on the anaphora
        for match, began, arithmetic in count_back(text, s_start, s_end, published):
            year = began.span("year")
            yield rule.finding(
                doc, match.start(), match.end(), f"“{match.group()}”: {arithmetic}",
                score=0.8, evidence=(match.group(), began["year"]),
                related=(Span(*year, began["year"], "date"),))
        for match in _ANNIVERSARY.finditer(text, s_start, s_end) if "anniversar" in lower else ():
            n = count(match["n"])
            of_word = _OF.match(text, match.end())
            of = [y for y in years if of_word and 0 <= y[0] - of_word.end() <= 60]
            if (n is None or not of or any(y[0] < match.start() for y in years)
                    or match.group()[-11].isupper()):
                continue
            shift = 1 if _NEXT.search(sentence.text) else -1 if _LAST.search(sentence.text) else 0
            since = published.year + shift - of[0][2].year
            if since == n or (shift == 0 and of[0][2].month > published.month
                              and since - 1 == n) or of[0][2].year != of[0][3].year:
                continue
            yield _finding(doc, rule, match, of[0],
                           f"the {ordinal(since)} anniversary, not the {ordinal(n)}",
                           text[of[0][0]:of[0][1]], str(published.year + shift))


def _short_ago(doc: Document, rule: Rule, years: list[tuple[int, int, date, date]],
               start: int, end: int, published: date) -> Iterator[Finding]:
    """Months, weeks or days "ago" beside the one day (or month) they count back to."""
    for match in _SHORT_AGO.finditer(doc.text, start, end):
        if _DENIED.search(doc.text, max(match.start() - 12, 0), match.start()):
            continue
        n, unit = count(match["n"]), match["unit"].lower()
        beside = [y for y in years if 0 <= match.start() - y[1] <= 12
                  or 0 <= y[0] - match.end() <= 6]
        if n is None or len(beside) != 1:
            continue
        y = beside[0]
        fine = y[2] == y[3] or (unit.startswith("month") and y[2].month == y[3].month
                                and y[2].year == y[3].year)
        found = fine and misfit(n, unit, (match["rough"] or "").lower(), y[2], y[3], published)
        if found:
            yield _finding(doc, rule, match, y, f"{found}, not {match.group()}",
                           doc.text[y[0]:y[1]], "publication")


def elapsed_check(n: int, unit: str, a: tuple[date, date], b: tuple[date, date]) -> str | None:
    """The arithmetic when `n` years (or decades) cannot separate intervals `a` and `b`."""
    years = n * (10 if unit.lower().startswith("decade") else 1)
    low = (b[0] - a[1]).days / 365.25
    high = (b[1] - a[0]).days / 365.25
    slack = 5 if years >= 10 and unit.lower().startswith("decade") else 0.5
    if low - slack <= years <= high + slack:
        return None
    if round(low) == round(high):
        between = f"{round(low)} years"
    else:
        between = f"{max(round(low), 0)}–{round(high)} years"
    return f"{between}, not {years}"


def _finding(doc: Document, rule: Rule, match: re.Match[str],
             partner: tuple[int, int, date, date], arithmetic: str, start: str,
             end: str) -> Finding:
    text = doc.text
    said = match.group()
    return rule.finding(
        doc, match.start(), match.end(),
        f"“{said}”: from {start} to {end} is {arithmetic}",
        score=0.9, evidence=(said, text[partner[0]:partner[1]]),
        related=(Span(partner[0], partner[1], text[partner[0]:partner[1]], "date"),))

