"""Reading articles: formats, metadata, and clear errors for bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from flagger.article import Article
from flagger.article.reading import InputError, article_from_text, read_articles

STORY = "Harbour reopens\n\nCoast Herald - 2 June 2024 08:00\n\nThe harbour reopened.\n\nSource"


def read(
    tmp_path: Path, name: str, data: bytes | str, **kwargs: object
) -> list[Article | InputError]:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return list(read_articles([str(path)], **kwargs))


def test_plain_text_title_dateline_and_source() -> None:
    article = article_from_text(STORY, origin="story.txt")
    assert article.text == STORY
    assert article.title == "Harbour reopens"
    assert article.published == date(2024, 6, 2)
    assert article.source == "Coast Herald"
    assert article.id == "story.txt"


def test_source_line_names_the_outlet() -> None:
    article = article_from_text("A plain story.\n\nSource: Valley Post")
    assert article.source == "Valley Post" and article.published is None


def test_json_object_and_published_override(tmp_path: Path) -> None:
    record = {"id": "a1", "title": "T", "text": "Body text.", "published": "2024-06-02", "url": "u"}
    (article,) = read(tmp_path, "a.json", json.dumps(record))
    assert (article.id, article.title, article.published, article.url) == (
        "a1",
        "T",
        date(2024, 6, 2),
        "u",
    )
    (override,) = read(tmp_path, "a.json", json.dumps(record), published=date(2020, 1, 1))
    assert override.published == date(2020, 1, 1)


def test_jsonl_keeps_going_after_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok1", "text": "First."}),
        "{not json",
        json.dumps({"id": "no-text", "title": "x"}),
        json.dumps({"id": "bad-date", "text": "x", "published": "2025-02-30"}),
        "",
        json.dumps({"id": "ok2", "text": "Second."}),
    ]
    items = read(tmp_path, "batch.jsonl", "\n".join(lines))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "InputError",
        "InputError",
        "InputError",
        "Article",
    ]
    assert "batch.jsonl:2" in items[1].message and "malformed JSON" in items[1].message
    assert "missing 'text'" in items[2].message and items[2].id == "no-text"
    assert "impossible date" in items[3].message


BAD_INPUT = [
    ("empty.txt", b"", "empty article"),
    ("blank.txt", b"  \n\n ", "empty article"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("latin1.txt", "Café au lait".encode("latin-1"), "not UTF-8"),
    ("broken.json", b'{"text": "x",\n "id": }', "malformed JSON at line 2"),
    ("list.json", b"[1, 2]", "expected a JSON object"),
    ("huge.txt", b"word " * 2_100_000, "larger than any article"),
]


@pytest.mark.parametrize(
    ("name", "data", "message"), BAD_INPUT, ids=[name for name, _, _ in BAD_INPUT]
)
def test_bad_input_gives_a_clear_error(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    items = read(tmp_path, name, data)
    assert items and all(isinstance(i, InputError) for i in items)
    assert message in items[0].message


def test_missing_file_and_empty_directory(tmp_path: Path) -> None:
    (missing,) = read_articles([str(tmp_path / "nope.txt")])
    assert isinstance(missing, InputError) and "No such file" in missing.message
    (empty,) = read_articles([str(tmp_path)])
    assert isinstance(empty, InputError) and "no article files" in empty.message


def test_directory_is_read_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second story.")
    (tmp_path / "a.txt").write_text("First story.")
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    assert [a.text for a in read_articles([str(tmp_path)])] == ["First story.", "Second story."]
