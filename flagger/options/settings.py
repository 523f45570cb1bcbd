"""Every setting in one table: the click options, the config-file checks and the library's
keyword arguments all come from it, so adding a setting is one new row.

A setting's `parse` turns a value from the command line, a config file or a keyword argument
into its checked, typed form, or raises `OptionError` saying what it should be.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from flagger.options.acceptances import Acceptance
from flagger.options.errors import OptionError
from flagger.report.finding import SEVERITIES
from flagger.report.gate import DEFAULT_GATE, GATES

FAIL_ON = GATES
Scope = Literal["analysis", "run"]


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its keyword name, config/CLI key, default, checks and help."""

    name: str
    scope: Scope
    default: Any
    parse: Callable[[Any], Any]
    help: str
    metavar: str = "TEXT"
    choices: tuple[str, ...] = ()
    on_command_line: bool = True

    @property
    def key(self) -> str:
        """Return the name used in config files and on the command line (kebab-case)."""
        return self.name.replace("_", "-")


def _codes(name: str) -> Callable[[Any], tuple[str, ...]]:
    """Return a parser of rule codes: 'H,A102' or ['H', 'A102'] → ('H', 'A102')."""

    def parse(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            parts = value.split(",")
        elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            parts = list(value)
        else:
            raise OptionError(f"{name} must be a string or a list of rule codes")
        return tuple(part.strip().upper() for part in parts if part.strip())

    return parse


def _probability(value: Any) -> float | None:
    """Check a probability from 0 to 1 (None: the model's own threshold)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise OptionError(
                f"hedge-threshold must be a number from 0 to 1, not {value!r}"
            ) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise OptionError("hedge-threshold must be a number from 0 to 1")
    if math.isnan(value) or not 0 <= value <= 1:
        raise OptionError(f"hedge-threshold must be a number from 0 to 1, not {value}")
    return float(value)


def _severities(value: Any) -> tuple[tuple[str, str], ...]:
    """Check `{rule code or prefix: severity}`; stored as sorted pairs so options stay hashable."""
    if value is None:
        return ()
    if isinstance(value, tuple):
        value = dict(value)
    if not isinstance(value, Mapping):
        raise OptionError("severity must be a table of rule code = severity")
    pairs = []
    for code, severity in value.items():
        if not isinstance(code, str) or severity not in SEVERITIES:
            raise OptionError(
                f"severity of {code} must be one of {', '.join(SEVERITIES)}, not {severity!r}"
            )
        pairs.append((code.strip().upper(), severity))
    return tuple(sorted(pairs))


def _acceptances(value: Any) -> tuple[Acceptance, ...]:
    """Check the accepted findings (`[[accept]]` tables or `Acceptance`s)."""
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)):
        raise OptionError(
            "accept must be an array of tables ([[accept]] or [[tool.flagger.accept]])"
        )
    return tuple(
        entry if isinstance(entry, Acceptance) else Acceptance.from_dict(entry, f"accept[{n}]")
        for n, entry in enumerate(value)
    )


def _fail_on(value: Any) -> str:
    """Check the lowest severity that fails a run."""
    if value not in FAIL_ON:
        raise OptionError(f"fail-on must be one of {', '.join(FAIL_ON)}, not {value!r}")
    return str(value)


def _score(value: Any) -> int | None:
    """Check a score from 0 to 100 (None: no score limit)."""
    if value is None:
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise OptionError(f"min-score must be an integer from 0 to 100, not {value!r}")
    return value


SETTINGS: tuple[Setting, ...] = (
    Setting("select", "analysis", None, _codes("select"),
            "Only these rule codes or prefixes, comma-separated."),
    Setting("ignore", "analysis", None, _codes("ignore"),
            "Skip these rule codes or prefixes, comma-separated."),
    Setting("hedge_threshold", "analysis", None, _probability,
            "Probability above which a sentence is speculative (default: the model's).",
            metavar="FLOAT"),
    Setting("severity", "analysis", {}, _severities,
            "Severity per rule code or prefix (config file: a table of code = severity).",
            on_command_line=False),
    Setting("accept", "analysis", (), _acceptances,
            "Accepted findings (config file: [[accept]] tables of rule, fingerprint, reason).",
            on_command_line=False),
    Setting("fail_on", "run", DEFAULT_GATE, _fail_on,
            "Exit 1 on findings at this level: error, confident (errors and date "
            "contradictions), warning, info or never.  [default: confident]",
            choices=FAIL_ON),
    Setting("min_score", "run", None, _score,
            "Exit 1 when an article's score is N or more.", metavar="N"),
)
BY_NAME = {setting.name: setting for setting in SETTINGS}
BY_KEY = {setting.key: setting for setting in SETTINGS}
