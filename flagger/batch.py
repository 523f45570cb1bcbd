"""The batch engine: articles in, one report or one failure out per article, in input order.

An executor is any function `(flagger, items) -> outcomes` that yields exactly one outcome per
item, in order, without reading more of `items` than it has in flight. `serial` runs in this
process; `process_pool(jobs)` runs worker processes that each hold one `Flagger` (models load once
per worker). Other executors (a cluster scheduler, for example) plug in with the same signature.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

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
Executor = Callable[["Flagger", Iterable[Item]], Iterator[Outcome]]


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


def serial(flagger: Flagger, items: Iterable[Item]) -> Iterator[Outcome]:
    """Analyse the items one by one in this process."""
    return (analyze_item(flagger, item) for item in items)


_worker_flagger: Flagger | None = None


def _start_worker(flagger: Flagger) -> None:
    """Keep the worker's flagger (inherited on fork, unpickled once otherwise)."""
    global _worker_flagger
    _worker_flagger = flagger


def _analyze_chunk(items: list[Item]) -> list[Outcome]:
    """Analyse a chunk of items in a worker."""
    assert _worker_flagger is not None
    return [analyze_item(_worker_flagger, item) for item in items]


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Yield lists of up to `size` items, reading lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _collect(chunk: list[Item], future: Future[list[Outcome]]) -> list[Outcome]:
    """Return a chunk's outcomes, or a failure per item when its worker died."""
    try:
        return future.result()
    except Exception as error:
        reason = f"worker failed ({type(error).__name__}: {error})"
        return [Failure(item_key(item), f"{item_key(item)}: {reason}", item.id) for item in chunk]


def process_pool(jobs: int, chunk: int = CHUNK) -> Executor:
    """Return an executor running `jobs` worker processes, `chunk` articles per task."""

    def run(flagger: Flagger, items: Iterable[Item]) -> Iterator[Outcome]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        pending: deque[tuple[list[Item], Future[list[Outcome]]]] = deque()
        with ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_start_worker, initargs=(flagger,)
        ) as pool:
            for part in chunks(items, chunk):
                pending.append((part, pool.submit(_analyze_chunk, part)))
                if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                    yield from _collect(*pending.popleft())
            while pending:
                yield from _collect(*pending.popleft())

    return run


def executor(jobs: int) -> Executor:
    """Return the executor for `jobs` local processes (1: this process)."""
    return serial if jobs <= 1 else process_pool(jobs)
