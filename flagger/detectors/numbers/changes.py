"""N102 percentage changes: a stated change its own two figures contradict.

"fell 12 percent to 264 from 280"; "10bn euros, up 8.1% from 9.26bn euros"; "from 2,000 to
2,400, an increase of 40 percent"; "down 26 percent from a high of $87". Each figure is read
with every corner of its rounding, plus half a unit of the stated percentage; the word before
it widens ("about") or bounds ("more than") the range. A change between two percentages reads
two ways (points or percent) and is wrong only when neither fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.adjusted import adjusted
from flagger.detectors.numbers.periods import other_period
from flagger.detectors.numbers.values import (
    NUMBER,
    NUMBER_RE,
    PERCENT_UNIT,
    Figure,
    figure,
    format_figure,
    is_year,
    qualified,
)
from flagger.detectors.rule import Rule
from flagger.detectors.wordscan import matches_at, word_starts
from flagger.report.finding import Finding

UP = r"rose|risen|rises?|rising|up|added|increas(?:e[sd]?|ing)|gain(?:s|ed|ing)?|"
UP += r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e[sd]?|ing)|grew|grown|grows?|growing|"
UP += r"advanc(?:e[sd]?|ing)|soar(?:s|ed|ing)?|"
DOWN = r"fell|fallen|falls?|falling|down|decreas(?:e[sd]?|ing)|drop(?:s|ped|ping)?|"
DOWN += r"declin(?:e[sd]?|ing)|slip(?:s|ped|ping)?|slump(?:s|ed|ing)?|dip(?:s|ped|ping)?|lost|"
DOWN += r"shrank|shrinks?|shrinking|plung(?:e[sd]?|ing)|plummet(?:s|ed|ing)?|tumbl(?:e[sd]?|ing)|"
DOWN += r"sank|sinks?|sinking|slid|slides?|sliding|eas(?:e[sd]|ing)|shed|sheds|cut|cuts|"
DOWN += r"reductions?|off"
"""Words of a change, in each form a verb takes ("rose", "to slump", "jumps", "falling")."""
CHANGE = lazy(rf"\b(?:{UP}{DOWN}|higher|lower|more|less)\b", re.IGNORECASE)
QUALIFIERS = (
    "almost", "nearly", "about", "around", "roughly", "some", "more than", "over", "less than",
    "under", "approximately", "an estimated", "just over", "just under",
)  # fmt: skip
PERCENT = lazy(
    rf"(?P<q>(?:{'|'.join(QUALIFIERS)})\s+)?"
    r"(?<![\d/])(?P<p>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?:pct|percent|per cent|%)"
    r"(?!\s*(?:points?|pts))"
)
DIGITS = lazy(r"\d+")
FIRST_DIGIT = lazy(r"\d")
SHARE_WORD = lazy(
    r"\b(?:share|stake|margin|rate|ratio|yield|of the|of its|of all|coupon|"
    r"(?:euro)?bonds?|notes|debentures?)\b"
)
"""Before the change's first figure, a word that makes the percentage a share or a rate (a
bond's coupon: "its 5 pct seven year bond"), not a change."""
OTHER_CHANGE = lazy(rf"\band\s+(?:[\w'’-]+\s+){{0,4}}?(?:{UP}{DOWN})\b", re.IGNORECASE)
"""A second change joined by "and" ("grow 4.5 pct this year and inflation would drop to 10
pct from 20 pct"): the levels after it are its own."""
LINE_BREAK = lazy(r"(?<=\S)\n(?=[ \t]*\S)")
CLAUSE_END = lazy(
    r"[;.!?](?:\s|$)|\n\s*\n|,\s+(?:but|while|and|resulting in|pushing|sending|driving)\b"
    r"|\b(?:but|while|though|although|whereas)\b"
)
NEXT_CHANGE = lazy(r",?\s+(?:with|and|as)\b|\d\s?(?:pct|percent|per cent|%)")
"""After a change's levels, where another's words begin: "…, with same-store sales up 5 pct"."""
TO = lazy(
    rf"(?<!compared )\bto\s+(?:almost |nearly |about |around |some |just over |just under )?"
    rf"{NUMBER}"
)
"""The level a change reached: "to 264"; not the base of "compared to 280"."""
MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
)
DAY_BEFORE = lazy(rf"\b{MONTHS}\s+$")
DAY_AFTER = lazy(rf"\s+{MONTHS}\b")
PERCENT_AFTER = lazy(PERCENT_UNIT)
LEVEL_BEFORE = lazy(r"\b(?:from|to)\s+$")
"""A percentage right after "from" or "to" is a level of the change, not the next change."""
YEAR = lazy(r"(?:1[89]|20)\d\d")
RANGE_END = lazy(r"\bbetween\s+[$£€]?\d[\d,.]*\s*$")
"""Before "to": the start of a range ("between 60 to 70"), so what follows is no level."""
WITH = lazy(rf"\bwith\s+{NUMBER}")
PAIRED = lazy(rf"\s*(?:to|-|–|versus|vs\.?)\s*\d+(?:\.\d+)?{PERCENT_UNIT}")
MOVED = lazy(rf"\b(?:{UP}{DOWN})\s+(?:by\s+)?$", re.IGNORECASE)
OWN_BASE = lazy(r"\s*(?:\w+\s+){0,2}?(?:than|from|compared|over|on|against)\b")
"""A change that names its own base ("5.14 percent lower than the same period last year")
is not the change of two levels written before it."""
OTHER_SUBJECT = lazy(r"\b(?:with|and|while|whereas)\b")
GAP = lazy(
    r"(?:\s+(?:[A-Za-z][\w'’-]*|(?:19|20)\d\d)){0,6}\s*,\s+(?:(?:up|down|off)(?:\s+by)?\s+|an?\s+)?"
)
"""Between a level written first and its change: a few words (years allowed), a comma and
maybe the direction ("4.45 mln tonnes, 12.1 pct down on"; "$69 a share on Friday, down")."""
ALTERNATIVE = lazy(r"\bor\s+$")
LEVEL_QUALIFIER = r"(?:about |around |some |roughly |nearly |almost )?"
BASE = (
    r"(?:(?:the )?(?:19|20)\d\d(?:/\d\d)?(?:['’]s)? (?:[a-z][\w-]* ){0,2}?"
    r"(?:results|profits?|earnings|income|sales|revenues?|total) of "
    r"|(?:(?:the|a|an|its|last|this) )?(?:[\w/-]+['’]s )?(?:(?:record|revised|previous|restated|"
    r"projected|estimated|annualized|year-earlier|year-ago) ){1,2}(?:[a-z]+ )?(?:of )?"
    r"|last year's |(?:the |a )?year-earlier |the previous |a previous |a revised |the "
    r"|[A-Z][a-z]+\.?(?: \d{1,4})?['’]s (?:(?:total|level|figure) of )?"
    r"|(?:a|an|its|the) (?:[\w-]+ ){0,2}?(?:high|low|peak|record)(?: [A-Z][a-z]+)? of )?"
    rf"{LEVEL_QUALIFIER}{NUMBER}"
)
FROM = lazy(
    r"(?:\b(?:from|against|compared with|compared to|(?<=down )on|(?<=up )on)|^\s*on)\s+" + BASE
)
"""The level a change started from: "from 280", "down on a previous 5.64", "from March 1986's
238.8", "from January's total of 3.11", "from a high Monday of $87", "compared with 1985 fourth
quarter results of 96 mln", "from 1985/86's record 50.14", "13 pct on the 1985/86 projected
revenue of 9.7"."""
THAN = lazy(r"\s*(?:higher|lower|more|less|above|below)\s+than\s+" + BASE)
"""The level a comparison is made with, right after its percentage: "2.1 mln tonnes, 20 pct
lower than the 3.9 mln"; "3.6 pct higher than 1.11 billion"."""
X_NUMBER = NUMBER.replace("?P<", "?P<x")
FROM_TO = lazy(rf"\bfrom\s+{NUMBER}(?P<mid>[^.;]{{0,50}}?\bto\s+){X_NUMBER}")
TO_FROM = lazy(rf"\bto\s+{NUMBER}[^.;]{{0,40}}?\bfrom\s+{X_NUMBER}")
CHANGE_BEFORE = lazy(
    r"(?:,|\bor\b|\bof\b|\bby\b|\bup\b|\bdown\b)\s*$"
    r"|(?:rise|increase|gain|jump|drop|fall|decline|reduction|cut) of\s*$"
)


@lru_cache(maxsize=2)
def blank_parentheses(text: str) -> str:
    """Hide "($6.13bn)" conversions so they are not read as the figures of a change, and
    read a line break inside a paragraph ("from a revised\\n142.01") as a space.

    Five number readers ask for the same article's text: it is blanked once (the last two
    texts are kept)."""
    if "\n" in text:
        text = LINE_BREAK.sub(" ", text)
    if "(" not in text:
        return text
    return re.sub(r"\([^()]{0,60}\)", lambda m: " " * len(m.group()), text)


def percents(text: str) -> Iterator[re.Match[str]]:
    """Yield what `PERCENT.finditer(text)` yields, trying only where a qualifier or a run of
    digits starts (a match starts with one; a later digit of a run never starts one where the
    run's first failed). Four times faster: the optional opening group keeps the regex engine
    from skipping ahead."""
    starts = {match.start() for match in DIGITS.finditer(text)}
    yield from matches_at(PERCENT, text, sorted(starts.union(word_starts(text, QUALIFIERS))))


def percent_changes(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield findings for stated percentage changes that do not fit the two levels beside them."""
    text = blank_parentheses(doc.text)
    for match in percents(text):
        left_start = max(0, match.start() - 160)
        left = text[left_start : match.start()]
        boundary = [m.end() for m in CLAUSE_END.finditer(left)]
        clause_left = left[boundary[-1] :] if boundary else left
        clause_left_start = match.start() - len(clause_left)
        right = text[match.end() : match.end() + 160]
        stop = CLAUSE_END.search(right)
        clause_right = right[: stop.start()] if stop else right
        if other := OTHER_CHANGE.search(clause_right):
            clause_right = clause_right[: other.start()]
        for another in PERCENT.finditer(clause_right):
            if not LEVEL_BEFORE.search(clause_right, max(0, another.start() - 12),
                                       another.start()):
                clause_right = clause_right[: another.start()]  # the next change's
                break
        if re.search(r"\b(?:to|from|at|and|with)\s+$", clause_left[-8:]) or (
            PAIRED.match(text, match.end()) and not MOVED.search(clause_left[-20:])
        ):
            continue  # a level, or a member of a pair ("a margin of 49 percent to 45 percent")
        if not CHANGE.search(clause_left[-40:] + " " + clause_right[:30]):
            continue
        head = clause_right[:25]
        digit = FIRST_DIGIT.search(head)
        if SHARE_WORD.search(head, 0, digit.start() if digit else len(head)):
            continue  # "a 30 pct stake", "10 percent of the"; not "to 64 cts a share"
        x, y = _figures(text, match, clause_left, clause_left_start, clause_right)
        if x is None or y is None:
            continue
        yield from judge_percent(doc, rule, match, x, y)


def _figures(
    text: str, match: re.Match[str], clause_left: str, left_start: int, clause_right: str
) -> tuple[Figure | None, Figure | None]:
    """The level reached (x) and the level before (y) of a stated change, from the words
    around it: "P% to X from Y", "X, up P% from Y", "from Y to X, a rise of P%", "to X from
    Y, a decline of P%", "P% ..., with X ... compared with Y"."""
    base = match.end()
    to, frm = _level(TO, clause_right), _level(FROM, clause_right)
    if to and frm and to.start("num") == frm.start("num"):
        to = None  # "compared to 2,119,198": one figure
    if to and frm:
        return _read(text, base, to), _read(text, base, frm)
    near = frm if frm and frm.start() < 25 else THAN.match(clause_right)
    if near and re.search(r",\s+(?:(?:up|down|off)(?:\s+by)?\s+|an?\s+)?$", clause_left):
        x, y = _before(text, match, left_start), _read(text, base, near)
        if x is None or y is None or x.currency != y.currency or x.has_scale != y.has_scale:
            return None, None  # "$76.8 million, or $3.66 a share, up 11% from $69.5 million"
        return x, y
    if frm and (with_x := WITH.search(clause_right, 0, frm.start())):
        return _read(text, base, with_x), _read(text, base, frm)
    if to or not CHANGE_BEFORE.search(clause_left) or OWN_BASE.match(clause_right):
        return None, None  # a change with its own level or base is not of the levels before
    if pair := FROM_TO.search(clause_left):
        last = list(TO.finditer(clause_left, pair.start()))[-1]  # "from A to B, to C": C
        if _owned(clause_left, pair, last.end()):
            return _read(text, left_start, last), _read(text, left_start, pair)
        return None, None
    if (pair := TO_FROM.search(clause_left)) and _owned(clause_left, pair, pair.end()):
        return _read(text, left_start, pair), _read(text, left_start, pair, "x")
    return None, None


def _owned(clause_left: str, pair: re.Match[str], after: int) -> bool:
    """Say whether two levels before a change are its own: no percentage right before them
    and no other figure (but days and years) after the level reached (they would be that
    change's: "up 46 pct to 6.36 mln from 4.35 mln, with X sales up 16 pct")
    and no other subject between ("with", "and")."""
    for share in PERCENT.finditer(clause_left, max(0, pair.start() - 30), pair.start()):
        if not clause_left[share.end() : pair.start()].strip(" ,"):
            return False
    if OTHER_SUBJECT.search(clause_left, pair.end()):
        return False
    return not any(not YEAR.fullmatch(m.group("num")) and not _dated(clause_left, m)
                   for m in NUMBER_RE.finditer(clause_left, after))  # "against 147.4"


def _level(pattern: re.Pattern[str], clause: str) -> re.Match[str] | None:
    """The first level of `pattern` in `clause` that is no year ("from 2014 to 2016, from
    $78,000 to $84,000") and does not end a range ("between 60 to 70")."""
    for level in pattern.finditer(clause):
        if RANGE_END.search(clause, max(0, level.start() - 24), level.start()):
            continue  # "between 60 to 70 billion": the end of a range, no level
        if level.group("cur") or level.group("scale") or not YEAR.fullmatch(level.group("num")):
            return level
    return None


def _read(text: str, base: int, level: re.Match[str], key: str = "") -> Figure | None:
    """The figure of a level's number group (`key` "x" for the second of a pair)."""
    cur = level.group(f"{key}cur")
    return number_at(text, base + level.start(f"{key}cur" if cur else f"{key}num"), percent=True)


def _before(text: str, match: re.Match[str], left_start: int) -> Figure | None:
    """The level reached, written before the change: "4.45 mln tonnes, 12.1 pct down on";
    "closed at $69 a share on Friday, down 26 percent from" (a few words between, no
    figure but a year)."""
    before = [m for m in NUMBER_RE.finditer(text, left_start, match.start())
              if m.group("cur") or m.group("scale") or not YEAR.fullmatch(m.group("num"))]
    if not before or not GAP.fullmatch(text, before[-1].end(), match.start()):
        return None
    if ALTERNATIVE.search(text, max(0, before[-1].start() - 6), before[-1].start()):
        return None  # "$76.8 million, or $3.66 a share, up 11%": the level told another way
    if re.search(r"[A-Z][a-z]{2,8}\.?\s+$", text[: before[-1].start()][-12:]):
        return None  # "the quarter ended Sept. 29, up 39%": a day, not a figure
    if _dated(text, before[-1]) or PERCENT_AFTER.match(text, before[-1].end()):
        return None
    return figure(before[-1])


def number_at(text: str, start: int, percent: bool = False) -> Figure | None:
    """Return the first figure in the 60 characters from `start`, unless it is a day of a date
    ("3 August", "Sept. 29") or, unless `percent`, itself a percentage."""
    match = NUMBER_RE.search(text, start, start + 60)
    if not match or _dated(text, match):
        return None
    if not percent and PERCENT_AFTER.match(text, match.end()):
        return None
    return figure(match)


def _dated(text: str, match: re.Match[str]) -> bool:
    return bool(
        DAY_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        or DAY_AFTER.match(text, match.end())
    )


def _other_measure(doc: Document, match: re.Match[str], x: Figure, y: Figure) -> bool:
    """Say whether the clause of a change and its levels measures the change on another basis
    ("on a comparable-store basis") or over another span than its base level is of ("from a
    year earlier" beside "146,610 in April"): the levels then do not contradict it."""
    text = doc.text
    first, last = min(match.start(), x.start, y.start), max(match.end(), x.end, y.end)
    sentence = doc.sentences[doc.sentence_index(first)]
    ends = [m.end() for m in CLAUSE_END.finditer(text, sentence.start, first)]
    ends += [m.end() for m in PERCENT.finditer(text, sentence.start, first)]
    start = max(ends, default=sentence.start)
    stops = [m.start() for m in (CLAUSE_END.search(text, last, last + 120),
                                 NEXT_CHANGE.search(text, last, last + 120)) if m]
    end = min(stops, default=min(len(text), last + 120))
    clause = _spaced(text[start:end])
    if adjusted(clause, _spaced(text[start : match.start()]), _spaced(text[match.end() : end])):
        return True
    before, after = text[max(start, y.start - 30) : y.start], text[y.end : end][:60]
    return other_period(clause, _spaced(before), _spaced(after), _spaced(text[:start]))


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def aligned(x: Figure, y: Figure) -> tuple[Figure, Figure] | None:
    """Put both figures on one scale ("2.39bn ... from 1.71bn"; "to 4.55 billion from 2.45")."""
    if is_year(x) or is_year(y) or x.value <= 0 or y.value <= 0:
        return None
    if x.has_scale != y.has_scale and max(x.value, y.value) >= 1000 and not (
        x.has_scale and y.has_scale
    ):
        bare = y if x.has_scale else x
        if bare.value >= 1000:
            ratio = x.value / y.value
            return (x, y) if 0.02 < ratio < 50 else None
    if x.has_scale and not y.has_scale:
        y = Figure(y.start, y.end, y.text, y.value * x.scale, y.half_unit * x.scale, x.scale,
                   True, y.currency)
    elif y.has_scale and not x.has_scale:
        x = Figure(x.start, x.end, x.text, x.value * y.scale, x.half_unit * y.scale, y.scale,
                   True, x.currency)
    if (x.currency and y.currency and x.currency != y.currency) or x.start == y.start:
        return None
    if not 0.02 < x.value / y.value < 50:
        return None
    return x, y


def change_fits(match: re.Match[str], x: Figure, y: Figure) -> bool:
    """Say whether the percentage `match` states (its `p` and `q` groups) can be the change
    from `y` to `x` (already aligned), its rounding and qualifier allowed: "up about 37 pct"
    fits 17.4 → 24, "up 73 pct" does not."""
    stated = float(match.group("p").replace(",", ""))
    decimals = len(match.group("p").split(".")[1]) if "." in match.group("p") else 0
    half = 0.5 * 10 ** -decimals
    changes = [
        (a - b) / b * 100
        for a in (x.value - x.half_unit, x.value + x.half_unit)
        for b in (y.value - y.half_unit, y.value + y.half_unit)
        if b > 0
    ]
    if not changes:
        return True
    signed_low, signed_high = min(changes), max(changes)
    if signed_low <= 0 <= signed_high:
        low, high = 0.0, max(-signed_low, signed_high)
    else:
        low, high = sorted((abs(signed_low), abs(signed_high)))
    low, high = low - half - 0.01 * stated, high + half + 0.01 * stated
    low, high = qualified(match.group("q") or "", low, high)
    return low <= stated <= high


def judge_percent(
    doc: Document, rule: Rule, match: re.Match[str], x: Figure, y: Figure
) -> Iterator[Finding]:
    """Yield a finding when the percentage `match` states is neither the change from `y` to `x`
    nor, for two shares, their difference in points (its rounding and qualifier allowed)."""
    shares = [bool(PERCENT_AFTER.match(doc.text, f.end)) for f in (x, y)]
    if shares[0] != shares[1]:
        return  # a share and a count are no two levels of one thing
    pair = aligned(x, y)
    if pair is None:
        return
    x, y = pair
    stated = float(match.group("p").replace(",", ""))
    decimals = len(match.group("p").split(".")[1]) if "." in match.group("p") else 0
    half = 0.5 * 10 ** -decimals
    if shares[0]:  # "to 70 percent from 91 percent, a decline of 23 percent" or "of 21 points"
        points = abs(x.value - y.value)
        spread = x.half_unit + y.half_unit + half + 0.01 * stated
        low, high = qualified(match.group("q") or "", points - spread, points + spread)
        if low <= stated <= high:
            return
    if change_fits(match, x, y) or _other_measure(doc, match, x, y):
        return
    actual = abs(x.value - y.value) / y.value * 100
    word = "rise" if x.value > y.value else "fall"
    in_points = f" ({abs(x.value - y.value):.3g} points)" if shares[0] else ""
    yield rule.finding(
        doc, match.start("p"), match.end(),
        f"{match.group().strip()} does not fit {y.text} → {x.text}: that is a "
        f"{actual:.1f}% {word}{in_points}",
        related=(Span(y.start, y.end, y.text, "from"), Span(x.start, x.end, x.text, "to")),
        evidence=(f"({format_figure(x.value)}"
                  f" − {format_figure(y.value)}) / {format_figure(y.value)} = {actual:.1f}%",),
    )



