"""An article's control characters reach the terminal as visible escapes, never obeyed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from flagger.cli.run import Finish, Limits
from flagger.cli.sinks import Rendering
from flagger.cli.tally import Tally
from flagger.pipeline import Flagger
from flagger.renderers.terminal import shown
from flagger.renderers.text import render_text

HOSTILE = "\x1b[2J\x1b[1A\x1b]0;pwned\x07\r\x08\x9b2K\u202e"
# Anything that a terminal obeys: C0 controls but \n and \t, DEL, C1, bidi overrides.
OBEYED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_shown_escapes_controls_and_keeps_structure() -> None:
    assert shown("a\x1b[2Jb\tc\nd") == "a\\x1b[2Jb\\x09c\\x0ad"
    assert shown("a\x1b[2Jb\tc\nd", lines=True) == "a\\x1b[2Jb\tc\nd"
    assert shown("\u202eevil\x9b") == "\\u202eevil\\x9b"


def test_text_report_escapes_every_article_field() -> None:
    report = Flagger().analyze(
        f"Sources said{HOSTILE} the board could approve{HOSTILE} the plan.",
        title=f"Title{HOSTILE}",
        source=f"Outlet{HOSTILE}",
    )
    for color in (False, True):
        text = render_text(report, color)
        without_styles = re.sub(r"\x1b\[[0-9;]*m", "", text) if color else text
        assert not OBEYED.search(without_styles), repr(without_styles)
        assert "\\x1b[2J" in text


def test_stderr_error_lines_and_summary_escape_controls(tmp_path: Path) -> None:
    from flagger.cli import main

    archive = tmp_path / "a.jsonl"
    records = [
        {"id": f"bad{HOSTILE}", "text": 5},
        {"id": "x", "text": "Experts say it could work.", "source": f"S{HOSTILE}"},
        {"id": "x", "text": "Experts say it could work.", "source": f"S{HOSTILE}"},
    ]
    archive.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    empty = tmp_path / f"empty{HOSTILE}.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(archive), str(empty), "--format", "jsonl"])
    assert "empty\\x1b[2J" in result.stderr  # sources are ranked only from five articles on
    assert not OBEYED.search(result.stderr), repr(result.stderr)


def test_tally_escapes_sources() -> None:
    report = Flagger().analyze("Experts say it could work.", source=f"S{HOSTILE}")
    finished = Finish(Rendering("text"), Limits())(report)
    tally = Tally()
    for _ in range(5):  # a source is ranked from five articles on
        tally.add(finished.counts, finished.failing)
    table = tally.table(1.0)
    assert "S\\x1b[2J" in table
    assert not OBEYED.search(table.replace("\n", ""))
