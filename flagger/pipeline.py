"""The pipeline: an article in, a report out, with models loaded once per `Flagger`.

article → annotations (sentences, quotes, dates, hedge scores) → detectors → report.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from flagger.annotations import annotate
from flagger.annotations.hedging.model import HedgeModel
from flagger.annotations.sentences import SENTENCE_MODEL
from flagger.artefacts import load_json
from flagger.article import Article
from flagger.article.published import parse_published
from flagger.article.reading import article_from_text
from flagger.detectors import DETECTORS, RULES
from flagger.options import Options
from flagger.options.acceptances import Acceptances
from flagger.options.selection import override
from flagger.report import ModelInfo, Report


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
        """Run the whole pipeline on one article."""
        doc = annotate(article, self.hedge_model, self.options.hedge_threshold)
        docs = (doc,) if doc.headline is None else (doc.headline, doc)
        findings = sorted(
            (
                finding
                for part in docs
                for detect in DETECTORS
                for finding in detect(part)
                if self.options.enabled(finding.rule)
            ),
            key=lambda finding: finding.sort_key,
        )
        return Report(
            article=article,
            sentences=doc.sentences,
            hedges=doc.hedges,
            findings=self.accepted.apply(override(findings, self.options.severity)),
            dates=doc.dates,
            notes=self._notes(article),
            model=self._model_info(),
            headline_sentences=doc.headline.sentences if doc.headline else (),
            headline_hedges=doc.headline.hedges if doc.headline else (),
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
