"""Trained artefacts in `models/`: plain JSON, each verified against a pinned sha256 first.

The expected hashes live in `flagger/pins.py`, inside the package, not beside the model files:
whoever can change a model file cannot also make it pass. Models are JSON data (numbers and
strings), so loading one can never run code. `python -m training.build_models` rewrites both the
models and the pins.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from flagger.pins import PINNED_SHA256

REBUILD_COMMAND = "python -m training.build_models"


class ArtefactError(RuntimeError):
    """A model file is missing, altered or unreadable."""


def models_dir() -> Path:
    """Return the folder holding the artefacts (`FLAGGER_MODELS` overrides it)."""
    override = os.environ.get("FLAGGER_MODELS")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "models"


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_metadata(name: str, folder: Path | None = None) -> dict[str, Any]:
    """Return the metadata JSON that sits beside artefact `name` (descriptive, not trusted)."""
    path = (folder or models_dir()) / f"{name}.json"
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        reason = "nested too deeply" if isinstance(error, RecursionError) else error
        raise ArtefactError(
            f"cannot read model metadata {path}: {reason}; rebuild it with `{REBUILD_COMMAND}`"
        ) from None
    if not isinstance(metadata, dict) or not isinstance(metadata.get("file"), str):
        raise ArtefactError(f"model metadata {path} names no model file")
    for field in ("name", "version"):
        if not isinstance(metadata.get(field, ""), str):
            raise ArtefactError(
                f"model metadata {path}: '{field}' is not a string; "
                f"rebuild it with `{REBUILD_COMMAND}`"
            )
    return metadata


def _verified_bytes(name: str, folder: Path | None) -> tuple[bytes, dict[str, Any]]:
    """Return an artefact's bytes once their sha256 matches the pinned one, and its metadata."""
    folder = folder or models_dir()
    metadata = read_metadata(name, folder)
    file = metadata["file"]
    expected = PINNED_SHA256.get(file)
    if expected is None:
        raise ArtefactError(f"{file} is not a model this flagger knows; refusing to load it")
    path = folder / file
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArtefactError(
            f"model file {path} cannot be read ({error.strerror or error}); "
            f"rebuild it with `{REBUILD_COMMAND}`"
        ) from None
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise ArtefactError(
            f"model file {path} is not the one this flagger was built with (sha256 "
            f"{actual[:12]}…, expected {expected[:12]}…); refusing to load it. "
            f"Rebuild it with `{REBUILD_COMMAND}`"
        )
    return data, {**metadata, "sha256": actual}


@cache
def load_json(name: str, folder: Path | None = None) -> tuple[Any, dict[str, Any]]:
    """Return a JSON artefact after verifying its pinned hash, with its metadata.

    The bytes that are hashed are the bytes that are parsed, so a file swapped between the
    check and the load is never read.
    """
    data, metadata = _verified_bytes(name, folder)
    try:
        return json.loads(data.decode("utf-8")), metadata
    except ValueError as error:
        raise ArtefactError(f"model {name} is not valid JSON: {error}") from None


def write_artefact(name: str, filename: str, metadata: dict[str, Any], folder: Path) -> Path:
    """Record the sha256 of `folder/filename` in `folder/name.json` beside it."""
    path = folder / filename
    record = {"name": name, "file": filename, **metadata, "sha256": sha256_of(path)}
    (folder / f"{name}.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return path


def write_pins(folder: Path, pins_module: Path) -> None:
    """Pin the sha256 of every model file in `folder` (from its metadata) in `pins_module`."""
    pins = {}
    for meta in sorted(folder.glob("*.json")):
        record = json.loads(meta.read_text(encoding="utf-8"))
        if isinstance(record, dict) and "file" in record and "sha256" in record:
            pins[record["file"]] = sha256_of(folder / record["file"])
    lines = "".join(_pin_line(file, digest) for file, digest in sorted(pins.items()))
    pins_module.write_text(PINS_TEMPLATE.format(lines=lines), encoding="utf-8")


def _pin_line(file: str, digest: str) -> str:
    """Return one entry of `PINNED_SHA256`, its digest on a line of its own when a long file
    name would take the line past 100 characters."""
    line = f'    "{file}": "{digest}",\n'
    return line if len(line) <= 101 else f'    "{file}":\n        "{digest}",\n'


PINS_TEMPLATE = '''"""The sha256 of each model file flagger may load; written by `{command}`."""

PINNED_SHA256: dict[str, str] = {{
{lines}}}
'''.replace("{command}", REBUILD_COMMAND)
