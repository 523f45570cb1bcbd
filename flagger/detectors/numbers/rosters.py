"""N101 rosters: a count standing right beside the list of names it counts, with another number
of names: "the three firms named in the claim are Arden, Bexley, Corran and Dunmore",
"those six states - Ohio, Iowa and Utah", "Leeds and York, the three cities hit by the
floods".

The list follows the counted noun (after "are"/"were", a colon, a dash or an opening bracket; after
"of" when the count is definite: "the three provinces of Yala, Pattani and Narathiwat") or
stands just before a definite count in apposition ("A, B and C, the four firms"). Every item is
a name (capitalised words, "of"/"de"/"the" allowed inside), items are joined by commas (or by
semicolons alone when the list holds any) and the last by "and"; the list must end the clause.
Anything else between the items ("based in Ohio", "(ARD)", "including") makes it no roster."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.pointing import head_end
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

WORD = r"[\w'’-]*(?:\.(?=\w)[\w'’-]*)*"
"""The rest of a name's word, inner dots kept ("U.S"), a final one left to end the clause."""
ITEM = rf"(?:the\s+)?[A-Z]{WORD}(?:\s+(?:(?:of|de|du|del|la|the)\s+)?[A-Z0-9]{WORD}){{0,4}}"
"""A name: "Banco de Arden", "National Bank of Bexley", "the Czech Republic"."""
AFTER = lazy(
    r"(?:(?:\s+[a-z][\w'’-]*){0,4}?\s+(?:are|were)\s*:?|\s*:|\s+[-–—]+|\s*\(|,\s+namely)\s+"
)
"""What joins a counted noun to the list that follows it ("named in the suit are")."""
OF = lazy(r"\s+of\s+")
DEFINITE = frozenset({"the", "these", "those", "all", "its", "their", "listed"})
LIST = lazy(rf"{ITEM}(?:\s*[,;]\s*{ITEM})*\s*[,;]?\s+(?:and|&)\s+{ITEM}")
ENDS = lazy(r"\s*(?:[.:)!?\n]|[-–—]|,\s+(?:which|who|that|but|while|and)\b|$)")
"""What may follow the last name: the end of the clause (not a semicolon: "Trade and Jobs;
Health; …" is one item of a longer list)."""
VERB = lazy(
    r"(?:\s+[\w'’-]+)?\s+(?:said|says|say|are|were|is|was|have|has|had|will|would|can|could|"
    r"may|might|must|should|did|do|does|\w+ed)\b"
)
"""A verb after the count's noun: "Unlike Arden and Bexley, the three banks said" makes the count
a subject, not the list's apposition."""
BEFORE = lazy(
    rf"(?P<list>{ITEM}(?:,\s+{ITEM})*,?\s+(?:and|&)\s+{ITEM}),\s+"
    r"(?:the|all|both)\s+(?:only\s+)?$"
)
"""A list in apposition just before a definite count: "Leeds and York, the only"."""
APPOSED = lazy(r",\s+(?:the|all|both)\s+(?:only\s+)?$")
JOIN = lazy(r"\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
SEMI_JOIN = lazy(r"\s*;\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+(?=[^;]*$)")
SKIPPED = frozenset({"both", "of the", "one of the"})
"""Counts no list beside them tells: a pair, and the whole of a part ("three of the 12 cities —
A, B and C" names the three)."""
LONGEST = 12
"""Longer rosters are tables, not lists a count stands beside."""
REACH = 160
"""How far before a count an apposed list may start."""


def rosters(
    doc: Document, rule: Rule, seen: list[Count], flagged: set[int]
) -> Iterator[Finding]:
    """Yield N101 findings for counts beside a list of another number of names (none for the
    counts at `flagged`, found otherwise)."""
    text = doc.text
    for count in seen:
        if count.value > LONGEST or count.definite in SKIPPED or count.match.start() in flagged:
            continue
        found = _after(text, count) or _before(doc, count)
        if found is None:
            continue
        start, end, items = found
        if items == count.value:
            continue
        words = count.match.group("count")
        yield rule.finding(
            doc, count.match.start("count"), count.match.end("count"),
            f"{words} {count.noun} here, but the list beside it names {items}",
            related=(Span(start, end, text[start:end], "listed names"),),
            evidence=(f"{words} {count.noun} = {count.value}", f"listed = {items}"),
        )


def _after(text: str, count: Count) -> tuple[int, int, int] | None:
    """Return where a list right after the counted noun stands and how many names it holds."""
    at = head_end(count)
    opening = AFTER.match(text, at)
    if opening is None and count.definite in DEFINITE:
        opening = OF.match(text, at)
    if opening is None:
        return None
    found = LIST.match(text, opening.end())
    if found is None or ENDS.match(text, found.end()) is None:
        return None
    return found.start(), found.end(), _items(found.group())


def _before(doc: Document, count: Count) -> tuple[int, int, int] | None:
    """Return where a list apposed just before a definite count stands and its names."""
    text = doc.text
    if APPOSED.search(text, max(0, count.match.start() - 16), count.match.start()) is None:
        return None  # most counts: no ", the" just before
    start = max(doc.sentences[count.sentence].start, count.match.start() - REACH)
    found = BEFORE.search(text, start, count.match.start())
    if found is None or VERB.match(text, head_end(count)):
        return None
    return found.start("list"), found.end("list"), _items(found.group("list"))


def _items(listed: str) -> int:
    """Return how many names a list holds: split at semicolons alone when it has any."""
    join = SEMI_JOIN if ";" in listed else JOIN
    return len([part for part in join.split(listed) if part.strip()])
