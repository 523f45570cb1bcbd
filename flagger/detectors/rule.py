"""The rule record (a public, documented code such as `A101 unnamed-source`) and its findings.

Every finding is built by its rule, so name, category, severity, sentence, quote and speaker are
filled in one way. The policy for findings inside direct quotes is written here once: the words of
a quote belong to its speaker, so a finding there is marked `quoted` (with the speaker when the
text names one), and its severity is lowered to info as the rule's `in_quote` says:

- `"info"`: always inside a quote (a vague source quoted from someone else is their claim);
- `"info-if-attributed"`: only when the quote has a named speaker (a hedge from an unnamed
  speaker still leaves the reader with an unsourced speculation);
- `"keep"`: never (a date contradiction is wrong whoever says it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from flagger.article import Span
from flagger.report.finding import Category, Finding, Severity

if TYPE_CHECKING:
    from flagger.annotations.document import Document
    from flagger.annotations.quotes import Quote

InQuote = Literal["info", "info-if-attributed", "keep"]


class _FindQuote:
    """Marks a `quote` argument left out: look the quote up from the span."""


FIND_QUOTE = _FindQuote()


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule's code, name and documentation (what it flags, why, an example)."""

    code: str
    name: str
    category: Category
    severity: Severity
    flags: str
    why: str
    example: str
    fix: str = ""
    needs_published: bool = False
    in_quote: InQuote = "keep"

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        sentence: int | None = None,
        score: float = 1.0,
        evidence: tuple[str, ...] = (),
        related: tuple[Span, ...] = (),
        suggestion: str | None = None,
        quote: Quote | _FindQuote | None = FIND_QUOTE,
        severity: Severity | None = None,
    ) -> Finding:
        """Return a finding of this rule on `doc.text[start:end]`.

        `sentence` defaults to the sentence holding `start`; `quote` to the direct quote holding
        the span (pass one, or None, when the detector knows better). `severity` lowers the
        rule's own for a less certain finding; the quote policy still applies on top of it.
        """
        index = doc.sentence_index(start) if sentence is None else sentence
        held = doc.quote_at(start, end) if isinstance(quote, _FindQuote) else quote
        return Finding(
            rule=self.code,
            name=self.name,
            category=self.category,
            severity=self._severity_in(held, severity or self.severity),
            start=start,
            end=end,
            sentence=index,
            message=message,
            score=score,
            evidence=evidence,
            related=related,
            suggestion=suggestion,
            quoted=held is not None,
            speaker=held.speaker if held is not None else None,
            fingerprint=doc.fingerprint(index),
            field=doc.field,
        )

    def _severity_in(self, quote: Quote | None, severity: Severity) -> Severity:
        """Return the severity of a finding inside `quote` (None: the reporter's own words)."""
        if quote is None or self.in_quote == "keep":
            return severity
        if self.in_quote == "info-if-attributed" and quote.speaker is None:
            return severity
        return "info"
