"""The grammatical tense around a time expression, which decides "on Friday" and "in May"."""

from __future__ import annotations

from flagger.annotations import recache

_FUTURE = recache.compile(
    r"(?i)\b(?:will|won't|shall|'ll|going\s+to|plans?|planned|planning|scheduled|expected|due"
    r"|set\s+to|would|could|might|upcoming|is\s+to|are\s+to|next|hopes?\s+to|intends?\s+to"
    r"|aims?\s+to|as\s+(?:soon|early)\s+as|until|postponed|delayed|adjourned)\b"
)
_PAST = recache.compile(
    r"(?i)(?<!\bbe\s)(?<!\bbeen\s)\b(?:said|was|were|had|did|ago|last|told|announced|reported|came|went|took|began"
    r"|met|made|gave|held|left|won|lost|got|saw|rose|fell|closed|opened|killed|died|arrived"
    r"|returned|signed|ended|started|launched|attacked|visited|approved|agreed|voted|decided"
    r"|released|issued|published|confirmed|denied|resigned|elected|named|called|asked|\w{3,}ed)\b"
)
_SENTENCE_END = recache.compile(r"[.!?;\n](?:\s|$)|[\"“”]")
_REACH = 100
_RIGHT_PENALTY = 2  # verbs usually precede the time expression they govern


def clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after the span, up to the sentence end or a quotation mark."""
    left = text[max(0, start - _REACH) : start]
    cut = list(_SENTENCE_END.finditer(left))
    if cut:
        left = left[cut[-1].end() :]
    right = text[end : end + _REACH]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[: stop.start()]
    return left, right


def tense_near(text: str, start: int, end: int) -> str | None:
    """Return "FUTURE", "PAST" or None from the tense markers nearest the span in its sentence."""
    left, right = clause(text, start, end)
    best: tuple[int, str] | None = None
    for pattern, label in ((_FUTURE, "FUTURE"), (_PAST, "PAST")):
        for match in pattern.finditer(left):
            distance = len(left) - match.end()
            if best is None or distance < best[0]:
                best = (distance, label)
        after = pattern.search(right)
        if after and (best is None or _RIGHT_PENALTY * after.start() < best[0]):
            best = (_RIGHT_PENALTY * after.start(), label)
    return best[1] if best else None
