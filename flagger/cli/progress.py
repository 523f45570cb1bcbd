"""A progress line on stderr (tqdm), drawn only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from typing import IO

from tqdm import tqdm


class Progress:
    """Counts articles and errors; messages are printed without tearing the progress line."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        """Draw on `stream` (stderr by default) if it is a terminal; stay silent otherwise."""
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.errors = 0
        self.bar = tqdm(
            file=self.stream,
            unit=" articles",
            disable=not self.stream.isatty(),
            mininterval=0.1,
            dynamic_ncols=True,
        )

    def tick(self, error: bool = False) -> None:
        """Count one article."""
        self.errors += error
        if error:
            self.bar.set_postfix_str(f"{self.errors} errors", refresh=False)
        self.bar.update()

    def say(self, line: str) -> None:
        """Print a line on the stream, above the progress line."""
        if self.bar.disable:
            self.stream.write(line + "\n")
            self.stream.flush()
        else:
            self.bar.write(line, file=self.stream)

    def close(self) -> None:
        """Clear the progress line."""
        self.bar.close()

    @property
    def seconds(self) -> float:
        """Return the time since the start."""
        return time.monotonic() - self.started
