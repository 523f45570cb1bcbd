"""A comparison that reaches back another step than its story (temporal/step_conflicts.py)."""

from __future__ import annotations

import pytest

import flagger

# (headline, text, published, the base flagged, the rule, the agreeing base related)
CONFLICTS = [
    # a count of two years among year-ago comparisons
    (None, "Tile shipments rose to 41,200 tonnes in May from 39,800 in May 2023. Roof tile "
     "shipments were 12,100 tonnes in May, up from 11,400 in the same month two years ago.",
     "2024-06-12", "two years ago", "T107", "May 2023"),
    # a written base two years back among "a year earlier"
    (None, "Vantor Bank said deposits stood at 8.1 bln crowns in April, compared with 7.6 bln "
     "a year earlier. Loans totalled 5.2 bln crowns in April against 4.9 bln in April 2022.",
     "2024-05-20", "April 2022", "T101", "a year earlier"),
    # the headline's base against the body's step
    ("WEEKLY GAS OUTPUT UP 3.1 PCT FROM 2022", "Gas output in the week ended May 11 rose "
     "3.1 pct from the same week a year earlier, the association said.", "2024-05-15",
     "2022", "T101", "a year earlier"),
    # the same week of a year written two back
    (None, "Gas output in the week ended May 11 rose 3.1 pct from the same week a year "
     "earlier. Oil output in the week fell to 8.1 mln barrels from 8.4 mln in the same week of "
     "2022.", "2024-05-15", "2022", "T101", "a year earlier"),
    # "the year-ago figure" agrees with a lede; "the same 2022 period" does not
    (None, "Import volumes in the first quarter fell to 2.2 mln tonnes from 2.4 mln in the "
     "year-ago period. The deficit narrowed to 310 mln dlrs, against 405 mln dlrs in the same "
     "2022 period.", "2024-04-20", "the same 2022 period", "T101", "year-ago"),
]

CONSISTENT = [
    # every comparison one year back
    (None, "Tile shipments rose to 41,200 tonnes in May from 39,800 in May 2023. Roof tile "
     "shipments were 12,100 tonnes in May, up from 11,400 a year earlier.", "2024-06-12"),
    # two years compared on purpose in one sentence
    (None, "Tile shipments rose to 41,200 tonnes in May from 39,800 in May 2023. Roof tile "
     "shipments were 12,100 tonnes in May, against 11,400 a year earlier and 10,900 two years "
     "ago.", "2024-06-12"),
    # the writer names a two-year span
    (None, "Tile shipments rose to 41,200 tonnes in May from 39,800 in May 2023. Over two "
     "years, roof tile shipments rose to 12,100 tonnes from 10,900 in May 2022.", "2024-06-12"),
    # a long look back written on purpose
    (None, "Imports took 18 pct of the market last year, up from 16 pct a year earlier and "
     "from four pct ten years ago.", "2024-03-10"),
    # a step stressed as chosen
    (None, "Debt rose 54 pct last year from a year earlier, and trade fell into a deficit from "
     "a surplus just two years earlier.", "2024-03-10"),
    # a record is not a base of one step
    (None, "February turnover was 140,417 lots against the year-ago figure of 81,648. The "
     "daily average was up four pct from the previous record, set in March 2022.",
     "2024-03-06"),
    # a bare year with no period compared is never the odd one
    (None, "Sales in May rose to 4.1 bln from 3.9 bln in May 2023. Gross product edged up to "
     "four pct from 3.5 pct in 2022.", "2024-06-12"),
    # fiscal years are left alone
    (None, "Revenue rose in fiscal 2023 from a year earlier, and spending rose in May from "
     "May 2022.", "2024-06-12"),
]


def _flagged(headline: str | None, text: str, published: str) -> list[tuple[str, str, str]]:
    report = flagger.analyze(text, published=published, title=headline, select="T")
    found = []
    for f in report.findings:
        if "compares the same story's figures" not in f.message:
            continue
        source = headline if f.field == "title" and headline else text
        found.append((source[f.start : f.end], f.rule, f.related[0].text))
    return found


@pytest.mark.parametrize(("headline", "text", "published", "words", "rule", "related"),
                         CONFLICTS)
def test_step_conflicts(headline: str | None, text: str, published: str, words: str, rule: str,
                        related: str) -> None:
    assert (words, rule, related) in _flagged(headline, text, published)


@pytest.mark.parametrize(("headline", "text", "published"), CONSISTENT)
def test_one_step(headline: str | None, text: str, published: str) -> None:
    assert _flagged(headline, text, published) == []
