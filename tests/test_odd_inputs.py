"""Inputs with no article in them say so (exit 2); UTF-16 is read or named, never "binary"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flagger.cli import main

STORY = "Council delays vote\n\nSources said the board could approve the plan.\n"


@pytest.mark.parametrize(
    ("name", "content"), [("a.json", "[]"), ("b.json", "  [ ]\n"), ("c.jsonl", "\n\n  \n")]
)
def test_an_input_without_articles_is_an_error(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--format", "jsonl"])
    assert result.exit_code == 2 and "no articles" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_text_with_a_utf16_or_utf32_bom_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "story.txt"
    data = STORY.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    report = json.loads(result.stdout)
    assert report["article"]["title"] == "Council delays vote", result.stderr


def test_utf16_without_a_bom_is_named(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("utf-16-le"))
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2 and "UTF-16" in result.stderr and "binary" not in result.stderr


def test_utf16_jsonl_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes((json.dumps({"text": STORY}) + "\n").encode("utf-16"))
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2 and "UTF-16" in result.stderr
