"""N101 one figure told twice: a measure (a figure and its unit, "a 12-year affair", "95,000
tonnes of spare potatoes", "lost 70 pounds") given in the reporter's words about a speaker and,
a few sentences away, in that speaker's direct quote, with a value no bound or rounding
reconciles (a paraphrase and the quote it sums up). A headline sums up no quote.

The same thing is read from grammar: the same unit and the same head, the noun the compound
figure modifies ("12-year affair"), the last noun of the phrase "of" opens ("tonnes of spare
chipping potatoes"), the word after the unit ("40 points ahead") or, with none of these, the
verb before the figure ("lost 70 pounds"). A figure of a series ("3-, 5- and 10-year bonds"),
a range, a change or a figure set beside another ("from", "than", "another", "each") is no
retelling; nor is one whose sentences or the words between tell of an update or of another
time ("now", "rose", "last year", "forecast").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.mentions import BOUND, BOUND_BEFORE, STOP, bounds
from flagger.detectors.numbers.values import SCALE, WORD_VALUES, count_value
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

WORDS = trie(sorted(WORD_VALUES, key=len, reverse=True))
MEASURE = lazy(
    rf"(?<![\w.,:$£€#/–-])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{WORDS}(?!\w))"
    r"(?P<some>-(?:something|odd)\b)?(?:\s(?P<scale>thousand|million|billion)\b)?"
    r"(?P<joint>-|\s)(?P<unit>(?-i:[a-z]{3,}))\b(?!-)",
    re.IGNORECASE,
)
"""A whole figure and the lower-case word after it ("14-year", "85,000 tonnes", "50-something
pounds"): decimals, prices and percentages are read by other rules."""
UNITLESS = STOP | frozenset(
    "percent pct per cent cents dlrs dollars euros yen yuan rupees pesos pence and or to nor "
    "times more less fewer other others new old ago earlier later before after each apiece "
    "next last previous straight consecutive running".split()
)
"""Words after a figure that name no unit, or make it money, a share, a time point or an
order ("five times", "three years ago", "two straight years")."""
ORDINAL = lazy(r"(?:first|second|third|last|next|past|previous|final)\s+$", re.IGNORECASE)
AROUND = lazy(r"[\w,]+\s*(?:-|–|to|or|and|,)\s*$|\d\s*(?:-|–|to|or|and|,)\s*$", re.IGNORECASE)
"""A figure after another and a joining word ("12 to 14 years", "3, 5 and 10-year"): a range
or a series, not one value."""
NEXT = lazy(r"\s*(?:-|–|to|or|and|,)\s*\d", re.IGNORECASE)
SET_BEFORE = lazy(
    r"\b(?:from|to|than|another|other|extra|additional|further|each|every|per|first|last|"
    r"next|past|previous|latest|average|up|down|by|over|under|within|after|before|since|"
    r"for|in|at)\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?$",
    re.IGNORECASE,
)
"""Words just before a figure that set it against another, make it a span of time ("for 12
years", "within three years") or one of several ("another 40 votes")."""
UPDATE = lazy(
    r"\b(?:now|then|since|rose|risen|rising|fell|fallen|grew|grown|climbed|increased|"
    r"decreased|dropped|jumped|revised|updated|another|additional|latest|later|earlier|"
    r"previous(?:ly)?|initial(?:ly)?|original(?:ly)?|target|polls?|surveys?|last|next|"
    r"year-earlier|ago|compared|versus|vs|against|"
    r"while|whereas|but|instead|however|each|per|average|both|respectively|other)\b",
    re.IGNORECASE,
)
"""Words in the sentences of the two figures or between them that tell of an update, another
time, an outcome against a forecast, two polls or two things compared."""
FORECAST = lazy(
    r"\b(?:set to|will|would|could|may|might|expected|expects?|forecasts?|projects?|projected|"
    r"projections?|estimates?|estimated|predicts?|predicted|scenario)\b",
    re.IGNORECASE,
)
"""Words of a forecast: a figure forecast set against one reported is two quantities."""
OWNER = lazy(r"(?<=[a-z,;]\s)([A-Z][a-z]+)(?:'s|’s)?\s+(?:(?:has|have|had|was|is)\s+)?"
             r"(?:[a-z]+\s+){0,2}(?=[^\s]*$)")
"""A capitalised word inside a sentence a few words before a figure: its subject or owner."""
CLAUSE_END = lazy(rf"\s*[.,;:!?\"”)]|\s+(?:{'|'.join(sorted(STOP))}|with|without)\b")
"""What may follow a unit that a verb before takes as its object ("lost 70 pounds.", "lost 50
pounds with surgery"), not one that is the subject of a clause ("said 34 banks agreed")."""
PREPOSITIONS = frozenset(
    "about above across after against along among around before behind below beneath beside "
    "besides between beyond despite during except inside into near off onto out outside over "
    "past per since through throughout toward towards under underneath unlike until up upon "
    "via with within without".split()
)
"""Words after a unit that open a phrase rather than name what it measures."""
NOT_HEAD = STOP | PREPOSITIONS
SUBJECT = lazy(
    rf"([A-Za-z][\w'’]*)\s+(?:(?:has|have|had|was|is|also|just)\s+)*[a-z]+\s+"
    rf"(?:(?:{BOUND})\s+)?$"
)
"""The word before the verb a figure is the object of, auxiliaries passed over."""
PRONOUNS = frozenset("i you he she it we they who which that this".split())
HEAD_WORD = lazy(r"\s+([a-z][a-z'’]+)\b")
NEAR = 8
"""Sentences apart at most for a quote and the paraphrase that sums it up."""
BOUNDARY = lazy(r"[,;:(]\s|\s[—–(-]+\s|\)")
BESIDE = lazy(
    r"\W+(?:against|compared|versus|vs|from|up|down|while|whereas|or|and\s+\S+\s+in)\b",
    re.IGNORECASE,
)
"""The next clause opening on a figure set beside this one ("39,714 tonnes, against 36,594")."""
CLAUSE = 80
"""Characters either side of a figure read for update wording: a clause, not a paragraph."""


def retold(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings for one measure given two values that nothing reconciles."""
    text = doc.text
    quoted = {
        _singular(match.group("unit").casefold())
        for quote in doc.quotes for match in MEASURE.finditer(text, quote.start, quote.end)
    }
    if not quoted:
        return  # no measure in a quote: the short way out for most articles
    told: dict[tuple[str, str], list[tuple[re.Match[str], float, float]]] = {}
    units: dict[str, list[re.Match[str]]] = {}
    for match in MEASURE.finditer(text):
        unit = _singular(match.group("unit").casefold())
        if unit in quoted:
            units.setdefault(unit, []).append(match)
    for match in (m for unit in units.values() if _single(doc, unit) for m in unit):
        key = _key(text, match)
        if key is None:
            continue
        value = _value(match)
        if value is None:
            continue
        low, high = _range(text, match, value)
        told.setdefault(key, []).append((match, low, high))
    for key, figures in told.items():
        if len(figures) < 2 or len({round(m[1]) for m in figures}) > 2:
            continue  # a series of three values or more: several things measured
        yield from _conflicts(doc, rule, key, figures)


def _single(doc: Document, figures: list[re.Match[str]]) -> bool:
    """Say whether a unit's figures may measure one thing told in a quote and outside it:
    never with two values in one sentence ("three-month bills … and six-month bills": two
    things)."""
    quoted = {doc.quote_at(figure.start(), figure.end()) is None for figure in figures}
    if len(figures) < 2 or len(quoted) < 2:
        return False  # a quote and the reporter's words must both tell it
    values: dict[int, set[float | None]] = {}
    for figure in figures:
        values.setdefault(doc.sentence_index(figure.start()), set()).add(_value(figure))
    return all(len(told) == 1 for told in values.values())


def _conflicts(
    doc: Document, rule: Rule, key: tuple[str, str],
    figures: list[tuple[re.Match[str], float, float]],
) -> Iterator[Finding]:
    for at, (later, low2, high2) in enumerate(figures):
        for first, low1, high1 in reversed(figures[:at]):
            if (high1 < low2 or high2 < low1) and _retold(doc, first, later, key[1]):
                yield _finding(doc, rule, key, first, later)
                break


def _retold(doc: Document, first: re.Match[str], later: re.Match[str], head: str) -> bool:
    """Say whether two figures of one measure stand where one retells the other (a quote and
    its paraphrase) with nothing between or about them that tells of an update or of two
    quantities."""
    one, two = doc.sentence_index(first.start()), doc.sentence_index(later.start())
    if one == two or two - one > NEAR or not _paraphrased(doc, first, later):
        return False
    small, large = sorted((_value(first) or 0.0, _value(later) or 0.0))
    if small <= 0 or large > 2 * small:
        return False
    owners = _owner(doc, first, one), _owner(doc, later, two)
    subjects: tuple[str | None, str | None] = (None, None)
    if head[0] == "^":  # the object of a verb: whose verb
        subjects = _subject(doc.text, first), _subject(doc.text, later)
    if (all(owners) and owners[0] != owners[1]) or (all(subjects) and subjects[0] != subjects[1]):
        return False  # two people's figures ("Nowitzki scored 20 points", "Howard … 25")
    periods = _periods(doc, one), _periods(doc, two)
    if all(periods) and periods[0] != periods[1]:
        return False  # two periods' figures ("in January and February", "in February")
    spans = [*_clause(doc, first, one), *_clause(doc, later, two)]
    if BESIDE.match(doc.text, spans[1][1]) or BESIDE.match(doc.text, spans[3][1]):
        return False
    if two - one == 1:
        spans.append((first.end(), later.start()))
    forecasts = [FORECAST.search(doc.text, a, b) is None for a, b in spans[:4]]
    return not any(UPDATE.search(doc.text, a, b) for a, b in spans) and (
        (forecasts[0] and forecasts[1]) == (forecasts[2] and forecasts[3])
    )


def _paraphrased(doc: Document, first: re.Match[str], later: re.Match[str]) -> bool:
    """Say whether one figure stands in a direct quote and the other in the reporter's words
    about its speaker: the quote's speaker is named in the other figure's sentence."""
    quotes = doc.quote_at(first.start(), first.end()), doc.quote_at(later.start(), later.end())
    if (quotes[0] is None) == (quotes[1] is None):
        return False
    quote, plain = (quotes[0], later) if quotes[0] else (quotes[1], first)
    name = quote.speaker.split()[-1] if quote and quote.speaker else ""
    sentence = doc.sentences[doc.sentence_index(plain.start())]
    heading = doc.text[sentence.end : sentence.end + 1] in {"\n", ""} and (
        sentence.start == 0 or doc.text[sentence.start - 1] == "\n"
    )  # a line of its own: a headline names the story, it sums up no quote
    return len(name) > 1 and name[0].isupper() and name in sentence.text and not heading


def _subject(text: str, figure: re.Match[str]) -> str | None:
    """Return the word before the verb a figure is the object of ("Exports" of "Exports
    totalled 4,100 tonnes"), None for a pronoun or none."""
    found = SUBJECT.search(text, max(0, figure.start() - CLAUSE), figure.start())
    if found is None or found.group(1).casefold() in PRONOUNS:
        return None
    return found.group(1).casefold()


def _owner(doc: Document, figure: re.Match[str], index: int) -> str | None:
    """Return the name the figure's clause gives just before it, its subject or owner
    ("Howard scored 25 points", "Clinton's 7-point"), if any."""
    start = max(doc.sentences[index].start, figure.start() - CLAUSE)
    names = OWNER.findall(doc.text, start, figure.start())
    return names[-1] if names else None


def _periods(doc: Document, index: int) -> frozenset[str]:
    """Return the dates a sentence names (their normalised values)."""
    sentence = doc.sentences[index]
    return frozenset(
        date.value for date in doc.dates
        if date.type == "DATE" and sentence.start <= date.start < sentence.end
    )


def _clause(doc: Document, figure: re.Match[str], index: int) -> list[tuple[int, int]]:
    """Return the words about a figure: the opening words of its sentence up to a comma
    ("Now, even she asks"), and its clause, the words between commas or dashes around it, at
    most CLAUSE characters either side."""
    sentence = doc.sentences[index]
    text = doc.text
    start = max(sentence.start, figure.start() - CLAUSE)
    end = min(sentence.end, figure.end() + CLAUSE)
    before = [b.end() for b in BOUNDARY.finditer(text, start, figure.start())]
    after = BOUNDARY.search(text, figure.end(), end)
    opener = BOUNDARY.search(text, sentence.start, sentence.start + CLAUSE // 2)
    return [
        (sentence.start, opener.start() if opener else sentence.start),
        (before[-1] if before else start, after.start() if after else end),
    ]


def _finding(
    doc: Document, rule: Rule, key: tuple[str, str], first: re.Match[str], later: re.Match[str]
) -> Finding:
    return rule.finding(
        doc, later.start("num"), later.end("num"),
        f"{later.group().strip()} here, but {first.group().strip()} before: the same "
        f"{key[0]} given two values with no update between",
        related=(Span(first.start("num"), first.end("num"), first.group("num"),
                      "earlier figure"),),
        evidence=(f"{first.group('num')} ≠ {later.group('num')}",),
    )


def _key(text: str, match: re.Match[str]) -> tuple[str, str] | None:
    """Return the unit and the head a measure is of, or None when it has none."""
    unit = match.group("unit").casefold()
    if unit in UNITLESS or unit in SCALE or (
        match.group("num").isdigit() and len(match.group("num")) == 4
    ):
        return None  # a year ("1987 results") or no unit
    before = text[max(0, match.start() - 40) : match.start()]
    if ORDINAL.search(before) or AROUND.search(before) or NEXT.match(text, match.end("num")):
        return None
    bound = BOUND_BEFORE.search(before)
    lead = before[: bound.start()] if bound else before
    if SET_BEFORE.search(lead):
        return None
    singular = _singular(unit)
    head = _head(text, match.end())
    if head is None and match.group("joint") == " " and CLAUSE_END.match(text, match.end()):
        verb = re.search(r"([a-z]+)\s+$", lead)
        if verb and verb.group(1) not in STOP and len(verb.group(1)) > 2:
            head = "^" + verb.group(1)
    return (singular, head) if head else None


def _singular(unit: str) -> str:
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


def _head(text: str, at: int) -> str | None:
    """Return the last noun of the lower-case words after a unit ("affair" of "-year affair
    with", "potatoes" of "tonnes of spare chipping potatoes piled")."""
    of = text.startswith(" of ", at)
    if of:
        at += 3
    words: list[str] = []
    for _ in range(3):
        word = HEAD_WORD.match(text, at)
        if word is None or word.group(1) in NOT_HEAD or (not of and (
            word.group(1).endswith("ed") or (not words and word.group(1).endswith("ing"))
        )):
            break
        words.append(word.group(1))
        at = word.end()
    if of:  # modifiers and a participle after the noun: "of unwanted potatoes piled"
        words = [word for word in words if not word.endswith(("ed", "ing"))]
    return words[-1] if words else None


def _value(match: re.Match[str]) -> float | None:
    count = count_value(match.group("num"))
    if count is None:
        return None
    scale = match.group("scale")
    return count * (SCALE[scale.casefold()] if scale else 1.0)


def _range(text: str, match: re.Match[str], value: float) -> tuple[float, float]:
    """Return the values the figure's wording allows: its bound, "-something", its rounding."""
    if match.group("some"):
        return value, value + 10 ** max(0, len(str(int(value))) - 1) - 1
    bound = BOUND_BEFORE.search(text, max(0, match.start() - 20), match.start())
    word = bound.group().strip().casefold() if bound else ""
    low, high = bounds(int(value), re.sub(r"\s+", " ", word))
    return low, high
