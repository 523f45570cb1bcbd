"""N101 transposed digits: one figure given again with two neighbouring digits swapped
("1,727 people" … "1,772 people", "463,354 tonnes" … "436,354 tonnes") counts the same thing
twice, one of them mistyped. Both must be whole figures of three significant digits, of the same
word, in different sentences, neither set against another figure ("from", "vs", "up"), and
no money or time (prices and durations close to each other differ by a swap legitimately). A
ceiling ("up to 302,300 shares") is read too: the swapped figure after it is flagged only when
it passes it ("the 320,300 shares").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

FIGURE = lazy(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d{3,})(?![\w%/:-]|[.,]\d)\s+(?P<word>[A-Za-z]{3,})\b"
)
BEFORE = frozenset(".,$£€#/:-_")
"""Characters before a run that make it part of another figure, a price, a ratio or a code."""
UNCOUNTED = frozenset(
    "dollars dlrs pounds euros yen marks francs stg cents cts pence rupees yuan pesos won "
    "lire guilders years months weeks days hours minutes seconds percent pct per points "
    "thousand million billion trillion mln bln "
    "and the from for with that than was were are has had have not but into over under "
    "after before from this said says vs ".split()
)
"""Words after a figure that make it money, time, a share, a scaled amount ("367 mln dlrs")
or no counted thing."""
SET_AGAINST = lazy(
    r"\b(?:from|to|vs|versus|against|compared|than|up|down|rose|fell|rise|fall|increase|"
    r"decrease|dropped|climbed|previous|prior|last|earlier|revised|between|an?)\W*$",
    re.IGNORECASE,
)
"""Words just before a figure that set it against another (a change, a range, a table) or
make it one of several ("a 61,000 tonner" … "a 16,000 tonner")."""
SIGNIFICANT = 3
"""Round figures ("16,000", "61,000") swap into each other by chance; a figure written to
three digits or more does not."""
APART = lazy(r"\b(?:another|other|others|second|each|respectively|while|whereas)\b(?!-)", re.I)
"""Words in the later figure's sentence before it that tell of a second thing counted."""
CEILING = lazy(r"\b(?:up to|as many as|at most|no more than)\s+$", re.IGNORECASE)
"""A ceiling before a figure: a swapped figure above it breaks it, one below it may hold."""
AFTER = lazy(r"[^.;\n]{0,30}?\b(?:from|vs|versus|against|compared|a year)\b", re.IGNORECASE)


def transposed(
    doc: Document, rule: Rule, digit_runs: list[re.Match[str]]
) -> Iterator[Finding]:
    """Yield N101 findings for a figure given again with two neighbouring digits swapped,
    given the article's runs of digits (DIGIT_RUNS)."""
    text = doc.text
    seen: dict[tuple[str, str], list[re.Match[str]]] = {}
    for run in digit_runs:
        at = run.start()
        match = FIGURE.match(text, at) if run.end() - at >= SIGNIFICANT else None
        if match is None or (at and (text[at - 1].isalnum() or text[at - 1] in BEFORE)):
            continue
        word = match.group("word").casefold()
        digits = match.group("num").replace(",", "")
        ceiling = CEILING.search(text, max(0, at - 14), at) is not None
        if word in UNCOUNTED or len(digits.rstrip("0")) < SIGNIFICANT or (
            _set_against(text, match) and not (ceiling and AFTER.match(text, match.end()) is None)
        ):
            continue
        if len(digits) == 4 and 1800 <= int(digits) <= 2100:
            continue  # a year
        key = ("".join(sorted(digits)), word)
        for earlier in seen.get(key, []):
            if swapped(earlier.group("num").replace(",", ""), digits) and _apart(
                doc, earlier, match
            ) and _broken(text, earlier, digits, ceiling):
                yield _finding(doc, rule, earlier, match)
                break
        seen.setdefault(key, []).append(match)


def _apart(doc: Document, earlier: re.Match[str], later: re.Match[str]) -> bool:
    """Say whether the figures stand in different sentences, the later one telling of no
    second thing ("another county reported 2,381")."""
    sentence = doc.sentence_index(later.start())
    if doc.sentence_index(earlier.start()) == sentence:
        return False
    return APART.search(doc.text, doc.sentences[sentence].start, later.start()) is None


def _broken(text: str, earlier: re.Match[str], digits: str, ceiling: bool) -> bool:
    """Say whether a ceiling ("up to 302,300 shares") is no bar to the swap: neither figure is
    one, or the later figure passes the earlier ceiling ("the 320,300 shares")."""
    if ceiling:
        return False  # a bound above a figure told before holds it
    if CEILING.search(text, max(0, earlier.start() - 14), earlier.start()) is None:
        return True
    return int(digits) > int(earlier.group("num").replace(",", ""))


def _set_against(text: str, match: re.Match[str]) -> bool:
    return SET_AGAINST.search(text, max(0, match.start() - 14), match.start()) is not None or (
        AFTER.match(text, match.end()) is not None
    )


def swapped(one: str, two: str) -> bool:
    """Say whether `two` is `one` with two neighbouring, different digits swapped."""
    if len(one) != len(two) or one == two:
        return False
    diff = [i for i in range(len(one)) if one[i] != two[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and one[diff[0]] == two[diff[1]] and (
        one[diff[1]] == two[diff[0]]
    )


def _finding(doc: Document, rule: Rule, first: re.Match[str], later: re.Match[str]) -> Finding:
    return rule.finding(
        doc, later.start("num"), later.end("num"),
        f"{later.group('num')} {later.group('word')} here, but {first.group('num')} earlier: "
        f"the same figure with two digits swapped",
        related=(Span(first.start("num"), first.end("num"), first.group("num"),
                      "earlier figure"),),
        evidence=(f"{first.group('num')} ↔ {later.group('num')}",),
    )
