"""N102 plus: an amount plus another, and the total the sentence states for them.

"a redemption price of 103.72 dlrs a share plus accrued dividends of 68 cts, for a total of
194.40 dlrs a share" (103.72 + 0.68 = 104.40). Amounts are money with their unit (cents are
hundredths of a dollar, pence of a pound); between "plus" and the second amount only words, no
other figure; the total follows in the same sentence. Each figure is read with its rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import format_figure, occurrences
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

MONEY = (
    r"(?P<{0}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<{0}u>dlrs|dollars|cts|cents|pence|p|stg)\b(?:\s+(?:a|per)\s+share)?"
)
SUM = lazy(
    MONEY.format("a") + r",?\s+plus\s+(?:(?![\d.;])[\w\s,'’-])*?\b(?:of\s+)?"
    + MONEY.format("b") + r",?\s+(?:(?:for|making|giving|bringing|or)\s+)?"
    r"(?:a|the)\s+total\s+(?:of\s+)?" + MONEY.format("c"),
    re.IGNORECASE,
)
"""Two amounts joined by "plus" and their stated total, all in one sentence."""
UNITS = {"dlrs": (1.0, "$"), "dollars": (1.0, "$"), "cts": (0.01, "$"), "cents": (0.01, "$"),
         "stg": (1.0, "£"), "pence": (0.01, "£"), "p": (0.01, "£")}  # fmt: skip


def plus(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a total its two parts joined by "plus" do not make."""
    text = doc.text
    for index in sorted({doc.sentence_index(at) for at in occurrences(text, "plus")}):
        sentence = doc.sentences[index]
        for match in SUM.finditer(text, sentence.start, sentence.end):
            (a, ha, ca), (b, hb, cb), (c, hc, cc) = (_amount(match, k) for k in "abc")
            if len({ca, cb, cc}) > 1:
                continue
            if abs(a + b - c) <= ha + hb + hc:
                continue
            yield rule.finding(
                doc, match.start("c"), match.end("cu"),
                f"a total of {match.group('c')} {match.group('cu')} is not {match.group('a')} "
                f"{match.group('au')} plus {match.group('b')} {match.group('bu')}: that is "
                f"{format_figure(round(a + b, 4))}",
                related=(Span(match.start("a"), match.end("au"),
                              text[match.start("a"):match.end("au")], "part"),
                         Span(match.start("b"), match.end("bu"),
                              text[match.start("b"):match.end("bu")], "part")),
                evidence=(f"{format_figure(round(a, 4))} + {format_figure(round(b, 4))} = "
                          f"{format_figure(round(a + b, 4))} ≠ {format_figure(round(c, 4))}",),
            )


def _amount(match: re.Match[str], key: str) -> tuple[float, float, str]:
    """An amount in its currency's main unit, half its last digit, and the currency."""
    digits = match.group(key).replace(",", "")
    factor, currency = UNITS[match.group(key + "u").casefold()]
    half = 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0)
    return float(digits) * factor, half * factor, currency
