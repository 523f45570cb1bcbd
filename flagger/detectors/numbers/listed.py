"""N102 listed parts: parts listed after a total that add up to more than the total.

"The 137,000 tonnes comprised 59,500 tonnes …, 53,000 … and 34,500 …"; "a $7.5 million reserve,
including a $4.7 million charge and $3.8 million in costs"; "Of the eight victims, four were
stabbed, two strangled, two beaten and one asphyxiated"; "65% were tourists — 46% from A and
29% from B". The parts follow a cue that opens a list of the total's parts ("comprised",
"including", "of which", a colon or dash, or "Of the N …," before them), are figures of the
total's kind (percentages, the same currency, plain counts), each opens a list item (after the
cue, a comma or "and"), and the sentence holds no other figure of that kind. Parts may fall
short of the total (a list need not be complete); more than the total, beyond the rounding of
the written digits, cannot be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.totals import named, whole
from flagger.detectors.numbers.values import (
    COUNT,
    NUMBER_RE,
    PERCENT_WORD,
    Figure,
    count_value,
    figure,
    format_figure,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

CUE = lazy(
    r",?\s+(?:including|includ(?:ed|es)|compris(?:ed|es|ing)|consist(?:ed|s|ing) of|"
    r"made up of|broken down into|split into)\s+|,\s+of\s+(?:which|whom)\s+|:\s+|\s+[—–]\s+|"
    r"\s+--?\s+|\s+\(\s*"
)
OF_THE = lazy(
    rf"\b(?:(?:Of|Among) the|(?:Out )?of a total of)\s+{COUNT}\s+[a-z][\w\s'’-]{{0,40}}?,\s+",
    re.IGNORECASE,
)
ITEM_COUNT = lazy(rf"(?<![\w,.]){COUNT}(?![\w,.%]|\.\d)", re.IGNORECASE)
ITEM_BEFORE = lazy(r"(?:^|,\s*|\band\s+|\bor\s+|\bplus\s+)(?:an?\s+|the\s+|some\s+)?$")
BOUND = lazy(
    r"\b(?:more than|over|at least|about|around|some|roughly|nearly|almost|up to|approximately)"
    r"\s+(?:[$£€#]\s?)?$",
    re.IGNORECASE,
)
""""more than 50 people": parts may add up to more than a bound."""
PERCENT_AFTER = lazy(PERCENT_WORD)
RATE = lazy(r"\s*(?:for\s+)?(?:per|each|a|an|every)\s+[a-z]")
""""$500 per child", "$1,200 a head", "$40 for each ticket": a rate, not a part."""
SIGNED = lazy(
    r"\b(?:earn|profit|income|loss|net\b|gain|deficit|surplus|balance|margin)",
    re.IGNORECASE,
)
"""Measures with a sign: their listed parts may add up to more when other parts are negative
(never to less, when all of them are listed)."""
TOTAL_REACH = 70
"""How far after a total its list cue may stand ("a $7.5 million reserve for its defense
group, including")."""
PAIR = lazy(rf"\s*(?:to|-|–)\s*{COUNT}\b", re.IGNORECASE)
"""A score or a ratio ("12 to eight", "5-4"), not a total."""
DASHED = lazy(r"\s*(?:--|[—–])\s")
"""A sentence cannot open with a dash: one that does goes on the sentence before it."""
PARTITIVES = ("Of the ", "Among the ", "f a total of ")


def listed(doc: Document, rule: Rule, digit_runs: list[re.Match[str]]) -> Iterator[Finding]:
    """Yield N102 findings for listed parts that add up to more than their total, given the
    article's runs of digits (DIGIT_RUNS)."""
    text = doc.text
    if not doc.sentences:
        return
    runs: dict[int, int] = {}
    for run in digit_runs:
        index = doc.sentence_index(run.start())
        runs[index] = runs.get(index, 0) + 1
    for index, count in runs.items():
        sentence, end = doc.sentences[index], doc.sentences[index].end
        if index + 1 < len(doc.sentences) and DASHED.match(text, doc.sentences[index + 1].start):
            end = doc.sentences[index + 1].end  # "totaled 6.9 mln tonnes\n-- 1.2 mln of wheat"
            count += runs.get(index + 1, 0)
        if count >= 3 and CUE.search(text, sentence.start, end):
            yield from _cued(doc, rule, sentence.start, end)  # a total and two parts
    for opening in PARTITIVES:
        at = text.find(opening)
        while at >= 0:
            sentence = doc.sentences[doc.sentence_index(at)]
            yield from _of_the(doc, rule, sentence.start, sentence.end)
            at = text.find(opening, sentence.end)


def _kind(text: str, fig: Figure) -> str:
    """Percent, a currency, or plain: parts must be of their total's kind."""
    if PERCENT_AFTER.match(text, fig.end):
        return "%"
    return fig.currency or ("scale" if fig.has_scale else "")


def _figures(text: str, start: int, end: int) -> list[Figure]:
    return [figure(m) for m in NUMBER_RE.finditer(text, start, end)]


def _cued(doc: Document, rule: Rule, start: int, end: int) -> Iterator[Finding]:
    text = doc.text
    figures = _figures(text, start, end)
    for index, total in enumerate(figures):
        cue = CUE.search(text, total.end, min(end, total.end + TOTAL_REACH))
        if cue is None or any(f.start < cue.start() for f in figures[index + 1 :]
                              if f.start < cue.end() and not is_year(f)):
            continue  # "a total of 13.0 billion dlrs in fiscal 1988, including": the year is none
        if PAIR.match(text, total.end):
            continue  # "a 12 to eight majority on the committee, which is made up of 10 …"
        kind = _kind(text, total)
        same = [f for f in figures if _kind(text, f) == kind and f is not total]
        parts = [f for f in same if f.start >= cue.end()]
        if len(parts) != len(same) and not (named(text, total) and all(
            f.start < total.start or f in parts for f in same
        )):
            continue  # another figure of the kind; one before a named total is no part
        if not _items(text, cue.end(), parts) or BOUND.search(
            text, max(0, total.start - 16), total.start
        ):
            continue  # "more than 50 people — 25 workers and 27 residents"
        if cue.group().strip() == "(" and (parts[0].start != cue.end() or ")" in text[
            cue.end() : parts[-1].start
        ]):
            continue  # "worth of units (ECUs), 9.72 billion": the parenthesis holds no parts
        yield from _judge(doc, rule, total, parts, whole(text, total, cue, parts))
        return


def _of_the(doc: Document, rule: Rule, start: int, end: int) -> Iterator[Finding]:
    """'Of the eight victims, four were stabbed, two strangled and one beaten.'"""
    text = doc.text
    match = OF_THE.search(text, start, end)
    if match is None:
        return
    whole = count_value(match.group("count"))
    if whole is None:
        return
    parts: list[Figure] = []
    for item in ITEM_COUNT.finditer(text, match.end(), end):
        value = count_value(item.group("count"))
        if value is None or (not ITEM_BEFORE.search(text, match.end(), item.start()) and (
            item.start() != match.end()
        )):
            continue
        parts.append(Figure(item.start(), item.end(), item.group(), float(value), 0.0, 1.0,
                            False, ""))
    total = Figure(match.start("count"), match.end("count"), match.group("count"), float(whole),
                   0.0, 1.0, False, "")
    if len(parts) >= 2 and _items(text, match.end(), parts):
        yield from _judge(doc, rule, total, parts)


def _items(text: str, after: int, parts: list[Figure]) -> bool:
    """Say whether each part opens a list item: the first right after the cue, the others after
    a comma, "and" or "or"."""
    if len(parts) < 2:
        return False
    if re.search(r"\d", text[after : parts[0].start]):
        return False
    previous = parts[0].end
    for part in parts[1:]:
        gap = text[previous : part.start]
        if not ITEM_BEFORE.search(gap) or re.search(r"\d", gap):
            return False
        previous = part.end
    return True


def _judge(
    doc: Document, rule: Rule, total: Figure, parts: list[Figure], exhaustive: bool = False
) -> Iterator[Finding]:
    text = doc.text
    if any(p.value >= total.value for p in parts) or total.value <= 0:
        return
    if any(RATE.match(text, p.end) for p in parts):
        return  # "$500 per child" is a rate, not a part
    slack = total.half_unit + sum(p.half_unit for p in parts)
    added = sum(p.value for p in parts)
    short = exhaustive and added < total.value - slack - 1e-9
    sentence = doc.sentences[doc.sentence_index(total.start)]
    if not short and SIGNED.search(text, sentence.start, sentence.end):
        return  # earnings of 118.8 mln "including" gains of 119.1 mln: other items were losses
    if added <= total.value + slack + 1e-9 and not short:
        return
    last = parts[-1]
    written = " + ".join(p.text for p in parts)
    than, sign = ("less", "<") if short else ("more", ">")
    yield rule.finding(
        doc, last.start, last.end,
        f"the parts listed ({written}) add up to {than} than the {total.text} they make up",
        related=(Span(total.start, total.end, total.text, "total"),
                 *(Span(p.start, p.end, p.text, "part") for p in parts[:-1])),
        evidence=(f"{written} = {format_figure(added)} {sign} {format_figure(total.value)}",),
    )
