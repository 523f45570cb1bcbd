"""Which rules run, and at what severity: code prefixes, the longest match winning."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import cast

from flagger.report.finding import Finding, Severity


def enabled(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Tell whether rule `code` runs: the longest matching prefix decides, ignore on ties."""
    chosen = max((p for p in select if code.startswith(p)), key=len, default=None)
    dropped = max((p for p in ignore if code.startswith(p)), key=len, default=None)
    if dropped is not None and (chosen is None or len(dropped) >= len(chosen)):
        return False
    return chosen is not None or not select


def override(findings: Iterable[Finding], overrides: Sequence[tuple[str, str]]) -> list[Finding]:
    """Give each finding the severity of the longest matching prefix in `overrides`, if any."""
    if not overrides:
        return list(findings)
    table = dict(overrides)
    result = []
    for finding in findings:
        prefix = max((p for p in table if finding.rule.startswith(p)), key=len, default=None)
        severity = cast(Severity, table[prefix]) if prefix else None
        result.append(replace(finding, severity=severity) if severity else finding)
    return result
