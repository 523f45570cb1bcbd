"""Write the hedge model's run-time artefact: the one genre flagger scores with, alone.

    python -m training.hedging_runtime [--out models]    # after every retraining; pins it too

`models/hedging.weights.json` holds every genre the tagger was trained and is evaluated on (news,
wiki, bio, bio-paper, recent-news: 5.8 MB); flagger scores articles with one of them. Parsing and
converting the whole file took ~0.33 s of a ~0.9 s cold `flagger check`. The run-time artefact
holds the candidate words, the cue lexicon and that genre's weights (~0.9 MB), copied unchanged,
so every score is the same. Its metadata names the model and version of the full artefact and the
sha256 of the file it was cut from.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from flagger.annotations.hedging.model import ARTEFACT, DEFAULT_GENRE, RUNTIME_ARTEFACT
from flagger.artefacts import read_metadata, write_artefact, write_pins

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
PINS = ROOT / "flagger" / "pins.py"
RUNTIME_WEIGHTS = f"{RUNTIME_ARTEFACT}.weights.json"


def runtime_genre(genres: dict[str, Any]) -> str:
    """Return the genre flagger scores with: recent news, or news in a model trained without it."""
    return DEFAULT_GENRE if DEFAULT_GENRE in genres else "news"


def runtime_data(full: dict[str, Any]) -> dict[str, Any]:
    """Return the tagger data of `full` (a `CueTagger.to_dict()`) with the run-time genre alone."""
    genre = runtime_genre(full["genres"])
    return {**full, "genres": {genre: full["genres"][genre]}}


def write_runtime(folder: Path) -> Path:
    """Cut the run-time artefact from the full one in `folder`; return the file written."""
    metadata = read_metadata(ARTEFACT, folder)
    full = json.loads((folder / metadata["file"]).read_text(encoding="utf-8"))
    data = runtime_data(full)
    text = json.dumps(data, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    (folder / RUNTIME_WEIGHTS).write_text(text + "\n", encoding="utf-8")
    described = {
        "name": metadata.get("name", ARTEFACT),
        "version": metadata.get("version", ""),
        "genre": next(iter(data["genres"])),
        "cut_from": {"file": metadata["file"], "sha256": metadata.get("sha256", "")},
    }
    return write_artefact(RUNTIME_ARTEFACT, RUNTIME_WEIGHTS, described, folder)


def main() -> None:
    """Write the run-time artefact into `--out` and pin every model there in `flagger/pins.py`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="unused: the artefact is cut from --out")
    parser.add_argument("--out", type=Path, default=MODELS)
    args = parser.parse_args()
    print(f"wrote {write_runtime(args.out)}")
    write_pins(args.out, PINS)
    print(f"pinned the model hashes in {PINS}")


if __name__ == "__main__":
    main()
