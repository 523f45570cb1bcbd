"""N102 splits of a whole in percent: "the remaining R percent" must be what the shares before
it leave of 100.

"owned 51 percent by one firm and the remaining 49 percent by another"; "30 percent of the
income is capped, with the remaining 70 percent taxed as wages". The shares are those of the
same sentence before "remaining" ("the other R percent" may be of another whole: "the top one
percent get 99.6 percent; the other 99 percent ..."), leaving out changes ("rose 5
percent", "by 3 percent"): the last of them, or the last few together, must leave R within
the rounding of the written digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import PERCENT_WORD, occurrences
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

REST = lazy(
    rf"\b(?:the|its|their|his|her)\s+remaining\s+(?P<r>\d+(?:\.\d+)?){PERCENT_WORD}"
    r"(?!\s*(?:points?|of\s+(?:the\s+)?(?:increase|decrease|rise|fall|growth|gain|drop)))",
    re.IGNORECASE,
)
CUE = lazy(r"remaining\s+\d")
"""Where "the remaining R percent" may stand."""
SHARE = lazy(rf"(?<![\w.,])(?P<p>\d+(?:\.\d+)?){PERCENT_WORD}(?!\s*points?)", re.IGNORECASE)
CHANGE_BEFORE = lazy(
    r"\b(?:by|to|from|rose|rises|rising|fell|falls|falling|up|down|increased?|decreased?|"
    r"grew|growth|gains?|gained|drops?|dropped|jumped|slipped|climbed|declined|cut|rate|rates|"
    r"at)\s+(?:about\s+|almost\s+|nearly\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)
"""Before a percentage that is a change or a rate, not a share of the whole."""
TURN = lazy(r";|\b(?:while|whereas|but|although|though)\b|\bsaid\b")
"""A turn to another statement: the shares before it are not the ones the rest completes."""
REACH = 150
"""The shares a remaining share completes stand at most this far before it."""
DIGIT = lazy(r"\d")
WHOLE = lazy(
    r"\s+(?:stake\s+)?(?:of|in)\s+(?:the|its|their|this|that)\s+"
    r"(?P<words>(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)"
)
"""What the rest is a part of: "(the remaining 20 percent) in the joint venture"."""
WORD = lazy(r"\b(?!(?:that|this|with|from|which|will|have|were|been|they|their|said)\b)[a-z]{4,}\b")
"""A lower-case word long enough to be a noun of the whole, not a function word."""


def splits(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a remaining share the shares before it do not leave."""
    text = doc.text
    starts = sorted(occurrences(text, "remaining "))
    for cue in filter(None, (CUE.match(text, at) for at in starts)):
        match = REST.search(text, max(0, cue.start() - 6), cue.end() + 24)
        if match is None:
            continue
        shares = _shares(doc, match.start(), match.end())
        if not shares:
            continue
        rest = float(match.group("r"))
        slack = _half(match.group("r")) + 0.01
        taken, written = 0.0, []
        fits = False
        for share in reversed(shares):
            taken += float(share.group("p"))
            slack += _half(share.group("p"))
            written.append(share)
            if abs(100 - taken - rest) <= slack:
                fits = True
                break
        last = shares[-1]
        if fits or float(last.group("p")) >= 100:
            continue
        part = float(last.group("p"))
        yield rule.finding(
            doc, match.start("r"), match.end(),
            f"the remaining {match.group('r')} percent after {last.group().strip()}: "
            f"100 less {part:g} leaves {100 - part:g}",
            related=(Span(last.start(), last.end(), last.group().strip(), "share"),),
            evidence=(f"100 − {part:g} = {100 - part:g} ≠ {rest:g}",),
        )


def _shares(doc: Document, at: int, end: int) -> list[re.Match[str]]:
    """Return the shares "the remaining R percent" at [at, end) completes: those of its
    sentence before it, else, when nothing is counted there, the one share of the sentence
    before, if a noun of the whole the rest is "of" or "in" follows it there ("owns 80 percent
    of the venture. A city body holds the remaining 20 percent in the venture")."""
    text = doc.text
    index = doc.sentence_index(at) if doc.sentences else -1
    start = doc.sentences[index].start if index >= 0 else 0
    start = max(start, at - REACH)
    turns = [t.end() for t in TURN.finditer(text, start, at)]
    start = turns[-1] if turns else start
    found = _unchanged(text, start, at)
    if found or index < 1 or DIGIT.search(text, doc.sentences[index].start, at):
        return found
    before = doc.sentences[index - 1]
    whole = WHOLE.match(text, end)
    if whole is None or TURN.search(text, before.start, before.end):
        return []  # no whole named, or a sentence of two statements
    if "remaining" in text[before.start : before.end].lower():
        return []  # a headline or lede telling the same remaining share
    shares = _unchanged(text, before.start, before.end)
    if len(shares) != 1:
        return []  # several shares before: which of them the rest completes is unclear
    after = set(WORD.findall(text, shares[0].end(), before.end))
    return shares if after & set(WORD.findall(whole.group("words"))) else []


def _unchanged(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Return the percentages in text[start:end] that are not changes or rates."""
    return [
        s for s in SHARE.finditer(text, start, end)
        if not CHANGE_BEFORE.search(text, max(start, s.start() - 24), s.start())
    ]


def _half(digits: str) -> float:
    """Half the unit of the last written digit ("47.7" → 0.05)."""
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 / float(10**decimals)
