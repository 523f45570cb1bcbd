"""N102 additions: a count, more of the same added to it, and the total the two are said to make.

"benefits last 26 weeks, but Congress added 13 additional weeks for a total of 36 weeks"
(39); "forbearance for up to three months … an extension for up to nine more months, or 15
months total" (12); "we picked 11 and we're adding seven more. We're gonna have a total of 20"
(18). The addition is a count followed by "more", "additional", "extra" or "further"; its base
is the last count before it (in its sentence or the one before) and names the same noun, or,
with no noun on either, stands in the addition's clause joined by "and"; the total ("a total
of T", "T weeks total", "T in total") follows in the addition's sentence or the next, with no
other count between. A running total ("bringing the total to", "a total of T so far", "T in
three days") may hold more than these two and is left alone, as are counts read loosely
("about", "more than").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import COUNT, count_value, occurrences
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

ADDITION_WORDS = (" more", "dditional", " extra", " further")
"""Cheap gate: an addition needs one of these words."""
ADDED = lazy(
    rf"(?<![\w,.$£€#-]){COUNT}\s+(?:more|additional|extra|further)\b(?!\s+than\b)"
    r"(?:\s+(?P<noun>[a-z]+))?",
    re.IGNORECASE,
)
"""The count added: "13 additional weeks", "nine more months", "seven more"."""
FIGURE = lazy(rf"(?<![\w,.$£€#-]){COUNT}(?![\w%/:-]|[.,]\d)(?:\s+(?P<noun>[a-z]+))?", re.I)
TOTAL_OF = lazy(
    rf"\b(?:a|the)\s+total\s+of\s+{COUNT}(?![\w%-]|[.,]\d)(?:\s+(?P<noun>[a-z]+))?", re.I
)
"""The total stated after the addition: "a total of 36 weeks"."""
TOTAL_AFTER = lazy(
    rf"(?<![\w,.$£€#-]){COUNT}(?:\s+(?P<noun>[a-z]+))?\s+(?:in\s+)?total\b", re.IGNORECASE
)
"""Or told with "total" after it: "15 months total", "20 in total"."""
RUNNING = lazy(
    r"\b(?:so\s+far|since|to\s+date|bringing|brings|brought|raising|taking|cumulative|overall)\b",
    re.IGNORECASE,
)
"""A total that runs over more than the two counts told here."""
RUNS_ON = lazy(
    r"(?:\s+[a-z]+)?\s+(?:so\s+far|to\s+date|since|over|this|last|"
    r"in\s+(?:the\s+)?(?:past|last|first|\d|[a-z]+\s+(?:years?|months?|weeks?|days?|seasons?)\b))",
    re.IGNORECASE,
)
"""After the total, the span it runs over: "a total of 40 so far", "43 in three days"."""
LOOSE = lazy(
    r"\b(?:about|around|roughly|nearly|almost|approximately|some|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|over|under|another|other|others|including|per|each|a\s+day|"
    r"a\s+week|a\s+month|a\s+year|every)\s+$",
    re.IGNORECASE,
)
"""Before a count: the count is read loosely, or it is itself a part added earlier."""
AND = lazy(r"[^\d,;:.]*\band\b[^\d,;:.]*")
"""Between a base with no noun and its addition: one clause joined by "and"."""
FUNCTION_WORDS = frozenset({
    "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "the", "a", "an",
    "is", "are", "was", "were", "will", "would", "be", "been", "that", "this", "than", "as",
    "more", "additional", "extra", "further", "total", "we", "they", "he", "she", "it", "but",
})
"""Words after a count that are no noun of it."""
YEAR = lazy(r"(?:19|20)\d\d")


def additions(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a count plus the count added to it that is not the total given."""
    text = doc.text
    if not doc.sentences:
        return
    for added in _additions(text):
        index = doc.sentence_index(added.start())
        first = doc.sentences[max(0, index - 1)].start
        last = doc.sentences[min(len(doc.sentences) - 1, index + 1)].end
        total = _total(text, added.end(), last)
        base = _base(text, first, added)
        if total is None or base is None or _loose(text, added.start()):
            continue
        if FIGURE.search(text, added.end(), total.start()) or RUNNING.search(
            text, base.start(), total.end()
        ) or RUNS_ON.match(text, total.end("count")):
            continue  # another count between, or a running total ("a total of 40 so far")
        yield from _judge(doc, rule, base, added, total)


def _additions(text: str) -> Iterator[re.Match[str]]:
    """Yield the additions, reading only around the words that mark one."""
    starts = sorted(at for word in ADDITION_WORDS for at in occurrences(text, word))
    found = [ADDED.search(text, max(0, at - 30), at + 40) for at in starts]
    seen: set[int] = set()
    for added in found:
        if added is not None and added.start() not in seen:
            seen.add(added.start())
            yield added


def _base(text: str, first: int, added: re.Match[str]) -> re.Match[str] | None:
    """The count the addition adds to: the last count before it with the same noun, or one
    with no noun joined to the addition by "and"."""
    counts = list(FIGURE.finditer(text, first, added.start()))
    if not counts or _loose(text, counts[-1].start()) or YEAR.fullmatch(counts[-1]["count"]):
        return None  # a loose count, or a year ("in 2019 and two more")
    base = counts[-1]
    noun, more = _noun(base), _noun(added)
    joined = AND.fullmatch(text, base.end("count"), added.start()) is not None
    return base if (noun and noun == more) or (not more and joined) else None


def _total(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first total stated in text[start:end]."""
    found = [m for m in (TOTAL_OF.search(text, start, end), TOTAL_AFTER.search(text, start, end))
             if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def _judge(
    doc: Document, rule: Rule, base: re.Match[str], added: re.Match[str], total: re.Match[str]
) -> Iterator[Finding]:
    values = [count_value(m.group("count")) for m in (base, added, total)]
    noun, unit = _noun(total), _noun(base) or _noun(added)
    if None in values or (noun and unit and _stem(noun) != _stem(unit)):
        return
    first, more, stated = (v for v in values if v is not None)
    if first + more == stated or stated <= max(first, more):
        return
    written = f"{base.group('count')} + {added.group('count')}"
    yield rule.finding(
        doc, total.start("count"), total.end("count"),
        f"a total of {total.group('count')} after {base.group('count')} and "
        f"{added.group('count')} more, which make {first + more:,}",
        related=(Span(base.start("count"), base.end("count"), base.group("count"), "part"),
                 Span(added.start("count"), added.end("count"), added.group("count"), "part")),
        evidence=(f"{written} = {first + more:,} ≠ {stated:,}",),
    )


def _noun(match: re.Match[str]) -> str:
    """The noun after a count ("weeks"), or "" when a function word follows it."""
    word = (match.group("noun") or "").casefold()
    return "" if word in FUNCTION_WORDS else word


def _stem(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") else noun


def _loose(text: str, start: int) -> bool:
    return LOOSE.search(text, max(0, start - 16), start) is not None
