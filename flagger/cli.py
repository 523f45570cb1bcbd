"""The `flagger` command: a thin shell over `flagger.Flagger` with the same option names."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from flagger import __version__
from flagger.finding import SEVERITIES
from flagger.published import DateError, parse_published

if TYPE_CHECKING:
    from distributed import Client

    from flagger.analyzer import Flagger
    from flagger.batch import Executor, Finish, Item
    from flagger.config import Settings

FORMATS = ("text", "json", "jsonl", "markdown", "html")
FAIL_ON = ("never", *SEVERITIES)
SETTING_OPTIONS = {
    "select": "select",
    "ignore": "ignore",
    "hedge_threshold": "hedge-threshold",
    "fail_on": "fail-on",
    "min_score": "min-score",
}


def _published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """Turn --published into a date, or a usage error."""
    if value is None:
        return None
    try:
        return parse_published(value)
    except DateError as error:
        raise click.BadParameter(str(error)) from None


def _setting_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options that a config file can also set (the command line wins)."""
    options = [
        click.option(
            "--config",
            "config_path",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Config file (default: nearest flagger.toml or pyproject.toml [tool.flagger]).",
        ),
        click.option("--select", help="Only these rule codes or prefixes, comma-separated."),
        click.option("--ignore", help="Skip these rule codes or prefixes, comma-separated."),
        click.option(
            "--fail-on",
            type=click.Choice(FAIL_ON),
            help="Exit 1 when a finding has this severity or higher.  [default: warning]",
        ),
        click.option(
            "--min-score",
            type=click.IntRange(0, 100),
            help="Exit 1 when an article's score is N or more.",
        ),
        click.option(
            "--hedge-threshold",
            type=click.FloatRange(0, 1),
            help="Probability above which a sentence is speculative (default: the model's).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _settings(ctx: click.Context, config_path: Path | None) -> Settings:
    """Load the effective settings: command line over config file over defaults."""
    from flagger.config import ConfigError, load_settings

    given = {
        key: ctx.params[name]
        for name, key in SETTING_OPTIONS.items()
        if ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE
    }
    try:
        return load_settings(config_path, given)
    except ConfigError as error:
        click.echo(f"flagger: config: {error}", err=True)
        sys.exit(2)


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
    help="Write to FILE, or one report per article into DIR (an existing directory or a path "
    "ending in /; always for html over several articles) with index.html.",
)
@_setting_options
@click.option(
    "-j", "--jobs", type=click.IntRange(1), default=1, show_default=True, help="Worker processes."
)
@click.option(
    "--resume", is_flag=True, help="Skip articles whose ids the output (jsonl FILE or DIR) has."
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on a Dask cluster (tcp://host:8786) instead of local processes; needs flagger[dask].",
)
@click.pass_context
def check(
    ctx: click.Context,
    paths: tuple[str, ...],
    published: date | None,
    output_format: str,
    output: str | None,
    config_path: Path | None,
    jobs: int,
    resume: bool,
    scheduler: str | None,
    **_settings_given: Any,
) -> None:
    """Check articles: files (.txt, .json, .jsonl), directories, or - for stdin.

    \b
    Examples:
      flagger check story.txt --published 2025-05-11
      flagger check story.txt --format html -o story.html
      flagger check archive.jsonl --jobs 4 --format jsonl -o reports.jsonl --resume
      flagger check archive.jsonl --format html -o reports/
      cat story.txt | flagger check - --select A,T --fail-on error
      flagger check archive.jsonl --scheduler tcp://10.0.0.5:8786 --format jsonl -o out.jsonl
    Exit status: 0 nothing at or above --fail-on / --min-score, 1 findings, 2 usage or input
    error.
    """
    from flagger.analyzer import Flagger
    from flagger.artefacts import ArtefactError
    from flagger.run import Limits, RunError
    from flagger.run import check as run_check
    from flagger.selection import UnknownRuleError
    from flagger.severities import SeverityError

    settings = _settings(ctx, config_path)
    try:
        flagger = Flagger(**settings.flagger_options)
    except (UnknownRuleError, SeverityError) as error:
        raise click.UsageError(str(error)) from None
    except ArtefactError as error:
        click.echo(f"flagger: {error}", err=True)
        sys.exit(2)
    limits = Limits(settings["fail-on"], settings["min-score"])
    try:
        tally = run_check(
            flagger,
            list(paths),
            published=published,
            output_format=output_format,
            output=output,
            executor=_executor(jobs, scheduler, settings.flagger_options),
            resume=resume,
            limits=limits,
        )
    except RunError as error:
        raise click.UsageError(str(error)) from None
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the reader went away
        sys.exit(1)
    except OSError as error:
        click.echo(f"flagger: {output or '<stdout>'}: {error.strerror or error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("flagger: interrupted; what was written is complete (see --resume)", err=True)
        sys.exit(130)
    sys.exit(2 if tally.errors else 1 if tally.failing else 0)


def _executor(jobs: int, scheduler: str | None, options: dict[str, Any]) -> Executor:
    """Return local worker processes, or the Dask cluster at `scheduler` when one is given."""
    if scheduler is None:
        from flagger.batch import executor

        return executor(jobs)
    client = _dask_client(scheduler)

    def on_dask(
        _flagger: Flagger, items: Iterable[Item], finish: Finish | None = None
    ) -> Iterator[Any]:
        from flagger.batch import finish_outcome
        from flagger.distributed import analyze_on_dask

        try:
            for outcome in analyze_on_dask(items, client, **options):
                yield outcome if finish is None else finish_outcome(finish, outcome)
        finally:
            client.close()

    return on_dask


def _dask_client(scheduler: str) -> Client:
    """Connect to a Dask scheduler, or fail with a usage error that says why."""
    try:
        from distributed import Client
    except ImportError:
        raise click.UsageError(
            "--scheduler needs the dask extra: pip install 'flagger[dask]'"
        ) from None
    try:
        return Client(scheduler)
    except (OSError, TimeoutError, ValueError) as error:
        raise click.UsageError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None


@main.command()
@_setting_options
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text")
@click.pass_context
def config(ctx: click.Context, config_path: Path | None, output_format: str, **_given: Any) -> None:
    """Print the effective settings and where each came from.

    \b
    Example:
      flagger config --select H,A
    """
    from flagger.render.json import dumps

    settings = _settings(ctx, config_path)
    if output_format == "json":
        values = {key: _plain(value) for key, value in settings.values.items()}
        data = {"config": str(settings.path) if settings.path else None, "settings": values}
        click.echo(dumps({**data, "sources": settings.sources}, indent=2))
        return
    click.echo(f"config file: {settings.path or 'none found'}")
    for key, value in settings.values.items():
        shown = _plain(value)
        if key == "accept":
            shown = f"{len(value)} accepted finding(s)"
        elif shown is None or shown == {}:
            shown = "(model's)" if key == "hedge-threshold" else "(none)"
        click.echo(f"  {key:16} = {shown!s:34} ({settings.sources[key]})")


def _plain(value: Any) -> Any:
    """Return a setting as plain JSON data."""
    if isinstance(value, tuple):
        return [{"rule": a.rule, "fingerprint": a.fingerprint, "reason": a.reason} for a in value]
    return value


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

from flagger.serve.command import serve  # noqa: E402

main.add_command(serve)
