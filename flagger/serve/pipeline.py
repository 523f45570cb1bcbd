"""The service's one door into flagger: build a Flagger, analyse an article, render, list rules.

Every other module of `flagger.serve` imports flagger only through this adapter, so the service
depends on a narrow surface: `Flagger`, `parse_published`, `RENDERERS`, `RULES` and the report's
findings and sentences.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from flagger import Flagger, __version__
from flagger.published import DateError, parse_published
from flagger.render import RENDERERS
from flagger.rules import RULES

if TYPE_CHECKING:
    from flagger.report import Report

VERSION = __version__
ARTICLE_FIELDS = ("text", "title", "published", "source", "id")
CACHED_FLAGGERS = 32
WARM_UP = "Talks resume.\n\nOfficials said on Monday the talks, halted last year, could resume."


class FieldError(ValueError):
    """A request field that is missing, of the wrong type, or has an impossible value."""

    def __init__(self, field: str, message: str) -> None:
        """Name the field and say what is wrong with it."""
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class Options:
    """The CLI's rule options: codes or prefixes to select and ignore, the hedge threshold."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    hedge_threshold: float | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One article as a request gives it; `published` is already checked."""

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    """One finding as the LanguageTool protocol needs it (code-point offsets)."""

    rule: str
    name: str
    category: str
    severity: str
    start: int
    end: int
    message: str
    replacement: str | None
    advice: str | None
    sentence: str


def rule_codes() -> tuple[str, ...]:
    """Return every rule code."""
    return tuple(rule.code for rule in RULES)


def rules() -> list[dict[str, Any]]:
    """Return every rule as plain JSON data, as `flagger rules --format json` lists them."""
    fields = ("code", "name", "category", "severity", "flags", "why", "example", "fix")
    return [{field: getattr(rule, field) for field in fields} for rule in RULES]


def codes_of_categories(categories: Iterable[str]) -> tuple[str, ...]:
    """Return the codes of the rules in the given categories (case-insensitive)."""
    wanted = {name.strip().lower() for name in categories}
    return tuple(rule.code for rule in RULES if rule.category in wanted)


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
    try:
        parse_published(value)
    except DateError as error:
        raise FieldError("published", str(error)) from None
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


class Pipeline:
    """Analyses articles; Flaggers are built once per option set and shared between threads."""

    def __init__(self) -> None:
        """Load the models now and warm the pipeline up, so the first request is not slow."""
        self._lock = threading.Lock()
        self._flaggers: OrderedDict[Options, Flagger] = OrderedDict()
        self.analyze(Article(WARM_UP, published="2025-05-11"), Options())

    def flagger(self, options: Options) -> Flagger:
        """Return the Flagger for these options, building it on first use (a small LRU)."""
        with self._lock:
            found = self._flaggers.get(options)
            if found is not None:
                self._flaggers.move_to_end(options)
                return found
        try:
            made = Flagger(
                select=options.select or None,
                ignore=options.ignore or None,
                hedge_threshold=options.hedge_threshold,
            )
        except ValueError as error:
            raise FieldError("options", str(error)) from None
        with self._lock:
            self._flaggers[options] = made
            while len(self._flaggers) > CACHED_FLAGGERS:
                self._flaggers.popitem(last=False)
        return made

    def analyze(self, article: Article, options: Options) -> Report:
        """Analyse one article with these options."""
        return self.flagger(options).analyze(
            article.text,
            published=article.published,
            title=article.title,
            source=article.source,
            id=article.id,
        )

    def render(self, report: Report, output_format: str) -> str:
        """Render a report exactly as `flagger check --format json|html` writes it."""
        return RENDERERS[output_format](report, False)

    def render_line(self, report: Report) -> str:
        """Render a report as one JSON line, as `flagger check --format jsonl` writes it."""
        record = json.loads(self.render(report, "json"))
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"

    def flags(self, report: Report) -> list[Flag]:
        """Return the report's findings with their sentence text and a replacement, if any."""
        fixes = {rule.code: rule.fix for rule in RULES}
        text = report.article.text
        sentences = report.sentences
        flags = []
        for finding in report.findings:
            suggestion = finding.suggestion
            advice = suggestion if suggestion and suggestion == fixes.get(finding.rule) else None
            flags.append(
                Flag(
                    rule=finding.rule,
                    name=finding.name,
                    category=finding.category,
                    severity=finding.severity,
                    start=finding.start,
                    end=finding.end,
                    message=finding.message,
                    replacement=None if advice else _replacement(text, finding.end, suggestion),
                    advice=advice,
                    sentence=sentences[finding.sentence].text
                    if 0 <= finding.sentence < len(sentences)
                    else "",
                )
            )
        return flags


def _replacement(text: str, end: int, suggestion: str | None) -> str | None:
    """Turn a rewrite that runs past the flagged words into a replacement of those words alone.

    A date suggestion such as 'The November 2022 collapsed talks' rewrites 'Last year's' and the
    words after it; the longest tail that the text repeats right after the span is cut off.
    """
    if not suggestion:
        return None
    for size in range(min(len(suggestion), len(text) - end), 0, -1):
        tail = text[end : end + size]
        if tail[0].isspace() and suggestion.endswith(tail):
            return suggestion[:-size] or None
    return suggestion
