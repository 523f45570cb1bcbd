"""T107 for counts of years that run from a dated start to publication: the age of a thing
beside its founding, and a span "since" a date, on our own sentences."""

from __future__ import annotations

import pytest

import flagger


def _t107(text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=published, select="T107")
    return [(text[f.start : f.end], f.message) for f in report.findings]


@pytest.mark.parametrize(("text", "published", "said", "could"), [
    ("Locals still queue at the 90-year-old bakery, founded in 1950, every morning.",
     "2025-05-14", "90", "74 or 75"),
    ("The 60-year-old choir, which was established in 1990, sang at the opening.",
     "2025-05-14", "60", "34 or 35"),
    ("Dale, who had been treasurer for 20 years, since the club was formed in 2012, quit.",
     "2025-05-14", "20", "12 or 13"),
    ("The town has had a five-year ban on night flights since February 2022.",
     "2025-05-14", "five", "3"),
    ("Over 20 years since the club was formed in 2012, nothing changed.",
     "2025-05-14", "20", "12–13 years"),
    ("The town sold the 90-year-old bakery, founded in 1950, to a chain in 2010.",
     "2025-05-14", "90", "74 or 75"),
])
def test_a_count_the_years_to_publication_rule_out(text: str, published: str, said: str,
                                                   could: str) -> None:
    found = _t107(text, published)
    assert [s for s, _ in found] == [said]
    assert could in found[0][1]


@pytest.mark.parametrize("text", [
    "Locals still queue at the 75-year-old bakery, founded in 1950, every morning.",
    "Locals still queue at the 74-year-old bakery, founded in 1950, every morning.",
    "Dale, who had been treasurer for 13 years, since the club was formed in 2012, quit.",
    "The 40-year-old bridge, built in 1950, was closed in 1990.",
    "The 60-year-old bakery, founded in 1950, was sold to a chain in 2010.",
    "The nearly 80-year-old bakery, founded in 1950, is for sale.",
    "The 46-year-old, who founded the bakery in 1990, worked there since 2014.",
    "The 46-year-old worked at the bakery since 2014 and sang in the choir.",
    "Over ten years since the club was formed in 2012, nothing changed.",
    "The town has had a three-year ban on night flights since February 2022.",
    "The seat has gone to the same party every two years since 1999.",
])
def test_counts_that_fit_or_do_not_run_to_publication(text: str) -> None:
    assert _t107(text, "2025-05-14") == []


@pytest.mark.parametrize(("text", "said"), [
    ("Six years after the ferry line opened in 2021, the harbour is busier than ever.",
     "Six years after"),
    ("Ten years later, the inquiry into the 2020 collapse is still not finished.",
     "Ten years later"),
])
def test_years_after_a_date_in_a_sentence_about_now(text: str, said: str) -> None:
    report = flagger.analyze(text, published="2025-05-14", select="T107")
    assert [(text[f.start : f.end], f.severity) for f in report.findings] == [(said, "warning")]


@pytest.mark.parametrize("text", [
    "Four years after the ferry line opened in 2021, the harbour is busier than ever.",
    "Six years after the ferry line opened in 2011, the harbour was busier than ever.",
    "Six years after the ferry line opened in 2011, it is busier than in 2015.",
    "Nearly ten years after the ferry line opened in 2021, the harbour is busy.",
])
def test_years_after_that_fit_or_speak_of_another_time(text: str) -> None:
    assert flagger.analyze(text, published="2025-05-14", select="T107").findings == ()


@pytest.mark.parametrize(("text", "flagged"), [
    ("Her career at the yard lasted 19 years, beginning in 2012, and ended in a strike.", True),
    ("The port recovered after six years of decline which began in late 2021.", True),
    ("The port recovered after six years of decline\nwhich began in late 2021.", True),
    ("Her career at the yard lasted 12 years, beginning in 2012, and ended in a strike.", False),
    ("The port recovered after three years of decline which began in late 2021.", False),
])
def test_a_finished_span_must_end_by_publication(text: str, flagged: bool) -> None:
    assert bool(flagger.analyze(text, published="2025-05-14", select="T107").findings) == flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("The town has seen two decades of feuding, dating to the days of 2016.", True),
    ("The town has seen one decade of feuding, dating back to 2016.", False),
    ("The town has seen nine years of feuding, dating back to 2016.", False),
    ("It took two decades to recover from the slump of 2014.", True),
    ("It took three decades to recover from the slump of 1994.", False),
    ("It took three years to recover from the slump of 2021.", False),
])
def test_decades_dating_back_and_recoveries_that_took_years(text: str, flagged: bool) -> None:
    assert bool(flagger.analyze(text, published="2025-05-14", select="T107").findings) == flagged


def test_a_count_told_after_its_start_and_a_span_ending_now() -> None:
    def said(text: str) -> list[str]:
        return [found for found, _ in _t107(text, "2025-05-14")]
    assert said("Talks have been held every month since 2015, nearly a decade.") == []
    assert said("Talks have been held every month since 2020, nearly a decade.") == ["a"]
    assert said("She resigned, ending a seven-year tenure that began in 2018.") == []
    assert said("She resigned, ending a nine-year tenure that began in 2018.") == ["nine"]
