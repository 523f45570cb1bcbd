"""N102 the answers to one question that add up to more than everyone asked.

"35 percent of voters support the deal and 42 percent oppose it, while 33 percent had no
opinion" (110%); "Only 29 percent approve of the bill. More than 78 percent oppose it." A share
that opposes "it" (oppose, disapprove, reject) is read with the share that supports (support,
approve, favour, back) in the same tense before it in its sentence, or in the sentence before
when the opposing share opens its own; a share with no opinion (undecided, unsure, don't know)
after it in its sentence joins them. The opposing share names no group of its own ("70% of
Republicans oppose it", "among Democrats 70% oppose it" answer for others). Rounding and the
qualifiers ("about", "more than") are no conflict: the least each share can be must pass 100.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import NEAR, PERCENT_WORD, format_figure, half_unit
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

QUALIFIER = (
    r"(?P<q>(?:about|around|roughly|nearly|almost|some|approximately|just over|just under|"
    r"(?:slightly |just )?more than|over|less than|under)\s+)?"
)
SHARE = rf"(?<![\w.,]){QUALIFIER}(?P<p>\d{{1,2}}(?:\.\d+)?){PERCENT_WORD}"
SAY = r"(?:(?:say|said)\s+(?:they\s+)?)?"
AGAINST = lazy(
    rf"{SHARE}\s+{SAY}(?P<v>oppose[sd]?|disapprove[sd]?(?:\s+of)?|reject(?:s|ed)?)"
    r"(?:\s+(?:it|them)\b|(?=\s*[.;]))",
    re.IGNORECASE,
)
"""A share against "it", or against what the clause before named ("61 pct disapproved."), with
no group of its own: "22 percent oppose it"."""
AGAINST_GATE = lazy(r"(?:oppose|disapprove|reject)\w*(?:\s+(?:of\s+)?(?:it|them)\b|\s*[.;])")
"""What every `AGAINST` match holds, in the lower-cased text: a plain opening the regex
engine finds fast."""
FOR = lazy(
    rf"{SHARE}(?:\s+of\s+(?:[\w-]+\s+){{1,3}}?)?\s*{SAY}"
    r"(?P<v>(?:support|favou?r|back)(?:s|ed)?|approve[sd]?(?:\s+of)?)\b",
    re.IGNORECASE,
)
"""A share for something: "35 percent of voters support", "29% approve of"."""
UNDECIDED = lazy(
    rf"{SHARE}\s+(?:(?:had|have|has|were|are|was|said\s+they\s+were|say\s+they\s+are)\s+)?"
    r"(?:no\s+opinion|undecided|unsure|not\s+sure|(?:did\s+not|didn['’]t|don['’]t|do\s+not)\s+know)",
    re.IGNORECASE,
)
"""A share with no view: "53 percent had no opinion"."""
OTHERS = lazy(
    r"\bamong\b|(?:\b(?:of|for)\s+(?:the\s+)?[\w-]+\s*[,:]?|\b[\w-]+\s*:|\b[A-Z][\w-]+\s*,?)\s*$"
)
"""A group named before the opposing share ("among Democrats", "of Democrats,", "Democrats:"):
the share answers for that group, not for everyone the first share counts."""
OPENING = lazy(r"[\s\"'“(]*(?:(?:but|and|only|yet)\s+)?", re.IGNORECASE)
"""What may come before a share that opens its sentence."""
PERCENT_AFTER = lazy(PERCENT_WORD)
CUES = ("ppose", "pprove", "eject")
"""Every `AGAINST` match holds one of these (lower case past its first letter)."""
ABOUT = {"about", "around", "roughly", "some", "approximately"}


def opinions(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for support, opposition and no opinion past 100 percent."""
    text = doc.text
    if not doc.sentences or not any(cue in text for cue in CUES):
        return
    low = doc.lowered
    if low is not None and not AGAINST_GATE.search(low):
        return
    for against in AGAINST.finditer(text):
        index = doc.sentence_index(against.start())
        sentence = doc.sentences[index]
        start = sentence.start
        if index > 0 and OPENING.fullmatch(text, sentence.start, against.start()):
            start = doc.sentences[index - 1].start  # the opposing share opens its sentence
        backing = [m for m in FOR.finditer(text, start, against.start())
                   if not OTHERS.search(text[m.end() : against.start()])
                   and _past(m) == _past(against)]
        if not backing:
            continue
        shares = [backing[-1], against,
                  *UNDECIDED.finditer(text, against.end(), sentence.end)][:3]
        least = sum(_least(m) for m in shares)
        if least <= 100:
            continue
        told = [float(m["p"]) for m in shares]
        last = shares[-1]
        yield rule.finding(
            doc, last.start("p"), _share_end(last),
            f"the answers to one question add up to {format_figure(sum(told))}%, more than "
            "everyone asked",
            related=tuple(Span(m.start("p"), _share_end(m), text[m.start("p") : _share_end(m)],
                               "share") for m in shares[:-1]),
            evidence=(" + ".join(m["p"] for m in shares) + f" = {format_figure(sum(told))} > 100",),
        )


def _past(match: re.Match[str]) -> bool:
    """Whether the share's verb is in the past ("opposed"): answers told in two tenses may be
    two polls."""
    return match["v"].split()[0].endswith("d")


def _share_end(match: re.Match[str]) -> int:
    """Where the share's figure and its percent word end ("22 percent")."""
    unit = PERCENT_AFTER.match(match.string, match.end("p"))
    return unit.end() if unit else match.end("p")


def _least(match: re.Match[str]) -> float:
    """The least a share can be, given its rounding and qualifier ("about 29" from 23.65)."""
    value = float(match["p"])
    qualifier = " ".join((match["q"] or "").casefold().split())
    if qualifier.endswith(("more than", "over")):
        return value
    if qualifier in {"less than", "under", "just under"}:
        return 0.0
    if qualifier in {"almost", "nearly"}:
        return value / NEAR - half_unit(match["p"])
    if qualifier in ABOUT:
        return value * 0.85 - 1
    return value - half_unit(match["p"])
