"""N102 a change whose two levels another statement of the same thing gives.

A desk reads a change told without its levels against the levels the story gives next:
- the headline's percentage: "ACME MARCH SALES OFF 5.5 PCT" over "Acme said March sales were
  off 15.5 pct to 109,174 from 129,242" (a 15.5% fall);
- the headline's direction: "ACME PROFITS RISE" over "Net profit 39.1 mln vs 42.6 mln", or
  "ACME CAR OUTPUT RISES" over "car production declined to 2,978 units from 3,808";
- a body change's percentage: "net income rose 73 pct. … Net income rose to 24 mln dlrs from
  17.4 mln" (38%).
The levels are a pair in one statement: "to A from B", "from B to A", "A vs B", "A, down from
B", "A compared with B". A body change looks in the next statement, a headline change in the
first two statements of the body (a statement is a sentence, joined to the next when wire copy
breaks it at a line end).

Guards, for precision: the pair is of the change's subject (a word of the headline's clause, or
of the body change's clause before its percentage, stands before the pair in its line; names
do not count, they tie a story's every sentence together); a percentage is judged against one
such pair that moves the way the change says, of two counts or amounts (not shares), and a
body pair's statement states no percentage of its own, a headline pair's none but one the pair
gives (and the headline's is not told in the body); a direction is judged against all such
pairs of the statement, which must agree; a change on another basis ("same-store") is left
alone. Rounding within the written digits and the qualifier ("about") is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.sentences import Sentence
from flagger.article import Span
from flagger.detectors.numbers.adjusted import adjusted
from flagger.detectors.numbers.changes import DOWN, PERCENT, UP, aligned, change_fits
from flagger.detectors.numbers.values import (
    MONTH_WORD,
    NUMBER,
    PERCENT_UNIT,
    Figure,
    figure,
    format_figure,
    holds_percent,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

Y_NUMBER = NUMBER.replace("?P<", "?P<y")
QUALIFIER = r"(?:about |around |some |roughly |nearly |almost |an estimated )?"
BASE_WORDS = r"(?:a |the )?(?:year-earlier |previous |revised |projected )?"
SPACE = r"(?:[ \t]|\n(?=\S))+"
"""Spaces within one line of a paragraph: wire copy breaks its lines anywhere ("11-20\nperiod"),
while a new paragraph or table row starts indented or after a blank line."""
ROW_START = lazy(r"\n(?=[ \t\n])")
UNIT = rf"(?:{PERCENT_UNIT}\b|%)?"
ASIDE = r"(?:[^.;%\d]{0,15}?,\s+or\s+[^,.;%]{1,25},)?"
"""A level told another way between the pair: "to 24 mln dlrs, or 96 cts a share, from"."""
PAIRS = (
    lazy(rf"(?<!\d )\bto\s+{QUALIFIER}{NUMBER}{UNIT}{ASIDE}(?:[^.;%\d]|\.(?=\S)){{0,40}}?"
         rf"\bfrom\s+{BASE_WORDS}{Y_NUMBER}", re.IGNORECASE),
    lazy(rf"(?<!ranging )(?<!between )\bfrom\s+{BASE_WORDS}{Y_NUMBER}{UNIT}[^.;%\d]{{0,30}}?"
         rf"\bto\s+{QUALIFIER}{NUMBER}", re.IGNORECASE),
    lazy(rf"(?<![\w.,/-])(?<!\bfrom\s)(?<!\band\s){NUMBER}{UNIT}(?:{SPACE}[\w'-]+){{0,6}}?(?:\s+|,\s+(?:(?:up|down|off)\s+)?)"
         rf"(?:vs\.?|versus|against|compared (?:with|to)|(?:up|down|off) from)\s+{BASE_WORDS}"
         rf"{Y_NUMBER}", re.IGNORECASE),
)
"""Statements of two levels: "to A from B", "from B to A", "A vs B" ("A, down from B",
"A compared with B", not when A is itself a base: "from A in December and compared with B a
year ago"); the level reached in the `num` group, the one before in `ynum`."""
CHANGE = lazy(
    rf"\b(?P<verb>{UP}{DOWN}|higher|lower)\b(?P<gap>(?:\s+(?!(?:from|to|at|than|against|of)\b)"
    rf"[\w-]+){{0,3}}?\s+)(?:by\s+)?"
    r"(?P<q>(?:about|almost|nearly|some|around|roughly|more than|less than|over|under)\s+)?"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?P<unit>pct|percent|per cent|%)(?!\s*(?:points?|pts))",
    re.IGNORECASE,
)
"""A change told with its percentage: "fell 53 pct", "UP ABOUT 73 PCT", "rose by 6%"; not
a level ("up from 2.8 pct")."""
MEASURES = frozenset({"net", "operating", "pretax", "gross", "parent", "group", "consolidated",
                      "underlying", "working"})
"""Words that name which of a company's figures is meant: "operating profits" and "parent bank
net profit" are two figures."""
FIGURE = lazy(r"(?<![\w/.,])\d(?:[\d,.]*\d)?(?!\s?(?:%|pct|percent|per cent)|[\d])")
"""A figure that is no percentage: the lede's own level, which keeps the headline on it."""
HEADLINE_VERB = lazy(
    r"\b(?P<verb>rise[sn]?|rose|fall(?:s|en)?|fell|up|down|off|higher|lower(?:s|ed)?|"
    r"increase[sd]?|decrease[sd]?|climb(?:s|ed)?|drop(?:s|ped)?|decline[sd]?|gain(?:s|ed)?|"
    r"jump(?:s|ed)?|surge[sd]?|slump(?:s|ed)?|plunge[sd]?|grow(?:s|n)?|grew|advance[sd]?|"
    r"soar(?:s|ed)?|raise[sd]?|lift(?:s|ed)?|boost(?:s|ed)?|cut(?:s)?|reduce[sd]?|"
    r"slip(?:s|ped)?|tumble[sd]?)\b(?![\w-])",
    re.IGNORECASE,
)
"""A headline's verb of direction without its own percentage ("PROFITS RISE", "CAR OUTPUT
RISES", "raises policy bonuses"); "UP TO" is a bound."""
FALLING = lazy(rf"(?:{DOWN}|lower(?:s|ed)?|reduc(?:e[sd]?|ing))", re.IGNORECASE)
"""A verb of a fall in any form ("falls", "CUT", "lowered"); the others rise."""
WORD = lazy(r"[A-Za-z]+")
NAME = lazy(r"(?<=[a-z,] )[A-Z][a-z]+|\b[A-Z]{2,}\b")
"""A capitalised word inside a sentence or a word in capitals: a name ("Acme", "AMC"), which
ties a headline to every sentence of its story and so to no statement in particular."""
COMMON = frozenset(
    "said says with from that this than year years last week weeks month months quarter first "
    "second third fourth against compared period ended ending earlier previous total totalled "
    "were will would after before rose fell about some over their which since sharply "
    "forecasts expects expected".split()
)
"""Words too common to tie a change to its levels."""
NUMBER_AT = lazy(NUMBER)
SHARE_AFTER = lazy(PERCENT_UNIT)
ALIASES = {"earnings": "net", "profit": "net", "profits": "net", "income": "net",
           "div": "dividend", "dividends": "dividend", "sold": "sale", "output": "production"}
BY_LEVEL = lazy(r"^[^.;]{0,12}\bto\s+\d")
"""Right after the percentage, a level of its own: the change reader's, not this one's."""
CLAUSE = lazy(r"[,;:]|\s+-+\s+")


def told_levels(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield findings for changes whose percentage or direction the two levels the article
    gives for them next deny."""
    text, head = doc.text, doc.headline
    changed = head is not None and (
        CHANGE.search(head.text) is not None or HEADLINE_VERB.search(head.text) is not None
    )
    told = "%" in text or "pct" in text or "percent" in text or "per cent" in text
    if not changed and not told:
        return  # no change in the headline, no percentage in the story
    statements = _statements(doc)
    changes = [
        (index, sentence, change)
        for index, sentence in enumerate(statements[:-1] if told else ())
        if holds_percent(sentence.text.lower())
        for change in CHANGE.finditer(sentence.text)
        if not _has_levels(sentence.text, change)
    ]
    if not changed and not changes:
        return  # the names are read only for a change to read
    body = text.replace(head.text, " ", 1) if head else text
    names = _words(" ".join(NAME.findall(body)))
    if changed:
        yield from _headline(doc, rule, statements[:2], names)
    for index, sentence, change in changes:
        subject = _words(sentence.text[: change.start()], aliases=False) - names
        pairs = _pairs(statements[index + 1], subject)
        if len(pairs) == 1 and not PERCENT.search(statements[index + 1].text):
            yield from _percent(doc, rule, doc, sentence.start, change, pairs[0])


def _headline(
    doc: Document, rule: Rule, lede: list[Sentence], names: set[str]
) -> Iterator[Finding]:
    """The headline's changes against the lede's levels."""
    head = doc.headline
    assert head is not None
    told = {m.group("p") for m in PERCENT.finditer(doc.text.replace(head.text, " ", 1))}
    lede = lede[:1] if _levelled(lede[0]) else lede
    for change in CHANGE.finditer(head.text):
        if change.group("p") in told:
            continue  # the body tells the headline's figure: it may be of another pair
        subject = _words(_clause(head.text, change.start(), change.start())) - names
        for statement in lede:
            if not any(pattern.search(statement.text) for pattern in PAIRS):
                continue
            pairs = _pairs(statement, subject)
            own = list(PERCENT.finditer(statement.text))
            if len(pairs) == 1 and all(change_fits(m, *pairs[0]) for m in own):
                yield from _percent(doc, rule, head, 0, change, pairs[0])
            break
    if CHANGE.search(head.text):
        return
    for verb in HEADLINE_VERB.finditer(head.text):
        if head.text[verb.end() : verb.end() + 3].casefold() == " to" and verb["verb"] in (
            "up", "UP", "Up"
        ):
            continue  # "UP TO 500": a bound
        subject = _words(_clause(head.text, verb.start(), verb.end())) - names
        for statement in lede:
            if any(pattern.search(statement.text) for pattern in PAIRS):
                yield from _direction(doc, rule, head, verb, _pairs(statement, subject))
                break


def _levelled(statement: Sentence) -> bool:
    """Say whether a statement gives a figure besides percentages, years and days: then a
    headline is of it, not of the statement after."""
    text = re.sub(r"\b(?:1[89]|20)\d\d\b", "", statement.text)
    return any(not _dated(text, m.start()) for m in FIGURE.finditer(text))


def _dated(text: str, at: int) -> bool:
    """Say whether the figure at `at` is the day of a date ("March 31")."""
    return re.search(rf"{MONTH_WORD}\s+$", text[max(0, at - 12) : at]) is not None


def _clause(text: str, start: int, end: int) -> str:
    """The words of a headline's clause around its change at [start, end): "ACME SALES UP,
    COSTS DOWN" gives "COSTS" for the second change; "Acme raises bonuses", "Acme bonuses"."""
    cuts = [m.end() for m in CLAUSE.finditer(text, 0, start)]
    stop = CLAUSE.search(text, end)
    return text[max(cuts, default=0) : start] + " " + text[end : stop.start() if stop else None]


def _statements(doc: Document) -> list[Sentence]:
    """The body's sentences, a sentence cut at a line break ("said sales\\nfor the four
    weeks") joined to the next: one statement of wire copy may run over both."""
    joined: list[Sentence] = []
    for sentence in doc.sentences:
        last = joined[-1] if joined else None
        if last is not None and not last.text.rstrip().endswith((".", "!", "?", '"', "”")):
            text = doc.text[last.start : sentence.end]
            joined[-1] = Sentence(last.index, last.start, sentence.end, text)
        else:
            joined.append(sentence)
    return joined


def _has_levels(text: str, change: re.Match[str]) -> bool:
    """Say whether a body change has a figure besides years in its clause (its own level or
    base, another change's percentage): those are other readers' (or no one's)."""
    clause = re.split(r"[;:]|,\s+(?:but|while|and)\b", text[change.end() :])[0]
    rest = text[: change.start()] + " " + clause
    return bool(re.search(r"\d", re.sub(r"\b(?:1[89]|20)\d\d\b", "", rest)))


def _pairs(statement: Sentence, subject: set[str]) -> list[tuple[Figure, Figure]]:
    """The pairs of levels (reached, before) of a statement that are of the subject: a word
    of it stands between the pair and its paragraph's (or table row's) start or the pair
    before."""
    text, found = statement.text, []
    matches = sorted((m for pattern in PAIRS for m in pattern.finditer(text)),
                     key=lambda m: m.start())
    last = 0
    for match in matches:
        if match.start() < last:
            continue
        rows = [m.end() for m in ROW_START.finditer(text, 0, match.start())]
        line = max(rows[-1] if rows else 0, last)
        left, last = text[line : match.start()], match.end()
        words = _words(left)
        if not subject & words or (
            subject & MEASURES and words & MEASURES and not subject & words & MEASURES
        ):
            continue
        x, y = _figure(match, statement.start, ""), _figure(match, statement.start, "y")
        if x is None or y is None or _dated(text, x.start - statement.start):
            continue  # "March 31, compared to the 19.9 pct": a day, no level
        if match.re.pattern == PAIRS[2].pattern and bool(
            SHARE_AFTER.match(text, x.end - statement.start)
        ) != bool(SHARE_AFTER.match(text, y.end - statement.start)):
            continue  # "A vs B" of a count and a share ("to 6.5 pct from 6.2" writes it once)
        if (pair := aligned(x, y)) is not None:
            found.append(pair)
    return found


def _percent(
    doc: Document, rule: Rule, where: Document, at: int, change: re.Match[str],
    pair: tuple[Figure, Figure],
) -> Iterator[Finding]:
    """A finding when a change's percentage (at `at` + its place in its statement) does not
    fit its pair."""
    x, y = pair
    if any(SHARE_AFTER.match(doc.text, f.end) for f in pair):
        return  # two shares: the change may be in points
    falling = FALLING.fullmatch(change.group("verb")) is not None
    if x.value == y.value or (x.value < y.value) != falling:
        return
    claim = where.text[max(0, at + change.start() - 80) : at + change.end() + 80]
    if adjusted(claim, claim, claim) or BY_LEVEL.match(where.text, at + change.end()):
        return
    if change_fits(change, x, y):
        return
    actual = abs(x.value - y.value) / y.value * 100
    word = "fall" if falling else "rise"
    place = "change" if where is doc else "headline"
    yield rule.finding(
        where, at + change.start("p"), at + change.end("unit"),
        f"The {place}'s {change.group('p')} {change.group('unit')} {word} does not fit the "
        f"levels the article gives for it, {y.text} → {x.text}: that is a {actual:.1f}% {word}",
        related=(Span(y.start, y.end, y.text, "from", "text"),
                 Span(x.start, x.end, x.text, "to", "text")),
        evidence=(f"({format_figure(x.value)} − {format_figure(y.value)}) / "
                  f"{format_figure(y.value)} = {actual:.1f}%",),
        score=0.8,
    )


def _direction(
    doc: Document, rule: Rule, head: Document, verb: re.Match[str],
    pairs: list[tuple[Figure, Figure]],
) -> Iterator[Finding]:
    """A finding when every pair of the headline's subject moves against its verb."""
    falling = FALLING.fullmatch(verb.group("verb")) is not None
    if not pairs or not all(x.value != y.value and (x.value < y.value) != falling
                            for x, y in pairs):
        return
    x, y = pairs[0]
    claim = head.text + " " + doc.text[: x.end]
    if adjusted(claim, claim, claim):
        return
    moved = "rise" if falling else "fall"
    yield rule.finding(
        head, verb.start(), verb.end(),
        f"The headline says “{verb.group()}”, but the levels the article gives for it, "
        f"{y.text} → {x.text}, are a {moved}",
        related=(Span(y.start, y.end, y.text, "from", "text"),
                 Span(x.start, x.end, x.text, "to", "text")),
        evidence=(f"{format_figure(y.value)} → {format_figure(x.value)}",),
        score=0.8,
    )


def _figure(pair: re.Match[str], start: int, key: str) -> Figure | None:
    """The figure of one level of a pair (`key` "y" for the level before), at its place in
    the article; None for a year."""
    at = pair.start(f"{key}cur") if pair.group(f"{key}cur") else pair.start(f"{key}num")
    match = NUMBER_AT.match(pair.string, at)
    if match is None:
        return None
    found = figure(match)
    found = Figure(found.start + start, found.end + start, found.text, found.value,
                   found.half_unit, found.scale, found.has_scale, found.currency)
    return None if is_year(found) else found


def _words(text: str, aliases: bool = True) -> set[str]:
    """The content words of a text, folded, plural and alias folded ("EARNINGS" → "net"; a
    body change keeps "profits" apart from "net")."""
    words = set()
    for word in WORD.findall(text):
        folded = word.casefold()
        if len(folded) < 4 and folded not in ALIASES:
            continue
        folded = ALIASES.get(folded, folded) if aliases else folded
        if folded in COMMON:
            continue
        if folded.endswith(("uses", "sses", "xes")):
            folded = folded[:-2]
        elif folded.endswith("s") and not folded.endswith(("ss", "us", "is")):
            folded = folded[:-1]
        words.add(folded)
    return words
