"""T104 on our own headlines: a headline that tells as done what the lede says will happen
after publication."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-04-14"


@pytest.mark.parametrize(("title", "body", "flagged"), [
    ("NORVALE <NRV> REDEEMED DEBENTURES",
     "Norvale Ltd said it will redeem its 9 pct debentures on May 15 at par.", True),
    ("NORVALE <NRV> TO REDEEM DEBENTURES",
     "Norvale Ltd said it will redeem its 9 pct debentures on May 15 at par.", False),
    ("NORVALE <NRV> REDEEMED DEBENTURES",
     "Norvale Ltd said it will redeem its 9 pct debentures on April 10 at par.", False),
    ("NORVALE <NRV> RAISED DIVIDEND",
     "Norvale Ltd said it raised its dividend and will pay it on May 15.", False),
])
def test_a_headline_done_against_a_lede_ahead(title: str, body: str, flagged: bool) -> None:
    report = flagger.analyze(body, published=PUBLISHED, title=title, select="T104")
    assert [f.field for f in report.findings if f.field == "title"] == (
        ["title"] if flagged else []), [f.message for f in report.findings]
