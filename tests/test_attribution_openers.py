"""A capitalised plural of agency opening its sentence speaks as a crowd when its verb is plural;
a name (singular verb), an office, a mood and counsel a party retains are no such source. Roles
placed 'for' a body, progressive speech of a kind of people, 'conditions of anonymity' and a view
'mostly seen as' held are read too."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FOUND = [
    ("A104", "The trial resumed. Correspondents say the ruling matters.", "Correspondents say"),
    ("A104", "Defenders remain optimistic that the judges will agree.",
     "Defenders remain optimistic"),
    ("A104", "It rained. Lenders are deeply worried that rates will rise.",
     "Lenders are deeply worried"),
    ("A104", "Growers have long argued that the levy is unfair.", "Growers have long argued"),
    ("A104", "Two lobbyists for the shipping industry said the bill was dead.",
     "Two lobbyists for the shipping industry said"),
    ("A104", "An official for the port authority said the plant would open.",
     "An official for the port authority said"),
    ("A104", "Update: Victims are now saying they want an apology.", "Victims are now saying"),
    ("A101", "Aides, speaking on conditions of anonymity, say he will run.",
     "on conditions of anonymity"),
    ("A102", "The gift is mostly seen as a form of appeasement.", "is mostly seen as"),
]  # fmt: skip
QUIET = [
    "Sanders says he will run again.",  # a surname takes the singular
    "The vote came. Walters has argued that the levy is unfair.",  # a name, singular
    "Regulators say the rules are often ignored.",  # an office the story can name
    "Creators are worried about the delay to their projects.",  # a mood, no claim told
    "A lawyer for Ana Roe told the committee the panel would get nothing.",  # her counsel
    "An attorney for the family said the boy was safe.",  # the family's counsel
    "The old building is seen as a landmark.",  # a bare 'seen as' states a fact
]


@pytest.mark.parametrize(("code", "text", "words"), FOUND)
def test_plural_openers_placed_roles_and_held_views_are_sources(
    code: str, text: str, words: str
) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_names_offices_moods_and_counsel_stay_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
