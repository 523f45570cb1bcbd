"""Reading articles: plain text, JSON, JSONL, directories and stdin, one bad input at a time."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from flagger.article import Article
from flagger.article.published import DateError, find_dateline, parse_published

MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".md", ".text")
TITLE_LINE = re.compile(r"\A\s*(?P<title>[^\n]{3,300}(?<![a-z0-9][.]))\n[ \t]*\n")
"""A first line followed by a blank line, unless it ends a sentence ("... in 2022."): a lead."""
SOURCE_LINE = re.compile(r"\n[ \t]*Source(?::[ \t]*(?P<source>[^\n]+))?[ \t]*\s*\Z")


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not become an article: where it came from and why."""

    origin: str
    message: str
    id: str | None = None


def decode(data: bytes, origin: str) -> str:
    """Return the text of a file, or raise ValueError for empty, binary or non-UTF-8 input."""
    if len(data) > MAX_BYTES:
        raise ValueError(
            f"{origin}: more than {MAX_BYTES / 1e6:.0f} MB, larger than any article; "
            "split it into articles (JSONL)"
        )
    if b"\0" in data[:8192]:
        raise ValueError(f"{origin}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"{origin}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "re-encode it as UTF-8"
        ) from None
    if not text.strip():
        raise ValueError(f"{origin}: empty article")
    return text


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
    plain = article_from_text(text)
    return Article(
        text=text,
        title=_optional_str(record.get("title")) or plain.title,
        published=published or plain.published,
        source=_optional_str(record.get("source") or record.get("outlet")) or plain.source,
        id=_optional_str(record.get("id")) or origin,
        url=_optional_str(record.get("url")),
    )


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
        items = data if isinstance(data, list) else [data]
        for number, record in enumerate(items):
            where = f"{origin}[{number}]" if isinstance(data, list) else origin
            yield _guarded(record, where)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _parse_line(line, f"{origin}:{number}")


def _parse_line(line: str, where: str) -> Article | InputError:
    """Return the article of one JSONL line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(where, f"{where}: malformed JSON: {error.msg} (column {error.colno})")
    return _guarded(record, where)


def _guarded(record: Any, origin: str) -> Article | InputError:
    """Return the record's article, or an InputError carrying the record's id when it has one."""
    try:
        return article_from_record(record, origin)
    except ValueError as error:
        record_id = record.get("id") if isinstance(record, dict) else None
        return InputError(origin, str(error), None if record_id is None else str(record_id))


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
    paths: list[str], published: date | None = None
) -> Iterator[Article | InputError]:
    """Yield every article (or input error) of `paths` in order; `published` overrides dates."""
    for name in paths:
        for item in _read_path(name):
            if published is not None and isinstance(item, Article):
                item = Article(item.text, item.title, published, item.source, item.id, item.url)
            yield item


def _read_path(name: str) -> Iterator[Article | InputError]:
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
            yield from _read_file(file)
    else:
        yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Article | InputError]:
    """Yield the articles of one file, or an error if it cannot be read."""
    try:
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl_stream(path)
            return
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        yield InputError(str(path), f"{path}: {error.strerror or error}")
        return
    yield from _read_one(data, str(path), path.suffix.lower())


def _read_jsonl_stream(path: Path) -> Iterator[Article | InputError]:
    """Yield a JSONL file's articles line by line, so an archive never sits in memory whole."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                line = decode(raw, where)
            except ValueError as error:
                yield InputError(where, str(error))
                continue
            yield _parse_line(line, where)
