"""N102 a change named a sentence or two after its two levels: "The deficit fell to 58.9
billion from 64.3 billion. … The deficit's decline of 12.4 percent was the largest since
2001" (64.3 → 58.9 is 8.4 percent).

The change is a noun ("its decline of P percent", "the rise of P pct") with no level of its
own; its two levels are the one "to X from Y" (or "from Y to X") pair of the one or two
sentences before. The statements must be of the same thing: a word of the change's sentence
before it (its subject) stands in the pair's sentence before the pair, and no other change
(another pair or percentage) is told between them. A yearly, average or cumulative change is
over another span than the pair's and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.changes import (
    FROM_TO,
    PERCENT,
    QUALIFIERS,
    TO,
    TO_FROM,
    _read,
    blank_parentheses,
    judge_percent,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

NOUN_CHANGE = lazy(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?P<mods>(?:[a-z][\w'’-]*\s+){0,2}?)"
    r"(?:decline|drop|fall|rise|increase|gain|jump|reduction|growth)\s+of\s+"
    rf"(?P<q>(?:{'|'.join(QUALIFIERS)})\s+)?"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?:pct|percent|per cent|%)(?!\s*(?:points?|pts))"
)
"""A change told as a noun: "its monthly decline of 12.4 percent"."""
OTHER_SPAN = lazy(r"annual|year|average|cumulative|total|compound|overall")
"""A modifier that puts the change over another span than the pair's."""
OWN_LEVEL = lazy(
    r"\s+(?:(?!(?:was|is|were|are|has|had)\b)[A-Za-z]+\s+){0,3}?"
    r"(?:to|from|since|over|compared|against|than)\b"
)
"""A change that goes on to name its own level or base before any verb ("decline of 5 percent
from its peak"; not "decline of 5 percent was the largest since 2001")."""
WORD = lazy(r"\b[a-z]{4,}\b")
COMMON = frozenset(
    "that this with from which will have were been they their said says also after before "
    "over than into about more less since year month week last first new".split()
)
"""Words too common to tell that two sentences speak of the same thing."""
CUE = lazy(r"(?:decline|drop|fall|rise|increase|gain|jump|reduction|growth) of \d")


def later_changes(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a change named after its levels that the levels do not give."""
    if not doc.sentences or CUE.search(doc.text) is None:
        return
    text = blank_parentheses(doc.text)
    for match in NOUN_CHANGE.finditer(text):
        if OTHER_SPAN.search(match.group("mods")) or OWN_LEVEL.match(text, match.end()):
            continue
        index = doc.sentence_index(match.start())
        sentence = doc.sentences[index]
        head = text[sentence.start : match.start()]
        if PERCENT.search(head) or TO.search(head) or index == 0:
            continue  # the change's own sentence tells another change or level first
        begin = doc.sentences[max(0, index - 2)].start
        pairs = [(p, keys) for pattern, keys in ((TO_FROM, ("", "x")), (FROM_TO, ("x", "")))
                 for p in pattern.finditer(text, begin, sentence.start)]
        if len(pairs) != 1:
            continue  # no pair, or several: which one the change is of is unclear
        pair, (x_key, y_key) = pairs[0]
        if PERCENT.search(text, pair.start(), match.start()):
            continue  # another change told between
        own = doc.sentences[doc.sentence_index(pair.start())]
        subject = text[sentence.start : match.end("mods")]
        if not _words(subject) & _words(text[own.start : pair.start()]):
            continue  # no sign the two sentences speak of the same thing
        x, y = _read(text, 0, pair, x_key), _read(text, 0, pair, y_key)
        if x is None or y is None:
            continue
        yield from judge_percent(doc, rule, match, x, y)


def _words(text: str) -> set[str]:
    """The lower-case words of `text` that may name what it speaks of."""
    return {w for w in WORD.findall(text) if w not in COMMON}
