"""The rule record: a public, documented code such as `A101 unnamed-source`."""

from __future__ import annotations

from dataclasses import dataclass

from flagger.finding import Category, Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule's code, name and documentation (what it flags, why, an example)."""

    code: str
    name: str
    category: Category
    severity: Severity
    flags: str
    why: str
    example: str
    fix: str = ""
    needs_published: bool = False
