"""Year labels on a results table's columns against the periods the columns report (T101),
through the whole pipeline, on tables written by us."""

from __future__ import annotations

import pytest

import flagger

FOURTH = """Shr 40 cts vs 31 cts
    Net 4,020,000 vs 3,110,000
    Revs 51.2 mln vs 47.0 mln
    Year
    {row}
    Net 14.9 mln vs 12.1 mln
    Revs 201.7 mln vs 188.3 mln
    {note}
"""


def _flagged(title: str, text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, title=title, published=published, id="t")
    return [(f.field, (title if f.field == "title" else text)[f.start:f.end])
            for f in report.findings if f.rule == "T101"]


@pytest.mark.parametrize(
    ("row", "flagged"),
    [
        ("Shr 1.48 dlrs vs 1.21 dlrs", None),
        ("Shr 1.48 dlrs vs 1.21 dlrs in 2023", None),  # the year-ago column's own year
        ("Shr 1.48 dlrs vs 1.21 dlrs last year", "last year"),  # 2024 is the current column
        ("Shr 1.48 dlrs vs last year's 1.21 dlrs", "last year's"),
        ("Shr 1.48 dlrs this year vs 1.21 dlrs", "this year"),  # 2025 had barely begun
        ("Shr 1.48 dlrs vs 1.21 dlrs in the year-earlier 2024 period",
         "in the year-earlier 2024"),
        ("Shr 1.48 dlrs vs 1.21 dlrs in the current year", "current year"),
        ("Shr 1.48 dlrs a year ago vs 1.21 dlrs", "a year ago"),
        ("Shr 1.48 dlrs vs 1.21 dlrs a year ago", None),
    ],
)
def test_a_row_label_of_a_fourth_quarter_table(row: str, flagged: str | None) -> None:
    text = FOURTH.format(row=row, note="")
    found = _flagged("ACME TOOLS INC <ACME> 4TH QTR NET", text, "2025-03-04")
    assert found == ([("text", flagged)] if flagged else [])


@pytest.mark.parametrize(
    ("published", "flagged"),
    [
        ("2024-04-22", "this year's"),  # the first quarter's year-ago column is 2023
        ("2024-04-22", None),
    ],
)
def test_a_first_quarter_comparison_labelled_this_year(published: str,
                                                       flagged: str | None) -> None:
    label = " in this year's first quarter" if flagged else " in last year's first quarter"
    text = f"Shr 54 cts vs 51 cts\n    Net 2,150,000 vs 2,040,000{label}\n"
    found = _flagged("ACME TOOLS INC <ACME> 1ST QTR NET", text, published)
    assert found == ([("text", flagged)] if flagged else [])


@pytest.mark.parametrize(
    ("note", "flagged"),
    [
        ("This year's net includes a gain of 1.1 mln dlrs.", "This year"),
        ("Last year's net includes a gain of 1.1 mln dlrs.", None),  # 2024, the current year
    ],
)
def test_a_note_label_of_a_fourth_quarter_table(note: str, flagged: str | None) -> None:
    text = FOURTH.format(row="Shr 1.48 dlrs vs 1.21 dlrs", note=note)
    found = _flagged("ACME TOOLS INC <ACME> 4TH QTR NET", text, "2025-03-04")
    assert found == ([("text", flagged)] if flagged else [])


def test_a_fiscal_year_ending_in_february_is_read_from_its_stated_end() -> None:
    text = ("Shr 16 cts vs eight cts\n    Net 4,830,000 vs 2,050,000\n    Nine mths\n"
            "    Shr 26 cts vs 13 cts {label}\n    Net 8,000,000 vs 3,310,000\n")
    title = "ACME SOFT <ACME> 3RD QTR FEB 28 NET"
    assert _flagged(title, text.format(label="in this fiscal year"), "2025-03-25") == [
        ("text", "this fiscal year")]
    # the year-ago nine months run from June 2023 to February 2024: "last year" holds them
    assert _flagged(title, text.format(label="last year"), "2025-03-25") == []


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Period ended February 28 last year.", "last year"),
        ("Period ended February 28, 2024.", "2024"),
        ("Period ended February 28, 2025.", None),
        ("Period ended February 28.", None),
    ],
)
def test_a_note_dating_the_period_reported(line: str, flagged: str | None) -> None:
    text = ("Shr 39 cts vs 47 cts\n    Net 2,104,000 vs 2,452,000\n    1st half\n"
            f"    Shr 82 cts vs 93 cts\n    Net 4,418,000 vs 4,609,000\n    {line}\n")
    found = _flagged("ACME REALTY TRUST <ACRT>", text, "2025-04-13")
    assert found == ([("text", flagged)] if flagged else [])


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a fiscal year named in the body: its end is unknown, no calendar reading
        ("ACME STORES <ACS> 4TH QTR NET", "Shr 40 cts vs 31 cts last year\n"
         "    Net 4,020,000 vs 3,110,000\n    NOTE: fiscal year ended January 31.\n"),
        # a year ended in January 2025 holds a month of 2025
        ("ACME STORES <ACS> YEAR ENDED JAN 31 NET", "Shr 40 cts this year vs 31 cts\n"
         "    Net 4,020,000 vs 3,110,000\n"),
        # a headline that looks ahead is a forecast
        ("ACME TOOLS <ACME> SEES 4TH QTR NET", "Shr 40 cts vs 31 cts last year\n"
         "    Net 4,020,000 vs 3,110,000\n"),
        # restated figures carry other columns
        ("ACME TOOLS <ACME> 4TH QTR NET", "Shr 40 cts vs 31 cts last year\n"
         "    Net 4,020,000 vs 3,110,000\n    NOTE: 2023 figures restated.\n"),
    ],
)
def test_tables_left_alone(title: str, text: str) -> None:
    assert _flagged(title, text, "2025-03-04") == []


def test_a_headline_year_end_is_no_stated_end() -> None:
    text = "Shr 1.52 dlrs this year vs 1.10 dlrs\n    Net 4,172,000 vs 3,002,000\n"
    assert _flagged("ACME TOOLS <ACME> YEAR END 2024", text, "2025-03-11") == [
        ("text", "this year")]
    # a stated end written in words: the year may end in January
    assert _flagged("ACME STORES <ACS> YEAR ENDED JAN THREE", text, "2025-03-11") == []


def test_a_written_note_year_may_name_a_fiscal_year() -> None:
    # a year ended in January or February 2025 may be named 2025 (results_years reads those)
    text = FOURTH.format(row="Shr 1.48 dlrs vs 1.21 dlrs",
                         note="NOTE: 2025 shr and net exclude a gain of 1.1 mln dlrs.")
    assert _flagged("ACME TOOLS INC <ACME> 4TH QTR NET", text, "2025-03-04") == []
