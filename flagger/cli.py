"""The `flagger` command: a thin shell over `flagger.Flagger` with the same option names."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date
from itertools import chain, islice
from typing import IO, TYPE_CHECKING, Any

import click

from flagger import __version__
from flagger.finding import SEVERITIES
from flagger.published import DateError, parse_published

if TYPE_CHECKING:
    from flagger.analyzer import Flagger
    from flagger.report import Report

FORMATS = ("text", "json", "jsonl", "markdown")
FAIL_ON = ("never", *SEVERITIES)


def _published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """Turn --published into a date, or a usage error."""
    if value is None:
        return None
    try:
        return parse_published(value)
    except DateError as error:
        raise click.BadParameter(str(error)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="flagger")
def main() -> None:
    """Flag speculation, vague attribution and date contradictions in news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published",
    callback=_published,
    help="Publication date (2025-05-11 or '11 May 2025'); overrides the article's own.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the report to FILE instead of stdout.",
)
@click.option("--select", help="Only these rule codes or prefixes, comma-separated (H, A102, T1).")
@click.option("--ignore", help="Skip these rule codes or prefixes, comma-separated.")
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding has this severity or higher.",
)
@click.option(
    "--hedge-threshold",
    type=click.FloatRange(0, 1),
    help="Probability above which a sentence is speculative (default: the model's).",
)
def check(
    paths: tuple[str, ...],
    published: date | None,
    output_format: str,
    output: str | None,
    select: str | None,
    ignore: str | None,
    fail_on: str,
    hedge_threshold: float | None,
) -> None:
    """Check articles: files (.txt, .json, .jsonl), directories, or - for stdin.

    \b
    Examples:
      flagger check story.txt --published 2025-05-11
      flagger check archive.jsonl --format jsonl -o reports.jsonl
      cat story.txt | flagger check - --select A,T --fail-on error
    Exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error.
    """
    from flagger.analyzer import Flagger
    from flagger.artefacts import ArtefactError
    from flagger.selection import UnknownRuleError

    try:
        flagger = Flagger(select=select, ignore=ignore, hedge_threshold=hedge_threshold)
    except UnknownRuleError as error:
        raise click.UsageError(str(error)) from None
    except ArtefactError as error:
        click.echo(f"flagger: {error}", err=True)
        sys.exit(2)
    stream = click.open_file(output, "w", encoding="utf-8") if output else sys.stdout
    color = output_format == "text" and stream.isatty() and "NO_COLOR" not in os.environ
    try:
        errors, flagged = _write_reports(
            flagger, list(paths), published, output_format, stream, color, fail_on
        )
    finally:
        if output:
            stream.close()
    sys.exit(2 if errors else 1 if flagged else 0)


def _write_reports(
    flagger: Flagger,
    paths: list[str],
    published: date | None,
    output_format: str,
    stream: IO[str],
    color: bool,
    fail_on: str,
) -> tuple[int, bool]:
    """Write a report (or error record) per input article, in order; count errors and failures."""
    from flagger.render import RENDERERS
    from flagger.render.json import dumps

    render = RENDERERS[output_format]
    threshold = SEVERITIES.index(fail_on) if fail_on != "never" else len(SEVERITIES)
    results = _results(flagger, paths, published)
    head = list(islice(results, 2))
    as_array = output_format == "json" and len(head) != 1
    errors, flagged = 0, False
    for number, (report, error) in enumerate(chain(head, results)):
        if error is not None:
            errors += 1
            click.echo(f"flagger: error: {error['error']}", err=True)
            if output_format not in ("json", "jsonl"):
                continue
            chunk = dumps(error, indent=2 if output_format == "json" else None) + "\n"
        else:
            flagged |= any(
                SEVERITIES.index(f.severity) >= threshold
                for f in report.findings
                if not f.suppressed
            )
            chunk = render(report, color)
        if as_array:
            chunk = ("[\n" if number == 0 else ",\n") + chunk.rstrip("\n")
        stream.write(chunk)
        stream.flush()
    if as_array:
        stream.write("\n]\n" if head else "[]\n")
    return errors, flagged


def _results(
    flagger: Flagger, paths: list[str], published: date | None
) -> Iterator[tuple[Report, None] | tuple[None, dict[str, Any]]]:
    """Yield (report, None) or (None, error record) for every input article, in order."""
    from flagger.inputs import InputError, read_articles
    from flagger.report import error_record

    for item in read_articles(paths, published):
        if isinstance(item, InputError):
            yield None, error_record(item.origin, item.message, item.id)
            continue
        try:
            yield flagger.analyze_article(item), None
        except Exception as error:
            message = f"{item.id or '<article>'}: internal error ({type(error).__name__}: {error})"
            yield None, error_record(item.id or "<article>", message, item.id)


@main.command()
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text")
def rules(output_format: str) -> None:
    """List every rule: code, name, what it flags, why it matters, an example.

    \b
    Example:
      flagger rules --format json
    """
    from dataclasses import asdict

    from flagger.render.json import dumps
    from flagger.rules import RULES

    if output_format == "json":
        click.echo(dumps({"rules": [asdict(rule) for rule in RULES]}, indent=2))
        return
    for rule in RULES:
        click.echo(f"{rule.code} {rule.name} ({rule.category}, {rule.severity})")
        click.echo(f"    flags:   {rule.flags}")
        click.echo(f"    why:     {rule.why}")
        click.echo(f"    example: {rule.example}")
        if rule.fix:
            click.echo(f"    fix:     {rule.fix}")
        click.echo()
