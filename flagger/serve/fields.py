"""Reading request fields: a JSON article and the CLI's rule options, each checked strictly."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flagger.serve.pipeline import Options, check_date, options_of
from flagger.serve.records import Article, FieldError


def checked_string(value: Any, field: str, *, required: bool = False) -> str | None:
    """Return a JSON string field, refusing other types and text that is not valid Unicode."""
    if value is None:
        if required:
            raise FieldError(field, "missing (a string)")
        return None
    if not isinstance(value, str):
        raise FieldError(field, f"expected a string, got {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise FieldError(field, f"not valid Unicode (lone surrogate at {error.start})") from None
    return value


def parse_options(data: Mapping[str, Any]) -> Options:
    """Read the CLI's analysis options (`select`, `ignore`, `hedge_threshold`, ...) from a JSON
    object or query string, checked by the same table as the command line and config files."""
    return options_of(dict(data))


def parse_published_field(value: str | None) -> str | None:
    """Check a publication date (ISO, '11 May 2025' or 'May 11, 2025'); empty means none."""
    if not value:
        return None
    problem = check_date(value)
    if problem is not None:
        raise FieldError("published", problem)
    return value


def parse_article(data: Any) -> Article:
    """Read a JSON article (`text`, optional `title`, `published`, `source`, `id`)."""
    if not isinstance(data, dict):
        raise FieldError("body", "expected a JSON object with a 'text' field")
    text = checked_string(data.get("text"), "text", required=True)
    if not text or not text.strip():
        raise FieldError("text", "empty article")
    article_id = data.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    published = parse_published_field(checked_string(data.get("published"), "published"))
    return Article(
        text=text,
        title=checked_string(data.get("title"), "title") or None,
        published=published,
        source=checked_string(data.get("source"), "source") or None,
        id=checked_string(article_id, "id") or None,
    )
