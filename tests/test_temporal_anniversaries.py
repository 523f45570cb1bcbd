"""T107 on a headline anniversary that the body counts otherwise, on our own texts."""

from __future__ import annotations

import pytest

import flagger

BODY = ("Dockers gathered at the quay on Sunday to remember the strike, which shut the port "
        "19 years ago. Speakers praised the strike leaders.")


def _t107(title: str, body: str = BODY) -> list[tuple[str, str, str]]:
    report = flagger.analyze(body, published="2025-04-27", title=title, select="T107")
    return [(f.field, title[f.start : f.end], f.related[0].text) for f in report.findings]


@pytest.mark.parametrize("title", ["Dockers mark 20th anniversary of strike",
                                   "A quiet party on the strike's twentieth anniversary"])
def test_a_headline_anniversary_the_body_counts_otherwise(title: str) -> None:
    (found,) = _t107(title)
    assert found[0] == "title" and "nniversary" in found[1] and found[2] == "19 years ago"


@pytest.mark.parametrize(("title", "body"), [
    ("Dockers mark 19th anniversary of strike", BODY),
    ("Dockers mark 20th anniversary of festival", BODY),
    ("Dockers mark 20th anniversary of strike",
     BODY + " The union itself was founded 60 years ago, after the first strike."),
    ("Dockers mark 20th anniversary of strike", BODY.replace("19 years", "nearly 19 years")),
])
def test_no_conflict_when_the_count_fits_or_is_not_the_event(title: str, body: str) -> None:
    assert _t107(title, body) == []
