"""Configuration: where the file is found, what it may set, and the command line over it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from flagger.cli import main
from flagger.cli.config import ConfigError, find_config, load_settings, read_config

STORY = "Sources said the council could approve the plan. Experts say it is sound.\n"


def invoke(*args: str) -> Result:
    """Run the command in-process, keeping stdout and stderr apart."""
    return CliRunner().invoke(main, list(args))


def test_found_upward_and_flagger_toml_wins(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.flagger]\nselect = ["A"]\n')
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n")  # no tool.flagger
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / "flagger.toml").write_text('fail-on = "error"\n')
    assert find_config(deep) == tmp_path / "a" / "flagger.toml"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("slect = 'A'", "unknown setting slect"),
        ("hedge-threshold = 2", "from 0 to 1"),
        ("fail-on = 'loud'", "fail-on must be one of"),
        ("min-score = 'high'", "min-score must be"),
        ("[[accept]]\nrule = 'A101'\nfingerprint = 'abc'", "missing reason"),
        ("select = [", "invalid TOML"),
    ],
)
def test_bad_settings_are_refused_with_the_file_named(
    tmp_path: Path, toml: str, message: str
) -> None:
    path = tmp_path / "flagger.toml"
    path.write_text(toml + "\n")
    with pytest.raises(ConfigError, match=message) as error:
        read_config(path)
    assert str(path) in str(error.value)


def test_command_line_over_file_over_defaults(tmp_path: Path) -> None:
    path = tmp_path / "flagger.toml"
    path.write_text('select = "A"\nfail-on = "error"\nmin-score = 40\n')
    settings = load_settings(None, {"fail-on": "never"}, cwd=tmp_path)
    assert settings["select"] == ("A",) and settings.sources["select"] == str(path)
    assert settings["fail-on"] == "never" and settings.sources["fail-on"] == "command line"
    assert settings["ignore"] == () and settings.sources["ignore"] == "default"


def test_flagger_config_prints_values_and_sources(tmp_path: Path) -> None:
    path = tmp_path / "flagger.toml"
    path.write_text('ignore = ["H"]\n[severity]\nA102 = "info"\n')
    result = invoke("config", "--config", str(path), "--min-score", "50", "--format", "json")
    data = json.loads(result.stdout)
    assert data["config"] == str(path)
    assert data["settings"]["ignore"] == ["H"] and data["sources"]["ignore"] == str(path)
    assert data["settings"]["min-score"] == 50
    assert data["sources"]["min-score"] == "command line"
    text = invoke("config", "--config", str(path)).stdout
    assert "severity" in text and "A102" in text and str(path) in text


def test_config_drives_check_and_severity_overrides(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    config = tmp_path / "flagger.toml"
    config.write_text('select = "A"\nfail-on = "warning"\n[severity]\nA1 = "info"\n')
    result = invoke("check", str(story), "--config", str(config), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert {f["rule"] for f in findings} == {"A101", "A102"}
    assert {f["severity"] for f in findings} == {"info"}
    assert result.exit_code == 0
    assert invoke("check", str(story), "--config", str(config), "--fail-on", "info").exit_code == 1


def test_bad_config_exits_2_without_traceback(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    config = tmp_path / "flagger.toml"
    config.write_text('[severity]\nZ1 = "info"\n')
    result = invoke("check", str(story), "--config", str(config))
    assert result.exit_code == 2 and "unknown rule code Z1" in result.stderr
    config.write_text("select = 3\n")
    result = invoke("check", str(story), "--config", str(config))
    assert result.exit_code == 2 and "select must be" in result.stderr
    assert "Traceback" not in result.stderr
