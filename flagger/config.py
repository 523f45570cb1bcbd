"""Configuration: `flagger.toml` or `[tool.flagger]` in `pyproject.toml`, under the command line.

The file is found from the current directory upward (a `flagger.toml` wins over a
`pyproject.toml` in the same directory; a `pyproject.toml` without `[tool.flagger]` is passed
over) unless `--config PATH` names it. Each setting comes from the command line, else the file,
else the default, and `Settings.sources` says which.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flagger.finding import SEVERITIES
from flagger.suppressions import Acceptance, AcceptanceError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FAIL_ON = ("never", *SEVERITIES)
DEFAULTS: dict[str, Any] = {
    "select": None,
    "ignore": None,
    "hedge-threshold": None,
    "severity": {},
    "fail-on": "warning",
    "min-score": None,
    "accept": (),
}


class ConfigError(ValueError):
    """A configuration file cannot be read or holds a bad setting."""


def find_config(start: Path) -> Path | None:
    """Return the nearest `flagger.toml`, or `pyproject.toml` with `[tool.flagger]`, upward."""
    for directory in (start, *start.parents):
        own = directory / "flagger.toml"
        if own.is_file():
            return own
        project = directory / "pyproject.toml"
        if project.is_file() and "flagger" in _toml(project).get("tool", {}):
            return project
    return None


def _toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def read_config(path: Path) -> dict[str, Any]:
    """Return the checked settings of a config file (its `[tool.flagger]` in pyproject.toml)."""
    table = _toml(path)
    if path.name == "pyproject.toml":
        table = table.get("tool", {}).get("flagger", {})
    unknown = sorted(set(table) - set(DEFAULTS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting {', '.join(unknown)} (known: {', '.join(DEFAULTS)})"
        )
    try:
        return {key: _check(key, value) for key, value in table.items()}
    except (AcceptanceError, TypeError, ValueError) as error:
        raise ConfigError(f"{path}: {error}") from None


def _check(key: str, value: Any) -> Any:
    """Return one setting's value, or raise ValueError saying what it should be."""
    if key in ("select", "ignore"):
        if isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            return value
        raise ValueError(f"{key} must be a string or a list of rule codes")
    if key == "hedge-threshold":
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
            return float(value)
        raise ValueError("hedge-threshold must be a number from 0 to 1")
    if key == "min-score":
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100:
            return value
        raise ValueError("min-score must be an integer from 0 to 100")
    if key == "fail-on":
        if value in FAIL_ON:
            return value
        raise ValueError(f"fail-on must be one of {', '.join(FAIL_ON)}")
    if key == "severity":
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            return value
        raise ValueError("severity must be a table of rule code = severity")
    if not isinstance(value, list):
        raise ValueError(
            "accept must be an array of tables ([[accept]] or [[tool.flagger.accept]])"
        )
    return tuple(Acceptance.from_dict(entry, f"accept[{n}]") for n, entry in enumerate(value))


@dataclass(frozen=True)
class Settings:
    """The effective settings and, for each, where it came from."""

    values: dict[str, Any]
    sources: dict[str, str]
    path: Path | None = None

    @property
    def flagger_options(self) -> dict[str, Any]:
        """Return the keyword arguments of `Flagger`."""
        return {
            "select": self.values["select"],
            "ignore": self.values["ignore"],
            "hedge_threshold": self.values["hedge-threshold"],
            "severity": self.values["severity"],
            "accept": self.values["accept"],
        }

    def __getitem__(self, key: str) -> Any:
        """Return one effective setting."""
        return self.values[key]


def load_settings(config: Path | None, given: dict[str, Any], cwd: Path | None = None) -> Settings:
    """Merge defaults, the config file (`config`, else the nearest) and `given` command-line values.

    `given` holds only the options given on the command line, keyed like the file.
    """
    path = config or find_config((cwd or Path.cwd()).resolve())
    from_file = read_config(path) if path else {}
    values, sources = {}, {}
    for key, default in DEFAULTS.items():
        if key in given:
            values[key], sources[key] = given[key], "command line"
        elif key in from_file:
            values[key], sources[key] = from_file[key], str(path)
        else:
            values[key], sources[key] = default, "default"
    return Settings(values, sources, path)
