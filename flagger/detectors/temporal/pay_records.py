"""T104: a dividend paid before its record date ("Pay Feb 13 ... Record March 25", "payable
March 15 to holders of record April 24"): holders are fixed on the record date and paid after
it, weeks later, so a payment day before the record day has the wrong day (or lies before the
notice that declares it).

A notice labels one payment day ("Pay", "payable", "payment date") and one record day
("Record", "of record", "record date"), a weekday before either allowed, a day in figures or
in a word ("May Eight"); an article with several of either is a list of payouts and is not
read. Days without a year follow each other: the payment day is read on or after the record
day, so "Record Dec 20 ... Pay Jan 15" is next January. A payment more than `PAY_REACH` days
after its record day (so, before it in the calendar) is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

PAY_REACH = 120  # days: a dividend is paid within four months of its record date
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}
_DAY = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<day>(?P<mon>January|February|"
        r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
        r"Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?P<n>[0-3]?\d|One|Two|Three|Four|Five|"
        r"Six|Seven|Eight|Nine)\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)")
_PAY = lazy(rf"\b(?:pay(?:able)?|payment(?:\s+date)?)(?:\s+(?:is|on|date))?\s+{_DAY}",
            re.IGNORECASE)
_RECORD = lazy(rf"\b(?:record(?:\s+date)?|of\s+record)(?:\s+(?:is|on|at|as\s+of))?\s+{_DAY}",
               re.IGNORECASE)
_GATE = lazy(r"\b(?:div|divs|dividends?|distributions?|payouts?)\b", re.IGNORECASE)

Day = tuple[re.Match[str], date]


def pay_record_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T104: "Pay Feb 13 ... Record March 25": a payment before its record date."""
    text, published = doc.text, doc.article.published
    if published is None or "ecord" not in text or _GATE.search(text) is None:
        return
    pays, records = _days(_PAY, text, published.year), _days(_RECORD, text, published.year)
    if len({day for _, day in pays}) != 1 or len({day for _, day in records}) != 1:
        return
    (pay, paid), (record, held) = pays[0], records[0]
    if not pay["year"]:
        paid = paid.replace(year=held.year)
        if paid < held:
            paid = paid.replace(year=held.year + 1)
    if held <= paid <= held + timedelta(days=PAY_REACH):
        return
    said, kept = pay["day"], record["day"]
    yield rule.finding(
        doc, pay.start("day"), pay.end("day"),
        f"the payment day “{said}” comes before the record day “{kept}” "
        f"({held.isoformat()}): a dividend is paid to the holders of record weeks after that "
        f"day, and read after it “{said}” would be {paid.isoformat()}",
        score=0.7, severity="warning",
        evidence=(f"pay {said}", f"record {kept} = {held.isoformat()}"),
        related=(Span(record.start("day"), record.end("day"), kept, "record date"),),
        suggestion="Check the payment and record dates.")


def _days(label: re.Pattern[str], text: str, year: int) -> list[Day]:
    """The days `label` names in `text`, read in their own year or in `year`."""
    found = []
    for match in label.finditer(text):
        month = MONTHS[match["mon"].lower()]
        n = match["n"].lower()
        try:
            day = date(int(match["year"] or year), month, int(_WORDS.get(n, n)))
        except ValueError:
            continue  # "Feb 30"
        found.append((match, day))
    return found
