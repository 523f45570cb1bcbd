"""N101 rosters set right beside their noun: "three telecom firms Arden and Bexley said", "the
three judges, Arden and Bexley, said" name two."""

from __future__ import annotations

import pytest

from flagger import Flagger
from flagger.article import Article

CHECKER = Flagger(select="N101")


def _findings(body: str) -> list[str]:
    return [f.message for f in CHECKER.analyze_article(Article(text=body)).findings]


@pytest.mark.parametrize("body", [
    "After the ads ran, three telecom firms Arden and B&T Corp said they would pull theirs.",
    "Guests included the mayor and, of course, two actors Ann Lee, Mia Cole and Ray Dunn.",
    "The three judges, Arden and Bexley, said the case was closed.",
])
def test_a_list_beside_its_noun_naming_another_number_is_flagged(body: str) -> None:
    assert any("the list beside it names" in m for m in _findings(body)), body


@pytest.mark.parametrize("body", [
    # the list names as many
    "The three banks Arden, Bexley and Corran said they would merge.",
    "The two banks, Arden and Bexley, said they would merge.",
    # a new clause with its own subject after the comma
    "Having met the three ministers, Arden and Bexley said they would go.",
    # days, no names of the group
    "The team met four times Monday and Tuesday.",
    "The board held three meetings Monday and Friday to discuss the bid.",
])
def test_lists_that_fit_or_name_no_group_stay_quiet(body: str) -> None:
    assert not any("the list beside it names" in m for m in _findings(body)), body
