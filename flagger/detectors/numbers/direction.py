"""N102 direction: a verb of direction whose two levels say the opposite.

"output declined to 6,6069 from 6,631"; "payments were lowered to 1.05 billion dlrs from 1.339
mln, to 1.25 billion from 1.994 mln"; "the rate was 3.6250 pct, up from 3.6875". One reading of
a change whatever its wording: the verb in any form or its noun ("would fall to", "a drop in
profit to"), a move ("edged down"), a state ("were down six pct to"), the base after "from",
or after "after", "compared to" or "against" with its period, and a level set off by a comma
("plans to take in 3,000 students, up from 4,200"). The levels are
read with their scale words; a scale written on one side only may or may not apply to the
other ("rose to 1.2 billion from 900"): no judgement. A bare level beside cents may be dollars:
every reading must contradict the verb. Rounding within
the written digits is no conflict. Passed over: currency quotes (they may run inverted: "the yen
rose to 140 from 150"), years after "from" ("from 1985"), ranges and ratios ("3-1"), "up to"
(a bound), and levels with another figure or a clause between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import SCALE, SCALE_WORDS, format_figure
from flagger.detectors.rule import Rule
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

UP = (
    r"rose|risen|rising|rises|increased|increasing|raised|raising|climbed|climbing|jumped|"
    r"advanced|gained|grew|grown|growing|surged|soared|leapt|boosted|lifted|rise|increase|"
    r"increases|climb|climbs|grow|grows|surge|surges|soar|soars"
)
DOWN = (
    r"fell|fallen|falling|falls|declined|declining|declines|decreased|decreasing|dropped|"
    r"dropping|lowered|lowering|cut|cutting|reduced|reducing|slashed|trimmed|eased|easing|"
    r"slipped|slid|sank|dipped|plunged|tumbled|shrank|shrunk|fall|drop|drops|decline|decrease|"
    r"reduce|reduces|shrink|shrinks|plunge|plunges|tumble|tumbles|slash|slashes"
)
EDGED = r"(?:edged|moved|ticked|inched|crept|went|came)\s+(?:up|down|higher|lower)"
"""A verb of movement with its direction after it ("edged down", "ticked higher")."""
RISES = frozenset(UP.split("|")) | {"up", "higher", "gain"}
UNITS = r"%|(?:pct|percent|per cent|cents?|cts|pence|p)\b"


def _level(key: str) -> str:
    """A level: currency, digits (loosely grouped: a garbled "6,6069" too), scale and unit."""
    return (
        rf"(?P<{key}cur>[$£€]\s?)?(?<![\d.,/-])(?P<{key}num>\d+(?:,\d+)*(?:\.\d+)?)"
        rf"(?P<{key}quote>/\d+)?(?:\s?(?P<{key}scale>{SCALE_WORDS})\b)?(?:\s?(?P<{key}unit>{UNITS}))?"
    )


DAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
"""A day named as the base ("up slightly from Friday, when 1,192 were")."""
def _words(most: int) -> str:
    """Up to `most` words without figures or clauses: a unit ("dlrs"), a time ("last year")."""
    word = r"\s+(?!(?:to|from|and|or|but|while|against|per|versus|vs)\b)[A-Za-z][\w'’-]*"
    return rf"(?:{word}){{0,{most}}}"


WORDS = _words(4)
BY = rf"(?:\s+(?:by\s+)?[$£€]?\d[\d,.]*(?:\s?(?:{UNITS}|points?|{SCALE_WORDS}\b))?)?"
"""The amount of a change between its verb and "to": "rose 1.5 pct to", "fell by 20 mln to"."""
SET_OFF = (
    r"(?:(?<=\bthat\s)|(?<=\bin\s)|(?<=\ba\s)|(?<=\bproduce\s)|(?<=\bhave\s)|"
    r"(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bsold\s)|(?<=\bshowed\s)|(?<=\bshows\s))"
)
"""Where a level opens a clause's object: "shows that 36% of users", "take in 110,000 refugees",
"a 20 percent tax rate"; not after "or" (a conversion), "and" (a list) or a month (a day)."""
PREVIOUS = (
    r"(?:(?:a|an|the|its|their)\s+)?(?:revised|previous|upwardly revised|downwardly revised|"
    r"proposed|expected|estimated|forecast|planned|original|usual)?\s*"
    r"(?P<bq>(?:about|around|roughly|some|approximately|nearly|almost)\s+)?"
)
"""What may stand before the level before: "from the proposed 30 mln", "from its usual 1,500",
"from an expected 3.7%", "from about 40 pct"."""
QUALIFIED = (
    r"(?:(?:a|an)\s+(?:preliminary|provisional|estimated|revised|projected|seasonally adjusted)"
    r"\s+|(?P<aq>(?:about|around|roughly|some|approximately|nearly|almost)\s+))?"
)
"""What may stand before the new level: "to a preliminary 106.7", "to about 45 pct"."""
ABOUT = 0.05
"""A level told as "about" it may be this share off, either way."""
PERIOD_ENDED = r"(?:\s+(?:ended|ending)\s+[A-Z][a-z]+\s+\d{1,2})?"
"""A period's end after the new level ("for the quarter ended January 31")."""
EARLIER = (
    r"(?=\s+[$£€]?[\d,.]+(?:\s+[a-z]+){0,3}\s+(?:in\s+(?:19|20)\d\d|in\s+[A-Z][a-z]+|"
    r"a\s+year\s+(?:earlier|ago|before)|(?:the|a)\s+(?:previous|prior)|last\s+year))"
)
"""'after' naming the level before when a period follows it ("fell to 254 mln after 238 mln in
1985"); 'after' alone may tell of a cause or an event ("after 238 mln of charges")."""
TO_FROM = lazy(
    rf"(?<!\bfor\s)\b(?P<verb>{UP}|{DOWN}|{EDGED}|(?:up|down)(?!\s+to\b))\b{BY}{WORDS}\s+to\s+"
    rf"{QUALIFIED}"
    rf"{_level('a')}{_words(6)}"
    rf"{PERIOD_ENDED}{WORDS},?\s+"
    rf"(?:from|(?:after|compared\s+(?:to|with)|against){EARLIER})\s+{PREVIOUS}{_level('b')}",
    re.IGNORECASE,
)
"""'<verb> … to A from B' (or 'after B', 'compared to B', 'against B' with its period); the
verb in any form ("would fall to", "a slight drop in profits to"), a move ("edged down in
January to") or a level's state ("were down six pct to"), not the bound "up to" nor a noun
a sum is for ("cut the money for increases to 3 pct from 5 pct")."""
NOUNS = r"increase|increases|rise|rises|gain|decrease|decreases|fall|drop|decline|reduction|cut"
FROM_TO = lazy(
    rf"\b(?P<verb>{UP}|{DOWN}|{NOUNS})\b(?:\s+(?!(?:from|by|between|ranging|range|ranged|"
    rf"and|or|but|while)\b)[A-Za-z][\w'’-]*,?){{0,12}}?\s+from\s+{PREVIOUS}{_level('b')}"
    rf"(?![\w-]){WORDS},?\s+to\s+{_level('a')}(?![\w-])",
    re.IGNORECASE,
)
"""'<verb or noun> … from B to A': "raised its estimate from 950 mln dlrs to 900 mln dlrs", "an
increase in the payments it expects, from 950 mln dlrs to 900 mln". A range ("ranging from"),
a step ("by from") or an ordinal ("from 10th") is no pair of levels."""
MORE = lazy(rf",?\s+(?:and\s+)?to\s+{_level('a')}{WORDS},?\s+from\s+{PREVIOUS}{_level('b')}",
            re.IGNORECASE)
"""A further pair the same verb governs: "…, to 1.25 billion from 1.994 mln"."""
LEVEL_FROM = lazy(
    rf"\b(?:was|were|is|are|been|at|averaged|to|of)\s+{_level('a')}"
    rf"(?:\s+(?!(?:and|or)\b)[A-Za-z][\w'’-]*){{0,6}},?\s+(?P<verb>up|down|higher|lower)\s+"
    rf"(?:(?:slightly|sharply|modestly|marginally)\s+)?from\s+(?:{DAY_NAME},\s+when\s+)?"
    rf"{PREVIOUS}{_level('b')}",
    re.IGNORECASE,
)
"""'was A …, up from B' or 'earnings of A, down from B': the level stated as a level, not a day
("February 24, up from"), a conversion ("or 4.8 billion dlrs") or the second of a list ("and
7.5 percent")."""
SET_OFF_FROM = lazy(
    rf"{SET_OFF}{_level('a')}(?:\s+(?!(?:and|or|but|while|against|versus|vs|compared|than)\b)"
    rf"[A-Za-z][\w'’-]*){{1,12}}(?:\s+\([A-Za-z]+\))?(?:,|\s+\(|\s+[—–])\s*"
    rf"(?P<verb>up|down)\s+from\s+{PREVIOUS}{_level('b')}",
    re.IGNORECASE,
)
"""'A <noun> …, up from B' after a verb or a clause's opening: "plans to take in 110,000
refugees, up from 185,000", "aims to produce 1,000 machines a month (up from its usual 1,500".
The words between name what A counts; the comma, bracket or dash sets the comparison off."""
GATE = lazy(
    rf"\b(?:from|after|compared\s+(?:to|with)|against)\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"(?:[a-z]+ |{DAY_NAME},\s+when\s+)?[$£€]?\d",
    re.IGNORECASE,
)
CURRENCY = lazy(
    r"\b(?:yen|marks?|francs?|sterling|pounds?|dollars?|dlrs?|lire|lira|guilders?|pesetas?|"
    r"rupees?|yuan|won|rand|crowns?|kronor|krona|kroner|krone|euros?|ecus?|currency|"
    r"exchange)\b",
    re.IGNORECASE,
)
"""Currency quotes may be given either way round: their direction is not the text's to judge."""
AFTER = lazy(r"\s*(?:-|–|to\s+\d|'s\b|’s\b|/\d|:\d)|,?\s+(?:and|or)\s+[$£€]?\d")
"""A range, ratio, possessive or list after a level: "3-1", "5 to 6", "1985's", "10 percent
and 5 percent, respectively", "30.9 billion, or 4.5 billion dlrs"."""
PAIRED = lazy(r"\d(?:\s?(?P<unit>%|[a-z]+(?: cent)?))?\s+to\s+$", re.IGNORECASE)
"""A figure and "to" before a level: "49 percent to 45 percent", "3 to 4"; not a change in
percent before a level that is none ("rose 1.5 pct to 106.7")."""
SMALL = frozenset({"cent", "cents", "cts", "pence", "p"})
WHOLE = 1_000_000
"""A figure this large is written out in full, not short for a scaled amount."""
PERCENT = frozenset({"%", "pct", "percent", "per cent"})


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a change: where it is, its readings and half its last digit's unit."""

    start: int
    end: int
    text: str
    value: float
    half: float
    scale: float | None
    unit: str
    garbled: bool


def direction(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for changes whose verb and levels go opposite ways."""
    text = doc.text
    done = 0
    for gate in finditer_at(GATE, text, doc.lowered, ("from", "after", "compared", "against")):
        if gate.start() < done:
            continue
        index = doc.sentence_index(gate.start()) if doc.sentences else None
        sentence = doc.sentences[max(0, index - 1)] if index is not None else None
        start = max(sentence.start if sentence else 0, gate.start() - 200)  # a line break may
        # end a sentence early ("declined to 6,069\nfrom 6,631"): the one before is searched too
        for form in (TO_FROM, LEVEL_FROM, FROM_TO, SET_OFF_FROM):
            match = next((m for m in form.finditer(text, start, gate.end() + 60)
                          if m.start("bnum") >= gate.start()), None)
            if match is None:
                continue
            done = match.end()
            if _currency(text, start, match):
                break
            verb = (match.start("verb"), match.end("verb"), match.group("verb"))
            yield from _judge(doc, rule, match, verb)
            while form is TO_FROM and (more := MORE.match(text, done)) is not None:
                done = more.end()
                yield from _judge(doc, rule, more, (more.start("anum"), more.end("bnum"), verb[2]))
            break


def _currency(text: str, start: int, match: re.Match[str]) -> bool:
    """Say whether levels may be currency quotes: the sentence names a currency, and neither
    level is a scaled amount nor a percentage."""
    if match.group("ascale") or match.group("bscale") or match.group("aunit") or match.group(
        "bunit"
    ):
        return False
    return CURRENCY.search(text, start, match.end() + 30) is not None


def _read(match: re.Match[str], key: str) -> Level | None:
    """Read one level, or None for a year, range or ratio. In 'from B to A' the "to" between
    the levels is the change's own, no range."""
    digits = match.group(f"{key}num")
    paired = match.re.pattern == FROM_TO.pattern
    if (_ranged(match.string, match.end(f"{key}num"), paired)
            and not match.group(f"{key}quote")) or (
        match.group(f"{key}quote") and "." not in digits
    ):
        return None  # "3-1", "5 to 6", "3/4"; a bid/offer quote "4.14/03" reads its first part
    groups = digits.split(".")[0].split(",")
    garbled = any(len(g) != 3 for g in groups[1:])
    plain = digits.replace(",", "")
    word = match.group(f"{key}scale")
    unit = (match.group(f"{key}unit") or "").casefold()
    if not word and not unit and not match.group(f"{key}cur") and re.fullmatch(
        r"(1[89]|20)\d\d", plain
    ):
        return None  # "from 1985": a year, not a level
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    start = match.start(f"{key}cur") if match.group(f"{key}cur") else match.start(f"{key}num")
    end = match.end(f"{key}unit") if unit else match.end(f"{key}scale") if word else match.end(
        f"{key}num"
    )
    after = max(end, match.end(f"{key}quote"))
    if _ranged(match.string, after, paired) or (not paired and _pair(match.string, start, unit)):
        return None  # "47 percent to 46 percent": a pair of levels, not one level
    half = 0.5 * 10**-decimals
    if match.groupdict().get(f"{key}q"):
        half = max(half, ABOUT * float(plain))  # "to about 45 pct"
    return Level(start, end, match.string[start:end], float(plain), half,
                 SCALE[word.casefold()] if word else None, unit, garbled)


def _pair(text: str, start: int, unit: str) -> bool:
    """Say whether a figure and "to" before a level make a pair with it ("49 percent to 45
    percent"), not a change in percent and the level it reached ("rose 1.5 pct to 106.7")."""
    before = PAIRED.search(text, max(0, start - 30), start)
    if before is None:
        return False
    return (before.group("unit") or "").casefold() not in PERCENT or unit in PERCENT


def _ranged(text: str, at: int, paired: bool) -> bool:
    """Say whether a range, ratio, possessive or list follows a level (its "to" excepted when
    the levels are a from-to pair)."""
    after = AFTER.match(text, at)
    return after is not None and not (paired and after.group().lstrip().startswith("to"))


def _readings(level: Level, other: Level) -> list[tuple[float, float]]:
    """The values a level may stand for beside the other: a bare figure beside cents may be
    dollars (or pounds)."""
    scales = [level.scale or 1.0]
    factors = [1.0]
    if other.unit in SMALL and level.unit not in SMALL:
        factors.append(100.0)  # "cut to 10 cts a share from 1.10": dollars
    return [(level.value * s * f, level.half * s * f) for s in scales for f in factors]


def _judge(doc: Document, rule: Rule, match: re.Match[str], verb: tuple[int, int, str]
           ) -> Iterator[Finding]:
    new, old = _read(match, "a"), _read(match, "b")
    if new is None or old is None:
        return
    if (_kind(new) != _kind(old) and (new.scale or old.scale)) or (
        (new.scale is None) != (old.scale is None) and not _whole(new) and not _whole(old)
    ):
        return  # a scale on one side only may apply to the other or not; a share or cents
        # beside a scaled amount are two different things
    up = verb[2].split()[-1].casefold() in RISES
    pairs = [(n, o) for n in _readings(new, old) for o in _readings(old, new)]
    if not all(_against(up, n, o) for n, o in pairs):
        return
    uncertain = new.garbled or old.garbled or len(pairs) > 1
    relation = "below" if up else "above"
    yield rule.finding(
        doc, verb[0], verb[1],
        f"“{verb[2]}”, but {new.text} is {relation} {old.text}: the levels move the other way",
        related=(Span(new.start, new.end, new.text, "to"),
                 Span(old.start, old.end, old.text, "from")),
        evidence=(f"{format_figure(pairs[0][0][0])} {'<' if up else '>'} "
                  f"{format_figure(pairs[0][1][0])}",),
        score=0.7 if uncertain else 1.0,
        severity="warning" if uncertain else None,
    )


def _whole(level: Level) -> bool:
    """Say whether a level without a scale word is written out in full: a figure of millions
    ("1,517,746") takes no scale from the other level ("1.16 mln")."""
    return level.scale is None and not level.garbled and level.value >= WHOLE


def _kind(level: Level) -> str:
    """The kind of a level's unit: a percentage, hundredths of a currency, or none."""
    return "percent" if level.unit in PERCENT else "small" if level.unit in SMALL else ""


def _against(up: bool, new: tuple[float, float], old: tuple[float, float]) -> bool:
    """Say whether two levels move against the verb beyond their written digits."""
    if up:
        return new[0] + new[1] < old[0] - old[1]
    return new[0] - new[1] > old[0] + old[1]
