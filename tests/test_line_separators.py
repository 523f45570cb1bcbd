"""JSONL records are split on \\n alone: U+2028, U+0085 and friends inside a record's text
(unescaped, as ensure_ascii=False writes them) do not split it, on stdin or in any file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from flagger.cli import main

RECORDS = [
    {"id": "a", "text": "Talks\u2028resumed\u0085on Friday.\u2029Sources said so."},
    {"id": "b", "text": "Experts say\x1c the plan\x1d is sound.\x0bReally\x0c."},
]
JSONL = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)


def ids(output: str) -> list[str]:
    reports = [json.loads(line) for line in output.splitlines()]
    assert all("error" not in r for r in reports), reports
    return [r["article"]["id"] for r in reports]


def test_stdin_records_split_on_newline_only() -> None:
    result = CliRunner().invoke(main, ["check", "-", "--format", "jsonl"], input=JSONL)
    assert ids(result.stdout) == ["a", "b"]


def test_records_of_a_file_not_named_jsonl_split_on_newline_only(tmp_path: Path) -> None:
    archive = tmp_path / "archive.txt"
    archive.write_text(JSONL, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(archive), "--format", "jsonl"])
    assert ids(result.stdout) == ["a", "b"]
