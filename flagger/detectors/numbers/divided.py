"""N102 divided wholes: shares of one whole held by parts that exclude each other cannot add up
to more than all of it.

"The poll showed 47% backing Arden, compared with 38% who support Bexley. Corran has 19%
support" (104 percent); "51 percent thought Arden won and 59 percent thought Bexley won"; "40%
of his time to the bank, 70% to the insurer". Two readings say that two or more shares divide
one whole:

- one answer of a poll naming different people: support ("backing Arden", "who support Bexley",
  "Corran has 19% support") or a pick ("thought Arden won");
- a share whose whole is left out because it is the share before it's ("P% of W to A, Q% to
  B": both are of W).

(Opposite answers to one question, "29 percent approve … 78 percent oppose it", are
`opinions`'.) The shares stand in one sentence, or poll answers in two sentences that follow
each other, with no other percentage between them. Shares of named groups ("of Democrats",
"among women", "in Ohio") or told with a change or another time between them ("up from", "in
2012 … in 2016") may have other wholes: such pairs are left alone. The rounding of the written
digits and the qualifier ("about 29" is at least 28, "nearly 50" at least 44.6, "less than"
bounds nothing below) are no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import NEAR, PERCENT_WORD, half_unit, holds_percent
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

SHARE = lazy(
    r"(?<![\w.,])(?P<q>(?:slightly |just )?(?:more than|over|less than|under|about|around|"
    r"roughly|some|approximately|nearly|almost|only|just)\s+)?"
    rf"(?P<p>\d+(?:\.\d+)?){PERCENT_WORD}(?!\s*(?:points?|percentage))",
    re.IGNORECASE,
)
"""A percentage with the qualifier before it: "slightly more than 72 percent", "19%"."""
STANCE = lazy(
    r"(?:\s+(?!(?:among|during|since)\b)[\w'’-]+){0,7}?\s+"
    r"(?:(?P<neg>oppose[sd]?|opposing|opposition|disapprov(?:e[sd]?|al|ing)|against|"
    r"reject(?:s|ed|ing)?)|(?P<pos>approv(?:e[sd]?|al|ing)|support(?:s|ed|ing)?|"
    r"back(?:s|ed|ing)|favou?r(?:s|ed|ing)?)|(?P<think>thought|think|thinks|said|say|says|"
    r"believed?|believes)\s+(?P<winner>[A-Z][\w'’-]+)\s+(?:won|did better|was the winner))\b"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?P<object>(?:[A-Z][\w'’.-]+\s+)*[A-Z][\w'’-]+))?",
)
"""What a share of a poll answers, in the few words after it: a stance ("who support Arden",
"of voters approve of", "oppose it") or a pick ("thought Bexley won")."""
ELIDED = lazy(
    r"\s+of\s+(?P<whole>(?:[\w'’-]+\s+){1,3}?)(?P<prep>to|for|on|into)\s+"
    r"(?P<a>[^,;%.()]{1,40}?),\s+(?:and\s+)?(?=\d)"
)
"""The first share's whole and where it goes, before a second share that leaves out its whole
("40% of his time to the bank, 70% to the insurer")."""
AFTER_ELIDED = r"\s+{prep}\s+(?!\d)"
OTHER_BASE = lazy(
    r"\b(?:among|in|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]+|men|women|whites|blacks|young|older|"
    r"men's|women's|those\s+aged|people\s+aged|adults\s+aged|voters\s+aged)",
)
"""A share of a named group or place ("of Democrats", "among women", "in Ohio")."""
CHANGE = lazy(
    r"\b(?:last|previous|previously|earlier|ago|before|prior|since|from|then|now|rose|fell|up|"
    r"down|increase[sd]?|decrease[sd]?|grew|dropped|jumped|round|runoff|primary|primaries)\b",
    re.IGNORECASE,
)
"""Words of a change or of another time between two shares: they may be of different wholes."""
DATE = lazy(
    r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)
"""Years and months: two different ones around a pair of shares may date different wholes."""
SUBJECT = lazy(r"(?P<name>[A-Z][\w'’-]+)\s+(?:has|had|have|gets|got|with|at|on)\s+$")
"""A person named just before a share of support ("Bexley has 19% support")."""
PICK_GATE = ("pprov", "support", " back", " favo", " won")
"""Words of support or of a pick: without one, no poll answer can name a person."""


@dataclass(frozen=True, slots=True)
class Share:
    """A percentage read as a share: where it stands, its value, its least value (and whether it
    is strictly more), and what it answers (a side of a stance, a person named)."""

    start: int
    end: int
    text: str
    value: float
    least: float
    strict: bool
    side: str = ""
    holder: str = ""


def divided(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for shares of one whole that add up to more than all of it."""
    text = doc.text
    if "%" not in text and "percent" not in text and "pct" not in text:
        return
    yield from _elided(doc, rule)
    if any(word in text for word in PICK_GATE):
        yield from _polls(doc, rule)


def _least(match: re.Match[str]) -> tuple[float, bool] | None:
    """Return the least value a share may have and whether it is strictly more, or None when
    its qualifier bounds it only from above ("less than 15%")."""
    value = float(match.group("p"))
    qualifier = " ".join((match.group("q") or "").casefold().split())
    if qualifier.endswith(("less than", "under")):
        return None
    if qualifier.endswith(("more than", "over")):
        return value, True
    if qualifier in {"nearly", "almost"}:
        return value / NEAR, False
    if qualifier in {"about", "around", "roughly", "some", "approximately"}:
        return value - half_unit(match.group("p")) - 0.5, False
    return value - half_unit(match.group("p")), False


def _over(shares: list[Share]) -> bool:
    """Whether shares that divide one whole add up to more than all of it."""
    total = sum(share.least for share in shares)
    return total > 100.01 or (total >= 99.99 and any(share.strict for share in shares))


def _finding(doc: Document, rule: Rule, shares: list[Share], why: str) -> Finding:
    """Return the finding on the last of `shares`, the others related."""
    last = shares[-1]
    total = sum(share.value for share in shares)
    listed = " + ".join(s.text for s in shares)
    return rule.finding(
        doc, last.start, last.end,
        f"{listed} {why} add up to {total:g} percent: more than the whole",
        related=tuple(Span(s.start, s.end, s.text, "share") for s in shares[:-1]),
        evidence=(f"{' + '.join(f'{s.least:g}' for s in shares)} > 100",),
    )


def _elided(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield findings for "P% of W to A, Q% to B" whose shares of W pass 100 percent."""
    text, low = doc.text, doc.lowered
    for sentence in doc.sentences:
        if low is not None and not holds_percent(low, sentence.start, sentence.end):
            continue  # every share ends in a percent unit
        for first in SHARE.finditer(text, sentence.start, sentence.end):
            head = ELIDED.match(text, first.end(), sentence.end)
            if head is None or CHANGE.search(head.group()) or DATE.search(head.group()):
                continue
            second = SHARE.match(text, head.end(), sentence.end)
            after = re.compile(AFTER_ELIDED.format(prep=head["prep"]))
            if second is None or after.match(text, second.end()) is None:
                continue
            shares = [s for s in (_share(first), _share(second)) if s is not None]
            if len(shares) == 2 and _over(shares):
                yield _finding(doc, rule, shares, f"of {head['whole'].strip()}")


def _share(match: re.Match[str], side: str = "", holder: str = "") -> Share | None:
    """Return the share a SHARE match reads, or None when nothing bounds it from below."""
    least = _least(match)
    if least is None:
        return None
    return Share(match.start(), match.end(), match.group().strip(), float(match.group("p")),
                 *least, side, holder)


def _polls(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield findings for poll answers that exclude each other and pass 100 percent."""
    text, low = doc.text, doc.lowered
    previous: list[Share] = []
    for sentence in doc.sentences:
        answers: list[Share] = []
        if low is not None and not holds_percent(low, sentence.start, sentence.end):
            previous = answers  # a sentence without a share has no answer
            continue
        for match in SHARE.finditer(text, sentence.start, sentence.end):
            answer = _answer(text, match, sentence.end)
            if answer is None:
                previous, answers = [], []  # a share of something else parts the answers
                continue
            answers.append(answer)
            parts = _exclusive(previous + answers)
            if parts and _together(text, parts[0].start, parts[-1].end) and _over(parts):
                yield _finding(doc, rule, parts, "given as answers that exclude each other")
                break
        previous = answers


def _together(text: str, start: int, end: int) -> bool:
    """Whether shares between `start` and `end` are told of one time: no change or other
    time between them, and at most one year or month around them."""
    if CHANGE.search(text, start, end):
        return False
    return len({m.group() for m in DATE.finditer(text, max(0, start - 200), end + 80)}) < 2


def _answer(text: str, match: re.Match[str], end: int) -> Share | None:
    """Return a share with what it answers, or None for a share of something else."""
    stance = STANCE.match(text, match.end(), end)
    if stance is None or OTHER_BASE.search(text, match.end(), stance.start("object") if
                                           stance["object"] else stance.end()):
        return None
    side = "neg" if stance["neg"] else "pos"
    holder = stance["winner"] or stance["object"] or ""
    if not holder and side == "pos":
        subject = SUBJECT.search(text, max(0, match.start() - 40), match.start())
        holder = subject["name"] if subject else ""
    return _share(match, side, holder)


def _exclusive(group: list[Share]) -> list[Share]:
    """Return the shares of `group` that end with its last and divide one whole: support or
    picks naming different people (one may oppose several, so opposition names no whole)."""
    last = group[-1]
    if not last.holder or last.side != "pos":
        return []
    named = [s for s in group if s.side == "pos" and s.holder]
    return named if len({s.holder.split()[-1] for s in named}) == len(named) > 1 else []
