"""A capitalised word that names a place, not a person a pronoun might mean: 'A banker said
the deal helps China's exporters. He said ...' still carries the banker on, as does 'sell to
Moscow'; 'Jackson said ...' does not, though a town bears the name."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.detectors.places.gazetteer import load

WHERE = lazy(r"\b(?:in|into|to|from|at|near|across|outside|inside|around)\s+$", re.IGNORECASE)
"""A preposition of place right before a town's name: 'sell to Moscow', 'in Lyon'."""


def is_place(text: str, start: int, end: int) -> bool:
    """Tell whether the capitalised word text[start:end] is a country or its adjective
    ('Argentina', 'Soviet'), or a known town after a preposition of place ('to Moscow'). The
    regions of other countries the place rules read ('Aragon', 'Kerala') are not counted: some
    are surnames too, and the attribution rules were measured without them."""
    gazetteer = load()
    word = text[start:end]
    if word in gazetteer.terms and not gazetteer.region(word):
        return True
    return gazetteer.is_place(word) and WHERE.search(text, max(0, start - 8), start) is not None
