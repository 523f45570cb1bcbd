"""The batch summary: articles, errors, findings per category, and the most hedged sources."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from flagger.batch.outcome import Failure, Outcome
from flagger.renderers.terminal import shown
from flagger.report.summary import CATEGORIES

TOP_SOURCES = 5
MIN_SOURCE_ARTICLES = 5
"""A source is ranked only with this many articles: one hedged brief says nothing of a source."""


class Counts(NamedTuple):
    """What the tally needs of one report: small enough to send back from a worker."""

    source: str
    sentences: int
    hedged: int
    findings_by_category: dict[str, int]
    suppressed: int


def counts(outcome: Outcome) -> Counts | None:
    """Return a report's counts, or None for an article that yielded no report."""
    if isinstance(outcome, Failure):
        return None
    summary = outcome.summary
    return Counts(
        outcome.article.source or "(no source)",
        summary.sentences,
        round(summary.hedged_share * summary.sentences),
        summary.findings_by_category,
        summary.suppressed,
    )


@dataclass
class Tally:
    """Counts over a batch, added to one outcome at a time."""

    articles: int = 0
    errors: int = 0
    failing: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    sentences: Counter[str] = field(default_factory=Counter)
    hedged: Counter[str] = field(default_factory=Counter)
    per_source: Counter[str] = field(default_factory=Counter)

    def add(self, counted: Counts | None, failing: bool = False) -> None:
        """Count one article (None: it failed); `failing`: it trips --fail-on or --min-score."""
        self.articles += 1
        if counted is None:
            self.errors += 1
            return
        self.failing += failing
        self.findings.update(counted.findings_by_category)
        self.findings["suppressed"] += counted.suppressed
        source = counted.source
        self.per_source[source] += 1
        self.sentences[source] += counted.sentences
        self.hedged[source] += counted.hedged

    def most_hedged(self, limit: int = TOP_SOURCES) -> list[tuple[str, float, int]]:
        """Return (source, hedged share of its sentences, articles), highest share first.

        Only sources with at least MIN_SOURCE_ARTICLES articles are ranked.
        """
        shares = [
            (source, self.hedged[source] / self.sentences[source], self.per_source[source])
            for source in self.per_source
            if self.sentences[source] and self.per_source[source] >= MIN_SOURCE_ARTICLES
        ]
        return sorted(shares, key=lambda row: (-row[1], -row[2], row[0]))[:limit]

    def table(self, seconds: float) -> str:
        """Return the summary table printed on stderr at the end of a batch."""
        rate = self.articles / seconds if seconds > 0 else 0.0
        counts = " · ".join(f"{c} {self.findings[c]}" for c in (*CATEGORIES, "suppressed"))
        lines = [
            f"flagger: {self.articles} articles, {self.errors} errors, "
            f"{self.failing} flagged (--fail-on/--min-score), "
            f"{seconds:.1f} s ({rate:.0f} articles/s)",
            f"  findings: {counts}",
        ]
        top = self.most_hedged()
        enough = f"sources with ≥ {MIN_SOURCE_ARTICLES} articles"
        if top:
            lines.append(f"  most hedged sources ({enough}):")
            lines.append(f"  {'':22} share  articles  source")
            lines += [
                f"  {'':22}{share:6.1%}  {n:8}  {shown(source)}"
                for source, share, n in top
            ]
        elif self.per_source:
            lines.append(f"  most hedged sources: none ranked (only {enough} are)")
        return "\n".join(lines) + "\n"
