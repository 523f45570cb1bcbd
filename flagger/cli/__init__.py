"""The `flagger` command: a thin shell over the library, its options made from `SETTINGS`."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from flagger.options.errors import OptionError
from flagger.options.settings import SETTINGS, Setting
from flagger.renderers import FORMATS
from flagger.serve.command import serve
from flagger.version import __version__


def _published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """Turn --published into a date, or a usage error."""
    if value is None:
        return None
    from flagger.article.published import DateError, parse_published

    try:
        return parse_published(value)
    except DateError as error:
        raise click.BadParameter(str(error)) from None


def _checked(setting: Setting) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """Return a click callback that checks a value with its setting (raw value kept for merge)."""

    def check(_ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        if value is not None:
            try:
                setting.parse(value)
            except OptionError as error:
                raise click.BadParameter(str(error)) from None
        return value

    return check


def _setting_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add `--config` and one option per command-line setting (the command line wins)."""
    options = [
        click.option(
            "--config",
            "config_path",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Config file (default: nearest flagger.toml or pyproject.toml [tool.flagger]).",
        )
    ]
    for setting in SETTINGS:
        if setting.on_command_line:
            options.append(
                click.option(
                    f"--{setting.key}",
                    setting.name,
                    type=click.Choice(setting.choices) if setting.choices else str,
                    metavar=None if setting.choices else setting.metavar,
                    callback=_checked(setting),
                    help=setting.help,
                )
            )
    for option in reversed(options):
        command = option(command)
    return command


def _settings(ctx: click.Context, config_path: Path | None) -> Any:
    """Load the effective settings: command line over config file over defaults."""
    from flagger.cli.config import ConfigError, load_settings

    given = {
        setting.key: ctx.params[setting.name]
        for setting in SETTINGS
        if setting.on_command_line
        and ctx.get_parameter_source(setting.name) == ParameterSource.COMMANDLINE
    }
    try:
        return load_settings(config_path, given)
    except ConfigError as error:
        click.echo(f"flagger: config: {error}", err=True)
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="flagger")
def main() -> None:
    """Flag speculation, vague attribution and date, place and number contradictions in news."""


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
    "-j",
    "--jobs",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes (at most two per usable core).",
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
    /,
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
    """Check articles: files (.txt, .text, .md, .json, .jsonl), directories, or - for stdin.

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
    with _collector_paused():
        from flagger.artefacts import ArtefactError
        from flagger.cli.run import Limits, RunError, run_check
        from flagger.cli.sinks import ResumeError
        from flagger.pipeline import Flagger

        settings = _settings(ctx, config_path)
        try:
            flagger = Flagger(settings.options())
        except OptionError as error:
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
            executor=_executor(jobs, scheduler),
            resume=resume,
            limits=limits,
        )
    except RunError as error:
        raise click.UsageError(str(error)) from None
    except ResumeError as error:
        click.echo(f"flagger: {error}", err=True)
        sys.exit(2)
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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the detectors import and the models load,
    then freeze what they made.

    Those objects live as long as the process and hold no garbage, yet each import and model
    allocates enough of them to start collections that walk them all again (about 5% of a cold
    check); frozen, later collections skip them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _executor(jobs: int, scheduler: str | None) -> Any:
    """Return local worker processes, or the Dask cluster at `scheduler` when one is given.

    One local job runs in this process, without importing multiprocessing (a cold check of one
    article would spend more time importing it than analysing).
    """
    from flagger.batch.outcome import Finish, Item, finish_outcome, serial

    if scheduler is None and jobs == 1:
        return serial
    from flagger.batch.dask import analyze_on_dask, connect
    from flagger.batch.local import executor, max_jobs
    from flagger.pipeline import Flagger

    if scheduler is None:
        if jobs > max_jobs():
            click.echo(
                f"flagger: --jobs {jobs} capped at {max_jobs()} (two per usable core)", err=True
            )
        return executor(jobs)
    try:
        client, _ = connect(scheduler)
    except (ImportError, OSError) as error:
        raise click.UsageError(f"--scheduler: {error}") from None

    def on_dask(
        flagger: Flagger, items: Iterable[Item], finish: Finish | None = None
    ) -> Iterator[Any]:
        try:
            for outcome in analyze_on_dask(items, client, flagger.options):
                yield outcome if finish is None else finish_outcome(finish, outcome)
        finally:
            client.close()  # type: ignore[no-untyped-call]

    return on_dask


@main.command()
@_setting_options
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text")
@click.pass_context
def config(
    ctx: click.Context, /, config_path: Path | None, output_format: str, **_given: Any
) -> None:
    """Print the effective settings and where each came from.

    \b
    Example:
      flagger config --select H,A
    """
    from flagger.renderers.json import dumps

    settings = _settings(ctx, config_path)
    if output_format == "json":
        values = {key: _plain(key, value) for key, value in settings.values.items()}
        data = {"config": str(settings.path) if settings.path else None, "settings": values}
        click.echo(dumps({**data, "sources": settings.sources}, indent=2))
        return
    click.echo(f"config file: {settings.path or 'none found'}")
    for key, value in settings.values.items():
        shown = _plain(key, value)
        if key == "accept":
            shown = f"{len(value)} accepted finding(s)"
        elif shown in (None, {}, []):
            shown = "(model's)" if key == "hedge-threshold" else "(none)"
        elif isinstance(shown, list) and key in ("select", "ignore"):
            shown = ",".join(shown)
        click.echo(f"  {key:16} = {shown!s:34} ({settings.sources[key]})")


def _plain(key: str, value: Any) -> Any:
    """Return a setting as plain JSON data."""
    if key == "severity":
        return dict(value)
    if key == "accept":
        return [asdict(acceptance) for acceptance in value]
    return list(value) if isinstance(value, tuple) else value


@main.command()
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text")
def rules(output_format: str) -> None:
    """List every rule: code, name, what it flags, why it matters, an example.

    \b
    Example:
      flagger rules --format json
    """
    from flagger.detectors import RULES
    from flagger.renderers.json import dumps

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

main.add_command(serve)
