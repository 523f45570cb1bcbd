"""Trained artefacts in `models/`: written with metadata, verified before loading."""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

REBUILD_COMMAND = "python -m training.build_models"


class ArtefactError(RuntimeError):
    """A model file is missing, altered or unreadable."""


def models_dir() -> Path:
    """Return the folder holding the artefacts (`FLAGGER_MODELS` overrides it)."""
    override = os.environ.get("FLAGGER_MODELS")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "models"


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_metadata(name: str, folder: Path | None = None) -> dict[str, Any]:
    """Return the metadata JSON that sits beside artefact `name`."""
    path = (folder or models_dir()) / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ArtefactError(
            f"cannot read model metadata {path}: {error}; rebuild it with `{REBUILD_COMMAND}`"
        ) from error


def verified_path(name: str, folder: Path | None = None) -> tuple[Path, dict[str, Any]]:
    """Return the artefact's path and metadata once its sha256 matches the metadata."""
    folder = folder or models_dir()
    metadata = read_metadata(name, folder)
    path = folder / metadata["file"]
    if not path.is_file():
        raise ArtefactError(f"model file {path} is missing; rebuild it with `{REBUILD_COMMAND}`")
    actual = sha256_of(path)
    if actual != metadata.get("sha256"):
        raise ArtefactError(
            f"model file {path} does not match its metadata (sha256 {actual[:12]}…, "
            f"expected {str(metadata.get('sha256'))[:12]}…); refusing to load it. "
            f"Rebuild it with `{REBUILD_COMMAND}`"
        )
    return path, metadata


@cache
def load_joblib(name: str, folder: Path | None = None) -> tuple[Any, dict[str, Any]]:
    """Unpickle artefact `name` after verifying its hash; warn on a scikit-learn mismatch."""
    import joblib

    path, metadata = verified_path(name, folder)
    trained_with = metadata.get("versions", {}).get("scikit-learn")
    installed = version("scikit-learn")
    if trained_with and trained_with != installed:
        warnings.warn(
            f"{path.name} was trained with scikit-learn {trained_with}, "
            f"this is {installed}; results may differ. Rebuild with `{REBUILD_COMMAND}`",
            stacklevel=2,
        )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*InconsistentVersionWarning.*")
        return joblib.load(path), metadata


@cache
def load_json(name: str, folder: Path | None = None) -> tuple[Any, dict[str, Any]]:
    """Return a JSON artefact after verifying its hash."""
    path, metadata = verified_path(name, folder)
    return json.loads(path.read_text(encoding="utf-8")), metadata


def write_artefact(name: str, filename: str, metadata: dict[str, Any], folder: Path) -> Path:
    """Record the sha256 of `folder/filename` in `folder/name.json` beside it."""
    path = folder / filename
    record = {"name": name, "file": filename, **metadata, "sha256": sha256_of(path)}
    (folder / f"{name}.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return path
