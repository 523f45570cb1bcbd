"""T104 on our own capitals headlines that announce an act on a date already past."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-03-20"


@pytest.mark.parametrize(("title", "body", "flagged"), [
    ("NORVALE <NRV> TO CLOSE TILBURY PLANT IN JANUARY",
     "Norvale Ltd said it will close its Tilbury plant, which employs 400 people.", True),
    ("NORVALE <NRV> TO NAME NEW CHIEF EXECUTIVE MARCH 3",
     "Norvale Ltd said its board has named Ana Berg chief executive.", True),
    ("NORVALE <NRV> TO CLOSE TILBURY PLANT IN APRIL",
     "Norvale Ltd said it will close its Tilbury plant, which employs 400 people.", False),
    ("NORVALE <NRV> TO REPORT HIGHER 2024 PROFITS",
     "Norvale Ltd said it expects to report higher profits for 2024.", False),
    ("FLOOD DAMAGE TO GRAIN IN 2024",
     "Floods damaged about 9,000 tonnes of grain in storage, the minister said.", False),
    ("CARGOES SOLD TO CHINA IN FEBRUARY",
     "Four cargoes of sugar were sold to China in February, traders said.", False),
    ("JOBLESS RATE RISES TO RECORD IN JANUARY",
     "The jobless rate rose to a record in January, the ministry said.", False),
])
def test_a_capitals_plan_dated_before_publication(title: str, body: str, flagged: bool) -> None:
    report = flagger.analyze(body, published=PUBLISHED, title=title, select="T104")
    assert [f.field for f in report.findings if f.field == "title"] == (
        ["title"] if flagged else []), [f.message for f in report.findings]
