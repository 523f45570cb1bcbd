"""A comparison that reaches back another step than the rest of its story.

A figures story compares its period with one base, and says so several times: "February output
rose 4 pct from February 1986" ... "stocks were 12 pct above a year earlier" (published March
1987). A news desk reads every comparison's base as a step back from its period
(`base_steps`) and expects one step throughout; when the story's comparisons agree on one year
back and a single one reaches two ("in the same month two years ago", "the February 1985
total", "UP 2.4 PCT FROM 1985" over a body comparing with a year earlier), or names a base that
is not before its period, that one is wrong. A base with no period compared is stepped from the
period the story reports (`reported`), else from the year its other comparisons report.

Left alone, as a desk would: a story that compares with several years on purpose (a step of two
years or more named anywhere, two bases of different steps in one sentence, columns of years);
fiscal, crop and split years; revised or restated bases; a comparison of another period than
the story's (a history paragraph); stories whose comparisons disagree more than once. Warnings:
T107 when the odd base is a count ("two years ago"), T101 otherwise, the agreeing base related.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Field, Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.base_steps import Step, steps
from flagger.detectors.temporal.reported import reported_period
from flagger.report.finding import Finding

_CUE = lazy(r"\b(?:from|compared|against|versus|vs|than|above|below|over|on|trail\w*|after|"
            r"following)\b")
_YEARISH = lazy(r"\byear|(?:19|20)\d\d")
# Several years compared on purpose, anywhere in the story.
_SEVERAL = lazy(r"\b(?:(?:two|three|four|five|[2-5])[- ]years?\b(?!\s+(?:ago|earlier|before|"
                r"previously))|(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|(?:19|20)\d\d\s*(?:-|–|to|"
                r"through)\s*(?:19|20)?\d\d\b|\d\d\s*/\s*\d\d\b)")
_FISCAL = lazy(r"\b(?:fiscal|financial\s+year|crop\s+year|marketing\s+year|business\s+year)\b")
_SEASON = lazy(r"\bseasons?\b")
_RESTATED = lazy(r"\b(?:restated|revised|adjusted)\s+$")
# Two years side by side with nothing but space between: the header of a table of years.
_COLUMNS = lazy(r"(?:19|20)\d\d[ \t]+(?:19|20)\d\d\b")
SLIP = 2  # the step an odd base takes: one period further back than the story's


@dataclass(frozen=True, slots=True)
class _Placed:
    """A step, the field and sentence it stands in."""

    step: Step
    field: Field
    sentence: int


def step_conflicts(doc: Document, rule_year: Rule, rule_count: Rule,
                   skip: frozenset[int] = frozenset()) -> Iterator[Finding]:
    """T101 / T107 warnings for the one comparison whose step is not its story's; `skip` holds
    the body offsets other rules already flag or relate."""
    published, text = doc.article.published, doc.text
    low = doc.lowered or text.lower()
    if published is None or not doc.sentences or not _CUE.search(low) \
            or _SEVERAL.search(low) or _FISCAL.search(low) or _COLUMNS.search(text):
        return
    head = doc.headline
    if head is not None and _SEVERAL.search(head.text.lower()):
        return
    placed = list(_read(doc))
    if not placed:
        return
    year = _story_year(doc, placed)
    if year is None or year > published.year:
        return  # a forecast story
    placed = [p if p.step.years is not None or p.step.base_year is None else
              replace(p, step=replace(p.step, years=year - p.step.base_year)) for p in placed]
    placed = [p for p in placed if p.step.years == 1 or not _loose(p)]
    placed = [p for p in placed if p.step.years is not None
              and (p.step.period is None or p.step.period.year in (year, year - 1))]
    if any(p.step.period is not None and p.step.period.year > published.year for p in placed):
        return
    placed = _single_sentences(placed)
    by_step = Counter(p.step.years for p in placed)
    odd = [p for p in placed if p.step.years != 1]
    if by_step[1] < 1 or len(odd) != 1 or odd[0].step.years != SLIP:
        return  # no story step, several odd bases, a base not before its period (read by
        # `compared_periods`), or a long look back written on purpose ("ten years ago")
    wrong = odd[0]
    if wrong.step.period is not None and wrong.step.period.year != year:
        return  # an earlier period than the story's, compared in passing
    if wrong.field == "text" and any(i in skip for i in range(wrong.step.start, wrong.step.end)):
        return  # another rule already flags or relates the base
    partner = min((p for p in placed if p.step.years == 1),
                  key=lambda p: (p.field != "text", abs(p.step.start - wrong.step.start)))
    yield _finding(doc, rule_count if wrong.step.count else rule_year, wrong, partner, year)


def _read(doc: Document) -> Iterator[_Placed]:
    """The steps of the headline and of every body sentence that compares a figure."""
    published = doc.article.published
    assert published is not None
    head = doc.headline
    if head is not None:
        for step in steps(head.text, 0, len(head.text), published):
            yield _Placed(step, "title", -1)
    text, low = doc.text, doc.lowered or doc.text.lower()
    for index, sentence in enumerate(doc.sentences):
        if not _YEARISH.search(low, sentence.start, sentence.end) \
                or not _CUE.search(low, sentence.start, sentence.end) \
                or _SEASON.search(low, sentence.start, sentence.end):
            continue
        for step in steps(text, sentence.start, sentence.end, published):
            if not _RESTATED.search(low, max(0, step.start - 30), step.start):
                yield _Placed(step, "text", index)


def _story_year(doc: Document, placed: list[_Placed]) -> int | None:
    """The year of the period the story reports: the lede's (`reported`), else the one year
    its named comparisons report, else the publication year when its bases count a year back
    from it or from an unnamed latest period ("the week ended May 11 ... a year earlier")."""
    reported = reported_period(doc)
    if reported is not None:
        return reported[0].year
    years = {p.step.period.year for p in placed if p.step.period is not None}
    if len(years) == 1:
        return years.pop()
    published = doc.article.published
    assert published is not None
    if not years and any(p.step.base_year == published.year - 1 or p.step.years == 1
                         for p in placed):
        return published.year  # "from 2,991,000 cwts last year", "a year earlier"
    return None


def _loose(placed: _Placed) -> bool:
    """Whether a base is a bare year with no period compared in the body ("up from 3.5 pct in
    1985"): stepped from the story's year, it may agree with the story but is too loosely tied
    to a period to be the odd one (a paragraph on last year's results)."""
    step = placed.step
    return placed.field == "text" and not step.count and not step.part and step.period is None


def _single_sentences(placed: list[_Placed]) -> list[_Placed]:
    """The steps without those of a sentence whose bases take different steps ("from 4.1 bln
    a year ago and 3.2 bln two years ago": two years compared on purpose); a loose base
    (`_loose`) does not make a sentence's steps differ, and goes where they differ from it."""
    steps_of: dict[tuple[str, int], set[int | None]] = {}
    for p in placed:
        if not _loose(p):
            steps_of.setdefault((p.field, p.sentence), set()).add(p.step.years)
    return [p for p in placed
            if steps_of.get((p.field, p.sentence), {p.step.years}) == {p.step.years}]


def _finding(doc: Document, rule: Rule, wrong: _Placed, partner: _Placed, year: int) -> Finding:
    """The warning on the odd base, the agreeing base related."""
    target = doc.headline if wrong.field == "title" and doc.headline is not None else doc
    said = target.text[wrong.step.start : wrong.step.end]
    source = doc.headline.text if partner.field == "title" and doc.headline else doc.text
    other = source[partner.step.start : partner.step.end]
    steps_back = wrong.step.years or 0
    period = wrong.step.period
    compared = f"{period.year}" if period is not None else f"the story's {year}"
    if steps_back <= 0:
        reach = "is not before the period it is compared with"
    else:
        reach = f"reaches {steps_back} years back"
    message = (f"“{said}” {reach} ({compared} compared with {year - steps_back}), but “{other}” "
               f"compares the same story's figures with one year earlier "
               f"(published {doc.article.published})")
    return rule.finding(
        target, wrong.step.start, wrong.step.end, message, score=0.6, severity="warning",
        evidence=(f"{said} = {steps_back} years back", f"{other} = 1 year back"),
        related=(Span(partner.step.start, partner.step.end, other, "the story's step",
                      partner.field),))
