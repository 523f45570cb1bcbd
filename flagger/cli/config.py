"""Configuration: `flagger.toml` or `[tool.flagger]` in `pyproject.toml`, under the command line.

The file is found from the current directory upward (a `flagger.toml` wins over a
`pyproject.toml` in the same directory; a `pyproject.toml` without `[tool.flagger]` is passed
over) unless `--config PATH` names it. Each setting comes from the command line, else the file,
else the default, and `Settings.sources` says which. Every key and value is checked by its row
in `flagger.options.settings.SETTINGS`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flagger.options import Options
from flagger.options.errors import OptionError
from flagger.options.settings import BY_KEY, SETTINGS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]


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
            table: dict[str, Any] = tomllib.load(handle)
            return table
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def read_config(path: Path) -> dict[str, Any]:
    """Return the checked settings of a config file (its `[tool.flagger]` in pyproject.toml)."""
    table = _toml(path)
    if path.name == "pyproject.toml":
        table = table.get("tool", {}).get("flagger", {})
    unknown = sorted(set(table) - set(BY_KEY))
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting {', '.join(unknown)} (known: {', '.join(BY_KEY)})"
        )
    try:
        return {key: BY_KEY[key].parse(value) for key, value in table.items()}
    except OptionError as error:
        raise ConfigError(f"{path}: {error}") from None


@dataclass(frozen=True)
class Settings:
    """The effective settings (keyed like the file) and, for each, where it came from."""

    values: dict[str, Any]
    sources: dict[str, str]
    path: Path | None = None

    def options(self) -> Options:
        """Return the analysis options (raises OptionError for codes that name no rule)."""
        analysis = {s.name: self.values[s.key] for s in SETTINGS if s.scope == "analysis"}
        return Options.of(**analysis)

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
    for setting in SETTINGS:
        key = setting.key
        if key in given:
            values[key], sources[key] = setting.parse(given[key]), "command line"
        elif key in from_file:
            values[key], sources[key] = from_file[key], str(path)
        else:
            values[key], sources[key] = setting.parse(setting.default), "default"
    return Settings(values, sources, path)
