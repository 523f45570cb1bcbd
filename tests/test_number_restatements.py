"""N101 restatements: one statement told twice with one figure changed."""

from __future__ import annotations

import pytest

from flagger import Flagger

CHECKER = Flagger(select="N101")
FILLER = "The council met on Monday. Members argued about roads and parks for an hour. "


def _messages(text: str) -> list[str]:
    return [f.message for f in CHECKER.analyze(text).findings]


@pytest.mark.parametrize("text", [
    "The Vela clinic was testing 300 samples a day before the ministry halted its work. "
    + FILLER + "The Vela clinic was testing 500 samples a day before the ministry halted its "
    "work, officials said.",
    "Mayor Ana Ruiz told reporters that $34 million held by lenders of the city's debt was "
    "rescheduled under the new repayment plan. " + FILLER + "Ruiz said $36 million held by "
    "lenders of the city's debt was rescheduled under the new repayment plan.",
])
def test_a_statement_told_again_with_another_figure_is_flagged(text: str) -> None:
    assert len(_messages(text)) == 1


@pytest.mark.parametrize("text", [
    # the same words about two subjects: a parallel, not a retelling
    "Under the Vela plan, revenues would fall by an estimated $9.5 trillion over the next "
    "decade. " + FILLER + "Under the Orla plan, revenues would rise by an estimated $15.3 "
    "trillion over the next decade.",
    # another period
    "The Vela clinic tested 300 samples a day in March before the ministry halted its work. "
    + FILLER + "The Vela clinic tested 500 samples a day in April before the ministry halted "
    "its work.",
    # an update told between
    "The Vela clinic was testing 300 samples a day before the ministry halted its work. "
    + FILLER + "The Vela clinic has now risen to testing 500 samples a day before the ministry "
    "halted its work.",
    # years are no counts
    "Note: the 1986 payout includes a special dividend of the company. " + FILLER
    + "Note: the 1985 payout includes a special dividend of the company.",
])
def test_parallels_periods_updates_and_years_stay_quiet(text: str) -> None:
    assert _messages(text) == []
