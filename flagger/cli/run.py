"""One `flagger check` run: inputs through an executor into a sink, with progress and a tally."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import NamedTuple

from flagger.article.reading import read_articles
from flagger.batch.outcome import Executor, Failure, Item, Outcome, item_key
from flagger.cli.progress import Progress
from flagger.cli.sinks import DirectorySink, Rendered, Rendering, Sink, StreamSink, written_ids
from flagger.cli.tally import Counts, Tally, counts
from flagger.pipeline import Flagger
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
    items: Iterable[Item] = read_articles(paths, published)
    head = list(islice(items, 2))
    sink = open_sink(output, output_format, len(head) != 1, resume)
    todo = (item for item in chain(head, items) if item_key(item) not in sink.done)
    progress, tally = Progress(), Tally()
    try:
        for rendered, counted, failing in executor(flagger, todo, Finish(sink.rendering, limits)):
            if rendered.error is not None:
                progress.say(f"flagger: error: {rendered.error}")
            sink.write(rendered)
            tally.add(counted, failing)
            progress.tick(rendered.error is not None)
    finally:
        sink.close()
        progress.close()
    if tally.articles > 1 or sink.done:
        sys.stderr.write(tally.table(progress.seconds))
    return tally
