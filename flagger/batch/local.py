"""Local executors: `serial` in this process, `process_pool(jobs)` in worker processes that each
hold one `Flagger` (models load once per worker)."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from flagger.batch.outcome import (
    Executor,
    Failure,
    Finish,
    Item,
    analyze_item,
    chunks,
    finish_outcome,
    item_key,
)
from flagger.pipeline import Flagger

CHUNK = 16
IN_FLIGHT_PER_JOB = 4


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
