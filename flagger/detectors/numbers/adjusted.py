"""N102 changes measured on another basis than their levels: a desk reads "sales rose 3.1 pct
on a comparable-store basis to 212 mln dlrs from 201 mln" as same-store growth, which leaves
out new stores and so may differ from the 5.5 pct rise of the two totals. The same holds for a
change like-for-like, at constant currency or exchange rates, seasonally adjusted beside an
unadjusted figure, in real, volume or per-share terms, organically or at an annual rate: the
raw levels beside it do not contradict it.
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy

KIND = r"(?:store|shop|outlet|restaurant|unit|branch|hotel|site|location)s?"
ADJUSTED = lazy(
    rf"\b(?:(?:comparable|same)[- ]{KIND}|like[- ]for[- ]like|comparable basis"
    r"|(?:at|in) constant (?:currenc(?:y|ies)|exchange rates?|prices|dollars|terms)"
    r"|constant[- ]currency|currency[- ]adjusted|inflation[- ]adjusted|after inflation"
    r"|(?:excluding|stripping out|adjusted for|net of) (?:the )?(?:effects? of )?(?:currenc"
    r"(?:y|ies)|exchange[- ]rates?|foreign exchange|inflation|acquisitions|disposals)"
    r"|(?:in|on an?) (?:real|nominal|volume|value|dollar|local[- ]currency|per[- ]share"
    r"|pro[- ]forma|underlying|organic|adjusted) (?:terms|basis)|organically)\b",
    re.IGNORECASE,
)
"""A basis a change is measured on that its totals need not share: "on a comparable store
basis", "same-store", "like-for-like", "at constant exchange rates", "in real terms", "on a
per-share basis", "organically". A bare "underlying" or "pro forma" names a measure its levels
share ("underlying profit rose 8% to £1.2bn"), not a basis."""
SEASONAL = lazy(r"\bseasonally[- ]adjusted\b", re.IGNORECASE)
UNSEASONAL = lazy(
    r"\b(?:(?:not|un|non)[- ]?(?:seasonally[- ])?adjusted|before seasonal adjustment)\b",
    re.IGNORECASE,
)
"""Seasonal adjustment sets a change apart only when the clause names both bases: "up 0.4 pct
seasonally adjusted, while unadjusted sales rose to …"; a clause that names one names the basis
of the levels too."""
ANNUAL_RATE = lazy(r"^\s*,?\s*(?:at an? )?annual(?:i[sz]ed)? rate|^\s*,?\s*annuali[sz]ed")
ANNUAL_BEFORE = lazy(r"\b(?:at an? (?:seasonally adjusted )?annual(?:i[sz]ed)? (?:rate of )?)$")
"""An annualised change: "grew at an annual rate of 3.2 pct", "3.2 pct at an annual rate"; "to
1.85 mln units at an annual rate" tells the level's basis, not the change's."""


def adjusted(clause: str, before: str, after: str) -> bool:
    """Say whether a change is measured on another basis than its levels, from its `clause`
    and the words right `before` and `after` its percentage: True for "rose 3.1 pct on a
    comparable-store basis to 212 mln from 201 mln", for "like-for-like sales rose 4%, to £90m
    from £84m" and for "grew at an annual rate of 3.2 pct"; False for "rose 3.1 pct to 212 mln
    from 201 mln"."""
    if ADJUSTED.search(clause) or (SEASONAL.search(clause) and UNSEASONAL.search(clause)):
        return True
    return bool(ANNUAL_RATE.match(after) or ANNUAL_BEFORE.search(before))
