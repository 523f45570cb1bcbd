"""Model files are verified before they are unpickled, and load the same with or without joblib."""

from __future__ import annotations

import pickle
import shutil
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from flagger import artefacts
from flagger.artefacts import REBUILD_COMMAND, ArtefactError, load_joblib, load_json
from flagger.hedging import model


def _clear_caches() -> None:
    load_joblib.cache_clear()
    load_json.cache_clear()
    model._shipped.cache_clear()


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
    assert str(folder / "hedging.joblib") in message
    assert REBUILD_COMMAND in message


def test_one_altered_byte_is_refused(models_copy: Path) -> None:
    path = models_copy / "hedging.joblib"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ArtefactError) as error:
        model.HedgeModel.load()
    _assert_refused(error, models_copy)


def test_a_swapped_pickle_is_refused_before_it_runs(models_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "unpickled"
    payload = pickle.dumps(_Marker(marker))
    (models_copy / "hedging.joblib").write_bytes(zlib.compress(payload, 3))
    assert pickle.loads(payload) is None and marker.exists()  # the payload does run when loaded
    marker.unlink()
    with pytest.raises(ArtefactError) as error:
        model.HedgeModel.load()
    _assert_refused(error, models_copy)
    assert not marker.exists()


def test_missing_model_names_the_rebuild_command(models_copy: Path) -> None:
    (models_copy / "hedging.joblib").unlink()
    with pytest.raises(ArtefactError, match="rebuild it with"):
        model.HedgeModel.load()


def test_plain_pickle_loads_like_joblib() -> None:
    joblib = pytest.importorskip("joblib")
    path = artefacts.models_dir() / "hedging.joblib"
    fast = artefacts._unpickle(path.read_bytes())
    slow = joblib.load(path)
    assert type(fast) is type(slow)
    assert fast == slow


def test_arrays_fall_back_to_joblib(tmp_path: Path) -> None:
    joblib = pytest.importorskip("joblib")
    numpy = pytest.importorskip("numpy")
    path = tmp_path / "arrays.joblib"
    joblib.dump({"weights": numpy.arange(5.0)}, path, compress=3)
    loaded = artefacts._unpickle(path.read_bytes())
    assert loaded["weights"].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
