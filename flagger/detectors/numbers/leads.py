"""N102 leads: a margin in points set against the two shares it separates.

"Clinton leads by six points, 47% to 43%"; "a 28-point lead (58 percent to 34 percent)";
"rose to 45% from 38%, a gain of 9 percentage points". The margin must be a lead, gap or
change in points (or "an N percent lead"), and the two shares must be the only two in the
sentence or written as one pair ("A% to B%", "from A% to B%"). Rounding within the written
digits and the qualifier ("about", "more than") is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from flagger.annotations.document import Document
from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import PERCENT_WORD, WORD_VALUES
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

WORDS = trie(sorted(WORD_VALUES, key=len, reverse=True))
QUALIFIER = (
    r"(?P<q>(?:about|around|roughly|nearly|almost|some|approximately|just over|just under|"
    r"more than|over|less than|under)\s+)?"
)
AMOUNT = rf"(?P<n>\d+(?:\.\d+)?|{WORDS})"
LEAD_NOUN = r"(?:lead|margin|advantage|edge|gap|deficit|swing)"
MARGINS = (
    # "six-point lead", "by 28 points", "9 percentage points", "a gain of 3.5 points"
    lazy(rf"(?<![\w.,]){QUALIFIER}{AMOUNT}(?:-|\s)(?P<pp>percentage[- ])?points?\b",
               re.IGNORECASE),
    # "a 6.7 percent lead over"
    lazy(rf"(?<![\w.,]){QUALIFIER}{AMOUNT}\s?(?:%|percent|per cent)\s+{LEAD_NOUN}\b",
               re.IGNORECASE),
)
# A plain "points" margin is a share margin only beside lead or change-of-share words.
LEAD_CUE = lazy(
    rf"\b(?:{LEAD_NOUN}s?|lead(?:s|ing)?|ahead|behind|trail(?:s|ed|ing)?|narrow(?:ed|ing)?|"
    r"widen(?:ed|ing)?|higher|lower)\b",
    re.IGNORECASE,
)
# ... or between two shares written as a change ("from 71% to 55%", "to 64% from 58%").
SHARE_CHANGE = lazy(
    r"\b(?:from|to)\s+\d+(?:\.\d+)?\s?(?:%|percent|per cent|pct)?[^;%]{0,30}?\s(?:from|to)\s+"
    rf"\d+(?:\.\d+)?{PERCENT_WORD}"
)
SHARE = lazy(rf"(?<![\w.,])(?P<p>\d+(?:\.\d+)?){PERCENT_WORD}")
PAIR = lazy(
    r"(?<![\w.,])(?P<a>\d+(?:\.\d+)?)\s?(?:%|percent|per cent|pct)?\s*(?:to|-|–|versus|vs\.?)\s*"
    rf"(?:[A-Z][\w.-]*['’]s\s+)?(?P<b>\d+(?:\.\d+)?){PERCENT_WORD}"
)
"""Two shares as one pair: "47% to 43%", "46-41 percent", "45 percent to Trump's 43.9 percent"."""
# Points of a score, an index or a test are no share margin.
OTHER_POINTS = lazy(
    r"\b(?:scored|scoring|score|index|Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|basis|rebounds?|assists?|"
    r"goals?|yards?|runs?|wickets?|seconds?|penalty|game|match|quarter|half|innings)\b",
    re.IGNORECASE,
)
# The margin and its shares must share a clause ("a 5-point lead nationally, but in the
# swing states 52 percent to 45 percent" compares two polls).
CLAUSE_END = lazy(r";|,?\s+(?:but|while|whereas|though|although)\s")
# The margin is the second member of a pair ("a 53 percent to 45 percent margin").
MEMBER_BEFORE = lazy(
    r"\d\s?(?:%|percent|per cent|pct)?\s*(?:\bto|-|–|\bversus|\bvs\.?)\s*$"
)
# An earlier margin set against today's shares.
THEN_BEFORE = lazy(
    r"\bfrom\s+(?:[a-z]+['’]?s?\s+){0,2}$|\b(?:had|held|was|were)\s+(?:an?\s+)?$"
)
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
THEN_AFTER = lazy(
    rf"\s*(?:{LEAD_NOUN}\s+)?(?:(?:in|since)\s+(?:mid-|early\s|late\s)?{MONTH}|last\b|earlier\b|"
    r"previously\b|the\s+(?:week|month|day|year)\s+before\b|an?\s+(?:week|month|year)\s+ago\b)"
)
DATED = lazy(r"[A-Z][a-z]{2,8}\.?\s+$")
"""A bare figure after a month is a day ("on Sept. 10 to 19.6 percent")."""
OVER_AFTER = lazy(rf"\s+(?:{LEAD_NOUN}\s+)?(?:over|ahead\s+of|against)\b")
COMPARED = lazy(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against)\s")
SUMMED = lazy(r"(?:[—–]|\s-|,)\s*(?:an?|the)\s+(?:\w+\s+)?$")
"""Two shares set side by side, then the margin that sums them up: "70% of one group, compared
to 18% of the other — a 52-point gap"."""
LEADER = lazy(r"\b(?:lead(?:s|ing)?|ahead|trail(?:s|ed|ing)?|behind)\b", re.IGNORECASE)
"""A margin told apart from its shares must be a lead of one side over the other."""
NAME = lazy(r"\b[A-Z][a-z]{3,}\b")
"""A name of a side ("Clinton", "Trump"): both sides must be named again by the shares."""
THEN_SENTENCE = lazy(r"\b(?:another|other|earlier|previous|prior|last|separate)\s+(?:\w+\s+)?"
                     r"(?:polls?|surveys?|months?|weeks?|years?)\b|\bago\b", re.IGNORECASE)
"""A shares sentence that turns to another poll, time or group is no longer the margin's."""
YEAR = lazy(r"\b(?:19|20)\d\d\b")
GATE = lazy(r"points?\b|(?:%|percent|per cent) (?:lead|margin|advantage|edge|gap)")


def leads(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for margins in points their two shares contradict."""
    text = doc.text
    if "point" not in text and "lead" not in text:
        return
    seen: set[int] = set()
    for hit in GATE.finditer(text):
        index = doc.sentence_index(hit.start()) if doc.sentences else -1
        if index in seen:
            continue
        seen.add(index)
        start, end = (doc.sentences[index].start, doc.sentences[index].end) if index >= 0 else (
            0, len(text))
        after = doc.sentences[index + 1] if 0 <= index < len(doc.sentences) - 1 else None
        yield from _sentence(doc, rule, start, end, (after.start, after.end) if after else None)


def _sentence(
    doc: Document, rule: Rule, start: int, end: int, after: tuple[int, int] | None
) -> Iterator[Finding]:
    text = doc.text
    if OTHER_POINTS.search(text, start, end):
        return
    margins = [m for form in MARGINS for m in form.finditer(text, start, end)
               if not MEMBER_BEFORE.search(text, max(start, m.start() - 24), m.start())]
    if len(margins) != 1:
        return  # two margins compare polls or dates ("from 8 points in August to 2 points")
    margin = margins[0]
    if THEN_BEFORE.search(text, max(start, margin.start() - 25), margin.start()) or (
        THEN_AFTER.match(text, margin.end())
    ):
        return  # an earlier margin ("down from her 29-point lead in August")
    sentence = text[start:end]
    if "point" in margin.group() and not margin.group("pp") and not (
        LEAD_CUE.search(sentence) or SHARE_CHANGE.search(sentence)
    ):
        return
    cuts = [start, *(m.start() for m in CLAUSE_END.finditer(text, start, end)), end]
    left, right = next((a, b) for a, b in pairwise(cuts) if a <= margin.start() < b)
    pair = _pair(text, left, right, margin)
    if pair is None and after is not None and _bare_margin(text, start, end, margin):
        pair = _next_pair(text, (start, end), after)
    if pair is not None:
        yield from _judge(doc, rule, margin, pair)


def _bare_margin(text: str, start: int, end: int, margin: re.Match[str]) -> bool:
    """Whether the margin's sentence holds no share but the margin, and says who leads."""
    shares = [m for m in SHARE.finditer(text, start, end) if not margin.start() <= m.start() <
              margin.end()]
    return not shares and LEADER.search(text, start, end) is not None


def _next_pair(
    text: str, margin: tuple[int, int], after: tuple[int, int]
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The shares of a margin told in the sentence after it ("Clinton leads Trump by 7
    points. … showing Clinton up 46-41 percent over Trump"): its first pair of shares, or its
    only two shares set against each other, when it names the same two sides."""
    start, end = after
    if OTHER_POINTS.search(text, start, end) or THEN_SENTENCE.search(text, start, end):
        return None
    if set(YEAR.findall(text, start, end)) - set(YEAR.findall(text, *margin)):
        return None  # "In 2008, Obama … 66% to 32%" after a lead of 2012
    names = {m.group() for m in NAME.finditer(text, *margin)}
    if len(names & {m.group() for m in NAME.finditer(text, start, end)}) < 2:
        return None
    pair = PAIR.search(text, start, end)
    if pair is not None:
        first = SHARE.match(text, pair.start("a"))
        second = SHARE.match(text, pair.start("b"))
        return None if second is None else (first or _bare(pair), second)
    shares = list(SHARE.finditer(text, start, end))
    if len(shares) == 2 and COMPARED.search(text, shares[0].end(), shares[1].start()):
        return shares[0], shares[1]
    return None


def _pair(
    text: str, start: int, end: int, margin: re.Match[str]
) -> tuple[re.Match[str], re.Match[str]] | None:
    """Return the two shares the margin separates: a written pair ("58 percent to 34 percent"),
    a change ("to 45% from 38%"), or "at 47% with a six-point lead over Clinton at 43%"."""
    changes = list(SHARE_CHANGE.finditer(text, start, end))
    if len(changes) == 1:
        inside = list(SHARE.finditer(text, changes[0].start(), changes[0].end()))
        return (inside[0], inside[1]) if len(inside) == 2 else None
    pairs = list(PAIR.finditer(text, start, end))
    if len(pairs) == 1:
        first = SHARE.match(text, pairs[0].start("a"))
        second = SHARE.match(text, pairs[0].start("b"))
        dated = DATED.search(text, max(start, pairs[0].start() - 12), pairs[0].start())
        if second is not None and (first is not None or not dated):
            return first or _bare(pairs[0]), second
    shares = list(SHARE.finditer(text, start, end))
    if (
        len(shares) == 2
        and shares[0].end() <= margin.start() < margin.end() <= shares[1].start()
        and OVER_AFTER.match(text, margin.end())
    ):
        return shares[0], shares[1]
    if (
        len(shares) == 2
        and shares[1].end() <= margin.start()
        and COMPARED.search(text, shares[0].end(), shares[1].start())
        and SUMMED.search(text, shares[1].end(), margin.start())
    ):
        return shares[0], shares[1]
    return None


def _bare(pair: re.Match[str]) -> re.Match[str]:
    """A share written without its sign ("58 to 34 percent") read as one."""
    found = re.match(r"(?P<p>\d+(?:\.\d+)?)", pair.group("a"))
    assert found is not None
    return found


def _judge(
    doc: Document, rule: Rule, margin: re.Match[str],
    pair: tuple[re.Match[str], re.Match[str]],
) -> Iterator[Finding]:
    word = margin.group("n").casefold()
    stated = float(word) if word[0].isdigit() else float(WORD_VALUES.get(word, -1))
    first, second = (float(m.group("p")) for m in pair)
    if stated <= 0 or first > 100 or second > 100 or first == second:
        return
    gap = abs(first - second)
    slack = sum(_half(m.group("p")) for m in pair) + _half(margin.group("n")) + 0.01
    low, high = gap - slack, gap + slack
    qualifier = (margin.group("q") or "").strip().casefold()
    if qualifier in {"more than", "over", "just over"}:
        low = 0.0
    elif qualifier in {"less than", "under", "just under"}:
        high = float("inf")
    elif qualifier:
        low, high = low - 1, high + 1
    if low <= stated <= high:
        return
    relative = gap / min(first, second) * 100
    if "point" not in margin.group() and abs(relative - stated) <= 0.5 + 0.02 * stated:
        return  # "a 10 percent lead" read as a relative lead
    texts = tuple(m.group().strip() for m in pair)
    yield rule.finding(
        doc, margin.start("n"), margin.end(),
        f"a margin of {margin.group('n')} does not fit {texts[0]} against {texts[1]}: "
        f"that is {gap:.4g} points",
        related=tuple(Span(m.start(), m.end(), m.group().strip(), "share") for m in pair),
        evidence=(f"{first:g} − {second:g} = {first - second:.4g}",),
    )


def _half(digits: str) -> float:
    """Half the unit of the last written digit ("47.7" → 0.05; "six" → 0.5)."""
    if not digits[0].isdigit():
        return 0.5
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 / float(10**decimals)
