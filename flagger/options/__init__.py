"""What an analysis may be told: one typed, frozen, validated `Options`.

Options come from keyword arguments (`flagger.analyze(text, select="A,T")`), a config file or the
command line, always through `Options.of`, which checks each value with its row in
`flagger.options.settings.SETTINGS` and each rule code against the known rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from flagger.options.acceptances import Acceptance
from flagger.options.errors import OptionError
from flagger.options.selection import enabled
from flagger.options.settings import BY_NAME


@dataclass(frozen=True, slots=True)
class Options:
    """The options of an analysis; hashable, so workers can keep one pipeline per option set."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    hedge_threshold: float | None = None
    severity: tuple[tuple[str, str], ...] = ()
    accept: tuple[Acceptance, ...] = ()

    @classmethod
    def of(cls, **values: Any) -> Options:
        """Check and convert keyword values (`select="A,T"`, `severity={"A": "info"}`, ...)."""
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - names)
        if unknown:
            raise OptionError(
                f"unknown option {', '.join(unknown)} (known: {', '.join(sorted(names))})"
            )
        from flagger.detectors import RULES  # the detectors load when options are checked

        parsed = {name: BY_NAME[name].parse(value) for name, value in values.items()}
        options = cls(**parsed)
        options.check_codes(rule.code for rule in RULES)
        return options

    def check_codes(self, known: Iterable[str]) -> None:
        """Refuse select, ignore and severity prefixes that match no rule, and empty selections."""
        codes = tuple(known)
        named = (*self.select, *self.ignore, *(code for code, _ in self.severity))
        unknown = [p for p in named if not any(code.startswith(p) for code in codes)]
        if unknown:
            raise OptionError(
                f"unknown rule code {', '.join(dict.fromkeys(unknown))}; "
                "`flagger rules` lists the codes"
            )
        if not any(enabled(code, self.select, self.ignore) for code in codes):
            raise OptionError("--select and --ignore leave no rule to run")

    def enabled(self, code: str) -> bool:
        """Tell whether rule `code` runs under these options."""
        return enabled(code, self.select, self.ignore)
