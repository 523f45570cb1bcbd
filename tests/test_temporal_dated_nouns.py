"""A day written before its event noun, timed by the noun phrase's own verb
(temporal/dated_nouns.py), through the whole pipeline on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"

# (text, the date flagged, the verb that times it)
CONFLICTS = [
    # done, but dated after publication
    ("The mayor closed the pier to anglers in a May 20 order that banned night fishing.",
     "May 20", "banned"),
    ("Residents still talk about the May 19 protest that blocked the harbour.", "May 19",
     "blocked"),
    ("Ferry crews recalled the May 22 strike that was staged by the union.", "May 22",
     "staged"),
    # ahead, but dated before publication
    ("Union leaders met again as the May 2 wage deadline fast approaches.", "May 2",
     "approaches"),
    ("The board named a judge for the May 6 hearing that will decide the harbour case.",
     "May 6", "will"),
]

CONSISTENT = [
    # the noun phrase's own verb agrees with its date
    ("The mayor closed the pier in a May 2 order that banned night fishing.", "2025-05-14"),
    ("Union leaders met again as the May 20 wage deadline approaches.", "2025-05-14"),
    # another act's future, or a planning verb, does not time the event
    ("The May 2 decision will hurt the fishing fleet, its captains said.", "2025-05-14"),
    ("The May 30 deadline set by the court still stands.", "2025-05-14"),
    # the day is the object's, read by the governing verb as before
    ("The council will debate the May 2 ruling on Thursday.", "2025-05-14"),
]


def _t104(text: str, published: str) -> list[flagger.Finding]:
    report = flagger.Flagger(select="T104").analyze(text, published=published)
    return list(report.findings)


@pytest.mark.parametrize(("text", "flagged", "verb"), CONFLICTS)
def test_dated_noun_conflicts(text: str, flagged: str, verb: str) -> None:
    findings = _t104(text, PUBLISHED)
    assert [text[f.start : f.end] for f in findings] == [flagged]
    assert findings[0].related[0].text == verb


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_dated_noun_agreements(text: str, published: str) -> None:
    assert _t104(text, published) == []
