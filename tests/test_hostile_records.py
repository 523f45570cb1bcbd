"""Records that break the JSON reader or the writer fail alone, as error records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flagger.cli import main

GOOD = {"id": "good", "text": "Sources said the council could approve the plan."}


@pytest.mark.parametrize(
    "hostile",
    [
        '{"id": "deep", "text": "x", "extra": ' + "[" * 5000 + "]" * 5000 + "}",
        "[" * 5000 + "]" * 5000,
        '{"id": "big", "text": "Talks resumed.", "n": ' + "7" * 4400 + "}",
        '{"id": "big2", "text": "Talks resumed.", "title": 1' + "0" * 4400 + "}",
        '{"id": "sur", "text": "Talks \\ud800 resumed on Friday."}',
        '{"id": "sur2", "text": "Talks resumed.", "title": "T\\udfff"}',
        '{"id": "x\\ud800", "text": "Talks resumed."}',
    ],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_hostile_record_is_one_error_record(tmp_path: Path, hostile: str, jobs: str) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(f"{json.dumps(GOOD)}\n{hostile}\n{json.dumps(GOOD | {'id': 'after'})}\n")
    out = tmp_path / "out.jsonl"
    args = ["check", str(archive), "--format", "jsonl", "-o", str(out), "-j", jobs]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["article"]["id"] for r in records][::2] == ["good", "after"]
    assert "error" in records[1] and "error" not in records[0]
    again = CliRunner().invoke(main, [*args, "--resume"])
    assert again.exception is None or isinstance(again.exception, SystemExit)


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_a_lone_surrogate_in_a_json_document_is_an_error_record(tmp_path: Path, fmt: str) -> None:
    document = tmp_path / "a.json"
    document.write_text('{"text": "Talks \\ud800 resumed."}', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(document), "--format", fmt])
    assert result.exit_code == 2 and "surrogate" in result.stderr


def test_a_file_name_with_undecodable_bytes_is_written(tmp_path: Path) -> None:
    name = tmp_path.joinpath(b"\xff-story.txt".decode("utf-8", "surrogateescape"))
    name.write_text("Talks resumed on Friday, officials said.\n", encoding="utf-8")
    for fmt in ("text", "jsonl"):
        result = CliRunner().invoke(main, ["check", str(name), "--format", fmt])
        assert not isinstance(result.exception, UnicodeError), fmt
        assert result.exit_code in (0, 1), result.output
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["check", str(name), "--format", "html", "-o", f"{out}/"])
    assert result.exit_code in (0, 1) and len(list(out.glob("*.html"))) == 2


def test_resume_knows_a_file_with_undecodable_bytes_in_its_name(tmp_path: Path) -> None:
    name = tmp_path.joinpath(b"\xff-story.txt".decode("utf-8", "surrogateescape"))
    name.write_text("Talks resumed on Friday, officials said.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["check", str(name), "--format", "jsonl", "-o", str(out)]
    CliRunner().invoke(main, args)
    CliRunner().invoke(main, [*args, "--resume"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["article"]["id"].endswith("\\udcff-story.txt")
