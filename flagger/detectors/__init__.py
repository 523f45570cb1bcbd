"""The detectors, in one explicit list: each reads a `Document` and yields `Finding`s.

A new rule family is a module here with its `RULES` and a `detect(doc)` function,
added to `FAMILIES` below; nothing else needs to know about it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from flagger.annotations.document import Document
from flagger.detectors import attribution, hedging, numbers, places, temporal
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

Detector = Callable[[Document], Iterable[Finding]]

FAMILIES = (hedging, attribution, temporal, places, numbers)
RULES: tuple[Rule, ...] = tuple(rule for family in FAMILIES for rule in family.RULES)
DETECTORS: tuple[Detector, ...] = tuple(family.detect for family in FAMILIES)
