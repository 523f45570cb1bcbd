"""The run-time hedge artefact: the genre articles are scored with, cut unchanged from the full one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import flagger.pins
from flagger import artefacts
from flagger.annotations.hedging import model
from flagger.annotations.hedging.model import DEFAULT_GENRE, HedgeModel
from flagger.artefacts import load_json
from training.hedging_runtime import RUNTIME_WEIGHTS, runtime_data, write_runtime

SENTENCES = [
    "The minister may resign before the end of the month.",
    "Officials said the bridge could reopen as early as Friday.",
    "The council approved the budget by seven votes to two.",
    "Whether or not the plan works remains to be seen.",
]


def _clear_caches() -> None:
    load_json.cache_clear()
    model._shipped.cache_clear()
    model._shipped_all.cache_clear()


@pytest.fixture
def models_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "models"
    shutil.copytree(artefacts.models_dir(), folder)
    monkeypatch.setenv("FLAGGER_MODELS", str(folder))
    _clear_caches()
    return folder


@pytest.fixture(autouse=True)
def _fresh_caches() -> object:
    yield
    _clear_caches()


def test_the_shipped_runtime_artefact_is_cut_from_the_shipped_full_one(tmp_path: Path) -> None:
    """A retrained full model without a new run-time cut fails here (rebuild with build_models)."""
    folder = artefacts.models_dir()
    for name in (f"{model.ARTEFACT}.json", "hedging.weights.json"):
        shutil.copy(folder / name, tmp_path / name)
    write_runtime(tmp_path)
    assert (tmp_path / RUNTIME_WEIGHTS).read_bytes() == (folder / RUNTIME_WEIGHTS).read_bytes(), (
        f"models/{RUNTIME_WEIGHTS} is not cut from the shipped full model: "
        "run `python -m training.hedging_runtime` (it pins the new file too)"
    )


def test_the_runtime_model_holds_one_genre_and_scores_as_the_full_model() -> None:
    runtime, full = HedgeModel.load(), HedgeModel.load_all()
    assert list(runtime.tagger.genres) == [DEFAULT_GENRE]
    assert len(full.tagger.genres) > 1
    assert runtime.tagger.genres[DEFAULT_GENRE] == full.tagger.genres[DEFAULT_GENRE]
    assert runtime.score(SENTENCES) == full.score(SENTENCES)
    assert (runtime.threshold, runtime.warning_threshold) == (
        full.threshold,
        full.warning_threshold,
    )
    assert (runtime.name, runtime.version) == (full.name, full.version)


def test_scoring_articles_never_reads_the_full_artefact(models_copy: Path) -> None:
    (models_copy / "hedging.weights.json").unlink()
    [score] = HedgeModel.load().score(["Talks might resume next week."])
    assert score.score > HedgeModel.load().threshold


def test_a_model_trained_without_recent_news_keeps_its_news_genre() -> None:
    genre = {"weights": {}, "bias": 0.0, "slope": 1.0, "offset": 0.0, "threshold": 0.5}
    full = {"forms": [], "stems": [], "lexicon": {}, "genres": {"news": genre, "wiki": genre}}
    assert runtime_data(full)["genres"] == {"news": genre}
    assert json.loads(json.dumps(runtime_data(full)))["forms"] == []


def test_the_pins_module_is_what_write_pins_writes(tmp_path: Path) -> None:
    pins = tmp_path / "pins.py"
    artefacts.write_pins(artefacts.models_dir(), pins)
    shipped = Path(flagger.pins.__file__)
    assert pins.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
    assert max(len(line) for line in shipped.read_text(encoding="utf-8").splitlines()) <= 100
