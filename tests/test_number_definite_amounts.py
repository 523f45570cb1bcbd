"""N101 definite amounts: a sum pointed back at ("the six mln dlrs", "the $35,000 check") with
another value than the sum given just before."""

from __future__ import annotations

import pytest

from flagger import Flagger
from flagger.article import Article

CHECKER = Flagger(select="N101")


def _findings(body: str, title: str = "") -> list[str]:
    report = CHECKER.analyze_article(Article(text=body, title=title or None))
    return [f.message for f in report.findings]


@pytest.mark.parametrize("body", [
    "Vela Corp said it paid four mln dlrs to settle the claim. The insurer had asked for it in "
    "May. Vela paid the five mln dlrs to the insurer on Friday, the company said.",
    "Orla issued a $25,000 check to the school in March. The school said the $35,000 check "
    "bounced.",
    "The city lent 30 mln dlrs to the stadium trust. Critics said the 40 mln dlrs would never "
    "come back.",
    "Arden said it raised three billion yen in a private placement. Bankers said those four "
    "billion yen would pay for a new plant.",
])
def test_a_definite_sum_with_another_value_is_flagged(body: str) -> None:
    found = _findings(body)
    assert len(found) == 1 and "points back at the sum" in found[0]


@pytest.mark.parametrize("body", [
    # the same value, or one a bound or rounding allows
    "Vela paid four mln dlrs to settle. Vela took the four mln dlrs from its reserves.",
    "Vela paid about 4.5 mln dlrs to settle. Vela took the 4.6 mln dlrs from its reserves.",
    # a sum of two sums, a part picked out, another noun, a comparison
    "Acme paid 3 mln dlrs for the plant and 2 mln dlrs for the land. The 5 mln dlrs came from "
    "reserves.",
    "Acme borrowed 8 mln dlrs in March. It has repaid all but the 5 mln dlrs it owes the bank.",
    "Orla issued a $25,000 check to the school. The school said the $35,000 grant was late.",
    "Vela earned 6 mln dlrs in the quarter, up from the 5 mln dlrs of a year earlier.",
    # a threshold or a comparison, and "its", which often gives a new sum
    "The show earned the family $85m (£46m). Sales of its shirts hit the $50m (£27m) mark.",
    "The film took $80m from DVD sales. That outstripped the $74m it made in cinemas.",
    "The film took $80m from DVD sales, outstripping its $74m box office total.",
    # a change between, a sum far off, two values before
    "Vela paid 4 mln dlrs in March. It later raised its offer, and the 5 mln dlrs was accepted.",
    "Vela paid 4 mln dlrs to settle. The 40 mln dlrs loan is due in 1990.",
    "Vela paid 4 mln dlrs in fees and 7 mln dlrs in tax. The 5 mln dlrs bond is due in 1990.",
    # a sum told as a level only in the headline is the headline reader's
    "Vela took the five mln dlrs from its reserves, the company said.",
])
def test_a_definite_sum_that_may_be_another_is_left_alone(body: str) -> None:
    assert not [m for m in _findings(body) if "points back at the sum" in m]
