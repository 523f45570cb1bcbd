"""The output may never be an input: refused with exit 2 before anything is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from flagger.cli import main

RECORD = '{"id": "a", "text": "Sources said the council could approve the plan."}\n'


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_output_equal_to_the_input_file_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(RECORD, encoding="utf-8")
    result = invoke("check", str(archive), "--format", "jsonl", "-o", str(archive))
    assert result.exit_code == 2 and "write elsewhere" in result.stderr
    assert archive.read_text(encoding="utf-8") == RECORD


def test_output_through_another_name_of_the_input_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(RECORD, encoding="utf-8")
    os.link(archive, tmp_path / "hard.jsonl")
    (tmp_path / "soft.jsonl").symlink_to(archive)
    for alias in ("hard.jsonl", "soft.jsonl"):
        result = invoke("check", str(archive), "--format", "jsonl", "-o", str(tmp_path / alias))
        assert result.exit_code == 2, alias
    assert archive.read_text(encoding="utf-8") == RECORD


def test_output_inside_an_input_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.jsonl").write_text(RECORD, encoding="utf-8")
    for output, fmt in (("d/reports.jsonl", "jsonl"), ("d/sub/", "json"), ("d", "json")):
        result = invoke("check", str(tmp_path / "d"), "--format", fmt, "-o", str(tmp_path / output))
        assert result.exit_code == 2 and "inside the input directory" in result.stderr, output
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["a.jsonl"]


def test_input_inside_the_output_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    manifest = tmp_path / "out" / "index.jsonl"
    manifest.write_text(RECORD, encoding="utf-8")
    result = invoke("check", str(manifest), "--format", "json", "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert manifest.read_text(encoding="utf-8") == RECORD


@pytest.mark.parametrize("output", ["", "  "])
def test_empty_output_name_is_refused(tmp_path: Path, output: str) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(RECORD, encoding="utf-8")
    result = invoke("check", str(archive), "--format", "jsonl", "-o", output)
    assert result.exit_code == 2 and "empty" in result.stderr


def test_a_link_to_the_output_inside_an_input_directory_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.jsonl").write_text(RECORD, encoding="utf-8")
    (tmp_path / "d" / "link.jsonl").symlink_to(tmp_path / "out.jsonl")
    out = tmp_path / "out.jsonl"
    args = ["check", str(tmp_path / "d"), "--format", "jsonl", "-o", str(out)]
    invoke(*args)
    for _ in range(2):
        result = invoke(*args, "--resume")
        assert "this run's output" in result.stderr
    records = [line for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2  # a's report and the link's error record, however often resumed
