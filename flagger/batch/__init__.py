"""Batches: many articles through the pipeline, in local processes or on a Dask cluster.

This stage sits above the pipeline (it imports `flagger.pipeline`, never the reverse) and yields
one outcome per article, in input order: a `Report`, or a `Failure` saying why there is none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from flagger.batch.outcome import Failure, Item, Outcome
from flagger.pipeline import Flagger

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["Failure", "Outcome", "analyze_many"]


def analyze_many(
    articles: Iterable[Item],
    *,
    jobs: int = 1,
    scheduler: str | Client | None = None,
    flagger: Flagger | None = None,
    **options: Any,
) -> Iterator[Outcome]:
    """Analyse articles in input order with `jobs` processes, or on a Dask `scheduler`.

    `options` are those of `flagger.analyze` (or pass a ready `flagger`). With `scheduler` (an
    address such as "tcp://host:8786", or a `distributed.Client`) the articles are analysed on
    that cluster with the same options. An article whose analysis raises yields a `Failure`.
    """
    checker = flagger or Flagger(**options)
    if scheduler is not None:
        from flagger.batch.dask import analyze_on_dask

        return analyze_on_dask(articles, scheduler, checker.options)
    from flagger.batch.local import executor  # multiprocessing: imported only when needed

    return executor(jobs)(checker, articles)
