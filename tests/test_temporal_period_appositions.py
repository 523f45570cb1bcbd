"""A period and the month or year set beside it (T101), through the whole pipeline, on sentences
written by us."""

from __future__ import annotations

import pytest

import flagger

LEAD = "The company reported on Monday.\n\n"


def _flagged(sentence: str, published: str) -> list[tuple[str, str]]:
    text = LEAD + sentence
    report = flagger.analyze(text, title="Story", published=published, id="t")
    return [(text[f.start:f.end], f.related[0].text) for f in report.findings
            if f.rule == "T101"]


@pytest.mark.parametrize(
    ("sentence", "published", "flagged"),
    [
        ("The council will vote on the plan next month, in June.", "2024-03-25",
         [("next month", "June")]),
        ("The council will vote on the plan next month, in April.", "2024-03-25", []),
        ("The council voted on the plan last month (January).", "2024-03-19",
         [("last month", "January")]),
        ("The council voted on the plan last month, in Geneva, after a debate.", "2024-03-19",
         []),
        ("Last year, in 2022, the mill made 420,000 bicycles.", "2024-04-23",
         [("Last year", "2022")]),
        ("Last year, in June, the mill made 420,000 bicycles.", "2024-04-23", []),
        ("In 2023, the year before last, the mill made 420,000 bicycles.", "2024-04-13",
         [("the year before last", "2023")]),
        ("In 2022, the year before last, the mill made 420,000 bicycles.", "2024-04-13", []),
        ("Output in the month before last, in January, rose.", "2024-03-26", []),
        ("Output in the month before last, in February, rose.", "2024-03-26",
         [("the month before last", "February")]),
        # after a determiner "last" is the final one, not the month before publication
        ("Shipments stop in the last month, September.", "2024-03-31", []),
        ("Sales last year, in 1980 dollars, fell 2 pct.", "2024-03-19", []),
    ],
)
def test_relative_periods_and_their_glosses(sentence: str, published: str,
                                            flagged: list[tuple[str, str]]) -> None:
    assert _flagged(sentence, published) == flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The sale should close during the second quarter, in July.",
         [("the second quarter", "July")]),
        ("The sale should close during the third quarter, in July.", []),
        ("The sale should close in the first half, in September.",
         [("the first half", "September")]),
        ("Ortega plans to step down at the end of the year, in June.",
         [("the end of the year", "June")]),
        ("Ortega plans to step down at the end of the year, in December.", []),
        ("The book is due out in late spring, in August, it said.",
         [("late spring", "August")]),
        ("The book is due out in late spring, in May, it said.", []),
        # late spring in the south
        ("The book is due out in late spring, in November, it said.", []),
    ],
)
def test_parts_of_a_year_and_their_months(sentence: str, flagged: list[tuple[str, str]]) -> None:
    assert _flagged(sentence, "2024-03-12") == flagged


def test_a_fiscal_article_leaves_its_quarters_alone() -> None:
    sentence = ("The sale should close during the second quarter, in July, the company said "
                "of its fiscal year.")
    assert _flagged(sentence, "2024-03-12") == []
