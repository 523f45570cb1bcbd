"""T104 on our own headlines: a record of posts labelled with their day is of a past day."""

from __future__ import annotations

import pytest

import flagger

BODY = "The mayor wrote about the budget and the parks."


@pytest.mark.parametrize(("title", "flagged"), [
    ("Factbox: Mayor Ruiz on Twitter (May 16) - Budget, Parks", True),
    ("Mayor Ruiz on Facebook (May 17) - Parks", True),
    ("Mayor Ruiz on Twitter (May 14) - Budget", False),  # the day of publication
    ("Mayor Ruiz on Twitter (May 13) - Budget", False),
    ("Mayor Ruiz to speak on May 16 (live)", False),
])
def test_posts_labelled_with_a_later_day_are_flagged(title: str, flagged: bool) -> None:
    report = flagger.analyze(BODY, published="2025-05-14", title=title, select="T104")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]
    if flagged:
        assert "“on Twitter”" in report.findings[0].message or "“on Facebook”" in (
            report.findings[0].message)
