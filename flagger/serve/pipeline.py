"""The service's one door into flagger: build a Flagger, analyse an article, render, list rules.

Every other module of `flagger.serve` imports flagger only through this adapter, so the service
depends on a narrow surface: `Flagger`, `parse_published`, `render`, `RULES` and the report's
findings and sentences.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from flagger.article.published import DateError, parse_published
from flagger.detectors import RULES
from flagger.options import Options
from flagger.options.errors import OptionError
from flagger.pipeline import Flagger
from flagger.renderers import render
from flagger.serve.records import Article, FieldError, Flag
from flagger.version import __version__

if TYPE_CHECKING:
    from flagger.report import Report

VERSION = __version__
__all__ = ["Options", "Pipeline", "check_date", "options_of", "rule_codes", "rules"]
CACHED_FLAGGERS = 32
WARM_UP = "Talks resume.\n\nOfficials said on Monday the talks, halted last year, could resume."


def rule_codes() -> tuple[str, ...]:
    """Return every rule code."""
    return tuple(rule.code for rule in RULES)


def rules() -> list[dict[str, Any]]:
    """Return every rule as plain JSON data, as `flagger rules --format json` lists them."""
    fields = ("code", "name", "category", "severity", "flags", "why", "example", "fix")
    return [{field: getattr(rule, field) for field in fields} for rule in RULES]


def check_date(value: str) -> str | None:
    """Return why a publication date cannot be read, or None when it can."""
    try:
        parse_published(value)
    except DateError as error:
        return str(error)
    return None


def options_of(data: dict[str, Any]) -> Options:
    """Read the analysis options a request gives, each checked by flagger's settings table.

    The names are those of `flagger.analyze` (`select`, `ignore`, `hedge_threshold`, ...); a bad
    value is a FieldError naming its field.
    """
    names = Options.__dataclass_fields__
    values = {name: data[name] for name in names if data.get(name) is not None}
    for name, value in values.items():
        try:
            Options.of(**{name: value})
        except OptionError as error:
            raise FieldError(name, str(error)) from None
    try:
        return Options.of(**values)
    except OptionError as error:
        raise FieldError("options", str(error)) from None


def codes_of_categories(categories: Iterable[str]) -> tuple[str, ...]:
    """Return the codes of the rules in the given categories (case-insensitive)."""
    wanted = {name.strip().lower() for name in categories}
    return tuple(rule.code for rule in RULES if rule.category in wanted)


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
            made = Flagger(options)
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
        return render(report, output_format)

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
            if finding.field != "text":
                continue  # the LanguageTool protocol checks one text; the headline is not in it
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
