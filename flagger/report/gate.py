"""The gate: which findings make `flagger check` exit 1 (`--fail-on`).

The default, `confident`, fails an article on what is rarely a false alarm: a finding of error
severity (arithmetic-proved: a weekday that does not match its date, an age against a birth date,
a wrong capital or country, figures that do not add up; or any rule raised to error), or a date
contradiction (the T rules: no finding in 2,000 untouched articles, see the README). Speculation
and vague attribution stay in the report for the editor, but one hedged sentence does not fail a
story: 41% of untouched Reuters stories and 85% of BBC stories have one. `warning` restores the
strict gate, `error` and `never` loosen it further.
"""

from __future__ import annotations

from collections.abc import Iterable

from flagger.report.finding import SEVERITIES, Finding

GATES = ("never", "info", "warning", "confident", "error")
DEFAULT_GATE = "confident"
CONFIDENT_CATEGORIES = frozenset({"temporal"})
"""Categories whose warnings the default gate trusts: their measured false-alarm rate is nil."""


def trips(findings: Iterable[Finding], fail_on: str = DEFAULT_GATE) -> bool:
    """Tell whether any active (not accepted) finding trips the gate `fail_on`."""
    if fail_on == "never":
        return False
    active = [f for f in findings if f.suppressed is None]
    if fail_on == "confident":
        return any(
            f.severity == "error"
            or (f.severity == "warning" and f.category in CONFIDENT_CATEGORIES)
            for f in active
        )
    threshold = SEVERITIES.index(fail_on)
    return any(SEVERITIES.index(f.severity) >= threshold for f in active)
