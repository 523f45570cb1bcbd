"""The pipeline: an article in, a report out, with models loaded once per `Flagger`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from flagger.article import Article
from flagger.detectors.attribution import detect_attribution
from flagger.detectors.hedging import detect_speculation
from flagger.detectors.temporal import detect_temporal
from flagger.document import Document, HedgeScore
from flagger.finding import Finding, Span
from flagger.hedging.model import HedgeModel
from flagger.inputs import article_from_text
from flagger.published import parse_published
from flagger.quotes import find_quotes
from flagger.report import ModelInfo, Report
from flagger.rules import RULES
from flagger.selection import Selection
from flagger.sentences import Sentence, split_sentences
from flagger.severities import check_overrides, override
from flagger.suppressions import Acceptance, Acceptances, fingerprint
from flagger.timex import extract_dates

if TYPE_CHECKING:
    from distributed import Client

    from flagger.batch import Outcome

Detector = Callable[[Document], Iterable[Finding]]


def _shift(score: HedgeScore, sentence: Sentence) -> HedgeScore:
    """Move a hedge score's cue spans from sentence offsets to article offsets."""
    if not score.cues:
        return score
    at = sentence.start
    cues = tuple(Span(c.start + at, c.end + at, c.text, c.role) for c in score.cues)
    return HedgeScore(score.score, cues)


class Flagger:
    """Analyses articles with one rule selection; safe to share between threads."""

    def __init__(
        self,
        *,
        select: str | Iterable[str] | None = None,
        ignore: str | Iterable[str] | None = None,
        hedge_threshold: float | None = None,
        hedge_model: HedgeModel | None = None,
        severity: Mapping[str, str] | None = None,
        accept: Iterable[Acceptance] = (),
    ) -> None:
        """Validate the selection and load the hedging model unless every H rule is off.

        `severity` maps rule codes or prefixes to a severity; `accept` lists accepted findings,
        which stay in reports marked `suppressed`.
        """
        self.options = {
            "select": select,
            "ignore": ignore,
            "hedge_threshold": hedge_threshold,
            "severity": severity,
            "accept": tuple(accept),
        }
        self.selection = Selection.of(select, ignore, (rule.code for rule in RULES))
        self.severity = check_overrides(severity or {}, (rule.code for rule in RULES))
        self.accepted = Acceptances(self.options["accept"])
        self.rules = tuple(rule for rule in RULES if self.selection.enabled(rule.code))
        wants_hedging = any(rule.category == "hedging" for rule in self.rules)
        self.hedge_model = hedge_model or (HedgeModel.load() if wants_hedging else None)
        self.hedge_threshold = (
            hedge_threshold
            if hedge_threshold is not None
            else (self.hedge_model.threshold if self.hedge_model else 1.0)
        )
        self.detectors: tuple[Detector, ...] = (
            partial(detect_speculation, threshold=self.hedge_threshold),
            detect_attribution,
            detect_temporal,
        )

    def analyze(
        self,
        text: str,
        *,
        published: date | str | None = None,
        title: str | None = None,
        source: str | None = None,
        id: str | None = None,
    ) -> Report:
        """Analyse one article text; `published` is a date or an ISO / '11 May 2025' string.

        What is not given is read from the text itself: its title line, dateline and `Source`.
        """
        found = article_from_text(text)
        when = parse_published(published) if published is not None else found.published
        article = Article(text, title or found.title, when, source or found.source, id)
        return self.analyze_article(article)

    def analyze_many(
        self, articles: Iterable[Article], *, jobs: int = 1, scheduler: str | Client | None = None
    ) -> Iterator[Outcome]:
        """Analyse articles in order with `jobs` worker processes, yielding a report per article.

        With `scheduler` (a Dask address such as "tcp://host:8786", or a `distributed.Client`)
        the articles are analysed on that cluster instead, with this Flagger's options.
        An article whose analysis raises yields a `flagger.batch.Failure` in its place.
        """
        if scheduler is not None:
            from flagger.distributed import analyze_on_dask

            return analyze_on_dask(articles, scheduler, **self.options)
        from flagger.batch import executor

        return executor(jobs)(self, articles)

    def analyze_article(self, article: Article) -> Report:
        """Run the whole pipeline on one article."""
        text = article.text
        sentences = split_sentences(text)
        hedges: tuple[HedgeScore, ...] = ()
        if self.hedge_model is not None:
            scores = self.hedge_model.score([s.text for s in sentences])
            hedges = tuple(_shift(score, s) for score, s in zip(scores, sentences))
        doc = Document(
            article=article,
            sentences=sentences,
            quotes=find_quotes(text),
            dates=extract_dates(text, article.published),
            hedges=hedges,
        )
        prints: dict[int, str] = {}  # one hash per sentence, however many findings it holds

        def print_of(index: int) -> str:
            if index not in prints:
                prints[index] = fingerprint(sentences[index].text)
            return prints[index]

        findings = sorted(
            (
                replace(finding, fingerprint=print_of(finding.sentence))
                for detector in self.detectors
                for finding in detector(doc)
                if self.selection.enabled(finding.rule)
            ),
            key=lambda finding: finding.sort_key,
        )
        findings = self.accepted.apply(override(findings, self.severity))
        return Report(
            article=article,
            sentences=sentences,
            hedges=hedges,
            findings=tuple(findings),
            dates=doc.dates,
            notes=self._notes(article),
            model=self._model_info(),
        )

    def _notes(self, article: Article) -> tuple[str, ...]:
        """Say which rules could not run on this article."""
        skipped = [r.code for r in self.rules if r.needs_published and article.published is None]
        if not skipped:
            return ()
        note = (
            f"no publication date known: {', '.join(skipped)} skipped "
            "(give --published, a JSON 'published' field or a dateline)"
        )
        return (note,)

    def _model_info(self) -> ModelInfo | None:
        """Describe the hedging model, if one scored the sentences."""
        model = self.hedge_model
        return ModelInfo(model.name, model.version, model.sha256) if model else None


def analyze(
    text: str,
    *,
    published: date | str | None = None,
    title: str | None = None,
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
) -> Report:
    """Analyse one article with a fresh rule selection (the models themselves load once)."""
    return Flagger(select=select, ignore=ignore).analyze(text, published=published, title=title)


def analyze_many(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    scheduler: str | Client | None = None,
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
) -> Iterator[Outcome]:
    """Analyse articles in input order with `jobs` processes or on a Dask `scheduler`.

    See `Flagger.analyze_many`.
    """
    checker = Flagger(select=select, ignore=ignore)
    return checker.analyze_many(articles, jobs=jobs, scheduler=scheduler)
