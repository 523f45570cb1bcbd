"""The `flagger` command: exit codes, limits, error records and the fingerprint in text output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from flagger.cli import main

STORY = (
    "Council delays harbour vote\n\nPort Town Times - 14 March 2024\n\n"
    "The council will vote on Monday, March 19, 2024 on the harbour budget. "
    "Sources said the board could approve the plan.\n"
)
CLEAN = "Mayor opens bridge\n\nThe mayor opened the new bridge on 2 May 2024.\n"


def invoke(*args: str, stdin: str | None = None) -> Result:
    """Run the command in-process, keeping stdout and stderr apart."""
    return CliRunner().invoke(main, list(args), input=stdin)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("options", "status"),
    [
        ((), 1),  # warnings and an error at the default --fail-on warning
        (("--fail-on", "never"), 0),
        (("--fail-on", "never", "--min-score", "30"), 1),
        (("--fail-on", "never", "--min-score", "99"), 0),
        (("--select", "A", "--fail-on", "error"), 0),
        (("--select", "T", "--fail-on", "error"), 1),
    ],
)
def test_exit_status_follows_fail_on_and_min_score(
    story: Path, options: tuple[str, ...], status: int
) -> None:
    result = invoke("check", str(story), *options)
    assert result.exit_code == status, result.output


def test_clean_article_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    assert invoke("check", str(path), "--select", "A,T").exit_code == 0


def test_text_output_shows_the_fingerprint(story: Path) -> None:
    result = invoke("check", str(story), "--select", "A")
    report = json.loads(invoke("check", str(story), "--select", "A", "--format", "json").stdout)
    fingerprint = report["findings"][0]["fingerprint"]
    assert len(fingerprint) == 12
    assert f"[fingerprint {fingerprint}]" in result.stdout


def test_bad_input_is_an_error_record_and_a_stderr_line(tmp_path: Path, story: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a1", "text": "Sources said it."}\n{not json\n', encoding="utf-8")
    result = invoke("check", str(story), str(broken), "--format", "jsonl", "--select", "A")
    assert result.exit_code == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["id"] for r in records] == [str(story), "a1", None]
    assert "malformed JSON" in records[2]["error"]
    assert "flagger: error:" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--select", "Z9"), "unknown rule code"),
        (("--min-score", "101"), "--min-score"),
        (("--resume",), "--resume needs"),
    ],
)
def test_usage_errors_exit_2(story: Path, args: tuple[str, ...], message: str) -> None:
    result = invoke("check", str(story), *args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_single_json_is_an_object_and_several_an_array(story: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(CLEAN, encoding="utf-8")
    one = json.loads(invoke("check", str(story), "--format", "json", "--select", "A").stdout)
    both = invoke("check", str(story), str(other), "--format", "json", "--select", "A")
    assert one["article"]["id"] == str(story)
    assert [r["article"]["id"] for r in json.loads(both.stdout)] == [str(story), str(other)]


def test_html_to_stdout_for_one_article_and_refused_for_several(story: Path) -> None:
    one = invoke("check", str(story), "--format", "html", "--select", "A,T")
    assert one.stdout.startswith("<!DOCTYPE html>")
    several = invoke("check", str(story), str(story), "--format", "html", "--select", "A")
    assert several.exit_code == 2 and "-o DIR" in several.stderr


@pytest.mark.parametrize(
    ("hedged", "sentences", "attributions", "conflicts", "score"),
    [
        (0, 10, 0, 0, 0),
        (1, 2, 0, 0, 25),  # a two-line brief with one 'may' stays low
        (2, 2, 0, 0, 50),
        (10, 10, 0, 0, 83),
        (0, 10, 1, 0, 8),  # one vague source in twelve (n + 2) sentences
        (0, 40, 4, 0, 10),  # four in a long story weigh as one in a short one...
        (0, 8, 1, 0, 10),  # ...of a quarter of its length
        (0, 10, 0, 1, 30),
        (4, 13, 3, 0, 41),
    ],
)
def test_score_behind_min_score(
    hedged: int, sentences: int, attributions: int, conflicts: int, score: int
) -> None:
    from flagger.report.summary import article_score

    assert article_score(hedged, sentences, attributions, conflicts) == score
