"""Build a `Document`: an article's sentences, direct quotes, time expressions and hedge scores."""

from __future__ import annotations

from dataclasses import replace

from flagger.annotations.document import Document, HedgeScore
from flagger.annotations.furniture import find_furniture, outside
from flagger.annotations.hedging.model import HedgeModel
from flagger.annotations.quotes import find_quotes
from flagger.annotations.sentences import Sentence, split_sentences
from flagger.annotations.timex import extract_dates
from flagger.article import Article, Span


def _shift(score: HedgeScore, sentence: Sentence) -> HedgeScore:
    """Move a hedge score's cue spans from sentence offsets to article offsets."""
    if not score.cues:
        return score
    at = sentence.start
    cues = tuple(Span(c.start + at, c.end + at, c.text, c.role) for c in score.cues)
    return HedgeScore(score.score, cues)


def annotate(
    article: Article,
    hedge_model: HedgeModel | None = None,
    hedge_threshold: float | None = None,
    *,
    with_headline: bool = True,
    furniture: bool = True,
) -> Document:
    """Annotate an article's text and, as its `headline`, its title (field "title").

    The body's title line, dateline, Source line and page furniture are skipped
    (`Document.skipped`): no sentence, date or finding comes from them.

    Without a hedge model the sentences get no hedge scores; `hedge_threshold` defaults to the
    model's own.
    """
    headline = None
    if with_headline and article.title and article.title.strip():
        title = Article(article.title, published=article.published, id=article.id)
        alone = annotate(title, hedge_model, hedge_threshold, with_headline=False, furniture=False)
        headline = replace(alone, field="title")
    text = article.text
    skipped = find_furniture(article) if furniture else ()
    sentences = tuple(
        Sentence(index, s.start, s.end, s.text)
        for index, s in enumerate(
            s for s in split_sentences(text) if outside(skipped, s.start, s.end)
        )
    )
    hedges: tuple[HedgeScore, ...] = ()
    threshold = warning = 1.0
    if hedge_model is not None:
        scores = hedge_model.score([s.text for s in sentences])
        hedges = tuple(_shift(score, s) for score, s in zip(scores, sentences, strict=True))
        threshold, warning = hedge_model.threshold, hedge_model.warning_threshold
    return Document(
        article=article,
        sentences=sentences,
        quotes=find_quotes(text),
        dates=tuple(
            d for d in extract_dates(text, article.published) if outside(skipped, d.start, d.end)
        ),
        hedges=hedges,
        hedge_threshold=threshold if hedge_threshold is None else hedge_threshold,
        headline=headline,
        skipped=skipped,
        hedge_warning=warning if hedge_threshold is None else max(warning, hedge_threshold),
    )
