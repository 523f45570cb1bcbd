"""Sources joined, disputing, blaming or taken up again, and hearsay passed on as 'rumours of'
or 'on reports that': the wordings the A rules read beside their plain 'officials said'."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("The quota stays, Dutch and Belgian officials said.", "A104",
     "Dutch and Belgian officials said"),
    ("The mill will close, according to union and company officials.", "A104",
     "according to union and company officials"),
    ("Rates will fall, brokers and traders said.", "A104", "brokers and traders said"),
    ("Many economists dispute that the cut will help.", "A102", "Many economists dispute"),
    ("Officials blamed the delay on the weather.", "A104", "Officials blamed"),
    ("Some are blaming the mayor for the floods.", "A102", "Some are blaming"),
    ("The harbour will reopen, noted the official.", "A104", "noted the official"),
    ("The harbour will reopen, the aide stressed.", "A104", "the aide stressed"),
    ("\"She is done with him,\" says the source.", "A104", "says the source"),
    ("\"She is done with him,\" the insider adds.", "A104", "the insider adds"),
    ("The firm will pay, according to individuals familiar with the talks.", "A101",
     "individuals familiar with the talks"),
    ("The firm will pay, according to people familiar with Ms. Roe's case.", "A101",
     "people familiar with Ms. Roe's case"),
    ("The firm will pay, according to two people familiar with the meeting.", "A101",
     "people familiar with the meeting"),
    ("Sources cited in the report said the mill will close.", "A101",
     "Sources cited in the report said"),
    ("The firm will pay, a Ministry of Trade and Industry official said.", "A104",
     "a Ministry of Trade and Industry official said"),
    ("The firm will pay, a Department of Health and Port Services official said.", "A104",
     "a Department of Health and Port Services official said"),
    ("The reef, thought to shelter rare fish, is closed.", "A103", "thought to shelter"),
    ("Shares rose on reports that the bank would merge.", "A103", "on reports that"),
    ("She was caught up in rumours of a secret deal.", "A103", "rumours of"),
    ("The vote slips, according to one of the sources.", "A101",
     "according to one of the sources"),
    ("The vote slips, two of the sources said.", "A101", "two of the sources said"),
    ("Wall Street analysts said the bid was low.", "A102", "analysts said"),
    ("Critics have charged that the agency lost its focus.", "A102", "Critics have charged"),
    ("A Treasury official shared that nobody was surprised.", "A104",
     "A Treasury official shared"),
    ("The bid fails, an aide said. That aide said: the board is split.", "A104",
     "That aide said"),
]  # fmt: skip
CARRIED = [
    ("Output fell, a bank official told Reuters. Exports were weak, he said.", "he said"),
    ("Output fell, an aide told the Daily Post. Exports were weak, she added.", "she added"),
]  # fmt: skip
QUIET = [
    "The sources cited in the report are not named.",
    "He could not set a date and election officials waited.",  # 'date' shares no role
    "Trade rose in recent weeks and traders were busy.",  # no claim
    "The bank denied earlier rumours of a merger.",  # the denial has a speaker
    "The union dismissed media reports that it would strike.",  # so does the dismissal
    "The ship, believed to the last, sank.",  # 'to the last' is no claim
    "He commented on reports by the commission.",  # the reports are named
    "Funds from some of the sources were frozen.",  # sources of money
    "The mayor signed an executive order that bans the sale.",  # a noun before 'that'
    "Officials decide that every year.",  # a base form, which an audience also takes
    "Goldman Sachs analysts said the bid was low.",  # a named firm's analysts
    "So far there are no reports of any phones being infected.",  # no hearsay to pass on
    "The price hit 68 cents, according to traders and Oil Price Data Services.",  # a named body
]


@pytest.mark.parametrize(("text", "rule", "words"), FLAGGED)
def test_sources_in_these_wordings_are_flagged(text: str, rule: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (rule, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_near_misses_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []


@pytest.mark.parametrize(("text", "words"), CARRIED)
def test_a_pronoun_after_an_outlet_told_carries_the_source(text: str, words: str) -> None:
    found = [text[f.start : f.end] for f in detect_attribution(make_document(text))]
    assert words in found


def test_a_person_named_between_takes_the_pronoun() -> None:
    text = (
        "Output fell, a bank official told Reuters. Ana Roe, the minister, disagreed. "
        "Exports were weak, she said."
    )
    found = [text[f.start : f.end] for f in detect_attribution(make_document(text))]
    assert "she said" not in found
