"""Reading articles: plain text, JSON, JSONL, directories and stdin, one bad input at a time."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from flagger.annotations.lazyre import lazy
from flagger.article import Article
from flagger.article.decoding import MAX_BYTES, decode, wide_encoding
from flagger.article.published import DateError, find_dateline, parse_published

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".md", ".text")
TITLE_LINE = lazy(r"\A\s*(?P<title>[^\n]{3,300}(?<![a-z0-9][.]))\n[ \t]*\n")
"""A first line followed by a blank line, unless it ends a sentence ("... in 2022."): a lead."""
SOURCE_LINE = lazy(r"\n[ \t]*Source(?::[ \t]*(?P<source>[^\n]+))?[ \t]*\s*\Z")


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not become an article: where it came from and why."""

    origin: str
    message: str
    id: str | None = None


def article_from_text(text: str, *, origin: str | None = None) -> Article:
    """Read a plain-text article: optional title line, dateline and trailing `Source` line."""
    title = TITLE_LINE.match(text)
    dateline = find_dateline(text)
    source = SOURCE_LINE.search(text)
    return Article(
        text=text,
        title=title["title"].strip() if title else None,
        published=dateline[0] if dateline else None,
        source=(source["source"] if source and source["source"] else None)
        or (dateline[1] if dateline else None),
        id=origin,
    )


def article_from_record(record: Any, origin: str) -> Article:
    """Read a JSON article object (`id, title, text, published|date, source|outlet, url`)."""
    if not isinstance(record, dict):
        raise ValueError(f"{origin}: expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError(f"{origin}: missing 'text' field (a string)")
    if not text.strip():
        raise ValueError(f"{origin}: empty 'text'")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ValueError(
            f"{origin}: 'text' is larger than an article (limit {MAX_BYTES / 1e6:.0f} MB)"
        )
    raw_date = record.get("published") or record.get("date")
    published = None
    if raw_date:
        try:
            published = parse_published(str(raw_date))
        except DateError as error:
            raise ValueError(f"{origin}: 'published': {error}") from None
    _unicode(text, origin, "text")
    plain = article_from_text(text)
    return Article(
        text=text,
        title=_unicode(_optional_str(record.get("title")), origin, "title") or plain.title,
        published=published or plain.published,
        source=_unicode(
            _optional_str(record.get("source") or record.get("outlet")), origin, "source"
        )
        or plain.source,
        id=_unicode(_optional_str(record.get("id")), origin, "id") or origin,
        url=_unicode(_optional_str(record.get("url")), origin, "url"),
    )


def _unicode(value: str | None, origin: str, field: str) -> str | None:
    """Return a string that is valid Unicode text, or raise ValueError for a lone surrogate
    (a JSON escape such as "\\ud800" that no UTF-8 output can hold)."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(
            f"{origin}: '{field}' holds a lone surrogate (U+{ord(value[error.start]):04X} at "
            f"character {error.start}), not Unicode text"
        ) from None
    return value


def escaped(value: str, *, json_string: bool = False) -> str:
    """Return `value` with any lone surrogate written as a backslash escape (`\\udcff`); in
    JSON text, where a surrogate can only sit inside a string, as an escaped backslash, so the
    string reads back as the escape and not as the surrogate."""
    if json_string:
        return _SURROGATE.sub(lambda m: f"\\\\u{ord(m.group()):04x}", value)
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


_SURROGATE = lazy("[\ud800-\udfff]")


def _optional_str(value: Any) -> str | None:
    """Return a JSON value as a string, or None when absent."""
    return None if value is None or value == "" else str(value)


def _records(text: str, origin: str, lines: bool) -> Iterator[Article | InputError]:
    """Yield the articles of a JSON or JSONL document."""
    if not lines:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            yield InputError(
                origin, f"{origin}: malformed JSON at line {error.lineno}: {error.msg}"
            )
            return
        except (ValueError, RecursionError) as error:
            yield InputError(origin, f"{origin}: unreadable JSON ({_json_limit(error)})")
            return
        items = data if isinstance(data, list) else [data]
        if not items:
            yield InputError(origin, f"{origin}: no articles (an empty JSON array)")
        for number, record in enumerate(items):
            where = f"{origin}[{number}]" if isinstance(data, list) else origin
            yield _guarded(record, where)
        return
    for number, line in enumerate(text.split("\n"), start=1):  # not U+2028, U+0085
        if line.strip():
            yield _parse_line(line, f"{origin}:{number}")


def _parse_line(line: str, where: str) -> Article | InputError:
    """Return the article of one JSONL line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(where, f"{where}: malformed JSON: {error.msg} (column {error.colno})")
    except (ValueError, RecursionError) as error:
        return InputError(where, f"{where}: unreadable JSON ({_json_limit(error)})")
    return _guarded(record, where)


def _json_limit(error: Exception) -> str:
    """Say which limit of the JSON reader a document broke."""
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return escaped(str(error)).split(";")[0]


def _guarded(record: Any, origin: str) -> Article | InputError:
    """Return the record's article, or an InputError carrying the record's id when it has one."""
    try:
        return article_from_record(record, origin)
    except (ValueError, RecursionError) as error:
        message = str(error) if isinstance(error, ValueError) else f"{origin}: nested too deeply"
        try:
            record_id = record.get("id") if isinstance(record, dict) else None
            shown = None if record_id is None else escaped(str(record_id))
        except (ValueError, RecursionError):
            shown = None
        return InputError(origin, escaped(message), shown)


def _read_one(data: bytes, origin: str, suffix: str) -> Iterator[Article | InputError]:
    """Yield the articles of one file's bytes, chosen by its suffix or its first character."""
    try:
        text = decode(data, origin)
    except ValueError as error:
        yield InputError(origin, str(error))
        return
    head = text.lstrip()[:1]
    if suffix == ".jsonl" or (suffix not in (".json",) and head == "{" and "\n{" in text.strip()):
        yield from _records(text, origin, lines=True)
    elif suffix == ".json" or (head in "{[" and head):
        yield from _records(text, origin, lines=False)
    else:
        try:
            yield article_from_text(text, origin=origin)
        except ValueError as error:
            yield InputError(origin, str(error))


def _files(path: Path) -> list[Path]:
    """Return the article files of a directory, sorted, recursively."""
    return sorted(
        p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def read_articles(
    paths: list[str],
    published: date | None = None,
    outputs: Collection[tuple[int, int]] = (),
) -> Iterator[Article | InputError]:
    """Yield every article (or input error) of `paths` in order; `published` overrides dates.

    A file whose (device, inode) is in `outputs` (looked up as each file is opened, so the
    caller may add to it) is this run's own output, reached through a link: it is not read.
    """
    for name in paths:
        for item in _read_path(name, outputs):
            if published is not None and isinstance(item, Article):
                item = Article(item.text, item.title, published, item.source, item.id, item.url)
            yield item


def _read_path(name: str, outputs: Collection[tuple[int, int]]) -> Iterator[Article | InputError]:
    """Yield the articles of one command-line path ('-' is stdin)."""
    if name == "-":
        yield from _read_one(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>", "")
        return
    path = Path(name)
    if path.is_dir():
        files = _files(path)
        if not files:
            yield InputError(name, f"{name}: no article files ({', '.join(ARTICLE_SUFFIXES)})")
        for file in files:
            yield from _read_file(file, outputs)
    else:
        yield from _read_file(path, outputs)


def _read_file(
    path: Path, outputs: Collection[tuple[int, int]] = ()
) -> Iterator[Article | InputError]:
    """Yield the articles of one file, or an error if it cannot be read."""
    try:
        with path.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            if (stat.st_dev, stat.st_ino) in outputs:
                message = f"{path}: is this run's output (through a link); not read"
                yield InputError(str(path), message)
                return
            if path.suffix.lower() == ".jsonl":
                yield from _jsonl_lines(handle, str(path))
                return
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        yield InputError(str(path), f"{path}: {error.strerror or error}")
        return
    yield from _read_one(data, str(path), path.suffix.lower())


BLOCK = 1 << 16


def bounded_lines(handle: BinaryIO, limit: int = MAX_BYTES) -> Iterator[bytes | None]:
    """Yield the lines of a binary stream split on b"\\n" alone, never holding more than
    `limit` bytes of one line: a longer line is skipped up to its newline and yields None."""
    pending = bytearray()
    overlong = False
    while block := handle.read(BLOCK):
        start = 0
        while (newline := block.find(b"\n", start)) >= 0:
            if overlong:
                yield None
            else:
                pending += block[start : newline + 1]
                if len(pending) > limit + 1:
                    yield None
                else:
                    yield bytes(pending)
            pending.clear()
            overlong = False
            start = newline + 1
        if not overlong:
            pending += block[start:]
            if len(pending) > limit + 1:
                pending.clear()
                overlong = True
    if overlong:
        yield None
    elif pending:
        yield bytes(pending)


def _jsonl_lines(handle: BinaryIO, origin: str) -> Iterator[Article | InputError]:
    """Yield the articles of a JSONL stream, each line read with a bounded buffer."""
    empty = True
    for number, raw in enumerate(bounded_lines(handle), start=1):
        where = f"{origin}:{number}"
        if number == 1 and raw is not None and wide_encoding(raw):
            yield InputError(origin, f"{origin}: UTF-16 or UTF-32 JSONL; re-encode it as UTF-8")
            return
        if raw is not None and not raw.strip():
            continue
        empty = False
        if raw is None:
            yield InputError(
                where,
                f"{where}: line longer than {MAX_BYTES / 1e6:.0f} MB, larger than any article; "
                "skipped",
            )
            continue
        if not raw.strip():
            continue
        try:
            line = decode(raw, where)
        except ValueError as error:
            yield InputError(where, str(error))
            continue
        yield _parse_line(line, where)
    if empty:
        yield InputError(origin, f"{origin}: no articles (no JSON lines)")
