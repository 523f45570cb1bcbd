"""Roles and crowds that act and give their reason in a ', saying' clause; researchers credited
with a finding stay quiet (news mostly names their study nearby)."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A104", "Officials closed the bridge on Monday, saying it was unsafe.",
     "Officials closed the bridge on Monday, saying"),
    ("A104", "Farm groups have opposed the levy, arguing that it would ruin growers.",
     "Farm groups have opposed the levy, arguing"),
    ("A104", "The vote was close. Senior officials rejected the claim, saying it was baseless.",
     "Senior officials rejected the claim, saying"),
    ("A102", "Many economists have cut their forecasts, citing fears of a slowdown.",
     "Many economists have cut their forecasts, citing fears"),
]  # fmt: skip
QUIET = [
    "The ministry closed the bridge on Monday, saying it was unsafe.",  # one body, on record
    "Police closed the bridge on Monday, saying it was unsafe.",  # the force is identifiable
    "He met officials and left the city, saying he was tired.",  # the subject is named
    "The firm cut its forecast, saying demand was weak.",  # a company
    "Officials for Senator Ruiz declined to comment, saying the talks were private.",  # whose
    "Officials closed the bridge on Monday, adding a toll.",  # no reason given
    "The researchers found that the drug cut deaths by a third.",  # a study already named
    "Researchers at the Pasteur Institute found a faster test.",  # where they work is named
    "Scientists who studied the reef found that it was dying.",  # described by their study
    "In the new research, researchers found that one test never failed.",  # the study at hand
]


@pytest.mark.parametrize(("code", "text", "words"), FLAGGED)
def test_flagged(code: str, text: str, words: str) -> None:
    findings = list(detect_attribution(make_document(text)))
    assert [(f.rule, text[f.start : f.end]) for f in findings] == [(code, words)]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
