"""Rule selection by code prefix: the longest match wins, ignore wins ties."""

from __future__ import annotations

import pytest

from flagger.selection import Selection, UnknownRuleError

CODES = ("H101", "A101", "A102", "A103", "T101", "T102")


@pytest.mark.parametrize(
    ("select", "ignore", "enabled"),
    [
        (None, None, set(CODES)),
        ("H", None, {"H101"}),
        ("a, t1", None, {"A101", "A102", "A103", "T101", "T102"}),
        (None, "A", {"H101", "T101", "T102"}),
        ("A102", "A", {"A102"}),
        ("A", "A102", {"A101", "A103"}),
        ("T1", "T1", set()),
        (["H", "T102"], ["T"], {"H101", "T102"}),
    ],
)
def test_longest_prefix_wins(select: str | None, ignore: str | None, enabled: set[str]) -> None:
    selection = Selection.of(select, ignore, CODES)
    assert {code for code in CODES if selection.enabled(code)} == enabled


def test_unknown_codes_are_refused() -> None:
    with pytest.raises(UnknownRuleError, match="X9"):
        Selection.of("X9", None, CODES)
    with pytest.raises(UnknownRuleError, match="A1019"):
        Selection.of(None, "A1019", CODES)
