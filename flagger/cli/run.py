"""One `flagger check` run: inputs through an executor into a sink, with progress and a tally."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import NamedTuple

from flagger.article.reading import read_articles
from flagger.batch.outcome import Executor, Failure, Item, Outcome, item_key
from flagger.cli.progress import Progress
from flagger.cli.sinks import (
    MANIFEST,
    DirectorySink,
    Rendered,
    Rendering,
    Sink,
    StreamSink,
    resume_key,
    written_ids,
)
from flagger.cli.tally import Counts, Tally, counts
from flagger.pipeline import Flagger
from flagger.renderers.terminal import shown
from flagger.report.gate import DEFAULT_GATE, trips


class RunError(ValueError):
    """The options do not fit together for these inputs."""


@dataclass(frozen=True, slots=True)
class Limits:
    """When an article fails: the gate `fail_on` (flagger/report/gate.py), or score ≥ min_score."""

    fail_on: str = DEFAULT_GATE
    min_score: int | None = None

    def fails(self, outcome: Outcome) -> bool:
        """Tell whether a report trips a limit; accepted findings never do."""
        if isinstance(outcome, Failure):
            return False
        if self.min_score is not None and outcome.summary.score >= self.min_score:
            return True
        return trips(outcome.findings, self.fail_on)


class Finished(NamedTuple):
    """One article as the run needs it: the rendered output, its counts, whether it fails."""

    rendered: Rendered
    counts: Counts | None
    failing: bool


@dataclass(frozen=True, slots=True)
class Finish:
    """Turn an outcome into a `Finished`; picklable, so it runs where the article was analysed."""

    rendering: Rendering
    limits: Limits

    def __call__(self, outcome: Outcome) -> Finished:
        """Render, count and judge one outcome."""
        return Finished(self.rendering(outcome), counts(outcome), self.limits.fails(outcome))


def _same_file(path: Path, stat: os.stat_result) -> bool:
    """Tell whether `path` exists and is the file `stat` describes (hard links included)."""
    try:
        mine = path.stat()
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (stat.st_dev, stat.st_ino)


def check_output_is_no_input(paths: list[str], output: str | None) -> None:
    """Refuse an output that is one of the inputs, or lies inside an input directory, or (for a
    report directory) holds an input: writing it would destroy or re-read the input."""
    if output is None:
        return
    if not output.strip():
        raise RunError("-o needs a file or directory name, not an empty string")
    target = Path(output).resolve()
    for name in paths:
        if name == "-":
            try:
                stdin = os.fstat(sys.stdin.fileno())
            except (OSError, ValueError, AttributeError):
                continue
            if _same_file(target, stdin):
                raise RunError(f"-o {output} is the file read on stdin; write elsewhere")
            continue
        source = Path(name).resolve()
        inside = source == target or source in target.parents
        if source.is_dir() and inside:
            raise RunError(f"-o {output} is inside the input directory {name}; write elsewhere")
        if not source.is_dir():
            try:
                same = inside or _same_file(target, source.stat())
            except OSError:
                same = inside
            if same:
                raise RunError(f"-o {output} is the input {name}; write elsewhere")
        if target in source.parents and target.is_dir():
            raise RunError(f"the input {name} is inside the output directory {output}")


def _add_output(outputs: set[tuple[int, int]], output: str | None) -> None:
    """Add the output file (or a report directory's manifest) to `outputs`, once it exists."""
    if output is None:
        return
    for path in (Path(output), Path(output) / MANIFEST):
        try:
            stat = path.stat()
        except OSError:
            continue
        if not os.path.isdir(path):
            outputs.add((stat.st_dev, stat.st_ino))


def open_sink(output: str | None, output_format: str, many: bool, resume: bool) -> Sink:
    """Choose where reports go: stdout, one file, or one file per article in a directory."""
    array = output_format == "json" and many
    if output is None:
        if resume:
            raise RunError("--resume needs -o FILE (with --format jsonl) or -o DIR")
        if output_format == "html" and many:
            raise RunError("--format html over several articles needs -o DIR")
        color = output_format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        return StreamSink(sys.stdout, output_format, color=color, array=array)
    path = Path(output)
    as_directory = (
        path.is_dir() or output.endswith(("/", os.sep)) or (output_format == "html" and many)
    )
    if as_directory:
        if output_format == "jsonl":
            raise RunError("--format jsonl writes one file: give -o FILE, not a directory")
        return DirectorySink(path, output_format, resume=resume)
    if resume and output_format != "jsonl":
        raise RunError("--resume with -o FILE needs --format jsonl (or write to -o DIR)")
    done = written_ids(path) if resume else set()
    stream = path.open("a" if resume else "w", encoding="utf-8")
    return StreamSink(stream, output_format, array=array, done=done, owns_stream=True)


def unique_ids(items: Iterable[Item], warn: Callable[[str], None]) -> Iterator[Item]:
    """Give an article whose id an earlier one has the first free `id~2`, `id~3`..., and say
    so, so that no report overwrites or stands for another (the order decides, so a resumed
    run gives the same names)."""
    seen: set[str] = set()
    last: dict[str, int] = {}  # the last number given to each repeated id: no quadratic search
    for item in items:
        key = item_key(item)
        if resume_key(key) in seen:
            number = last.get(key, 1) + 1
            while resume_key(f"{key}~{number}") in seen:
                number += 1
            last[key] = number
            renamed = f"{key}~{number}"
            warn(
                f"flagger: warning: duplicate id {shown(repr(key))}; "
                f"this one is written as {shown(repr(renamed))}"
            )
            item = replace(item, id=renamed)
            key = renamed
        seen.add(resume_key(key))
        yield item


def run_check(
    flagger: Flagger,
    paths: list[str],
    *,
    published: date | None = None,
    output_format: str = "text",
    output: str | None = None,
    executor: Executor,
    resume: bool = False,
    limits: Limits | None = None,
) -> Tally:
    """Check every input article, writing one report or error record each, in input order."""
    limits = limits or Limits()
    check_output_is_no_input(paths, output)
    outputs: set[tuple[int, int]] = set()  # this run's output files, never read as input
    _add_output(outputs, output)
    items: Iterable[Item] = read_articles(paths, published, outputs)
    head = list(islice(items, 2))
    sink = open_sink(output, output_format, len(head) != 1, resume)
    _add_output(outputs, output)
    progress, tally = Progress(), Tally()
    unique = unique_ids(chain(head, items), progress.say)
    todo = (item for item in unique if resume_key(item_key(item)) not in sink.done)
    try:
        for rendered, counted, failing in executor(flagger, todo, Finish(sink.rendering, limits)):
            if rendered.error is not None:
                progress.say(f"flagger: error: {shown(rendered.error)}")
            sink.write(rendered)
            tally.add(counted, failing)
            progress.tick(rendered.error is not None)
    finally:
        sink.close()
        progress.close()
    if tally.articles > 1 or sink.done:
        sys.stderr.write(tally.table(progress.seconds))
    return tally
