"""The batch engine: articles in, one report or one failure out per article, in input order.

An executor is any function `(flagger, items[, finish]) -> outcomes` that yields exactly one
outcome per item, in order, without reading more of `items` than it has in flight. `serial` runs
in this process; `process_pool(jobs)` runs worker processes that each hold one `Flagger` (models
load once per worker). Other executors (a cluster scheduler, for example) plug in with the same
signature. `finish`, when given, turns each outcome into what the caller needs of it (the CLI's
rendered output and counts) where the article was analysed, so only that travels back.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from flagger.article import Article
from flagger.inputs import InputError
from flagger.report import Report, error_record

if TYPE_CHECKING:
    from concurrent.futures import Future

    from flagger.analyzer import Flagger

CHUNK = 16
IN_FLIGHT_PER_JOB = 4


@dataclass(frozen=True, slots=True)
class Failure:
    """An article that yielded no report: where it came from and why."""

    origin: str
    message: str
    id: str | None = None

    @property
    def key(self) -> str:
        """Return the id that marks this article as done in a resumed run."""
        return self.id or self.origin

    def to_dict(self) -> dict[str, Any]:
        """Return the error record written in place of a report."""
        return error_record(self.origin, self.message, self.id)


Item = Article | InputError
Outcome = Report | Failure
Finish = Callable[[Outcome], Any]


class Executor(Protocol):
    """Runs the analysis of items: one outcome (or `finish(outcome)`) per item, in input order."""

    def __call__(
        self, flagger: Flagger, items: Iterable[Item], finish: Finish | None = None
    ) -> Iterator[Any]:
        """Yield the outcome of each item, passed through `finish` when one is given."""
        ...


def item_key(item: Item) -> str:
    """Return the id under which an input article's outcome is written."""
    return item.id or (item.origin if isinstance(item, InputError) else "<article>")


def outcome_key(outcome: Outcome) -> str:
    """Return the id under which an outcome is written."""
    return outcome.key if isinstance(outcome, Failure) else outcome.article.id or "<article>"


def analyze_item(flagger: Flagger, item: Item) -> Outcome:
    """Analyse one input article; any exception becomes a failure, never a lost article."""
    if isinstance(item, InputError):
        return Failure(item.origin, item.message, item.id)
    try:
        return flagger.analyze_article(item)
    except Exception as error:
        name = item.id or "<article>"
        return Failure(name, f"{name}: internal error ({type(error).__name__}: {error})", item.id)


def finish_outcome(finish: Finish, outcome: Outcome) -> Any:
    """Return `finish(outcome)`; if that raises, the finished failure of the article instead."""
    try:
        return finish(outcome)
    except Exception as error:
        name, reason = outcome_key(outcome), f"{type(error).__name__}: {error}"
        if isinstance(outcome, Failure):
            failure = Failure(outcome.origin, f"{name}: internal error ({reason})", outcome.id)
        else:
            failure = Failure(name, f"{name}: internal error ({reason})", outcome.article.id)
        return finish(failure)


def serial(flagger: Flagger, items: Iterable[Item], finish: Finish | None = None) -> Iterator[Any]:
    """Analyse the items one by one in this process."""
    outcomes = (analyze_item(flagger, item) for item in items)
    if finish is None:
        return outcomes
    return (finish_outcome(finish, outcome) for outcome in outcomes)


_worker: tuple[Flagger, Finish | None] | None = None


def _start_worker(flagger: Flagger, finish: Finish | None) -> None:
    """Keep the worker's flagger and finish step (inherited on fork, unpickled once otherwise)."""
    global _worker
    _worker = (flagger, finish)


def _analyze_chunk(items: list[Item]) -> list[Any]:
    """Analyse a chunk of items in a worker, finishing each outcome there."""
    assert _worker is not None
    flagger, finish = _worker
    outcomes = [analyze_item(flagger, item) for item in items]
    return outcomes if finish is None else [finish_outcome(finish, o) for o in outcomes]


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Yield lists of up to `size` items, reading lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _collect(chunk: list[Item], future: Future[list[Any]], finish: Finish | None) -> list[Any]:
    """Return a chunk's outcomes, or a failure per item when its worker died."""
    try:
        return future.result()
    except Exception as error:
        reason = f"worker failed ({type(error).__name__}: {error})"
        failures = [
            Failure(item_key(item), f"{item_key(item)}: {reason}", item.id) for item in chunk
        ]
        return failures if finish is None else [finish_outcome(finish, f) for f in failures]


def process_pool(jobs: int, chunk: int = CHUNK) -> Executor:
    """Return an executor running `jobs` worker processes, `chunk` articles per task."""

    def run(flagger: Flagger, items: Iterable[Item], finish: Finish | None = None) -> Iterator[Any]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        pending: deque[tuple[list[Item], Future[list[Any]]]] = deque()
        with ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_start_worker, initargs=(flagger, finish)
        ) as pool:
            for part in chunks(items, chunk):
                pending.append((part, pool.submit(_analyze_chunk, part)))
                if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                    yield from _collect(*pending.popleft(), finish)
            while pending:
                yield from _collect(*pending.popleft(), finish)

    return run


def executor(jobs: int) -> Executor:
    """Return the executor for `jobs` local processes (1: this process)."""
    return serial if jobs <= 1 else process_pool(jobs)
