"""Where batch outcomes go: a stream (one report after another) or a directory of reports.

Both write each outcome as soon as it arrives, in input order, and know which article ids an
earlier run already wrote, so that `--resume` skips them. A sink's `rendering` turns an outcome
into the text it writes; it is picklable, so worker processes render and the sink only writes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple, Protocol

from flagger.annotations.lazyre import lazy
from flagger.article.reading import escaped
from flagger.batch.outcome import Failure, Outcome, outcome_key
from flagger.renderers import RENDERERS
from flagger.renderers.json import dumps

EXTENSIONS = {"text": ".txt", "json": ".json", "markdown": ".md", "html": ".html"}
MANIFEST = "index.jsonl"
INDEX = "index.html"
TAIL_BLOCK = 65536
UNSAFE = lazy(r"[^A-Za-z0-9._-]+")


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
        """Render the report (or, in the JSON formats, the error record) and its manifest line,
        with any lone surrogate (from a file name, say) escaped so that writing never fails."""
        text, error, file, manifest = self._render(outcome)
        in_json = self.format in ("json", "jsonl")
        return Rendered(
            None if text is None else escaped(text, json_string=in_json),
            None if error is None else escaped(error),
            file,
            None if manifest is None else escaped(manifest, json_string=True),
        )

    def _render(self, outcome: Outcome) -> Rendered:
        """Render an outcome as it is."""
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


class ResumeError(ValueError):
    """An earlier run's output cannot be resumed: it is not what flagger writes."""


def resume_key(key: str) -> str:
    """Return the key under which `--resume` matches an article: its id, or for an article
    named after its file (`story.txt`, `archive.jsonl:7`, `list.json[2]`) the file's resolved
    path, so `story.txt` and `/home/me/story.txt` are one article."""
    # A name with undecodable bytes is written with `\udcff` escapes: read them back.
    key = ESCAPED_SURROGATE.sub(lambda m: chr(int(m.group(1), 16)), key)
    match = re.fullmatch(r"(?P<path>.+?)(?P<tail>:\d+|\[\d+\])?", key, re.DOTALL)
    assert match is not None
    try:
        path = Path(match["path"])
        if path.exists():
            key = str(path.resolve()) + (match["tail"] or "")
    except (OSError, ValueError):
        pass
    return escaped(key)


ESCAPED_SURROGATE = lazy(r"\\u(d[89a-f][0-9a-f]{2})")


def _complete_lines(path: Path) -> Iterator[tuple[bytes, dict[str, Any]]]:
    """Yield the lines of a JSONL file with their records, first cutting off a half-written
    last line; a line that is not a JSON object raises ResumeError."""
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.fdopen(os.open(path, flags), "rb+")
    except OSError as error:
        raise ResumeError(f"{path}: cannot resume from it ({error.strerror or error})") from None
    with handle:
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
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                record = None
            if not isinstance(record, dict):
                raise ResumeError(
                    f"{path}: line {number} is not a flagger record, so this is not an output "
                    "flagger can resume; move it away or drop --resume"
                )
            yield line, record


def _record_key(record: dict[str, Any]) -> str | None:
    """Return the id of a report or error record (None: not a flagger record)."""
    article = record.get("article")
    if not isinstance(article, dict):
        return None
    key = article.get("id") or article.get("input")
    return key if isinstance(key, str) else None


def _keep_done(path: Path, key_of: Callable[[dict[str, Any]], str | None]) -> set[str]:
    """Rewrite a JSONL output without its error records (and repeats of an id), so that a
    resumed run analyses those articles again and ends with one record each; return the
    resume keys of the records kept."""
    done: set[str] = set()
    temporary = _temporary(path.parent, path.name)
    try:
        with os.fdopen(temporary[0], "wb") as out:
            for line, record in _complete_lines(path):
                key = key_of(record)
                if key is None:
                    raise ResumeError(
                        f"{path}: a line that is not a flagger record ({line[:60]!r}); "
                        "move the file away or drop --resume"
                    )
                if record.get("error") or resume_key(key) in done:
                    continue
                done.add(resume_key(key))
                out.write(line if line.endswith(b"\n") else line + b"\n")
        os.replace(temporary[1], path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary[1])
        raise
    return done


def written_ids(path: Path) -> set[str]:
    """Return the resume keys of the reports already in a JSONL file, dropping its error
    records (they are retried)."""
    if not path.exists():
        return set()
    return _keep_done(path, _record_key)


def _temporary(directory: Path, name: str) -> tuple[int, str]:
    """Create a new, private temporary file next to `name` (never through a symlink)."""
    import tempfile  # only report directories need it: not imported on every cold check

    descriptor, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    umask = os.umask(0o022)
    os.umask(umask)
    os.fchmod(descriptor, 0o666 & ~umask)
    return descriptor, temporary


def write_atomically(path: Path, text: str) -> None:
    """Write `path` whole or not at all, through a fresh temporary file in its directory."""
    descriptor, temporary = _temporary(path.parent, path.name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


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
    digest = hashlib.sha1(escaped(key).encode("utf-8")).hexdigest()[:8]
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
        resuming = resume and (manifest.exists() or manifest.is_symlink())
        self.done = _keep_done(manifest, _entry_key) if resuming else set()
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        flags |= os.O_APPEND if resume else os.O_TRUNC
        try:
            descriptor = os.open(manifest, flags, 0o666)
        except OSError as error:
            raise ResumeError(f"{manifest}: {error.strerror or error}") from None
        self.manifest = os.fdopen(descriptor, "w", encoding="utf-8")

    def write(self, rendered: Rendered) -> None:
        """Write the report file, then its manifest line (so a crash never records a lost file)."""
        text, _, name, manifest = rendered
        if name is not None and text is not None:
            write_atomically(self.directory / name, text)
        assert manifest is not None, "a directory sink's rendering writes manifest lines"
        self.manifest.write(manifest)
        self.manifest.flush()

    def close(self) -> None:
        """Close the manifest and write the index page over every article written so far."""
        from flagger.renderers.html import render_index

        self.manifest.close()
        entries = [record for _, record in _complete_lines(self.directory / MANIFEST)]
        write_atomically(self.directory / INDEX, render_index(entries))


SAFE_FILE = lazy(r"[A-Za-z0-9_][A-Za-z0-9._-]*")


def _entry_key(entry: dict[str, Any]) -> str | None:
    """Return the id of a manifest line (None: not a line flagger writes)."""
    key = entry.get("id")
    if not isinstance(key, str):
        return None
    if entry.get("error"):
        return key if isinstance(entry["error"], str) else None
    file, score = entry.get("file"), entry.get("score")
    well_formed = (
        isinstance(file, str)
        and SAFE_FILE.fullmatch(file) is not None
        and isinstance(score, int)
        and isinstance(entry.get("hedged_share"), (int, float))
        and isinstance(entry.get("findings_by_category"), dict)
        and all(isinstance(entry.get(k) or "", str) for k in ("title", "source", "published"))
    )
    return key if well_formed else None
