"""T107: a count between a dividend's record and payment days that the days rule out ("Pay
April 24, two months after the record date ... Record March 31"); on our own notices."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-03-14"


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_a_count_the_record_and_payment_days_deny() -> None:
    assert _t107("Qtly div 12 cts vs 12 cts Pay May 2, two months after the record date "
                 "Record April 10") == ["two months after the record date"]
    assert _t107("Qtly div 12 cts Pay May 2 Record April 21, six weeks before payment") == [
        "six weeks before payment"]
    assert _t107("The board declared a dividend payable May 2, a month after the record date, "
                 "to holders of record April 25.") == ["a month after the record date"]


def test_a_count_that_fits_is_quiet() -> None:
    assert _t107("Qtly div 12 cts Pay May 2, three weeks after the record date Record "
                 "April 10") == []
    assert _t107("Qtly div 12 cts Pay May 12, a month after the record date Record "
                 "April 10") == []
    assert _t107("Qtly div 12 cts Pay May 2, two months after the record date") == []
