"""Accepted findings: an editor's reasoned 'this one is fine', kept visible in every report.

An acceptance names a rule code and the fingerprint of the sentence it sits in (the first 12 hex
digits of the SHA-1 of the sentence text with its whitespace collapsed). A finding it matches is
kept in the report with `suppressed` set to the reason, and no longer counts toward the score or
the exit status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from flagger.options.errors import OptionError
from flagger.report.finding import Finding


class AcceptanceError(OptionError):
    """An acceptance entry is incomplete or malformed."""


@dataclass(frozen=True, slots=True)
class Acceptance:
    """One accepted finding: which rule, in which sentence, and why."""

    rule: str
    fingerprint: str
    reason: str

    @classmethod
    def from_dict(cls, entry: Mapping[str, Any], where: str) -> Acceptance:
        """Read one `{rule, fingerprint, reason}` entry; every field is required."""
        if not isinstance(entry, Mapping):
            raise AcceptanceError(f"{where}: expected a table with rule, fingerprint and reason")
        values = {key: entry.get(key) for key in ("rule", "fingerprint", "reason")}
        missing = [key for key, value in values.items() if not isinstance(value, str) or not value]
        if missing:
            raise AcceptanceError(f"{where}: missing {', '.join(missing)} (non-empty strings)")
        extra = sorted(set(entry) - set(values))
        if extra:
            raise AcceptanceError(f"{where}: unknown key {', '.join(extra)}")
        rule, print_, reason = (str(values[key]) for key in ("rule", "fingerprint", "reason"))
        return cls(rule.upper(), print_.lower(), reason)


class Acceptances:
    """The accepted findings, looked up by (rule, sentence fingerprint)."""

    def __init__(self, entries: Iterable[Acceptance] = ()) -> None:
        """Index the entries."""
        self.entries = tuple(entries)
        self._reasons = {(a.rule, a.fingerprint): a.reason for a in self.entries}

    def apply(self, findings: Iterable[Finding]) -> tuple[Finding, ...]:
        """Return the findings with the accepted ones marked `suppressed` (never dropped)."""
        return tuple(
            replace(f, suppressed=reason)
            if (reason := self._reasons.get((f.rule, f.fingerprint or ""))) is not None
            else f
            for f in findings
        )
