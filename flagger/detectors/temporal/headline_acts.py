"""Headline against body: a headline weekday that the lede's dated verb of the same act, said
of the same named party, contradicts ("Rovers sack Kerr Sunday" over "Rovers on Monday
sacked manager Ian Kerr").

A short headline shares too few words with its lede for the paraphrase test of `headline`;
here the evidence is narrower and stronger: one verb (any form: "sack", "sacked") and one name
in both. The headline's act must be told as done, not announced ("to sack … Sunday"), and no
date of the matching body sentences may give the headline's weekday. A conflict rests on
that link, so it is a warning (T105).
"""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.timex import TimeExpression
from flagger.annotations.timex.lexicon import WEEKDAY_NAMES
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.event_classes import party_names
from flagger.detectors.temporal.event_index import (
    LIGHT_VERBS,
    DatedEvent,
    event_key,
    index_events,
)
from flagger.detectors.temporal.events import tokenize
from flagger.detectors.temporal.headline import LEDE, told_ahead
from flagger.report.finding import Finding

_LIGHT_KEYS = frozenset(event_key(verb) for verb in LIGHT_VERBS)


def _weekday(tx: TimeExpression) -> bool:
    """A weekday named without its date: "Sunday"."""
    return tx.weekday is not None and not tx.explicit and tx.first is not None \
        and tx.first == tx.last


def headline_act_conflicts(doc: Document, rules: dict[str, Rule]) -> Iterator[Finding]:
    """T105: a headline weekday against the lede's weekday of the same act and party."""
    head = doc.headline
    if head is None or doc.article.published is None or not doc.sentences:
        return
    weekdays = [tx for tx in head.dates if _weekday(tx)]
    if not weekdays:
        return
    title = head.text
    acts = {event_key(t.text) for t in tokenize(title) if t.text[0].islower()
            and t.text.isalpha() and len(t.text) > 2} - _LIGHT_KEYS
    names = party_names(title, 0, len(title))
    lede = doc.sentences[:LEDE]
    body = [tx for tx in doc.dates if _weekday(tx) and tx.start < lede[-1].end]
    mentions = [m for found in index_events(doc, body).values() for m in found
                if not m.nominal and not m.ahead and not m.distinct and m.key in acts
                and names & party_names(doc.text, *_sentence(doc, m))]
    for tx in weekdays:
        if not mentions or told_ahead(title[: tx.start]):
            continue
        told = {m.sentence for m in mentions}
        if any(ox.weekday == tx.weekday for ox in body
               if doc.sentence_index(ox.start) in told):
            continue  # the body gives the headline's weekday too
        yield _finding(head, tx, mentions[0], rules["T105"])


def _sentence(doc: Document, mention: DatedEvent) -> tuple[int, int]:
    sentence = doc.sentences[mention.sentence]
    return sentence.start, sentence.end


def _finding(head: Document, tx: TimeExpression, mention: DatedEvent, rule: Rule) -> Finding:
    """The finding on the headline weekday, with the body's date and verb as related."""
    ox = mention.timex
    said, dated = WEEKDAY_NAMES[tx.weekday or 0], WEEKDAY_NAMES[ox.weekday or 0]
    message = (f"The headline puts “{tx.text}” on a {said}, but the body dates the same act "
               f"(“{mention.word}”) “{ox.text}”, a {dated}")
    related = (Span(ox.start, ox.end, ox.text, "body date", "text"),
               Span(mention.word_start, mention.word_end, mention.word, "event", "text"))
    return rule.finding(head, tx.start, tx.end, message, score=0.6, severity="warning",
                        evidence=(f"headline: {tx.text} = a {said}",
                                  f"body: {ox.text} = a {dated}"),
                        related=related, suggestion=dated)
