"""Accepted findings: matched by rule and sentence fingerprint, listed, never counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flagger.annotations.sentences import fingerprint
from flagger.cli import main
from flagger.options.acceptances import Acceptance, AcceptanceError
from flagger.pipeline import Flagger

STORY = "Sources said the council met.  Experts say the plan is sound.\n"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sources said the council met.", "Sources  said the\ncouncil met.", True),
        ("Sources said the council met.", " Sources said the council met. ", True),
        ("Sources said the council met.", "Sources said the Council met.", False),
    ],
)
def test_fingerprint_ignores_whitespace_only(a: str, b: str, same: bool) -> None:
    assert (fingerprint(a) == fingerprint(b)) is same
    assert len(fingerprint(a)) == 12


def test_accepted_finding_stays_listed_but_does_not_count() -> None:
    plain = Flagger(select="A").analyze(STORY)
    a101 = next(f for f in plain.findings if f.rule == "A101")
    assert a101.fingerprint == fingerprint("Sources said the council met.")
    accept = [Acceptance("A101", a101.fingerprint, "source named to the desk")]
    report = Flagger(select="A", accept=accept).analyze(STORY)
    assert [(f.rule, f.suppressed) for f in report.findings] == [
        ("A101", "source named to the desk"),
        ("A102", None),
    ]
    assert report.summary.suppressed == 1
    assert report.summary.findings_by_category["attribution"] == 1
    assert report.summary.score < plain.summary.score


def test_acceptance_needs_a_reason() -> None:
    with pytest.raises(AcceptanceError, match="missing reason"):
        Acceptance.from_dict({"rule": "A101", "fingerprint": "abc", "reason": ""}, "accept[0]")


def test_accepting_every_finding_clears_the_exit_status(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    runner = CliRunner()
    strict = ["--fail-on", "warning"]  # A findings are warnings: fail on them here
    first = runner.invoke(main, ["check", str(story), "--select", "A", *strict, "--format", "json"])
    entries = "".join(
        f'[[accept]]\nrule = "{f["rule"]}"\nfingerprint = "{f["fingerprint"]}"\n'
        'reason = "checked with the reporter"\n'
        for f in json.loads(first.stdout)["findings"]
    )
    (tmp_path / "flagger.toml").write_text(entries)
    config = ["--config", str(tmp_path / "flagger.toml")]
    text = runner.invoke(main, ["check", str(story), "--select", "A", *strict, *config])
    assert first.exit_code == 1 and text.exit_code == 0
    assert text.stdout.count("[accepted: checked with the reporter]") == 2
    assert "2 suppressed" in text.stdout
