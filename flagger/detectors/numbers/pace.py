"""N102 pace: growth called faster or slower than before, against the two rates given.

"Output rose at a slower pace than in October. … output rose 0.3% from a revised 0.2% increase
in October"; "growth accelerated in the spring: output rose 0.5%, compared with 0.8% in the
previous quarter". The two rates are a rise ("rose", "grew by a
strong") in percent and the rise of an earlier period it is set against ("compared with 0.9% in
the previous quarter", "from a revised 0.2% increase in October"). The claim of pace stands in
the same sentence or the one before it: a quickening ("accelerating", "a faster pace",
"picked up") needs the later rate above the earlier one, a slowing ("slower pace",
"decelerated", "a slowdown") below it. A bare "slowed" or "eased" may be said of anything in a
sentence ("the dollar was slow to react") and is no claim of pace. A window that holds both
kinds of claim, or rates within the rounding of the less precise one, is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import MONTH_WORD, PERCENT_UNIT, half_unit
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

RATE = r"\d+(?:\.\d+)?"
RATES = lazy(
    r"\b(?:rose|grew|increased|expanded|gained|climbed|advanced|(?:was|were)\s+up)\s+"
    r"(?:by\s+)?(?:(?:an?\s+)?(?:estimated|strong|weak|modest|robust|solid|healthy|sluggish|"
    r"meagre|meager|revised|seasonally\s+adjusted)\s+)*"
    rf"(?P<a>{RATE}){PERCENT_UNIT}(?P<gap>[^%;]{{0,80}}?)"
    r"\b(?:compared\s+(?:with|to)|from|against|versus|vs\.?|up\s+from)\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:(?:upwardly|downwardly|upward|downward)\s+)?revised\s+)?"
    rf"(?P<b>{RATE}){PERCENT_UNIT}(?:\s+(?:rise|increase|gain|growth|advance|expansion))?\s+"
    rf"(?:in|for|during)\s+(?:the\s+)?(?:previous|prior|preceding|first|second|third|fourth|"
    rf"{MONTH_WORD}(?![\w-]))",
    re.IGNORECASE,
)
"""A rise in percent against an earlier period's: "rose 0.7%, compared with 0.9% in the
previous quarter"."""
QUICKER = lazy(
    r"\b(?:accelerat(?:e|es|ed|ing|ion)|quicken(?:s|ed|ing)?|picked\s+up|sped\s+up|"
    r"(?:faster|quicker|stronger|brisker)\s+(?:pace|rate|growth))\b",
    re.IGNORECASE,
)
SLOWER = lazy(
    r"\b(?:slowdown|decelerat(?:e|es|ed|ing|ion)|moderat(?:ed|ing|ion)|"
    r"(?:slower|weaker)\s+(?:pace|rate|growth))\b",
    re.IGNORECASE,
)
CLAIM_WORDS = (
    "ccelerat", " quicken", " picked up", " sped up", " faster ", " quicker ", " stronger ",
    " brisker ", "lowdown", "ecelerat", " moderat", "Moderat", " slower ", " weaker ",
)
"""Parts of QUICKER and SLOWER: an article without any holds no claim of pace."""
BEFORE = 1


def pace(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for growth called quicker or slower than the rates it compares."""
    text = doc.text
    if not doc.sentences or not any(unit in text for unit in ("%", "percent", "per cent", "pct")):
        return
    if not any(word in text for word in CLAIM_WORDS):
        return
    for match in RATES.finditer(text):
        if "percent" in match.group("gap") or "pct" in match.group("gap"):
            continue  # another rate between the two
        index = doc.sentence_index(match.start())
        if doc.sentence_index(match.end()) != index:
            continue
        window = doc.sentences[max(0, index - BEFORE)].start, doc.sentences[index].end
        quicker = QUICKER.search(text, *window) is not None
        if quicker == (SLOWER.search(text, *window) is not None):
            continue  # no claim of pace, or both kinds
        a, b = float(match.group("a")), float(match.group("b"))
        slack = max(half_unit(match.group("a")), half_unit(match.group("b")))
        if (b - a if quicker else a - b) <= slack + 1e-9:
            continue
        claim = "quicker" if quicker else "slower"
        yield rule.finding(
            doc, match.start("a"), match.end("a"),
            f"growth called {claim} than before, but {match.group('a')}% is "
            f"{'below' if quicker else 'above'} the earlier {match.group('b')}%",
            related=(Span(match.start("b"), match.end("b"), match.group("b"), "earlier"),),
            evidence=(f"{match.group('a')} {'<' if quicker else '>'} {match.group('b')}",),
        )


