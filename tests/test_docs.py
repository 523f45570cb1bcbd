"""The README documents every rule, command and option (sqlite-utils style)."""

from __future__ import annotations

import pytest

from flagger.cli import main
from flagger.detectors import RULES
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_is_documented(rule: object) -> None:
    assert f"| {rule.code} | {rule.name} |" in README
    assert rule.flags and rule.why and rule.example


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_is_documented_and_has_help(name: str) -> None:
    assert f"flagger {name}" in README
    assert main.commands[name].help


@pytest.mark.parametrize(
    "option",
    [opt for param in main.commands["check"].params for opt in param.opts if opt.startswith("--")],
)
def test_check_option_is_documented(option: str) -> None:
    assert f"`{option}" in README or f", {option}" in README
