"""T107: a period named with its count of years in one sentence and its range in a later one
("in its two year investment and development plan" ... "The plan, the first since ..., seeks
to raise 2.4 billion dlrs ... between 1987 and 1991": four or five years).

The count stands before the period noun ("N-year plan", "N year ... programme", at most three
words between); the article names that noun with a count once. A later sentence, at most four
on, opens with "The <noun>" or "This <noun>" as its subject and holds one range of years
"from", "between" or "for" its two ends, and no other count. The range counts the ends apart or
both included ("through": both). The other way round, "the N-year period" (or span, stretch)
in a sentence that names no year looks back at the one range of the sentence before ("... between
2005 and 2014. ... over the 12-year period": nine or ten). The link rests on wording, so a
conflict is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.report.finding import Finding

_Y = r"(?:1[6-9]|20)\d\d"
_NOUN = (r"(?P<noun>plan|programme|program|budget|contract|agreement|accord|pact|project|"
         r"scheme|strategy|term|mandate|freeze|moratorium)s?")
_NAMED = lazy(
    rf"(?<![\d.,-])\b(?P<n>\d{{1,2}}|{NUMBER_WORDS})[\s-]+years?\s+(?:[a-z]+\s+){{0,3}}?"
    rf"{_NOUN}\b", re.IGNORECASE)
_HAS_NAMED = lazy(rf"year(?:s?\s+(?:[a-z]+\s+){{0,3}}?){_NOUN}\b", re.IGNORECASE)
_SUBJECT = r"^\W*(?:The|This)\s+{noun}s?\b"
_RANGE = lazy(
    rf"\b(?P<open>from|between|for|covering)\s+(?P<first>{_Y})(?P<join>\s*[-–]\s*|\s+(?:to|through|"
    rf"and)\s+)(?P<last>{_Y})\b(?!\s*(?:,|and|&)\s*{_Y})", re.IGNORECASE)
_OTHER = lazy(rf"\b(?:\d{{1,3}}|{NUMBER_WORDS})[\s-]+(?:years?|decades?)\b",
              re.IGNORECASE)
_NEXT = 4  # sentences after the count that may give its range
# "over the 12-year period": a definite period that looks back at the range told before it
_BACK = lazy(
    rf"\b(?:the|this|that)\s+(?P<n>\d{{1,2}}|{NUMBER_WORDS})[\s-]+year\s+"
    r"(?P<noun>period|span|stretch)\b", re.IGNORECASE)
_YEAR = lazy(_Y)


def named_period_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "an N-year plan" whose range, told of "the plan" later, spans other years."""
    text = doc.text
    back = any(f"year {noun}" in text for noun in ("period", "span", "stretch"))
    if not (back or _HAS_NAMED.search(text)) or not _RANGE.search(text):
        return  # no counted period, or no range for it to meet: led by words, cheap to look for
    if back:
        yield from _looking_back(doc, rule)
    named = list(_NAMED.finditer(text))
    heads = [m["noun"].lower() for m in named]
    for match in named:
        noun = match["noun"].lower()
        n = cardinal(match["n"])
        if n is None or heads.count(noun) != 1:
            continue
        here = doc.sentence_index(match.start())
        subject = re.compile(_SUBJECT.format(noun=re.escape(noun)), re.IGNORECASE)
        for later in doc.sentences[here + 1 : here + 1 + _NEXT]:
            if not subject.match(later.text):
                continue
            ranges = list(_RANGE.finditer(text, later.start, later.end))
            if len(ranges) != 1 or _OTHER.search(later.text):
                break
            found = ranges[0]
            apart = int(found["last"]) - int(found["first"])
            through = found["join"].strip().lower() == "through"
            allowed = (apart + 1,) if through else (apart, apart + 1)
            if 0 < apart <= 60 and n not in allowed:
                yield _finding(doc, rule, match, found, allowed)
            break


def _looking_back(doc: Document, rule: Rule) -> Iterator[Finding]:
    """"The N-year period" in a sentence with no year of its own against the one range of the
    sentence before."""
    text = doc.text
    for match in _BACK.finditer(text):
        here = doc.sentence_index(match.start())
        sentence = doc.sentences[here]
        if here == 0 or _YEAR.search(sentence.text) or len(_OTHER.findall(sentence.text)) != 1:
            continue
        before = doc.sentences[here - 1]
        ranges = list(_RANGE.finditer(text, before.start, before.end))
        if len(ranges) != 1 or _OTHER.search(before.text):
            continue
        found = ranges[0]
        apart = int(found["last"]) - int(found["first"])
        through = found["join"].strip().lower() == "through"
        allowed = (apart + 1,) if through else (apart, apart + 1)
        n = cardinal(match["n"])
        if n is not None and 0 < apart <= 60 and n not in allowed:
            yield _finding(doc, rule, match, found, allowed)


def _finding(doc: Document, rule: Rule, match: re.Match[str], found: re.Match[str],
             allowed: tuple[int, ...]) -> Finding:
    """The finding on the count, with the span of the later range in the message."""
    shown = doc.text[found.start("first") : found.end("last")]
    span = " or ".join(str(a) for a in allowed)
    said, runs = " ".join(match.group().split()), " ".join(found.group().split())
    return rule.finding(
        doc, match.start("n"), match.end("n"),
        f"“{said}” counts {match['n']} years, but the {match['noun'].lower()} runs “{runs}”: "
        f"{span} years", score=0.6, severity="warning",
        evidence=(match.group(), found.group()),
        related=(Span(found.start("first"), found.end("last"), shown, "years"),))
