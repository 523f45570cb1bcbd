"""Reading request fields: a JSON article and the CLI's rule options, each checked strictly."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flagger.serve.pipeline import check_date, rule_codes
from flagger.serve.records import Article, FieldError, Options


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


def parse_codes(value: Any, field: str) -> tuple[str, ...]:
    """Read rule codes or prefixes: 'H,A102' or ['H', 'A102'], each naming at least one rule."""
    if value is None:
        return ()
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list) and all(isinstance(part, str) for part in value):
        parts = list(value)
    else:
        raise FieldError(field, "expected rule codes: a comma-separated string or a list")
    codes = tuple(part.strip().upper() for part in parts if part.strip())
    known = rule_codes()
    unknown = [code for code in codes if not any(rule.startswith(code) for rule in known)]
    if unknown:
        raise FieldError(field, f"unknown rule code {', '.join(unknown)}; GET /v1/rules lists them")
    return codes


def parse_threshold(value: Any) -> float | None:
    """Read `hedge_threshold`: a number from 0 to 1, or null for the model's own."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise FieldError("hedge_threshold", "expected a number from 0 to 1") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise FieldError("hedge_threshold", "expected a number from 0 to 1")
    return float(value)


def parse_options(data: Mapping[str, Any]) -> Options:
    """Read `select`, `ignore` and `hedge_threshold` from a JSON object or query string."""
    return Options(
        parse_codes(data.get("select"), "select"),
        parse_codes(data.get("ignore"), "ignore"),
        parse_threshold(data.get("hedge_threshold")),
    )


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
