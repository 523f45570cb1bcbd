"""N rules: figures of one article set against each other.

- N101 count-conflict: a definite back-reference ("the 14 dead", "all 38 people", "of those
  2,957 workers") gives a count its earlier mention ("12 people were killed") does not, with no
  update wording between; or a measure the reporter's words about a speaker and that speaker's
  quote give two values ("a 12-year affair" … "“a 14-year affair,” she said"). Linking the two
  mentions is a judgement: a warning.
- N102 arithmetic-conflict: a stated change, multiple or part the article's own figures
  contradict ("fell 12 percent to 264 from 280"; "doubled to 261 from 179"; "five of the four
  hostages"). Rounding within what the written digits allow is no conflict: an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.additions import ADDITION_WORDS, additions
from flagger.detectors.numbers.amounts import amounts
from flagger.detectors.numbers.apart import apart
from flagger.detectors.numbers.bases import bases
from flagger.detectors.numbers.changes import percent_changes
from flagger.detectors.numbers.combined import combined
from flagger.detectors.numbers.consisting import consisting
from flagger.detectors.numbers.conversions import conversions
from flagger.detectors.numbers.definite_amounts import definite_amounts
from flagger.detectors.numbers.direction import direction
from flagger.detectors.numbers.divided import divided
from flagger.detectors.numbers.earned_on import earned_on
from flagger.detectors.numbers.earnings import earnings
from flagger.detectors.numbers.halves import halves
from flagger.detectors.numbers.headline_lines import headline_lines
from flagger.detectors.numbers.headline_results import headline_results
from flagger.detectors.numbers.included import included
from flagger.detectors.numbers.later_changes import later_changes
from flagger.detectors.numbers.leads import leads
from flagger.detectors.numbers.line_changes import line_changes
from flagger.detectors.numbers.listed import listed
from flagger.detectors.numbers.misgrouped import misgrouped
from flagger.detectors.numbers.moves import moves
from flagger.detectors.numbers.multiples import MULTIPLIED, comparisons, multiples
from flagger.detectors.numbers.next_levels import next_levels
from flagger.detectors.numbers.notes import notes
from flagger.detectors.numbers.opinions import opinions
from flagger.detectors.numbers.order import order
from flagger.detectors.numbers.ownership import ownership
from flagger.detectors.numbers.pace import pace
from flagger.detectors.numbers.partitives import partitives
from flagger.detectors.numbers.parts_after import parts_after
from flagger.detectors.numbers.plus import plus
from flagger.detectors.numbers.premiums import premiums
from flagger.detectors.numbers.ranges import ranges
from flagger.detectors.numbers.rates import rates
from flagger.detectors.numbers.records import records
from flagger.detectors.numbers.referred_shares import referred_shares
from flagger.detectors.numbers.remaining import remaining
from flagger.detectors.numbers.restatements import DIGIT, restatements
from flagger.detectors.numbers.retold import retold
from flagger.detectors.numbers.shares import shares
from flagger.detectors.numbers.sized import sized
from flagger.detectors.numbers.splits import splits
from flagger.detectors.numbers.stakes import stakes
from flagger.detectors.numbers.sums import sums
from flagger.detectors.numbers.swapped_digits import swapped_digits
from flagger.detectors.numbers.told_levels import told_levels
from flagger.detectors.numbers.trade import trade
from flagger.detectors.numbers.transposed import transposed
from flagger.detectors.numbers.values import COUNT, DIGIT_RUNS, SCALE, count_value
from flagger.detectors.numbers.wholes import wholes
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

N101 = Rule(
    "N101", "count-conflict", "number", "warning",
    "a count the article gives two different values for, with no update between",
    "Two tolls for one event leave the reader not knowing which is right.",
    "12 people were killed … the 14 dead",
    "Make the counts agree, or say that the figure was updated.",
)
N102 = Rule(
    "N102", "arithmetic-conflict", "number", "error",
    "a change, multiple or part the article's own figures contradict",
    "Arithmetic a reader can redo and that does not add up undermines every figure in the story.",
    "sales fell 12 percent to 264 from 280 (a 5.7% fall)",
    "Recompute the figure from the article's own numbers.",
)
RULES = (N101, N102)

WHOLE = COUNT.replace("?P<count>", "?P<whole>")
OWNERS = r"(?:the|its|their|those|these|all|his|her|our|my|your)"
"""Whose the whole is, between "of" and its count: "five of the four", "121 of his 112"."""
PARTS = lazy(
    rf"\b{COUNT}\s+(?:of\s+{OWNERS}|out\s+of(?:\s+{OWNERS})?)\s+{WHOLE}\b", re.IGNORECASE
)
"""A part and the whole it is of: "five of the four hostages", "48 out of 45 patients"."""

def detect(doc: Document) -> Iterator[Finding]:
    """Yield N101 and N102 findings."""
    text = doc.text
    if "%" in text or "pct" in text or "percent" in text or "per cent" in text:
        yield from percent_changes(doc, N102)
        yield from later_changes(doc, N102)
        yield from referred_shares(doc, N102)
        yield from moves(doc, N102)
        yield from apart(doc, N102)
        yield from bases(doc, N102)
        yield from ranges(doc, N102)
        yield from divided(doc, N102)
    told_findings = list(told_levels(doc, N102))
    yield from told_findings
    if any(word in text for word in MULTIPLIED):
        yield from multiples(doc, N102)
    yield from next_levels(doc, N102)
    if " the " in text or "'s " in text or "’s " in text:
        yield from comparisons(doc, N102)
    if "point" in text or "lead" in text:
        yield from leads(doc, N102)
    if " vs" in text:
        tabled = list(earnings(doc, N102))
        yield from tabled
        told = {(f.start, f.end) for f in tabled}
        yield from (f for f in swapped_digits(doc, N102) if (f.start, f.end) not in told)
        yield from misgrouped(doc, N102)
        yield from notes(doc, N102)
        yield from headline_results(doc, N102)
        yield from headline_lines(doc, N101, N102)
        if "pct" in text or "%" in text or "percent" in text:
            yield from line_changes(doc, N102)
    if " of " in text:
        yield from _parts(doc)
        yield from wholes(doc, N102)
    if "of " in text or "Of " in text:
        yield from partitives(doc, N102)
    if ", including" in text or ", of wh" in text:
        yield from included(doc, N102)
    directed: list[Finding] = []
    if "from" in text:
        yield from amounts(doc, N102)
    if "from" in text or "after" in text or "compared" in text or "against" in text:
        directed = list(direction(doc, N102))
        yield from directed
    if "(" in text:
        yield from conversions(doc, N102)
    if " combined " in text:
        yield from combined(doc, N102)
    if " consist" in text or " comprise" in text or " made up of " in text:
        yield from consisting(doc, N102)
    if "own" in text or "each" in text:
        yield from ownership(doc, N102)
    if "stake" in text:
        verbs = {(f.start, f.end) for f in directed}  # a stake's reversed verb, told once
        yield from (f for f in stakes(doc, N102) if (f.start, f.end) not in verbs)
    if "ppose" in text or "pprove" in text or "reject" in text:
        yield from opinions(doc, N102)
    if "plus" in text and "total" in text:
        yield from plus(doc, N102)
    if "on revenue" in text or "on sales" in text or "on turnover" in text:
        yield from earned_on(doc, N102)
    if "premium of" in text or "discount of" in text:
        yield from premiums(doc, N102)
    if "xport" in text:
        yield from trade(doc, N102)
    yield from shares(doc, N102)
    yield from order(doc, N102)
    yield from records(doc, N102)
    if "nclud" in text or "ompris" in text or "onsist" in text or "made up of" in text:
        yield from parts_after(doc, N102)
    yield from pace(doc, N102)
    if "half" in text or "third" in text or "quarter" in text or "majority" in text:
        yield from halves(doc, N102)
    digit_runs = list(DIGIT_RUNS.finditer(text))
    yield from listed(doc, N102, digit_runs)
    if "population of" in text:
        yield from rates(doc, N102)
    if "remaining" in text:
        yield from remaining(doc, N102)
    if "remaining" in text:
        yield from splits(doc, N102)
    summed: list[Finding] = []
    if "total of" in text or "either" in text or "-seat " in text or "-member " in text:
        summed = list(sums(doc, N102))
        yield from summed
    if "total" in text and any(word in text for word in ADDITION_WORDS):
        told = {(f.start, f.end) for f in summed}
        yield from (f for f in additions(doc, N102) if (f.start, f.end) not in told)
    from flagger.detectors.numbers.counts import counts

    counted = list(counts(doc, N101))
    yield from counted
    yield from transposed(doc, N101, digit_runs)
    flagged = {(f.start, f.end) for f in counted}
    retold_found = [f for f in retold(doc, N101) if (f.start, f.end) not in flagged]
    yield from retold_found
    flagged |= {(f.start, f.end) for f in retold_found}
    restated = [f for f in restatements(doc, N101) if (f.start, f.end) not in flagged]
    yield from restated
    flagged |= {(f.start, f.end) for f in restated}
    pointed = [f for f in definite_amounts(doc, N101) if (f.start, f.end) not in flagged]
    yield from pointed
    flagged |= {(f.start, f.end) for f in pointed}
    yield from (f for f in sized(doc, N101) if (f.start, f.end) not in flagged)
    if '"' in text or "“" in text:
        from flagger.detectors.numbers.quoted_counts import quoted_counts

        starts = {f.start for f in counted + retold_found}
        yield from quoted_counts(doc, N101, starts)
    if doc.headline is not None:
        from flagger.detectors.numbers.headline_counts import headline_counts
        from flagger.detectors.numbers.headline_moves import headline_moves
        from flagger.detectors.numbers.headline_payouts import headline_payouts

        told_heads = {(f.start, f.end) for f in told_findings if f.field == "title"}
        yield from (f for f in headline_payouts(doc, N102) if (f.start, f.end) not in told_heads)
        headed = list(headline_counts(doc, N101))
        yield from headed
        yield from headline_moves(doc, N101, N102)
        if DIGIT.search(doc.headline.text.lower()):  # "6 MLN SHR", "SIX MLN SHR"
            from flagger.detectors.numbers.headline_amounts import headline_amounts

            heads = {f.start for f in headed}
            yield from (f for f in headline_amounts(doc, N101) if f.start not in heads)


SCALE_AFTER = lazy(r"\s?(?P<s>thousand|million|billion|trillion|mln|bn|tn|k|m)\b", re.I)
DECIMALS_AFTER = lazy(r"[.,]\d")
KIND_AFTER = lazy(r"-[A-Za-z]")
"""A scale word after a count ("24 million"): the count is that many thousands or millions."""
RATING_SCALES = (5, 10, 100)
"""A bare "out of" these is a scale a score may be said to pass ("11 out of 10")."""
PARTS_GATE = lazy(
    rf" (?:of {OWNERS}|out of(?: {OWNERS})?) (?:\d|[a-z]+(?:-[a-z]+)? [a-z])"
)


def _parts(doc: Document) -> Iterator[Finding]:
    text = doc.text
    read: set[int] = set()  # "out of the" opens two gates on one part
    for gate in PARTS_GATE.finditer(text):
        match = PARTS.search(text, max(0, gate.start() - 20), gate.end() + 20)
        if match is None or match.start("whole") < gate.start() or match.start() in read:
            continue
        read.add(match.start())
        yield from _part(doc, match)


def _scale(match: re.Match[str] | None) -> float:
    return SCALE[match.group("s").casefold()] if match else 1.0


def _part(doc: Document, match: re.Match[str]) -> Iterator[Finding]:
    part, whole = count_value(match.group("count")), count_value(match.group("whole"))
    if part is None or whole is None or DECIMALS_AFTER.match(doc.text, match.end("whole")):
        return  # "960,000 of the 6.2 mln shares": the whole has decimals
    if KIND_AFTER.match(doc.text, match.end("whole")):
        return  # "four of his 3-pointers": the figure names a kind, not a count
    part_scale = SCALE_AFTER.match(doc.text, match.end("count"))
    whole_scale = SCALE_AFTER.match(doc.text, match.end("whole"))
    if part * _scale(part_scale) <= whole * _scale(whole_scale) or whole < 2:
        return
    if whole in RATING_SCALES and match.group().casefold().endswith(f"out of {match['whole']}"):
        return  # "a 12 out of 10 for effort": praise past the top of a scale
    yield N102.finding(
        doc, match.start("count"), match.end("count"),
        f"{' '.join(match.group().split())}: a part larger than its whole",
        related=(
            Span(match.start("whole"), match.end("whole"), match.group("whole"), "whole"),
        ),
        evidence=(f"{part} > {whole}",),
    )
