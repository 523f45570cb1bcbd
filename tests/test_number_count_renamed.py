"""N101: a definite count of a noun not counted before gives back the group just counted
under another name of the same sort. Texts written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged_words(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [text[f.start : f.end] for f in detect(doc) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the group named anew by a noun of the same sort
        ("Four large steelmakers plan to form a cartel. Under the plan, the five companies "
         "will set floor prices.", ["five"]),
        ("The group bought two community newspapers on Monday. The three publications will be "
         "merged.", ["three"]),
        ("Four Britons held abroad will return home. He welcomed the return of the five "
         "detainees.", ["five"]),
        ("The roof collapse killed 177 gold miners. The 171 mineworkers were buried on "
         "Friday.", ["171"]),
        # a newcomer told between, a subgroup, a clause picking some out
        ("Four large steelmakers plan to form a cartel. A fifth company joined on Monday. The "
         "five companies will set floor prices.", []),
        ("Police arrested three people on Monday. The two women were released.", []),
        ("Four large steelmakers plan to form a cartel. The five companies that export pipes "
         "will set floor prices.", []),
        # a group known by itself, another sort, or one far back
        ("The court has 500 employees. The nine justices met on Monday.", []),
        ("Four large steelmakers plan to form a cartel. The five newspapers will report it.",
         []),
        ("Four large steelmakers plan to form a cartel. Prices fell. Demand is low. Costs rose. "
         "Exports slowed. The five companies will set floor prices.", []),
        # the noun counted before: the readers of one noun decide ("four" names the first)
        ("Four large companies plan to form a cartel. Three companies export pipes. The four "
         "companies will set floor prices.", []),
    ],
)
def test_a_group_named_anew(text: str, flagged: list[str]) -> None:
    assert flagged_words(text) == flagged, text
