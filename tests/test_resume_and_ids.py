"""--resume retries error records and knows a file by its resolved path; duplicate ids are made
unique; an output that is not flagger's stops --resume with exit 2; temporary files never
follow a symlink."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from flagger.cli import main

GOOD = "Sources said the council could approve the plan."


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def ids(path: Path) -> list[object]:
    return [r["article"]["id"] for r in records(path)]  # type: ignore[index]


def test_resume_retries_error_records_and_ends_with_one_record_each(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": "a", "text": GOOD}), '{"id": "b", "text": 5}']
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ("check", str(archive), "--format", "jsonl", "-o", str(out), "--fail-on", "warning")
    assert invoke(*args).exit_code == 2
    lines[1] = json.dumps({"id": "b", "text": GOOD})  # the cause is fixed
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = invoke(*args, "--resume")
    assert again.exit_code == 1, again.stderr
    assert ids(out) == ["a", "b"] and all("error" not in r for r in records(out))


def test_resume_retries_error_entries_of_a_directory(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"id": "b", "text": 5}\n', encoding="utf-8")
    out = tmp_path / "site"
    args = ("check", str(archive), "--format", "html", "-o", f"{out}/", "--fail-on", "warning")
    assert invoke(*args).exit_code == 2
    archive.write_text(json.dumps({"id": "b", "text": GOOD}) + "\n", encoding="utf-8")
    assert invoke(*args, "--resume").exit_code == 1
    manifest = records(out / "index.jsonl")
    assert [(e["id"], e["error"]) for e in manifest] == [("b", None)]


def test_resume_knows_a_file_by_its_resolved_path(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(GOOD + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        invoke("check", "story.txt", "--format", "jsonl", "-o", str(out))
        again = invoke(
            "check", str(tmp_path / "story.txt"), "--format", "jsonl", "-o", str(out), "--resume"
        )
    finally:
        os.chdir(cwd)
    assert again.exit_code == 0 and ids(out) == ["story.txt"]


@pytest.mark.parametrize("resume", [False, True])
def test_duplicate_ids_are_made_unique_and_nothing_is_overwritten(
    tmp_path: Path, resume: bool
) -> None:
    archive = tmp_path / "a.jsonl"
    stories = [
        {"id": "x", "title": "First story", "text": GOOD},
        {"id": "x", "title": "Second story", "text": "Experts say the plan is sound."},
        {"id": "x~2", "title": "Third story", "text": "The mayor opened the bridge."},
    ]
    archive.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    out = tmp_path / "site"
    args = ["check", str(archive), "--format", "json", "-o", f"{out}/"]
    if resume:
        archive.write_text(json.dumps(stories[0]) + "\n", encoding="utf-8")
        invoke(*args)
        archive.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
        args.append("--resume")
    result = invoke(*args)
    assert "duplicate id 'x'" in result.stderr
    manifest = records(out / "index.jsonl")
    assert [(e["id"], e["title"]) for e in manifest] == [
        ("x", "First story"),
        ("x~2", "Second story"),
        ("x~2~2", "Third story"),
    ]
    assert len(list(out.glob("*.json"))) == 3


@pytest.mark.parametrize(
    "content",
    ["not json at all\n{}\n", '{"article": {"id": "a"}}\n[1, 2]\n', '"a string"\n{"x": 1}\n'],
)
def test_a_corrupt_jsonl_output_stops_resume_with_exit_2(tmp_path: Path, content: str) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text(content, encoding="utf-8")
    result = invoke("check", str(archive), "--format", "jsonl", "-o", str(out), "--resume")
    assert result.exit_code == 2 and "resume" in result.stderr
    assert out.read_text(encoding="utf-8") == content


@pytest.mark.parametrize(
    "line",
    [
        '{"id": "a", "file": "a.html", "error": null}',
        '{"id": "a", "file": "javascript:alert(1)", "score": 1, "hedged_share": 0,'
        ' "findings_by_category": {}, "error": null}',
        "{oops",
    ],
)
def test_a_malformed_manifest_stops_resume_with_exit_2(tmp_path: Path, line: str) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": "b", "text": GOOD}) + "\n", encoding="utf-8")
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.jsonl").write_text(line + "\n\n", encoding="utf-8")
    result = invoke("check", str(archive), "--format", "html", "-o", str(out), "--resume")
    assert result.exit_code == 2 and "index.jsonl" in result.stderr, result.output


def test_report_files_never_write_through_a_planted_symlink(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n", encoding="utf-8")
    out, victim = tmp_path / "site", tmp_path / "victim.txt"
    out.mkdir()
    victim.write_text("precious", encoding="utf-8")
    from flagger.cli.sinks import file_name

    name = file_name("a", "html")
    for planted in (f".{name}.tmp", "index.html", "index.jsonl"):
        (out / planted).symlink_to(victim)
    result = invoke("check", str(archive), "--format", "html", "-o", str(out))
    assert victim.read_text(encoding="utf-8") == "precious"
    assert result.exit_code in (1, 2)


def test_many_duplicates_are_renamed_in_linear_work() -> None:
    from flagger.article import Article
    from flagger.cli import run

    calls = 0
    real = run.resume_key

    def counting(key: str) -> str:
        nonlocal calls
        calls += 1
        return real(key)

    run.resume_key = counting  # type: ignore[assignment]
    try:
        items = [Article("Talks.", id="x") for _ in range(2000)]
        renamed = [i.id for i in run.unique_ids(items, lambda _: None)]  # type: ignore[union-attr]
    finally:
        run.resume_key = real  # type: ignore[assignment]
    assert renamed[:3] == ["x", "x~2", "x~3"] and len(set(renamed)) == 2000
    assert calls < 10 * 2000
