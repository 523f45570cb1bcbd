"""T104 for a past verb whose object a later written year closes ("filed a lawsuit in 2027"
in a 2025 story), through the whole pipeline, on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-09-14"

FLAGGED = [
    ("The singer filed a lawsuit in 2026 over the unpaid royalties.", "2026"),
    ("The Trade Ministry leveled sanctions on oil traders in 2027, officials recalled.", "2027"),
    ("The gang established a company abroad in 2026, the court said.", "2026"),
    ("The diocese filed for bankruptcy protection in 2026 as claims mounted.", "2026"),
    ("Many of the workers did not speak Dutch fluently in 2027, the survey found.", "2027"),
]

QUIET = [
    # the year dates a plan, a term or a figure of comparison, not the act
    ("The council approved a plan for two new schools in 2027.", PUBLISHED),
    ("The firm signed a contract for delivery of the ships in 2027.", PUBLISHED),
    ("Profit rose to 9 million euros from 7 million in 2026.", PUBLISHED),
    # a participle before a noun, a future or modal frame, an infinitive
    ("The levy adds some 2 billion euros in unspecified tax hikes in 2027.", PUBLISHED),
    ("The firm will launch a satellite for its Paris client in 2027.", PUBLISHED),
    ("The club could have signed the young striker in 2026.", PUBLISHED),
    ("She got approval to build a second plant in 2026.", PUBLISHED),
    # a past act in a year already over
    ("The singer filed a lawsuit in 2024 over the unpaid royalties.", PUBLISHED),
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_a_past_verb_before_its_object_and_a_later_year_is_flagged(text: str,
                                                                   words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words]
    assert "past event" in report.findings[0].message


@pytest.mark.parametrize(("text", "published"), QUIET)
def test_a_year_that_dates_no_past_act_of_the_object_is_not_flagged(text: str,
                                                                    published: str) -> None:
    assert flagger.analyze(text, published=published, select="T104").findings == ()
