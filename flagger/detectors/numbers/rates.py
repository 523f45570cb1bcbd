"""N102 rates per head: "86,607 deaths … a population of 328.2 million … 36.3 deaths per 100,000
people" states a rate its own count and population contradict (26.4 per 100,000).

The rate names what it counts ("36.3 deaths per 100,000"); the count of that noun and the
population ("a population of 328.2 million") stand in its sentence or the one before, each the
only one there. Rounding and a rate cut short rather than rounded are allowed (5%); a
qualified figure ("about", "more than") is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import NUMBER, NUMBER_RE, Figure, figure, format_figure
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

RATE = lazy(
    r"(?<![\w.,$£€#])(?P<r>\d+(?:\.\d+)?)\s+(?P<noun>[a-z]{4,})\s+(?:per|for every)\s+"
    r"(?P<n>100,000|10,000|1,000|100000|million)\s+(?:people|residents|inhabitants|population|"
    r"persons|citizens)\b"
)
POPULATION = lazy(rf"\bpopulation\s+of\s+(?P<q>(?:about|around|some|roughly|nearly|almost|"
                  rf"over|more than|less than|under|just over|just under)\s+)?{NUMBER}\b")
QUALIFIED = lazy(r"\b(?:about|around|some|roughly|nearly|almost|over|more than|less than|"
                 r"under|at least|up to)\s+$")
PER = {"100,000": 1e5, "100000": 1e5, "10,000": 1e4, "1,000": 1e3, "million": 1e6}
SLACK = 0.05


def rates(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for rates per head their count and population contradict."""
    text = doc.text
    for rate in RATE.finditer(text):
        sentence = doc.sentence_index(rate.start())
        start = doc.sentences[max(0, sentence - 1)].start
        populations = list(POPULATION.finditer(text, start, doc.sentences[sentence].end))
        if len(populations) != 1 or populations[0].group("q") or QUALIFIED.search(
            text, max(0, rate.start() - 12), rate.start()
        ):
            continue
        found = populations[0]
        people = _number(text, found.start("cur") if found.group("cur") else found.start("num"))
        count = _count(text, rate, start)
        if count is None or people is None or people.value <= 0:
            continue
        per = PER[rate.group("n")]
        low = (count.value - count.half_unit) / (people.value + people.half_unit) * per
        high = (count.value + count.half_unit) / (people.value - people.half_unit) * per
        stated = float(rate.group("r"))
        if low * (1 - SLACK) <= stated <= high * (1 + SLACK):
            continue
        worked = count.value / people.value * per
        yield rule.finding(
            doc, rate.start("r"), rate.end("r"),
            f"{rate.group('r')} {rate.group('noun')} per {rate.group('n')} does not fit "
            f"{count.text} {rate.group('noun')} in a population of {people.text}: that is "
            f"{worked:,.3g}",
            related=(Span(count.start, count.end, count.text, "count"),
                     Span(people.start, people.end, people.text, "population")),
            evidence=(f"{format_figure(count.value)}"
                      f" / {format_figure(people.value)} × {per:,.0f} = {worked:,.3g}",),
        )


def _count(text: str, rate: re.Match[str], start: int) -> Figure | None:
    """Return the one count of the rate's noun before it ("86,607 deaths from the virus")."""
    noun = re.escape(rate.group("noun"))
    pattern = re.compile(rf"(?<![\w.,]){NUMBER}(?![\w]|\.\d|,\d)\s+(?:[a-z-]+\s+){{0,2}}?{noun}\b")
    found = [m for m in pattern.finditer(text, start, rate.start())
             if not QUALIFIED.search(text, max(0, m.start() - 12), m.start())]
    if len({m.group() for m in found}) != 1:
        return None
    return _number(text, found[-1].start())


def _number(text: str, start: int) -> Figure | None:
    match = NUMBER_RE.match(text, start)
    return figure(match) if match else None
