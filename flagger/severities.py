"""Severity overrides: a newsroom's own weight for a rule or a family of rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import cast

from flagger.finding import SEVERITIES, Finding, Severity


class SeverityError(ValueError):
    """An override names no rule or no severity."""


def check_overrides(overrides: Mapping[str, str], known: Iterable[str]) -> dict[str, Severity]:
    """Return `{code prefix: severity}` upper-cased, refusing unknown prefixes and severities."""
    codes = tuple(known)
    checked: dict[str, Severity] = {}
    for prefix, severity in overrides.items():
        code = prefix.strip().upper()
        if not any(known_code.startswith(code) for known_code in codes):
            raise SeverityError(f"unknown rule code {prefix}; `flagger rules` lists the codes")
        if severity not in SEVERITIES:
            raise SeverityError(
                f"severity of {prefix} must be one of {', '.join(SEVERITIES)}, not {severity!r}"
            )
        checked[code] = cast(Severity, severity)
    return checked


def override(findings: Iterable[Finding], overrides: Mapping[str, Severity]) -> list[Finding]:
    """Give each finding the severity of the longest matching prefix, if any."""
    if not overrides:
        return list(findings)
    result = []
    for finding in findings:
        prefix = max((p for p in overrides if finding.rule.startswith(p)), key=len, default=None)
        result.append(replace(finding, severity=overrides[prefix]) if prefix else finding)
    return result
