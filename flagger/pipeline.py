"""The pipeline: an article in, a report out, with models loaded once per `Flagger`.

article → annotations (sentences, quotes, dates, hedge scores) → detectors → report.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from flagger.annotations import HedgeScore, Skipped, annotate
from flagger.annotations.hedging.model import HedgeModel
from flagger.annotations.normalise import Normalised, normalise
from flagger.annotations.sentences import SENTENCE_MODEL, Sentence
from flagger.annotations.timex import TimeExpression
from flagger.artefacts import load_json
from flagger.article import Article, Span
from flagger.article.published import parse_published
from flagger.article.reading import article_from_text
from flagger.detectors import DETECTORS, RULES
from flagger.options import Options
from flagger.options.acceptances import Acceptances
from flagger.options.selection import override
from flagger.report import ModelInfo, Report
from flagger.report.finding import Finding


class Flagger:
    """Analyses articles with one set of options; safe to share between threads."""

    def __init__(
        self,
        options: Options | None = None,
        *,
        hedge_model: HedgeModel | None = None,
        **values: Any,
    ) -> None:
        """Take `Options`, or the same options as keywords (`select="A,T"`, ...).

        The hedging model loads unless every H rule is off.
        """
        if options is not None and values:
            raise TypeError("give Options or keyword options, not both")
        self.options = options or Options.of(**values)
        self.accepted = Acceptances(self.options.accept)
        self.rules = tuple(rule for rule in RULES if self.options.enabled(rule.code))
        wants_hedging = any(rule.category == "hedging" for rule in self.rules)
        self.hedge_model = hedge_model or (HedgeModel.load() if wants_hedging else None)
        load_json(SENTENCE_MODEL)  # a missing or altered sentence model fails here, not per article

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

    def analyze_article(self, article: Article) -> Report:
        """Run the whole pipeline on one article.

        The annotations and rules read a normalised copy of the text and title (invisible
        characters removed, see `annotations.normalise`); every offset in the report is mapped
        back into the article as given. Findings inside skipped furniture are dropped, and a
        part with no sentence outside it is not read at all.
        """
        body = normalise(article.text)
        title = normalise(article.title) if article.title else None
        seen = dataclasses.replace(article, text=body.text, title=title.text if title else None)
        doc = annotate(seen, self.hedge_model, self.options.hedge_threshold)
        # A body that is all furniture (a lone title line, a dateline) has no sentence to read.
        docs = tuple(part for part in (doc.headline, doc) if part is not None and part.sentences)
        maps = {"text": body, "title": title or body}
        findings = sorted(
            (
                _restore_finding(finding, maps)
                for part in docs
                for detect in DETECTORS
                for finding in detect(part)
                if self.options.enabled(finding.rule) and _kept(finding, doc.skipped)
            ),
            key=lambda finding: finding.sort_key,
        )
        headline = doc.headline
        return Report(
            article=article,
            sentences=_restore_sentences(doc.sentences, body),
            hedges=_restore_hedges(doc.hedges, body),
            findings=self.accepted.apply(override(findings, self.options.severity)),
            dates=_restore_dates(doc.dates, body),
            notes=self._notes(article),
            model=self._model_info(),
            headline_hedges=_restore_hedges(headline.hedges, title) if headline else (),
            skipped=tuple(Skipped(*body.span(s.start, s.end), s.reason) for s in doc.skipped),
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
    source: str | None = None,
    id: str | None = None,
    **options: Any,
) -> Report:
    """Analyse one article; `options` are those of `Options` (select, ignore, hedge_threshold,
    severity, accept). The models themselves load once per process."""
    checker = Flagger(**options)
    return checker.analyze(text, published=published, title=title, source=source, id=id)


def _kept(finding: Finding, skipped: tuple[Skipped, ...]) -> bool:
    """Tell whether a finding lies outside the skipped furniture of the body."""
    if finding.field != "text":
        return True
    return not any(s.start <= finding.start < s.end for s in skipped)


def _restore_finding(finding: Finding, maps: dict[str, Normalised]) -> Finding:
    """Map a finding's offsets, and its related spans', back into the text as given."""
    own = maps[finding.field]
    if own.origin is None and all(maps[s.field].origin is None for s in finding.related):
        return finding
    start, end = own.span(finding.start, finding.end)
    related = tuple(_restore_span(span, maps[span.field]) for span in finding.related)
    return dataclasses.replace(finding, start=start, end=end, related=related)


def _restore_span(span: Span, where: Normalised) -> Span:
    """Map one span back into the text as given."""
    if where.origin is None:
        return span
    start, end = where.span(span.start, span.end)
    return Span(start, end, where.original[start:end], span.role, span.field)


def _restore_sentences(
    sentences: tuple[Sentence, ...], where: Normalised | None
) -> tuple[Sentence, ...]:
    """Map sentences back into the text as given."""
    if where is None or where.origin is None:
        return sentences
    restored = []
    for s in sentences:
        start, end = where.span(s.start, s.end)
        restored.append(Sentence(s.index, start, end, where.original[start:end]))
    return tuple(restored)


def _restore_hedges(
    hedges: tuple[HedgeScore, ...], where: Normalised | None
) -> tuple[HedgeScore, ...]:
    """Map the hedge cue spans back into the text as given."""
    if where is None or where.origin is None:
        return hedges
    return tuple(
        HedgeScore(h.score, tuple(_restore_span(c, where) for c in h.cues)) for h in hedges
    )


def _restore_dates(
    dates: tuple[TimeExpression, ...], where: Normalised
) -> tuple[TimeExpression, ...]:
    """Map time expressions back into the text as given."""
    if where.origin is None:
        return dates
    restored = []
    for d in dates:
        start, end = where.span(d.start, d.end)
        restored.append(
            dataclasses.replace(d, start=start, end=end, text=where.original[start:end])
        )
    return tuple(restored)
