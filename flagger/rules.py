"""Every rule flagger knows, in one explicit table (no plugin discovery)."""

from __future__ import annotations

from flagger.detectors import attribution, hedging, temporal
from flagger.rule import Rule

RULES: tuple[Rule, ...] = hedging.RULES + attribution.RULES + temporal.RULES
