"""Memory and processes stay bounded: an over-long JSONL line is skipped with a bounded buffer,
a text of numbers does not keep a set per word, --jobs is capped, and records split on \\n only."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from flagger.article.reading import bounded_lines, read_articles
from flagger.batch.local import max_jobs
from flagger.cli import main

GROWTH = """
import resource, sys
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
{setup}
before = peak()
{work}
print(peak() - before)
"""


def _growth(setup: str, work: str) -> int:
    """Return the growth of a child process's peak memory while it does `work`."""
    code = GROWTH.format(setup=setup, work=work)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.split()[-1])


def test_bounded_lines_skips_an_overlong_line_to_its_newline() -> None:
    data = b'{"a": 1}\n' + b"x" * 300_000 + b'\n{"b": 2}\n\xe2\x80\xa8\n{"c": 3}'
    lines = list(bounded_lines(io.BytesIO(data), limit=1000))
    assert lines == [b'{"a": 1}\n', None, b'{"b": 2}\n', b"\xe2\x80\xa8\n", b'{"c": 3}']
    assert list(bounded_lines(io.BytesIO(b"y" * 300_000), limit=1000)) == [None]


def test_an_overlong_jsonl_line_is_an_error_record_read_in_bounded_memory(tmp_path: Path) -> None:
    archive = tmp_path / "big.jsonl"
    with archive.open("wb") as handle:
        handle.write(b'{"id": "a", "text": "Talks resumed."}\n{"id": "huge", "text": "')
        for _ in range(60):
            handle.write(b"y" * 1_000_000)
        handle.write(b'"}\n{"id": "b", "text": "Talks resumed."}\n')
    items = list(read_articles([str(archive)]))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "b"]
    assert "longer than" in items[1].message  # type: ignore[union-attr]
    growth = _growth(
        "from flagger.article.reading import read_articles",
        f"list(read_articles([{str(archive)!r}]))",
    )
    assert growth < 30_000_000, growth  # the line is 60 MB


def test_a_text_of_numbers_analyses_in_bounded_memory() -> None:
    growth = _growth(
        "from flagger.annotations.timex import extract_dates",
        "extract_dates('1 ' * 200_000, None)",
    )
    assert growth < 60_000_000, growth


def test_jobs_are_capped_at_two_per_core(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("Talks resumed on Friday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(story), "--jobs", "100000"])
    assert f"capped at {max_jobs()}" in result.stderr
    assert result.exit_code in (0, 1)
