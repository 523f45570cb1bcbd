from __future__ import annotations

import pytest

import flagger


@pytest.mark.parametrize(("title", "published", "flagged"), [
    # an upcoming act on a day or month already gone
    ("NORVALE <NRV> TO NAME NEW CHAIRMAN MAY 15", "1987-06-01", True),
    ("PORT AUTHORITY CHIEF TO RESIGN IN FEBRUARY", "1987-03-18", True),
    ("BREWERS TO CLOSE PLANT IN JANUARY", "1987-03-03", True),
    ("TRADE TALKS SET FOR MARCH 17, 20", "1987-04-03", True),
    # a done act on a month still to come
    ("KALDORIAN COPPER EXPORTS RISE IN MAY", "1987-03-05", True),
    ("NORVALE RESERVES RISE 4.5 BILLION CROWNS IN JULY", "1987-06-02", True),
    # the nearer occurrence fits the tense
    ("KALDORIAN COPPER EXPORTS RISE IN DECEMBER", "1988-01-25", False),
    ("TALKS TO RESUME IN JANUARY", "1987-12-01", False),
    ("NORVALE <NRV> TO NAME NEW CHAIRMAN JUNE 15", "1987-06-01", False),
    # "May" the modal, "to" of a figure or a period, a figure's month, a bound
    ("PAY RISES MAY THREATEN STABILITY", "1987-03-11", False),
    ("INFLATION FALLS TO 3.5 PCT IN FEBRUARY", "1987-03-16", False),
    ("INFLATION STARTS TO RISE AGAIN IN FEBRUARY", "1987-03-25", False),
    ("NORVALE PLC YEAR TO END JANUARY", "1987-03-12", False),
    ("RICE EXPORTS FALL IN WEEK TO MARCH 31", "1987-04-07", False),
    ("AGENCY TO REVISE JANUARY TRADE DATA", "1987-03-12", False),
    ("PRODUCTIVITY REPORT RESCHEDULED TO MAY 4", "1987-04-24", False),
    ("NORVALE SEES EXPORTS RISE IN MAY", "1987-03-05", False),
    # an announced month two months back is most often a report's period
    ("AGENCY TO PUBLISH FIGURES IN JANUARY", "1987-03-12", False),
])
def test_a_headline_tense_against_its_own_date(title: str, published: str,
                                                flagged: bool) -> None:
    report = flagger.analyze("Nothing was said.", published=published, title=title,
                             select="T104")
    found = [f for f in report.findings if f.field == "title"]
    assert bool(found) == flagged, [f.message for f in found]
    assert all(f.severity == "warning" for f in found)


@pytest.mark.parametrize("title", [
    "MINISTERS SAID TO MEET IN APRIL",
    "COMMISSION AUTHORISED TO BUY MAIZE IN JUNE",
    "KALDORIA MAY CUT BASE LENDING RATE IN JUNE",
])
def test_an_act_still_to_come_is_not_reported_done(title: str) -> None:
    report = flagger.analyze("Nothing was said.", published="1987-04-09", title=title,
                             select="T104")
    assert not [f for f in report.findings if f.field == "title"]
