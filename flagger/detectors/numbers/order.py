"""N102 order: a claim that one side is ahead of or behind the other, against the two figures
it compares.

Two grammars, each a small table of comparison classes (ahead: more, above, ahead; behind:
less, below, behind) with the two quantities found by grammar:

- a pair after a verb of order and its object: "Ortiz edging Bell 52% to 48%", "declining
  issues outstripped gainers 1,141 to 1,406", "Smith trails Jones 40 percent to 46 percent".
  The first figure is the subject's, the second the object's.
- a figure, a copula and a word of order before a second figure, in one clause: "the bridge's
  budget of $3bn is well below the $5bn first pledged", "the 2.1% rise was higher than the 1.8%
  forecast". The first figure is the subject's.

Both figures must be of one measure (both percentages, or one currency, or counts of one noun).
Equal figures, or figures within the rounding of the less precise one ("$3bn" against "$2bn" is
a reversal; "6.4m" against "6.43m" is within the rounding of "6.4m"), are no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    MEASURED_FIGURE,
    MONTH_WORD,
    NUMBER,
    PERCENT_WORD,
    Figure,
    figure,
    is_year,
    occurrences,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

AHEAD_VERBS = (
    r"edg(?:e|es|ed|ing)(?:\s+out)?|lead(?:s|ing)?|led|outstrip(?:s|ped|ping)?|"
    r"outnumber(?:s|ed|ing)?|outpac(?:e|es|ed|ing)|outpoll(?:s|ed|ing)?|outscor(?:e|es|ed|ing)|"
    r"outspen(?:d|ds|t|ding)|outsold|outsell(?:s|ing)?|beat(?:s|ing)?|ahead\s+of"
)
"""Verbs (and "ahead of") whose subject has the larger figure."""
BEHIND_VERBS = r"trail(?:s|ed|ing)?|behind"
"""Verbs whose subject has the smaller figure."""
MOVES = (
    r"fell|rose|gained|lost|dropped|climbed|added|slipped|eased|closed|ended|finished|was|were|"
    r"is|are|has|had|have"
)
"""Verbs after the object that make the pair a move or a level ("leading shares fell 15 to
1,855"), not the two sides compared."""
FIG = NUMBER.replace("?P<cur>", "?:").replace("?P<num>", "?:").replace("?P<scale>", "?:")
PAIR = lazy(
    rf"\b(?:(?P<ahead>{AHEAD_VERBS})|(?P<behind>{BEHIND_VERBS}))"
    r"(?P<object>(?:\s+(?!(?:up|down|higher|lower|back|forward|closer|towards?|into|past|by|"
    r"to|of|from|between|at|with|about|around|some|over|under|in|on|off|out|the\s+way|"
    rf"{MOVES})\b)[^\W\d][\w'’.-]*){{1,5}}?)\s+"
    rf"(?P<a>{FIG})(?P<pa>{PERCENT_WORD})?\s*(?:to|-|–)\s*(?P<b>{FIG})(?P<pb>{PERCENT_WORD})?"
    r"(?=\s*(?:[,.;:)]|$|\s(?:in|among|on|at|for|with|as|after|before|when|while|and|but|"
    r"according|margin|lead|votes?|count|tally|poll)\b))"
    r"(?!\s*(?:,|and)\s*\d+\s*[-–]\s*\d)",
    re.IGNORECASE,
)
"""A pair after a verb of order and its object: "edging Bell 52% to 48% in Ohio". Not a
move ("edged up 2 to 50"), a passive ("led by"), a range ("beat forecasts of 40 to 45") or one
of several game scores ("13-15, 15-4 and 15-4")."""
ATTRIBUTIVE = lazy(r"(?:\b(?:the|an?|its|their|of)|\d)\s+$", re.IGNORECASE)
ABOVE_WORDS = (
    r"above|over|more\s+than|higher\s+than|greater\s+than|larger\s+than|bigger\s+than|"
    r"in\s+excess\s+of|ahead\s+of"
)
BELOW_WORDS = r"below|under|less\s+than|lower\s+than|smaller\s+than|short\s+of|behind"
COMPARE = lazy(
    r"\s+(?:is|was|are|were|remains?|remained|stands?|stood)\s+"
    r"(?:(?:still|well|far|much|slightly|significantly|considerably|substantially|somewhat|"
    r"just|only|already|a\s+little|a\s+lot)\s+)*"
    rf"(?:(?P<above>{ABOVE_WORDS})|(?P<below>{BELOW_WORDS}))(?=\s)",
    re.IGNORECASE,
)
"""A copula and a word of order: "is well below", "was higher than"."""
BEFORE_COPULA = lazy(
    r"(?:\s+(?!(?:and|or|but|while|which|who|whom|when|after|before|since|than|if|as|"
    r"a|an|per|each|times|fold|times)\b)[^\W\d][\w'’-]*){0,6}",
    re.IGNORECASE,
)
"""Words between the subject's figure and its copula: "of $3bn [for the bridge] is"."""
BEFORE_OBJECT = lazy(
    r"(?:(?!(?:double|twice|triple|treble|half|third|quarter|fifth|tenth|times|fold|percent|"
    r"and|or|but|which|that|when|what|if|while|by|than)\b)[^\W\d][\w'’-]*\s+){0,8}",
    re.IGNORECASE,
)
"""Words between the word of order and the object's figure: "[the sum first pledged of] $5bn"; not
an agent ("more than offset by a 3.1% rise")."""
AFTER_OBJECT = lazy(
    r"\s*(?:times|-?fold|x\b|a\s+share|per\b|an?\s+(?:year|month|day|week)\b|[-–]|to\s+\d|"
    r"(?:percentage\s+points?\s+|points?\s+)?(?:below|above|higher|lower|more|less|ahead|behind|"
    r"short|under|over)\b)",
    re.IGNORECASE,
)
"""A multiple, a rate or a range after the object's figure ("estimates of 165-185"), or a
difference ("more than 5% below the average"), is another comparison."""
RANGE_OR_DAY = lazy(rf"(?:\d\s*[-–]\s*|\bto\s+|{MONTH_WORD}\s+)$")
"""A subject figure that ends a range ("5.5-5.6 million") or is a day ("since October 1")."""
NOUN = lazy(r"\s*([a-z]+)")
REACH = 80
PAIR_GATE = lazy(rf"\d(?:{PERCENT_WORD})?\s*(?:to|-|–)\s*[$£€#]?\d")
"""Where a pair may stand: the verb of order is then looked for before it."""
PAIR_REACH = 90
ORDER_WORDS = (
    " above ", " over ", " than ", " in excess of ", " ahead of ", " below ", " under ",
    " short of ", " behind ",
)
"""The last words of ABOVE_WORDS and BELOW_WORDS, looked for before the copula is."""


def order(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a claim of order its two figures reverse."""
    text = doc.text
    seen: set[int] = set()
    for gate in PAIR_GATE.finditer(text):
        match = PAIR.search(text, max(0, gate.start() - PAIR_REACH), gate.end() + 40)
        if match is None or match.start() in seen or match.start("b") > gate.end():
            continue
        seen.add(match.start())
        if ATTRIBUTIVE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "the 60 leading shares": an adjective, not a verb of order
        if match.group("behind") and not (match.group("pa") or match.group("pb")):
            continue  # "trailing 1-0": a score is written leader first
        a, b = _read(match, "a", "pa"), _read(match, "b", "pb")
        if a is None or b is None:
            continue
        verb = match.group("ahead") or match.group("behind")
        yield from _judge(doc, rule, a, b, match.group("ahead") is not None, " ".join(verb.split()))
    for word in ORDER_WORDS:
        for at in occurrences(text, word):
            match = COMPARE.search(text, max(0, at - 50), at + len(word))
            if match is not None and match.end() == at + len(word) - 1:
                yield from _compared(doc, rule, match)


def _read(match: re.Match[str], name: str, percent: str) -> tuple[Figure, str] | None:
    """Read a figure of a PAIR match, with its measure."""
    found = MEASURED_FIGURE.match(match.string, match.start(name))
    if found is None:
        return None
    fig = figure(found)
    return fig, "%" if match.group(percent) else fig.currency


def _compared(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    """Yield a finding where a figure, a copula and a word of order stand before a second figure
    of the same measure that the order contradicts ("$3bn … is well below … $2bn")."""
    text = doc.text
    sentence = doc.sentences[doc.sentence_index(match.start())] if doc.sentences else None
    if sentence is None or not sentence.start <= match.start() < sentence.end:
        return
    subject = None
    reach = max(sentence.start, match.start() - REACH)
    for before in MEASURED_FIGURE.finditer(text, reach, match.start()):
        subject = before
    if subject is None or BEFORE_COPULA.fullmatch(text, subject.end(), match.start()) is None:
        return
    if RANGE_OR_DAY.search(text, max(0, subject.start() - 12), subject.start()):
        return
    gap = BEFORE_OBJECT.match(text, match.end() + 1, min(sentence.end, match.end() + REACH))
    assert gap is not None  # the pattern may match no word at all
    after = MEASURED_FIGURE.match(text, gap.end(), sentence.end)
    if after is None or AFTER_OBJECT.match(text, after.end()):
        return
    a, b = figure(subject), figure(after)
    if is_year(a) or is_year(b):
        return
    kind_a, kind_b = _measure(text, subject, a), _measure(text, after, b)
    if kind_a != kind_b or kind_a == "#":
        return  # counts of no noun: what they count is not known
    words = " ".join(match.group("above" if match.group("above") else "below").split())
    yield from _judge(doc, rule, (a, kind_a), (b, kind_b), bool(match.group("above")), words)


def _measure(text: str, found: re.Match[str], fig: Figure) -> str:
    """A percentage, a currency, or a count of the noun after it."""
    if found.group("pct"):
        return "%"
    if fig.currency:
        return fig.currency
    noun = NOUN.match(text, found.end())
    return f"#{noun.group(1)}" if noun else "#"


def _judge(
    doc: Document, rule: Rule, first: tuple[Figure, str], second: tuple[Figure, str],
    ahead: bool, words: str,
) -> Iterator[Finding]:
    (a, kind_a), (b, kind_b) = first, second
    if kind_a != kind_b:
        return
    slack = max(a.half_unit, b.half_unit)  # one of them rounded, not both to opposite ends
    if (b.value - a.value if ahead else a.value - b.value) <= slack + 1e-9:
        return
    sign = "<" if ahead else ">"
    side = "ahead of" if ahead else "behind"
    yield rule.finding(
        doc, a.start, a.end,
        f"“{words}” puts {a.text} {side} {b.text}, but {a.text} {sign} {b.text}",
        related=(Span(b.start, b.end, b.text, "compared"),),
        evidence=(f"{a.text} {sign} {b.text}",),
    )
