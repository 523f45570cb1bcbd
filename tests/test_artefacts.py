"""Model files are JSON, verified against hashes pinned inside the package before they are read."""

from __future__ import annotations

import json
import pickle
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from flagger import artefacts
from flagger.annotations.hedging import model
from flagger.annotations.sentences import split_sentences
from flagger.artefacts import REBUILD_COMMAND, ArtefactError, load_json
from flagger.pins import PINNED_SHA256

WEIGHTS = f"{model.RUNTIME_ARTEFACT}.weights.json"
METADATA = f"{model.RUNTIME_ARTEFACT}.json"
"""The files `HedgeModel.load()` reads: the run-time genre's artefact."""


def _clear_caches() -> None:
    load_json.cache_clear()
    model._shipped.cache_clear()
    model._shipped_all.cache_clear()


@pytest.fixture
def models_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of models/ that FLAGGER_MODELS points to, with the artefact caches cleared."""
    folder = tmp_path / "models"
    shutil.copytree(artefacts.models_dir(), folder)
    monkeypatch.setenv("FLAGGER_MODELS", str(folder))
    _clear_caches()
    yield folder
    _clear_caches()


class _Marker:
    """Unpickling this creates a file: proof that a pickle ran."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.touch, (str(self.path),))  # type: ignore[return-value]


def _assert_refused(error: pytest.ExceptionInfo[ArtefactError], folder: Path) -> None:
    message = str(error.value)
    assert str(folder / WEIGHTS) in message
    assert REBUILD_COMMAND in message


def test_one_altered_byte_is_refused(models_copy: Path) -> None:
    path = models_copy / WEIGHTS
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ArtefactError) as error:
        model.HedgeModel.load()
    _assert_refused(error, models_copy)


def test_updating_the_hash_beside_the_model_does_not_help(models_copy: Path) -> None:
    """The metadata's sha256 is descriptive: only the pins inside the package are trusted."""
    path = models_copy / WEIGHTS
    weights = json.loads(path.read_text(encoding="utf-8"))
    weights["genres"][model.DEFAULT_GENRE]["threshold"] = 0.01
    path.write_text(json.dumps(weights), encoding="utf-8")
    meta_path = models_copy / METADATA
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["sha256"] = artefacts.sha256_of(path)
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ArtefactError) as error:
        model.HedgeModel.load()
    _assert_refused(error, models_copy)


def test_a_pickle_in_place_of_the_model_never_runs(models_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "unpickled"
    payload = pickle.dumps(_Marker(marker))
    assert pickle.loads(payload) is None and marker.exists()  # the payload does run when loaded
    marker.unlink()
    (models_copy / WEIGHTS).write_bytes(payload)
    with pytest.raises(ArtefactError):
        model.HedgeModel.load()
    assert not marker.exists()


def test_metadata_naming_another_file_is_refused(models_copy: Path) -> None:
    shutil.copy(models_copy / "punkt.params.json", models_copy / "other.json.model")
    meta_path = models_copy / METADATA
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["file"] = "other.json.model"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ArtefactError, match="not a model this flagger knows"):
        model.HedgeModel.load()


def test_malformed_metadata_is_an_artefact_error(models_copy: Path) -> None:
    (models_copy / METADATA).write_text("[1, 2", encoding="utf-8")
    with pytest.raises(ArtefactError, match="cannot read model metadata"):
        model.HedgeModel.load()


def test_missing_model_names_the_rebuild_command(models_copy: Path) -> None:
    (models_copy / WEIGHTS).unlink()
    with pytest.raises(ArtefactError, match="rebuild it with"):
        model.HedgeModel.load()


def test_every_shipped_model_matches_its_pin() -> None:
    for file, digest in PINNED_SHA256.items():
        assert artefacts.sha256_of(artefacts.models_dir() / file) == digest


def test_tagger_survives_a_json_round_trip() -> None:
    tagger = model.HedgeModel.load().tagger
    again = type(tagger).from_dict(json.loads(json.dumps(tagger.to_dict())))
    assert again == tagger


def test_a_tampered_punkt_file_is_refused(models_copy: Path) -> None:
    from flagger.annotations import sentences

    path = models_copy / "punkt.params.json"
    path.write_text(path.read_text(encoding="utf-8").replace("]", ', "zz"]', 1), encoding="utf-8")
    sentences._build_tokenizer.cache_clear()
    try:
        with pytest.raises(ArtefactError):
            split_sentences("One. Two.")
    finally:
        sentences._build_tokenizer.cache_clear()


def test_a_tampered_punkt_file_is_refused_when_the_flagger_is_made(models_copy: Path) -> None:
    from click.testing import CliRunner

    from flagger.cli import main
    from flagger.pipeline import Flagger

    path = models_copy / "punkt.params.json"
    path.write_text(path.read_text(encoding="utf-8").replace("]", ', "zz"]', 1), encoding="utf-8")
    with pytest.raises(ArtefactError):
        Flagger(select="A")
    story = models_copy / "story.txt"
    story.write_text("Sources said the talks resumed.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(story), str(story)])
    assert result.exit_code == 2
    assert result.stderr.count("punkt.params.json") == 1 and "internal error" not in result.stderr


@pytest.mark.parametrize(
    "metadata",
    [
        f'{{"file": "{WEIGHTS}", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
        f'{{"file": "{WEIGHTS}", "version": {{"a": 1}}}}',
        f'{{"file": "{WEIGHTS}", "name": 1e999999}}',
    ],
)
def test_malformed_model_metadata_is_a_clear_exit_2(models_copy: Path, metadata: str) -> None:
    from click.testing import CliRunner

    from flagger.cli import main

    (models_copy / METADATA).write_text(metadata, encoding="utf-8")
    story = models_copy / "story.txt"
    story.write_text("Sources said the talks resumed.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(story)])
    assert result.exit_code == 2 and "model metadata" in result.stderr, result.output
