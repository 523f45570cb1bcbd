"""A one-line progress counter on stderr, drawn only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from typing import IO

REDRAW_SECONDS = 0.1


class Progress:
    """Counts articles and errors; redraws at most ten times a second."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        """Draw on `stream` (stderr by default) if it is a terminal; stay silent otherwise."""
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.started = time.monotonic()
        self.drawn = 0.0
        self.articles = self.errors = 0

    def tick(self, error: bool = False) -> None:
        """Count one article."""
        self.articles += 1
        self.errors += error
        now = time.monotonic()
        if self.enabled and now - self.drawn >= REDRAW_SECONDS:
            self.drawn = now
            rate = self.articles / max(now - self.started, 1e-9)
            self.stream.write(
                f"\r\033[K{self.articles} articles · {self.errors} errors · {rate:.0f}/s"
            )
            self.stream.flush()

    def say(self, line: str) -> None:
        """Print a line on stderr without tearing the progress line."""
        self.stream.write(("\r\033[K" if self.enabled else "") + line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Clear the progress line."""
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()

    @property
    def seconds(self) -> float:
        """Return the time since the start."""
        return time.monotonic() - self.started
