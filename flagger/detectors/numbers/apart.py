"""N102 changes told apart from their levels: the percentage in one sentence, both levels in
the next.

"Its cargo load in April increased 35.9 pct. It carried 4,949,369 ton miles of cargo
compared to 3,546,543 ton miles last April." The change's sentence must hold no other figure
(but years and days), the next sentence exactly one pair of levels ("X ... compared with Y",
"to X from Y", "from Y to X") and no percentage, both sentences must share a content word (the
thing measured), and the levels must move the way the change says. The percentage is then
recomputed as a change written in one sentence is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.changes import DOWN, UP, judge_percent, number_at, percents
from flagger.detectors.numbers.values import MONTH_WORD, NUMBER, NUMBER_RE, figure, is_year
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

MOVE = lazy(rf"\b(?P<verb>{UP}{DOWN})\s+(?:by\s+)?$", re.IGNORECASE)
X_NUMBER = NUMBER.replace("?P<", "?P<x")
UNIT = r"(?:\s+[\w-]+){0,2}?"
ASIDE = r"(?:\s*\([^()]{1,40}\))?(?:,\s+or\s+[^,;()]{1,30}?\s+a\s+share,)?"
"""What may follow a level before the rest of its pair: a conversion in brackets and a
per-share figure ("235 mln guilders ($113 mln), or 6.70 guilders a share, from")."""
ASIDES = lazy(r"\([^()]{1,40}\)|,\s+or\s+[^,;()]{1,30}?\s+a\s+share\b")
PAIRS = (
    lazy(rf"(?<![\w.,]){X_NUMBER}{UNIT}{ASIDE}(?:\s+[\w-]+){{0,4}}?,?\s+(?:compared\s+"
         rf"(?:to|with)|against|versus|vs\.?)\s+(?:a |the )?{NUMBER}"),
    lazy(rf"\bto\s+{X_NUMBER}{UNIT}{ASIDE}(?:\s+[\w-]+){{0,3}}?,?\s+from\s+(?:a |the )?{NUMBER}"),
    lazy(rf"\bfrom\s+{NUMBER}{UNIT}{ASIDE}(?:\s+[\w-]+){{0,3}}?,?\s+to\s+{X_NUMBER}"),
)
WORD = lazy(r"\b[a-z]{4,}\b")
COMMON = frozenset(
    "said says with from that this than were have been compared against versus year years "
    "last month months week weeks also about their which total company percent".split()
)
"""Words two sentences share without naming the same thing."""
END = ".!?"
CLOSING = "\"'”’)"
DAY = lazy(rf"\b{MONTH_WORD}\s+$")


def apart(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a change whose levels the next sentence gives."""
    text = doc.text
    shares = list(percents(text))
    if not any(MOVE.search(text, max(0, m.start() - 20), m.start()) for m in shares):
        return  # no change told in a percentage
    spans = _full_sentences(doc)
    at = 0
    for (start, end), (next_start, next_end) in pairwise(spans):
        while at < len(shares) and shares[at].start() < start:
            at += 1
        here = [m for m in shares[at : at + 2] if m.start() < end]
        if len(here) != 1 or any(next_start <= m.start() < next_end for m in shares[at:at + 2]):
            continue  # one change here, no percentage in the next sentence
        share = here[0]
        move = MOVE.search(text, max(start, share.start() - 20), share.start())
        if move is None or _figures(text, start, end) != 1:
            continue
        pairs = [m for form in PAIRS for m in form.finditer(text, next_start, next_end)]
        if len(pairs) != 1 or _figures(text, next_start, next_end) != 2:
            continue
        first = set(WORD.findall(text, start, end)) - COMMON
        if not first & set(WORD.findall(text, next_start, next_end)):
            continue
        pair = pairs[0]
        x = number_at(text, pair.start("xcur") if pair.group("xcur") else pair.start("xnum"))
        y = number_at(text, pair.start("cur") if pair.group("cur") else pair.start("num"))
        if x is None or y is None:
            continue
        up = re.fullmatch(UP.rstrip("|"), move.group("verb"), re.IGNORECASE) is not None
        if (x.value > y.value) != up:
            continue
        yield from judge_percent(doc, rule, share, x, y)


def _full_sentences(doc: Document) -> list[tuple[int, int]]:
    """The article's sentences, those the splitter cut at a wrapped line joined up to the one
    that ends with a full stop ("… compared to April" + "1986.")."""
    spans: list[tuple[int, int]] = []
    start = None
    for sentence in doc.sentences:
        start = sentence.start if start is None else start
        tail = doc.text[max(sentence.start, sentence.end - 4) : sentence.end].rstrip()
        if tail[-1:] in END or (tail[-1:] in CLOSING and tail[-2:-1] in END):
            spans.append((start, sentence.end))
            start = None
    return spans


def _figures(text: str, start: int, end: int) -> int:
    """How many figures a sentence holds, not counting years, days and the figures of its
    asides (conversions in brackets, per-share figures)."""
    asides = [m.span() for m in ASIDES.finditer(text, start, end)]
    count = 0
    for match in NUMBER_RE.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in asides):
            continue
        if not is_year(figure(match)) and not DAY.search(text, max(0, match.start() - 10),
                                                         match.start()):
            count += 1
    return count
