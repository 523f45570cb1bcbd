"""Analysis on a Dask cluster (`pip install 'flagger[dask]'`): archives across many machines.

Each worker builds one `Flagger` per set of options and keeps it, so the models load once per
worker; articles travel in batches, at most a bounded number in flight, and reports come back in
input order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from flagger.batch.outcome import Failure, Item, Outcome, analyze_item, chunks, item_key
from flagger.options import Options
from flagger.pipeline import Flagger

if TYPE_CHECKING:
    from distributed import Client, Future

BATCH_SIZE = 32
IN_FLIGHT_PER_WORKER = 4


@lru_cache(maxsize=8)
def _worker_flagger(options: Options) -> Flagger:
    """Return this worker's Flagger for `options`, built (and its models loaded) once."""
    return Flagger(options)


def _analyze_batch(options: Options, items: list[Item]) -> list[Outcome]:
    """Analyse a batch of articles on a worker; one outcome per article, in order."""
    flagger = _worker_flagger(options)
    return [analyze_item(flagger, item) for item in items]


def connect(scheduler: str | Client) -> tuple[Client, bool]:
    """Return a client for `scheduler` and whether this module opened it (and must close it).

    Raises ImportError when the dask extra is missing, OSError when the scheduler is unreachable.
    """
    try:
        from distributed import Client  # the optional extra, imported only when a cluster is used
    except ImportError as error:
        raise ImportError(
            "running on a Dask cluster needs the dask extra: pip install 'flagger[dask]'"
        ) from error
    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        return Client(scheduler), True
    except (OSError, TimeoutError, ValueError) as error:
        raise OSError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None


def _collect(batch: list[Item], future: Future[list[Outcome]]) -> list[Outcome]:
    """Return a batch's outcomes, or a failure per article when its task could not run."""
    try:
        result: list[Outcome] = future.result()
        return result
    except Exception as error:
        reason = f"worker failed ({type(error).__name__}: {error})"
        return [Failure(item_key(item), f"{item_key(item)}: {reason}", item.id) for item in batch]


def analyze_on_dask(
    articles: Iterable[Item],
    scheduler: str | Client,
    options: Options,
    *,
    batch_size: int = BATCH_SIZE,
    in_flight: int | None = None,
) -> Iterator[Outcome]:
    """Analyse articles on a Dask cluster; yield one outcome per input item, in input order.

    `articles` yields `Article`s or `InputError`s (as `flagger.article.reading.read_articles`
    does) and is read lazily. `scheduler` is an address ("tcp://host:8786") or a
    `distributed.Client`; a client opened from an address is closed when the iterator ends, a
    client passed in is left open. Each worker builds one `Flagger` per distinct `options` and
    keeps it, so the models load once per worker, not per article or batch.

    Outcomes are `Report`s, or `Failure`s (`.to_dict()` is the error record) for an input error,
    an article whose analysis raised, or a batch whose task failed. At most `in_flight` batches
    of `batch_size` articles are submitted at a time (default: 4 per worker thread), so an
    archive of any size streams through in bounded memory.
    """
    client, owned = connect(scheduler)
    pending: deque[tuple[list[Item], Future[list[Outcome]]]] = deque()
    try:
        limit = in_flight or IN_FLIGHT_PER_WORKER * max(1, sum(client.nthreads().values()))
        for batch in chunks(articles, max(1, batch_size)):
            pending.append((batch, client.submit(_analyze_batch, options, batch, pure=False)))
            while len(pending) >= limit:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        for _, future in pending:
            future.cancel()
        if owned:
            client.close()
