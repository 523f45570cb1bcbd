"""T107 on our own sentences: a duration in days, weeks, months or years against its dates."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-03-18"


def _found(text: str, published: str = PUBLISHED) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=published, select="T107")
    return [(f.severity, text[f.start : f.end]) for f in report.findings]


def test_a_duration_before_from_and_through() -> None:
    assert _found("The lease ran nine days, from June 2 through June 30.") == [
        ("error", "nine days")]
    assert _found("The lease ran 29 days, from June 2 through June 30.") == []
    assert _found("The lease ran 28 days, from June 2 through June 30.") == []


def test_a_count_of_years_between_two_full_dates() -> None:
    text = "The mayor signed a four-year deal from May 3, 2020, to May 5, 2022."
    assert _found(text) == [("error", "four-year")]
    assert _found(text.replace("four-year", "two-year")) == []


def test_weeks_and_months_are_rounded() -> None:
    assert _found("The eight weeks between Feb. 2 and March 30 were calm.") == []
    assert _found("The three weeks between Feb. 2 and March 30 were calm.") == [
        ("error", "The three weeks")]
    assert _found("The strike lasted two months, from July 9 to Nov. 10.") == [
        ("error", "two months")]
    assert _found("The strike lasted four months, from July 9 to Nov. 10.") == []


def test_after_and_later() -> None:
    assert _found("The vote came on Aug. 21, five days after the Aug. 10 hearing.") == [
        ("error", "five days")]
    assert _found("The vote came on Aug. 21, 11 days after the Aug. 10 hearing.") == []
    text = "The fair opened on Sept. 3. Three weeks later, on Sept. 10, it shut."
    assert _found(text) == [("error", "Three weeks later")]
    assert _found(text.replace("Three", "One")) == []


def test_bounds_widen_and_business_days_are_skipped() -> None:
    assert _found("It took more than two weeks, from June 2 to June 30.") == []
    assert _found("The audit took 12 working days, from June 2 through June 30.") == []


def test_from_tomorrow_but_not_from_publication() -> None:
    assert _found("The credit lines were extended for 30 days until May 31.") == []
    assert _found("The 91-day notes sold tomorrow mature on April 10.") == [
        ("warning", "91-day")]
    assert _found("The 23-day notes sold tomorrow mature on April 10.") == []


def test_years_later_are_left_to_the_elapsed_reader() -> None:
    text = "The band formed on May 4, 2001. Nine years later, on May 4, 2004, it split."
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    assert len(report.findings) == 1


def test_a_second_predicate_and_a_past_period_are_not_read() -> None:
    assert _found("The bond has a two year term and is convertible from May 1, 2020, to "
                  "April 30, 2021.") == []
    assert _found("Sales rose for the nine months through Dec. 31.") == []
    assert _found("The fair opened on Friday. Three weeks later, on March 10, it shut.") == []


def test_weekdays_do_not_bound_a_span() -> None:
    assert _found("The fair runs five days, from Sunday to Monday.") == []


def test_issued_and_maturing_days() -> None:
    text = "The 14-day notes will be issued June 2 and mature June 30."
    assert _found(text) == [("error", "14-day")]
    assert _found(text.replace("14-day", "28-day")) == []
    text = "The bank will sell tomorrow 80 billion yen of bills under a 20-day deal maturing on May 2."
    assert _found(text) == [("warning", "20-day")]


def test_later_than_and_a_bound_inside_the_expression() -> None:
    text = "The pact ends on Aug. 30, 15 days later than the Aug. 22 deadline."
    assert _found(text) == [("error", "15 days later")]
    assert _found(text.replace("15", "eight")) == []
    text = "By June 3 he was ill. Less than two weeks later, on June 28, he died."
    assert _found(text) == [("error", "Less than two weeks later")]
    assert _found(text.replace("two", "four")) == []


def test_a_due_day_belongs_to_the_nearer_duration() -> None:
    assert _found("The bank will sell 90-day bills tomorrow through 21-day deals maturing "
                  "on April 8.") == []


def test_a_previous_sentence_anchors_only_a_sentence_opening_duration() -> None:
    assert _found("Cases peaked by May 9. Fewer would have died if schools shut a week "
                  "earlier, on March 8.") == []
    assert _found("Cases peaked by May 9. But a week earlier, on March 8, schools shut.") == [
        ("error", "a week earlier")]


def test_a_sale_told_tomorrow_dates_the_deals_after_it() -> None:
    text = ("The central bank will sell bills tomorrow to drain cash, dealers said. Half will "
            "go in a 30-day deal maturing on April 10.")
    assert _found(text) == [("warning", "30-day")]
    assert _found(text.replace("30-day", "23-day")) == []


def test_days_later_count_from_the_day_last_told_across_undated_sentences() -> None:
    text = ("On March 4, the first ferry ran aground. Officials called it an accident. Divers "
            "went down. Three days later, on March 5, a second ferry ran aground.")
    assert [f[1] for f in _found(text)] == ["Three days later"]
    assert _found(text.replace("March 5", "March 7")) == []


def test_days_later_after_another_dated_sentence_is_not_counted_from_the_first() -> None:
    text = ("On March 4, the first ferry ran aground. Divers went down on Monday. "
            "Three days later, on March 5, a second ferry ran aground.")
    assert _found(text) == []
