"""N102 remaining parts: "the remaining R" after a part taken from a whole must be what is left.

"Two of his nine victims are in critical condition, and six of the remaining eight have been
released" (9 − 2 = 7); "the advances went to four banks. The first two banks were liquidated
and the remaining three banks were sold" (4 − 2 = 2). The part is the last count before
"remaining", in its sentence or the one before, told as a part ("P of the W …", "the first
P …"); the whole is the W of that partitive or, failing it, the count of the part's noun just
before it. Nothing else may be counted between the part and "remaining" (a second part would
change what is left).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.mentions import head
from flagger.detectors.numbers.values import COUNT, count_value
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

LEFT = COUNT.replace("?P<count>", "?P<left>")
WHOLE = COUNT.replace("?P<count>", "?P<whole>")
FIRST = COUNT.replace("?P<count>", "?P<first>")
REMAINING = lazy(rf"\b(?:the|its|their|his|her) remaining\s+{LEFT}(?![\w,.%-]|\.\d)", re.I)
PART = lazy(
    rf"(?:(?<![\w,.$£€-]){COUNT}\s+of\s+(?:the|his|her|its|their|those|these)\s+"
    rf"(?:{WHOLE}(?![\w,.%-]|\.\d)\s+)?|\b[Tt]he first\s+{FIRST}(?![\w,.%-]|\.\d)\s+)"
    r"(?P<words>(?:[A-Za-z][\w'’-]*\s+){0,3})",
    re.IGNORECASE,
)
"""A part: "two of his nine victims", "1,014 of the voters", "the first two banks"."""
OF_REMAINING = lazy(rf"(?<![\w,.$£€-]){COUNT}\s+of\s+$", re.IGNORECASE)
""""six of the remaining eight": a part of what is left, not a second part of the whole."""
FIGURE = lazy(rf"(?<![\w,.$£€-]){COUNT}(?![\w,.%-]|\.\d)", re.IGNORECASE)
WHOLE_BEFORE = lazy(
    rf"(?<![\w,.$£€-]){WHOLE}(?![\w,.%-]|\.\d)(?P<words>(?:\s+[A-Za-z][\w'’-]*){{1,3}})",
    re.IGNORECASE,
)


def remaining(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for "the remaining R" that is not the whole less the part."""
    text = doc.text
    if doc.lowered is not None and "remaining" not in doc.lowered:
        return  # every match holds the word: most texts need no scan
    for match in REMAINING.finditer(text):
        left = count_value(match.group("left"))
        sentence = doc.sentence_index(match.start())
        start = doc.sentences[max(0, sentence - 1)].start
        parts = list(PART.finditer(text, start, match.start()))
        if left is None or not parts:
            continue
        part = parts[-1]
        between = OF_REMAINING.sub("", text[part.end() : match.start()])
        if FIGURE.search(between) or re.search(r"\b(?:and|plus|while|another)\s+\d", between):
            continue  # a second part changes what is left
        found = _whole(doc, part)
        key = "count" if part.group("count") else "first"
        value = count_value(part.group(key))
        if found is None or value is None:
            continue
        whole, at, written = found
        if whole <= value or left >= whole or whole - value == left:
            continue
        yield rule.finding(
            doc, match.start("left"), match.end("left"),
            f"the remaining {match.group('left')} after {part.group(key)} of {written}: "
            f"{written} less {part.group(key)} leaves {whole - value:,}",
            related=(Span(at, at + len(written), written, "whole"),
                     Span(part.start(key), part.end(key), part.group(key), "part")),
            evidence=(f"{whole:,} − {value:,} = {whole - value:,} ≠ {left:,}",),
        )


def _whole(doc: Document, part: re.Match[str]) -> tuple[int, int, str] | None:
    """Return the whole a part is taken from, where it stands and how it is written: the W of
    "P of the W", else the one count of the part's noun in the two sentences before it."""
    if part.group("whole"):
        value = count_value(part.group("whole"))
        return None if value is None else (value, part.start("whole"), part.group("whole"))
    found = head(" " + part.group("words"))
    if found is None:
        return None
    noun = found[0]
    text = doc.text
    sentence = doc.sentence_index(part.start())
    begin = doc.sentences[max(0, sentence - 2)].start
    wholes = []
    for match in WHOLE_BEFORE.finditer(text, begin, part.start()):
        named = head(match.group("words"))
        if named is not None and named[0] == noun:
            wholes.append(match)
    values = {count_value(m.group("whole")) for m in wholes}
    if len(values) != 1:
        return None  # no count of the noun before, or several
    last = wholes[-1]
    value = count_value(last.group("whole"))
    return None if value is None else (value, last.start("whole"), last.group("whole"))
