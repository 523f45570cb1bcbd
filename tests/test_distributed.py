"""Analysis on a Dask cluster gives the same reports as a local run, in input order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import count

import pytest

from flagger.article import Article
from flagger.article.reading import InputError
from flagger.batch.outcome import Failure
from flagger.options import Options
from flagger.options.errors import OptionError
from flagger.pipeline import Flagger

distributed = pytest.importorskip(
    "distributed", reason="dask is not installed (pip install 'flagger[dask]')"
)
from flagger.batch.dask import _worker_flagger, analyze_on_dask  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A small in-process cluster: two workers, one thread each."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _articles(example_text: str) -> list[Article | InputError]:
    """Return varied articles with one input error in the middle."""
    paragraphs = [p for p in example_text.split("\n\n") if p.strip()]
    numbers = count()
    items: list[Article | InputError] = [
        Article(example_text, "Harbour talks", None, None, "example"),
        Article(example_text, None, date(2025, 5, 11), None, "dated"),
    ]
    items += [Article(p, id=f"p{next(numbers)}") for p in paragraphs]
    items.insert(3, InputError("bad.jsonl:3", "bad.jsonl:3: malformed JSON", "r3"))
    return items


def test_dask_results_equal_the_local_run(client, example_text) -> None:
    items = _articles(example_text)
    local = Flagger()
    built = _worker_flagger.cache_info().misses
    outcomes = list(analyze_on_dask(iter(items), client, Options(), batch_size=3, in_flight=2))
    assert _worker_flagger.cache_info().misses - built <= 1  # one Flagger, not one per batch
    assert len(outcomes) == len(items)
    for item, outcome in zip(items, outcomes):
        if isinstance(item, InputError):
            assert isinstance(outcome, Failure)
            assert outcome.to_dict()["error"] == item.message
            assert outcome.id == "r3"
        else:
            assert outcome.to_dict() == local.analyze_article(item).to_dict()


def test_dask_passes_the_options(client, example_text) -> None:
    article = Article(example_text, id="example")
    (report,) = analyze_on_dask(
        [article], client, Options.of(select="A", severity={"A101": "error"})
    )
    local = Flagger(select="A", severity={"A101": "error"}).analyze_article(article)
    assert report.to_dict() == local.to_dict()
    assert {f.category for f in report.findings} == {"attribution"}


def test_analyze_many_refuses_unknown_rules_before_submitting(client) -> None:
    import flagger

    with pytest.raises(OptionError):
        flagger.analyze_many([Article("text")], scheduler=client, select="Z9")


def test_dask_address_opens_and_closes_its_own_client(example_text) -> None:
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as cluster:
        articles = [Article(example_text, id="a"), Article("Sources said so.", id="b")]
        outcomes = list(analyze_on_dask(articles, cluster.scheduler_address, Options()))
        assert [o.article.id for o in outcomes] == ["a", "b"]


def test_dask_reads_articles_lazily(client) -> None:
    read = 0

    def articles() -> Iterator[Article]:
        nonlocal read
        for number in range(1_000_000):
            read += 1
            yield Article(f"Sources said talks {number} resumed.", id=str(number))

    outcomes = analyze_on_dask(articles(), client, Options(), batch_size=4, in_flight=2)
    first = next(outcomes)
    assert first.article.id == "0"
    assert read <= 3 * 4  # at most in_flight + 1 batches read ahead
    outcomes.close()


def test_analyze_many_runs_on_a_scheduler(client, example_text) -> None:
    import flagger

    articles = [Article(example_text, id="a"), Article("Critics argue it is late.", id="b")]
    remote = list(flagger.analyze_many(articles, scheduler=client, select="A,T"))
    local = list(flagger.analyze_many(articles, select="A,T"))
    assert [r.to_dict() for r in remote] == [r.to_dict() for r in local]
    checker = Flagger(ignore="H", severity={"A102": "error"})
    (report,) = flagger.analyze_many(articles[1:], scheduler=client, flagger=checker)
    assert [f.severity for f in report.findings] == ["error"]
