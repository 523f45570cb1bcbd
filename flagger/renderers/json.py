"""JSON and JSON Lines: the versioned report schema documented in the README."""

from __future__ import annotations

import json
from typing import Any

from flagger.report import Report


def dumps(record: dict[str, Any], *, indent: int | None = None) -> str:
    """Serialise one record, keeping non-ASCII text readable."""
    separators = None if indent else (",", ":")
    return json.dumps(record, ensure_ascii=False, indent=indent, separators=separators)


def render_json(report: Report, color: bool = False) -> str:
    """Return the report as an indented JSON object."""
    return dumps(report.to_dict(), indent=2) + "\n"


def render_jsonl(report: Report, color: bool = False) -> str:
    """Return the report as one JSON line."""
    return dumps(report.to_dict()) + "\n"
