"""Local executors: `process_pool(jobs)` in worker processes that each hold one `Flagger` (models
load once per worker), or `serial` (flagger/batch/outcome.py) in this process for one job."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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
    serial,
)
from flagger.pipeline import Flagger

CHUNK = 16
IN_FLIGHT_PER_JOB = 4


_worker: tuple[Flagger, Finish | None] | None = None
PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Make this worker process die when its parent does (SIGTERM, SIGKILL, OOM killer), so no
    orphan keeps analysing and holding the output open: the kernel's parent-death signal on
    Linux, a thread watching the parent elsewhere."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before the signal was armed
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="flagger-parent-watch", daemon=True).start()


def _start_worker(flagger: Flagger, finish: Finish | None) -> None:
    """Keep the worker's flagger and finish step (inherited on fork, unpickled once otherwise)."""
    global _worker
    die_with_parent()
    _worker = (flagger, finish)


def _analyze_chunk(items: list[Item]) -> list[Any]:
    """Analyse a chunk of items in a worker, finishing each outcome there."""
    assert _worker is not None
    flagger, finish = _worker
    outcomes = [analyze_item(flagger, item) for item in items]
    return outcomes if finish is None else [finish_outcome(finish, o) for o in outcomes]


def _failures(chunk: list[Item], reason: str, finish: Finish | None) -> list[Any]:
    """Return the (finished) failure of each item of a chunk."""
    failures = [Failure(item_key(item), f"{item_key(item)}: {reason}", item.id) for item in chunk]
    return failures if finish is None else [finish_outcome(finish, f) for f in failures]


def _collect(chunk: list[Item], future: Future[list[Any]], finish: Finish | None) -> list[Any]:
    """Return a chunk's outcomes, or a failure per item when the chunk raised; a dead worker
    (BrokenProcessPool) is left to the caller, which retries the chunk."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception as error:
        return _failures(chunk, f"worker failed ({type(error).__name__}: {error})", finish)


DIED = "worker process died twice while analysing it (out of memory, or killed)"


class _Pools:
    """Fresh worker pools, each set up with the run's flagger and finish step."""

    def __init__(self, flagger: Flagger, finish: Finish | None) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        self.context = multiprocessing.get_context(method)
        self.initargs = (flagger, finish)

    def new(self, jobs: int) -> ProcessPoolExecutor:
        """Start a pool of `jobs` workers."""
        return ProcessPoolExecutor(
            jobs, mp_context=self.context, initializer=_start_worker, initargs=self.initargs
        )


def _retry(pools: _Pools, items: list[Item], finish: Finish | None) -> list[Any]:
    """Analyse again, once each, the articles a dead worker held: one at a time in a fresh
    one-worker pool, so a second death names its article, which alone becomes a failure."""
    outcomes: list[Any] = []
    while len(outcomes) < len(items):
        rest = items[len(outcomes) :]
        pool = pools.new(1)
        try:
            futures = [pool.submit(_analyze_chunk, [item]) for item in rest]
            for item, future in zip(rest, futures):
                try:
                    outcomes.extend(_collect([item], future, finish))
                except BrokenProcessPool:
                    outcomes.extend(_failures([item], DIED, finish))
                    break
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return outcomes


def process_pool(jobs: int, chunk: int = CHUNK) -> Executor:
    """Return an executor running `jobs` worker processes, `chunk` articles per task.

    A worker that dies (killed, out of memory) costs only the articles in flight: they are
    analysed again once in a fresh pool, and the run goes on in a new pool.
    """

    def run(flagger: Flagger, items: Iterable[Item], finish: Finish | None = None) -> Iterator[Any]:
        pools = _Pools(flagger, finish)
        pending: deque[tuple[list[Item], Future[list[Any]]]] = deque()
        pool = pools.new(jobs)
        try:
            parts = chunks(items, chunk)
            while True:
                while len(pending) < jobs * IN_FLIGHT_PER_JOB:
                    part = next(parts, None)
                    if part is None:
                        break
                    pending.append((part, pool.submit(_analyze_chunk, part)))
                if not pending:
                    return
                part, future = pending.popleft()
                try:
                    yield from _collect(part, future, finish)
                    continue
                except BrokenProcessPool:
                    pass
                # A worker died: every chunk still in flight is lost with the pool. Keep what
                # finished, run the rest again once, then go on in a new pool.
                pool.shutdown(wait=True, cancel_futures=True)
                lost = [(part, future), *pending]
                pending.clear()
                again = _retry(pools, [i for p, f in lost if not _finished(f) for i in p], finish)
                for part, future in lost:
                    if _finished(future):
                        yield from _collect(part, future, finish)
                    else:
                        yield from again[: len(part)]
                        again = again[len(part) :]
                pool = pools.new(jobs)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    return run


def _finished(future: Future[list[Any]]) -> bool:
    """Tell whether a chunk's future holds its outcomes (not lost with a dead worker)."""
    return future.done() and not future.cancelled() and future.exception() is None


JOBS_PER_CORE = 2


def max_jobs() -> int:
    """Return the most worker processes worth starting: two per core this process may use
    (the analysis is CPU-bound, and every worker holds the models in memory)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return JOBS_PER_CORE * max(1, cores)


def executor(jobs: int) -> Executor:
    """Return the executor for `jobs` local processes (1: this process), at most `max_jobs()`."""
    jobs = min(jobs, max_jobs())
    return serial if jobs <= 1 else process_pool(jobs)
