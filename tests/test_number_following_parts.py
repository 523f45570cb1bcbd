"""N102 parts told in the sentence after their whole that add up to more than it."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def messages(text: str) -> list[str]:
    doc = annotate(Article("The council met on Monday.\n\n" + text, published=date(2024, 5, 2)))
    return [f.message for f in detect(doc) if "told after it" in f.message]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Vela county has 280 bus stops. As of Monday, 36 were closed and 254 were open.",
         "36 + 254"),
        ("The mill will cut 2,850 jobs over two years. The cuts will cost 790m euros ($1.1bn). "
         "About 1,100 jobs will go in rolling while 1,500 and 550 will go in IT and payroll.",
         "1,100 + 1,500 + 550"),
        ("The club spent $258,000 from its fund on two legal settlements. It spent a $100,000 "
         "settlement from the fund in 2007 and another $185,000 from the fund on a settlement "
         "in 2011.", "$100,000 + $185,000"),
    ],
)
def test_parts_told_next_cannot_add_up_to_more_than_their_whole(text: str, listed: str) -> None:
    (message,) = messages(text)
    assert message.startswith(f"the parts told after it ({listed}) add up to more than")


@pytest.mark.parametrize(
    "text",
    [
        "Vela county has 280 bus stops. As of Monday, 36 were closed and 244 were open.",
        "Vela county has more than 280 bus stops. As of Monday, 36 were closed and 254 were open.",
        "Vela county has 280 bus stops. In all, 36 were closed and 254 were open this year.",
        "Vela county has 280 bus stops. It built 36 in 2020 and 254 trams in 2021.",
        "Revenue was $5 million last year. Costs were $3 million and $2.5 million.",
        "The fund had a profit of $258,000. Its fund units made $100,000 and $185,000.",
        "Vela county has 280 bus stops. Stops rose to 254 from 236 and 30 were closed.",
        "Vela county has 280 bus stops. Some 36 stops cost $500 each and 254 stops cost $80 each.",
    ],
)
def test_parts_that_fit_or_may_be_of_something_else_are_not_flagged(text: str) -> None:
    assert messages(text) == [], text
