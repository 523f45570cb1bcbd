"""Trained artefacts in `models/`: written with metadata, verified before loading."""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import warnings
import zlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
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
    path, metadata = _artefact_path(name, folder)
    _check_sha256(path, sha256_of(path), metadata)
    return path, metadata


def _artefact_path(name: str, folder: Path | None) -> tuple[Path, dict[str, Any]]:
    """Return the artefact's path (which must exist) and its metadata."""
    folder = folder or models_dir()
    metadata = read_metadata(name, folder)
    path = folder / metadata["file"]
    if not path.is_file():
        raise ArtefactError(f"model file {path} is missing; rebuild it with `{REBUILD_COMMAND}`")
    return path, metadata


def _check_sha256(path: Path, actual: str, metadata: dict[str, Any]) -> None:
    """Refuse an artefact whose sha256 differs from the one in its metadata."""
    if actual != metadata.get("sha256"):
        raise ArtefactError(
            f"model file {path} does not match its metadata (sha256 {actual[:12]}…, "
            f"expected {str(metadata.get('sha256'))[:12]}…); refusing to load it. "
            f"Rebuild it with `{REBUILD_COMMAND}`"
        )


class _NeedsJoblib(Exception):
    """The pickle holds joblib's array records, which only `joblib.load` can read."""


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles plain Python objects and stops at the first joblib or NumPy class."""

    def find_class(self, module: str, name: str) -> Any:
        """Resolve a class, or stop when only joblib can rebuild the object."""
        if module.split(".")[0] in ("joblib", "numpy", "scipy", "sklearn"):
            raise _NeedsJoblib(module)
        return super().find_class(module, name)


def _unpickle(data: bytes) -> Any:
    """Load a joblib file's bytes; plain-Python objects load without importing joblib (0.2 s).

    `joblib.dump(..., compress=3)` writes a zlib stream around an ordinary pickle, so objects made
    of dicts, tuples and floats (the shipped hedge model) load with `pickle` alone; anything with
    arrays goes to `joblib.load`.
    """
    try:
        raw = zlib.decompress(data) if data[:1] == b"x" else data
        return _PlainUnpickler(io.BytesIO(raw)).load()
    except (_NeedsJoblib, zlib.error, pickle.UnpicklingError):
        import joblib

        return joblib.load(io.BytesIO(data))


def _installed_sklearn() -> str | None:
    """Return the installed scikit-learn version without importing it."""
    try:
        return version("scikit-learn")
    except PackageNotFoundError:
        return None


@cache
def load_joblib(name: str, folder: Path | None = None) -> tuple[Any, dict[str, Any]]:
    """Unpickle artefact `name` after verifying its hash; warn on a scikit-learn mismatch.

    The bytes that are hashed are the bytes that are unpickled, so a file swapped between the
    check and the load is never run.
    """
    path, metadata = _artefact_path(name, folder)
    data = path.read_bytes()
    _check_sha256(path, hashlib.sha256(data).hexdigest(), metadata)
    trained_with = metadata.get("versions", {}).get("scikit-learn")
    installed = _installed_sklearn()
    if trained_with and trained_with != installed:
        warnings.warn(
            f"{path.name} was trained with scikit-learn {trained_with}, "
            f"this is {installed}; results may differ. Rebuild with `{REBUILD_COMMAND}`",
            stacklevel=2,
        )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*InconsistentVersionWarning.*")
        return _unpickle(data), metadata


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
