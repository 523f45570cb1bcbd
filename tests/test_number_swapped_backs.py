"""N101 counts given back with two digits swapped: a weak "the 67 stores" after "76 stores", and
a figure past the ceiling told before ("up to 302,300 shares" … "the 320,300 shares")."""

from __future__ import annotations

import pytest

from flagger import Flagger
from flagger.article import Article

CHECKER = Flagger(select="N101")


def _findings(body: str) -> list[str]:
    return [f.message for f in CHECKER.analyze_article(Article(text=body)).findings]


@pytest.mark.parametrize("body", [
    "Orla said the deal covers 84 shops in nine states. Orla will run the 48 shops until June.",
    "Vela said it will buy up to 402,100 shares of Arden's preferred stock. Vela said the "
    "420,100 shares are held by its chairman.",
])
def test_a_count_given_back_with_two_digits_swapped_is_flagged(body: str) -> None:
    assert _findings(body), body


@pytest.mark.parametrize("body", [
    # a part of the group, its size no swap of the whole's
    "Orla said the deal covers 84 shops in nine states. Orla will run the 40 shops until June.",
    # below the ceiling: the bound holds
    "Vela said it will buy up to 420,100 shares of Arden's preferred stock. Vela said the "
    "402,100 shares are held by its chairman.",
    # the later figure is the ceiling
    "Vela holds 402,100 shares of Arden's preferred stock. Vela said it may buy up to 420,100 "
    "shares of it.",
])
def test_parts_and_bounds_that_hold_stay_quiet(body: str) -> None:
    assert _findings(body) == [], body


@pytest.mark.parametrize(("body", "flagged"), [
    # a possessive opening its sentence gives the whole back, below the floor told before
    ("Arden has written more than 40 songs and poems. His 25 songs and poems are sung in "
     "schools.", True),
    # some of them, picked out by what they are about
    ("Arden has written more than 40 songs. His 25 songs about the sea are sung in schools.",
     False),
    # the value told between: a part named first
    ("Arden has written more than 40 songs. Two of them won prizes. His two songs are sung in "
     "schools.", False),
])
def test_a_possessive_below_a_floor(body: str, flagged: bool) -> None:
    assert bool(_findings(body)) is flagged, body
