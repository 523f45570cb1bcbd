"""Where batch outcomes go: a stream (one report after another) or a directory of reports.

Both write each outcome as soon as it arrives, in input order, and know which article ids an
earlier run already wrote, so that `--resume` skips them. A sink's `rendering` turns an outcome
into the text it writes; it is picklable, so worker processes render and the sink only writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple, Protocol

from flagger.batch.outcome import Failure, Outcome, outcome_key
from flagger.renderers import RENDERERS
from flagger.renderers.json import dumps

EXTENSIONS = {"text": ".txt", "json": ".json", "markdown": ".md", "html": ".html"}
MANIFEST = "index.jsonl"
INDEX = "index.html"
TAIL_BLOCK = 65536
UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Rendered(NamedTuple):
    """One outcome as a sink writes it: its text (None: nothing to write), the error message of
    an article without a report, and in a directory the report's file name and manifest line."""

    text: str | None
    error: str | None
    file: str | None = None
    manifest: str | None = None


@dataclass(frozen=True, slots=True)
class Rendering:
    """How a sink renders outcomes: the format, colour, and whether it keeps a manifest."""

    format: str
    color: bool = False
    directory: bool = False

    def __call__(self, outcome: Outcome) -> Rendered:
        """Render the report (or, in the JSON formats, the error record) and its manifest line."""
        if isinstance(outcome, Failure):
            text = None
            if self.format in ("json", "jsonl") and not self.directory:
                indent = 2 if self.format == "json" else None
                text = dumps(outcome.to_dict(), indent=indent) + "\n"
            manifest = dumps(index_entry(outcome, None)) + "\n" if self.directory else None
            return Rendered(text, outcome.message, None, manifest)
        text = RENDERERS[self.format](outcome, self.color)
        if not self.directory:
            return Rendered(text, None)
        name = file_name(outcome_key(outcome), self.format)
        return Rendered(text, None, name, dumps(index_entry(outcome, name)) + "\n")


class Sink(Protocol):
    """Receives rendered outcomes in input order."""

    done: set[str]
    rendering: Rendering

    def write(self, rendered: Rendered) -> None:
        """Write one rendered outcome."""

    def close(self) -> None:
        """Finish the output."""


def _complete_lines(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON records of a JSONL file, first cutting off a half-written last line."""
    with path.open("rb+") as handle:
        size = end = handle.seek(0, os.SEEK_END)
        while end > 0:
            start = max(0, end - TAIL_BLOCK)
            handle.seek(start)
            newline = handle.read(end - start).rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        if end < size:
            handle.truncate(end)
        handle.seek(0)
        for line in handle:
            if line.strip():
                yield json.loads(line)


def written_ids(path: Path) -> set[str]:
    """Return the article ids of the reports and error records already in a JSONL file."""
    if not path.exists():
        return set()
    ids = set()
    for record in _complete_lines(path):
        article = record.get("article", {})
        ids.add(article.get("id") or article.get("input"))
    return ids


class StreamSink:
    """Reports one after another on a stream; `json` over several articles is one array."""

    def __init__(
        self,
        stream: IO[str],
        output_format: str,
        *,
        color: bool = False,
        array: bool = False,
        done: set[str] | None = None,
        owns_stream: bool = False,
    ) -> None:
        """Write `output_format` reports to `stream`; `done` are ids an earlier run wrote."""
        self.stream, self.array = stream, array
        self.rendering = Rendering(output_format, color)
        self.done = done or set()
        self.owns_stream = owns_stream
        self.count = 0

    def write(self, rendered: Rendered) -> None:
        """Write a report, or an error record in the JSON formats."""
        chunk = rendered.text
        if chunk is None:
            return
        if self.array:
            chunk = ("[\n" if self.count == 0 else ",\n") + chunk.rstrip("\n")
        self.count += 1
        self.stream.write(chunk)
        self.stream.flush()

    def close(self) -> None:
        """Close the JSON array, if one was opened, and the stream if this sink opened it."""
        if self.array:
            self.stream.write("\n]\n" if self.count else "[]\n")
            self.stream.flush()
        if self.owns_stream:
            self.stream.close()


def file_name(key: str, output_format: str) -> str:
    """Return a safe, stable file name for an article id."""
    slug = UNSAFE.sub("_", key).strip("._-")[-60:] or "article"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}{EXTENSIONS[output_format]}"


def index_entry(outcome: Outcome, file: str | None) -> dict[str, Any]:
    """Return the manifest line of one outcome: what the index page lists."""
    if isinstance(outcome, Failure):
        return {"id": outcome.key, "file": None, "error": outcome.message}
    article, summary = outcome.article, outcome.summary
    return {
        "id": outcome_key(outcome),
        "file": file,
        "title": article.title,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "score": summary.score,
        "hedged_share": round(summary.hedged_share, 4),
        "sentences": summary.sentences,
        "findings_by_category": summary.findings_by_category,
        "findings_by_severity": summary.findings_by_severity,
        "suppressed": summary.suppressed,
        "error": None,
    }


class DirectorySink:
    """One report file per article in a directory, a manifest (index.jsonl) and index.html."""

    def __init__(self, directory: Path, output_format: str, *, resume: bool = False) -> None:
        """Write `output_format` reports into `directory`; `resume` keeps what is there."""
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.rendering = Rendering(output_format, directory=True)
        manifest = directory / MANIFEST
        resuming = resume and manifest.exists()
        self.done = {entry["id"] for entry in _complete_lines(manifest)} if resuming else set()
        self.manifest = manifest.open("a" if resume else "w", encoding="utf-8")

    def write(self, rendered: Rendered) -> None:
        """Write the report file, then its manifest line (so a crash never records a lost file)."""
        text, _, name, manifest = rendered
        if name is not None and text is not None:
            temporary = self.directory / f".{name}.tmp"
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, self.directory / name)
        assert manifest is not None, "a directory sink's rendering writes manifest lines"
        self.manifest.write(manifest)
        self.manifest.flush()

    def close(self) -> None:
        """Close the manifest and write the index page over every article written so far."""
        from flagger.renderers.html import render_index

        self.manifest.close()
        entries = list(_complete_lines(self.directory / MANIFEST))
        (self.directory / INDEX).write_text(render_index(entries), encoding="utf-8")
