"""Scan gates: each cheap test a reader runs before its pattern holds wherever the pattern
matches, and each narrowed scan finds exactly what a scan of the whole text finds."""

from __future__ import annotations

import importlib
import re

import pytest

from flagger.detectors.numbers.changes import LINE_BREAK, blank_parentheses
from flagger.detectors.numbers.values import holds_percent
from flagger.detectors.wordscan import finditer_at, lowered, search_at

ago_events = importlib.import_module("flagger.detectors.temporal.ago_events")
bare = importlib.import_module("flagger.detectors.places.bare")
career_ages = importlib.import_module("flagger.detectors.temporal.career_ages")
deferrals = importlib.import_module("flagger.detectors.temporal.deferrals")
divided = importlib.import_module("flagger.detectors.numbers.divided")
elapsed_links = importlib.import_module("flagger.detectors.temporal.elapsed_links")
estimates = importlib.import_module("flagger.detectors.temporal.estimates")
lifetimes = importlib.import_module("flagger.detectors.temporal.lifetimes")
live = importlib.import_module("flagger.detectors.temporal.live")
months_to_date = importlib.import_module("flagger.detectors.temporal.months_to_date")
month_steps = importlib.import_module("flagger.detectors.temporal.month_steps")
now_ages = importlib.import_module("flagger.detectors.temporal.now_ages")
opinions = importlib.import_module("flagger.detectors.numbers.opinions")
month_appositions = importlib.import_module("flagger.detectors.temporal.month_appositions")
reported_bases = importlib.import_module("flagger.detectors.temporal.reported_bases")
reproduced = importlib.import_module("flagger.detectors.temporal.reproduced")
restatements = importlib.import_module("flagger.detectors.numbers.restatements")
role_spans = importlib.import_module("flagger.detectors.temporal.role_spans")
running_events = importlib.import_module("flagger.detectors.temporal.running_events")
shares = importlib.import_module("flagger.detectors.numbers.shares")
terms_to_run = importlib.import_module("flagger.detectors.temporal.terms_to_run")
told_levels = importlib.import_module("flagger.detectors.numbers.told_levels")

TEXTS = (
    "The harbour board sold a five-year bond and a 30 - day repurchase agreement due May 4.",
    "A TWENTY-YEAR NOTE, the 90-day bills and a seventeen\tyear issue of certificates.",
    "The strike, now in its third week, is a ten-day-old stoppage; for the past two weeks.",
    "Refresh this page for live updates. Updated: May 3. All times are Eastern.",
    "Editor's note: this story was last updated on June 2.",
    "Following is the text of a statement by the council. The statement said: the port opens.",
    "Smith, now 45, said it. Lee, 61, who is now 62, and a 102-year-old runner agreed.",
    "Some 22 percent oppose it and 30 PCT DISAPPROVE OF THEM; voters rejected them.",
    "Their 1987 figures and this 2019 estimate; the 1990 forecasts were cut.",
    "In the first five months of this year, sales in the first 11 months of 1987 rose.",
    "Orders fell this month from March; THIS MONTH they rose. Last year and this year.",
    "The fiscal year ended in June; the crop season and marketing year; payment was deferred.",
    "The talks were postponed, then delayed and rescheduled; a deferral until next year.",
    "Ruiz has served as president for nearly five years and had been mayor for 12 years.",
    "It opened two years ago after a 10-year-old plan; a year-old dispute, after a vote.",
    "Three of the 40 crates, 12% of the total, of which 5 were lost; 4/5 of them, or 80%.",
    "With 14 seats, representing 20 percent of the chamber; this represents 12 pct of all.",
    "The capital Oran is not it; Touba, the capital, and the federal capital, Abuja.",
    "The museum was founded in 1950 and has stood for 70 years; its 120-year history.",
    "Revenue was $4.3 billion (€3.9bn) from a revised\n142.01 a year ago.",
    "ſince it opened, the ſtrike has run for ſix weeks; İstanbul's KELVIN K.",
    "Talks resume NEXT MONTH, on May 9; this month's June 2 sale; the Feb 20 vote earlier this\nmonth.",
    "Sales ROSE 15.5 PCT to 109 mln; output fell 3 per cent, and 52% back it, 48 percent not.",
    "Prices were up from later this month, on June 3, mid-next month (May 20) and last month.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_terms_before_units_are_every_term(text: str) -> None:
    found = [m.span() for m in terms_to_run._terms(text, lowered(text))]
    assert found == [m.span() for m in terms_to_run._TERM.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_running_cues_found_at_their_openings(text: str) -> None:
    expected = running_events._CUES.search(text) is not None
    assert running_events._cued(text, lowered(text)) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_a_live_page_is_read_with_or_without_its_lowered_text(text: str) -> None:
    assert live.updating(text, lowered(text)) == live.updating(text, None)


@pytest.mark.parametrize(
    ("pattern", "words", "module"),
    [
        (elapsed_links._CUES, elapsed_links._CUE_OPENINGS, elapsed_links),
        (deferrals._DEFER, deferrals._DEFER_WORDS, deferrals),
        (month_steps._THIS_MONTH, ("this",), month_steps),
        (reported_bases._CUE, reported_bases._CUE_OPENINGS, reported_bases),
        (reported_bases._FISCAL, reported_bases._FISCAL_OPENINGS, reported_bases),
    ],
)
def test_search_at_openings_finds_the_first_match(
    pattern: re.Pattern[str], words: tuple[str, ...], module: object
) -> None:
    for text in TEXTS:
        low = lowered(text)
        if low is None:
            continue
        plain, gated = pattern.search(low), search_at(pattern, low, low, words)
        assert (plain and plain.span()) == (gated and gated.span()), (module, text)


def _gate_holds(pattern: re.Pattern[str], gate: re.Pattern[str], lower: bool) -> None:
    """Wherever `pattern` matches, `gate` matches too (in the lower-cased text if `lower`)."""
    for text in TEXTS:
        low = lowered(text) if lower else text
        if low is not None and pattern.search(text):
            assert gate.search(low), text


def test_each_gate_pattern_holds_where_its_pattern_matches() -> None:
    _gate_holds(now_ages._NOW, now_ages._NOW_AGE, lower=False)
    _gate_holds(opinions.AGAINST, opinions.AGAINST_GATE, lower=True)
    _gate_holds(estimates._POINTER, estimates._POINTED, lower=True)
    _gate_holds(months_to_date._MONTHS, months_to_date._FIRST_MONTHS, lower=True)
    _gate_holds(role_spans._SERVED, role_spans._FOR_YEARS, lower=False)
    _gate_holds(career_ages._AGE, career_ages._AGE_FIGURE, lower=False)
    for form in (month_appositions._AFTER, month_appositions._LABEL, month_appositions._BEFORE):
        _gate_holds(form, month_appositions._GATE, lower=False)


def test_the_gates_match_the_examples_they_are_for() -> None:
    assert now_ages._NOW.search(TEXTS[6])
    assert opinions.AGAINST.search(TEXTS[7])
    assert estimates._POINTER.search(TEXTS[8])
    assert months_to_date._MONTHS.search(TEXTS[9])
    assert role_spans._SERVED.search(TEXTS[13])
    assert career_ages._AGE.search(TEXTS[6])
    assert terms_to_run._TERM.search(TEXTS[0])


@pytest.mark.parametrize("text", TEXTS)
def test_each_gate_word_stands_where_its_pattern_matches(text: str) -> None:
    low = lowered(text)
    for gate, words in zip(shares.GATES, shares.GATE_WORDS, strict=True):
        if gate.search(text):
            assert any(word in text for word in words)
    if ago_events._CUES.search(text):
        assert ago_events._cued(text)
    if bare.BARE_CAPITAL.search(text) or bare.CITY_THE_CAPITAL.search(text):
        assert "capital" in text
    if restatements.FIGURE.search(text):
        assert restatements.DIGIT.search(text)
    if low is not None and (live._STAMP.search(text) or live._RUNNING.search(text)):
        assert any(word in low for word in live._SAYS_LIVE)
    if low is not None and reproduced._SAID.search(text):
        assert ":" in text and any(word in low for word in reproduced._SAID_WORDS)
    if low is not None and reproduced._WHOLE.search(text):
        assert any(word in low for word in reproduced._WHOLE_WORDS)
        assert any(word in low for word in reproduced._WHOLE_NOUNS)
    for duration in (lifetimes._WITHIN, lifetimes._HISTORY, lifetimes._SINCE):
        if low is not None and duration.search(text):
            assert any(unit in low for unit in lifetimes._UNIT_WORDS)


def test_blanked_parentheses_are_kept_per_text() -> None:
    text = TEXTS[19]
    expected = re.sub(r"\([^()]{0,60}\)", lambda m: " " * len(m.group()),
                      LINE_BREAK.sub(" ", text))
    assert blank_parentheses(text) == expected == blank_parentheses(text)
    assert "(" not in blank_parentheses(text) and "\n" not in blank_parentheses(text)
    assert blank_parentheses("No figures here.") == "No figures here."


@pytest.mark.parametrize("text", TEXTS)
def test_relative_months_found_at_their_openings(text: str) -> None:
    low = lowered(text)
    for form in (month_appositions._AFTER, month_appositions._LABEL):
        gated = finditer_at(form, text, low, month_appositions._OPENINGS)
        assert [m.span() for m in gated] == [m.span() for m in form.finditer(text)]
    if low is not None and month_appositions._GATE.search(text):
        assert "month" in low


@pytest.mark.parametrize("text", TEXTS)
def test_a_percent_unit_stands_where_a_share_or_change_matches(text: str) -> None:
    low = lowered(text)
    for pattern in (divided.SHARE, told_levels.CHANGE):
        for match in pattern.finditer(text):
            assert low is None or holds_percent(low, match.start(), match.end()), text


def test_percent_units_are_found_in_any_case() -> None:
    assert holds_percent("sales rose 12 pct") and holds_percent("up 4 per cent", 3, 13)
    assert not holds_percent("sales rose to 12 mln") and not holds_percent("12% more", 3)
