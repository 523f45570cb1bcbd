"""T104 on a past event dated the day after publication, and the update stamps that excuse it."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-03-20"


@pytest.mark.parametrize(("text", "flagged"), [
    ("Norvale Ltd said it bought on March 21 a stake in Bolt Tools.", True),
    ("The agency said on March 21 that exports rose.", True),
    ("The agency said on March 20 that exports rose.", False),
    ("Jana Ruiz was named in December as communications director.", False),
    ("On March 21st, the lab received word that the device was cleared.\n\n"
     "Update March 21st, 6:30PM ET: This article was updated with the clearance.", False),
])
def test_a_past_event_the_day_after_publication(text: str, flagged: bool) -> None:
    published = "2025-11-30" if "December" in text else PUBLISHED
    report = flagger.analyze(text, published=published, select="T104")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]
