"""T104: the payment date of a new issue told as still to come but dated before publication:
"Payment date is March 3" or "with payment on March 3" in a story of 19 March about bonds
being issued or priced. Buyers pay for a new issue some days or weeks after it is launched,
so the payment date of an issue the story announces lies ahead of it.

Only "payment date is (will be)", "payment date" as a label and "with payment on (due)" are
read, in an article about an issue (bonds, notes, an issue, a coupon, a lead manager), and a
day without its year is read in the publication year unless next year's reading lies within
half a year (`tense.far_reading`): "payment date is January 8" in a December story is next
January. "Payment date was" tells of an issue already paid and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_PAYMENT = lazy(
    r"\b(?P<label>payment\s+date(?:\s+(?:is|will\s+be))?|with\s+payment\s+(?:on|due(?:\s+on)?))"
    r"\s+(?P<day>(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+"
    r"(?P<n>[0-3]?\d)\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)", re.IGNORECASE)
_ISSUE = lazy(r"\b(?:issues?|issuing|bonds?|notes?|eurobonds?|debentures?|coupon|"
              r"lead\s+manager|priced|underwrit\w*)\b", re.IGNORECASE)
_AHEAD = 183  # days: a payment date more than half a year ahead carries its year


def issue_payment_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T104: "Payment date is March 3" for an issue launched on 19 March."""
    text, published = doc.text, doc.article.published
    if published is None or "ayment" not in text or _ISSUE.search(text) is None:
        return
    for match in _PAYMENT.finditer(text):
        day = _day(match, published)
        if day is None or (published - day).days <= 1:
            continue
        if not match["year"] and (day.replace(year=day.year + 1) - published).days <= _AHEAD:
            continue  # "payment date is January 8" in December: next January
        said = match["day"]
        yield rule.finding(
            doc, match.start("day"), match.end("day"),
            f"the payment date of the issue, “{said}”, is told as still to come, but it is "
            f"{(published - day).days} days before the publication date "
            f"({published.isoformat()})", score=0.6, severity="warning",
            evidence=(f"{said} = {day.isoformat()}", f"published {published.isoformat()}"),
            related=(Span(match.start("label"), match.end("label"), match["label"],
                          "payment"),),
            suggestion="Check the payment date.")


def _day(match: re.Match[str], published: date) -> date | None:
    """The day named, in its own year or the publication year."""
    try:
        return date(int(match["year"] or published.year), MONTHS[match["mon"].lower()],
                    int(match["n"]))
    except ValueError:
        return None
