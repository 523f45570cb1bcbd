"""What a batch yields per article: its report, or a `Failure` saying why there is none.

An executor is any function `(flagger, items[, finish]) -> outcomes` that yields exactly one
outcome per item, in order, without reading more of `items` than it has in flight. `finish`, when
given, turns each outcome into what the caller needs of it (the CLI's rendered output and counts)
where the article was analysed, so only that travels back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

from flagger.article import Article
from flagger.article.reading import InputError
from flagger.pipeline import Flagger
from flagger.report import Report, error_record


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
    """Analyse the items one by one in this process (an executor that starts no processes)."""
    outcomes = (analyze_item(flagger, item) for item in items)
    if finish is None:
        return outcomes
    return (finish_outcome(finish, outcome) for outcome in outcomes)


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Yield lists of up to `size` items, reading lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
