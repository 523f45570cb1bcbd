"""N101 transposed digits: one figure given again with two neighbouring digits swapped."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def swapped(text: str) -> bool:
    doc = annotate(Article(text, published=date(2020, 5, 2)))
    return any("digits swapped" in f.message for f in detect(doc) if f.rule == "N101")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county has recorded 2,318 cases since March. Officials said the 2,381 cases "
         "included nursing homes.", True),
        ("The mill produced 614,252 tonnes last season. Its 641,252 tonnes were mostly sold "
         "abroad.", True),
        # the same figure, or another figure altogether
        ("The county has recorded 2,318 cases since March. Officials said the 2,318 cases "
         "included nursing homes.", False),
        ("The county has recorded 2,318 cases since March. Officials said the 2,813 cases "
         "included nursing homes.", False),
        # round figures swap into each other by chance
        ("It chartered a 16,000 tonner. A 61,000 tonner was also booked.", False),
        # a change, money, or one of several things
        ("Cases fell to 2,381 cases from 2,318 cases a week earlier. The state now tests more.",
         False),
        ("The county has recorded 2,318 cases. Another county reported 2,381 cases.", False),
        ("The county has recorded 2,318 cases. The second-largest county, it reported 2,381 "
         "cases.", True),
        ("It was sold for 367 mln dlrs. A rival was bought for 637 mln dlrs.", False),
        ("Shares closed at 1,245 dollars. A week ago they were 1,254 dollars.", False),
        ("He sold 1,245 sheep in May. He then bought a 1,254 sheep flock.", False),
        # in one sentence the two are set side by side on purpose
        ("One ward had 2,318 cases and the other 2,381 cases.", False),
    ],
)
def test_transposed_digits(text: str, expected: bool) -> None:
    assert swapped(text) is expected
