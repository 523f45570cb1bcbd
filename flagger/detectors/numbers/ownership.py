"""N102 ownership: the stakes an article gives in one company must fit in all of it.

"Virgin Blue, which is 25% owned by Richard Branson" and, later, "Patrick Corporation - which
owns 86% of Virgin Blue" (111%); "its 60 pct owned Biopool Ltd subsidiary" and "former
shareholders own the remaining 30 pct in Biopool Ltd" (90%); "the two firms will each hold a 60
pct interest" (120%). A stake is read with its company (a capitalised name) and, where the
wording gives one, its holder:
- two holders named apart ("owned by A", "B, which owns") whose stakes in one company pass 100%;
- "the remaining R pct" of a company against the one other stake given in it: the two must make
  100 within the written rounding (a third stake, or a change such as "raised its stake to",
  leaves the split open);
- "each" of several holders given more than half.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import half_unit
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

SHARE = r"(?P<p>\d{1,2}(?:\.\d+)?|100)(?:\s?%|\s+pct\b|\s+percent\b|\s+per\s+cent\b)"
NAME = (
    r"(?P<{0}>[A-Z][\w&'’.-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:[A-Z][\w&'’.-]*|(?:of|de|&)(?!\w)))*"
    r"(?<![.,]))"
)
"""A capitalised name, across a wire line break ("CytRx\nBiopool Ltd"); a sentence's end
inside it is cut off by `_named`."""
COMPANY = NAME.format("company")
HOLDER = NAME.format("holder")
OWNED_BY = lazy(rf"{COMPANY},\s+which\s+is\s+{SHARE}[- ]owned\s+by\s+{HOLDER}")
"""The company first, its holder after: "Virgin Blue, which is 25% owned by Richard Branson"."""
OWNS = lazy(
    rf"{HOLDER}\s*(?:,|-|--|—)\s*which\s+(?:owns|holds|controls)\s+(?:a\s+)?{SHARE}\s+"
    rf"(?:(?:stake|interest|holding)\s+in|of)\s+{COMPANY}"
)
"""The holder first: "Patrick Corporation - which owns 86% of Virgin Blue"."""
OWNED = lazy(rf"\b{SHARE}[- ]owned\s+{COMPANY}")
"""A stake with no holder named: "its 60 pct owned CytRx Biopool Ltd subsidiary"."""
REMAINING = lazy(
    rf"\bremaining\s+{SHARE}\s+(?:(?:stake|interest|holding)\s+)?(?:in|of)\s+(?:the\s+)?"
    rf"{COMPANY}"
)
"""The rest of a company: "own the remaining 30 pct in CytRx Biopool Ltd"."""
EACH = lazy(
    rf"\beach\s+(?:will\s+|would\s+|to\s+)?(?:hold|own|have|control|take)s?\s+(?:a\s+|an\s+)?"
    rf"{SHARE}\s+(?:\w+\s+)?(?:stake|interest|holding)"
)
"""Several holders given one stake each: "will each hold a 60 pct ownership interest"."""
CHANGED = lazy(
    r"\b(?:rais|increas|boost|lift|cut|reduc|lower|trimm|add|buy|bought|acquir|sell|sold|offer|"
    r"bid|tender|seek|plan|propos|would|will|from|after|before|previous|formerly|until)\w*",
    re.IGNORECASE,
)
"""Words near a stake that make it a change, a plan or a past holding: stakes of several
times need not add up."""
SENTENCE_END = lazy(r"[.!?](?:\s|$)|\n\s*\n")
UNIT = lazy(r"\s?%|\s+pct\b|\s+percent\b|\s+per\s+cent\b")
GATE = lazy(r"\d(?:\s?%|\s+pct|\s+percent|\s+per\s+cent)")
SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "sa", "ag", "nv", "group"})


@dataclass(frozen=True, slots=True)
class Stake:
    """A share of a company the article gives: where, how much and (if named) whose."""

    start: int
    end: int
    text: str
    share: float
    rounding: float
    company: str
    """The company's name as stakes are matched: "CytRx Biopool Ltd" → "cytrx biopool"."""
    name: str
    holder: str


def ownership(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for stakes in one company that do not fit in all of it."""
    text = doc.text
    if GATE.search(text) is None or ("owned" not in text and "own" not in text
                                     and "each" not in text):
        return
    for match in EACH.finditer(text) if "each" in text else ():
        share = float(match["p"])
        if share - half_unit(match["p"]) > 50:
            yield rule.finding(
                doc, match.start("p"), _unit_end(text, match.end("p")),
                f"each holder's {match['p']} pct makes more than the whole: two such stakes are "
                f"{share * 2:g} pct",
                evidence=(f"2 × {share:g} > 100",),
            )
    held = [*(_stakes(OWNED_BY, text) if "owned by" in text else ()),
            *(_stakes(OWNS, text) if "which" in text else ())]
    loose = list(_stakes(OWNED, text)) if "owned" in text else []
    for stake in held:
        others = [s for s in held if s.company == stake.company and s.holder != stake.holder
                  and s.start < stake.start]
        for other in others:
            if stake.share + other.share - stake.rounding - other.rounding > 100:
                yield _finding(doc, rule, stake, other,
                               f"{stake.holder}'s {stake.text} and {other.holder}'s "
                               f"{other.text} of {stake.name} make "
                               f"{stake.share + other.share:g} pct")
                break
    for rest in _stakes(REMAINING, text) if "remaining" in text else ():
        given = {s.share: s for s in held + loose if s.company == rest.company}
        if len(given) != 1 or _changed(text, rest):
            continue
        other = next(iter(given.values()))
        if _changed(text, other):
            continue
        total = rest.share + other.share
        if abs(total - 100) > rest.rounding + other.rounding:
            yield _finding(doc, rule, rest, other,
                           f"the remaining {rest.text} and the {other.text} of "
                           f"{rest.name} make {total:g} pct, not 100")


def _stakes(pattern: re.Pattern[str], text: str) -> Iterator[Stake]:
    """The stakes one wording gives, with their company's key."""
    for match in pattern.finditer(text):
        words = _named(match["company"])
        company = _key(words)
        if not company:
            continue
        end = _unit_end(text, match.end("p"))
        holder = match["holder"] if "holder" in pattern.groupindex else ""
        yield Stake(match.start("p"), end, text[match.start("p") : end], float(match["p"]),
                    half_unit(match["p"]), company, " ".join(words), " ".join(_named(holder)))


def _unit_end(text: str, at: int) -> int:
    """Where the percent unit after a stake's digits ends."""
    unit = UNIT.match(text, at)
    return unit.end() if unit else at


def _named(name: str) -> list[str]:
    """The words of a name from the last sentence end inside it ("Brett Godfrey. Virgin Blue"
    → Virgin Blue; "Ltd." and initials end no sentence) to its first company suffix ("CytRx
    Biopool Ltd. Biopool AB" → CytRx Biopool Ltd.)."""
    words = name.split()
    start = 0
    for at, word in enumerate(words[:-1]):
        if word.endswith(".") and len(word) > 2 and word[:-1].casefold() not in SUFFIXES:
            start = at + 1
    words = words[start:]
    for at, word in enumerate(words):
        if word.strip(".,").casefold() in SUFFIXES:
            return words[: at + 1]
    return words


def _key(words: list[str]) -> str:
    """A company's name as stakes are matched: "CytRx Biopool Ltd" → "cytrx biopool", the
    words before its first company suffix, without "the", at most three."""
    kept: list[str] = []
    for word in words:
        folded = word.strip(".,").casefold()
        if folded in SUFFIXES:
            break
        if folded != "the" or kept:
            kept.append(folded)
    return " ".join(kept[:3])


def _changed(text: str, stake: Stake) -> bool:
    """Say whether the words around a stake, in its sentence, make it a change, a plan or a
    past holding."""
    start = max(0, stake.start - 60)
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, stake.start)]
    stop = SENTENCE_END.search(text, stake.end, stake.end + 25)
    end = stop.start() if stop else stake.end + 25
    return CHANGED.search(text, max(ends, default=start), end) is not None


def _finding(doc: Document, rule: Rule, stake: Stake, other: Stake, said: str) -> Finding:
    return rule.finding(
        doc, stake.start, stake.end, f"{said}: stakes in one company that do not fit in all of it",
        related=(Span(other.start, other.end, other.text, "other stake"),),
        evidence=(f"{stake.share:g} + {other.share:g}",),
    )
