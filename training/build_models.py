"""Rebuild every artefact in `models/` from `../shared/data`, with fixed seeds, and pin them.

Usage: python -m training.build_models [--data ../shared/data] [--out models]

Each model's sha256 is written into `flagger/pins.py`, which flagger checks before it reads a
model; a model changed any other way is refused.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from flagger.artefacts import write_pins
from training.news import SHARED_DATA

ROOT = Path(__file__).resolve().parent.parent
STEPS = (
    "training.train_punkt",
    "training.train_hedging",
    "training.hedging_runtime",
    "training.build_source_nouns",
)


def main() -> None:
    """Run each training script in turn, stopping at the first failure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--out", type=Path, default=ROOT / "models")
    args = parser.parse_args()
    for module in STEPS:
        print(f"== {module}", flush=True)
        command = [sys.executable, "-m", module, "--data", str(args.data), "--out", str(args.out)]
        subprocess.run(command, cwd=ROOT, check=True)
    write_pins(args.out, ROOT / "flagger" / "pins.py")
    print(f"pinned the model hashes in {ROOT / 'flagger' / 'pins.py'}")


if __name__ == "__main__":
    main()
