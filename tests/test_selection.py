"""Rule selection by code prefix: the longest match wins, ignore wins ties."""

from __future__ import annotations

import pytest

from flagger.options import Options
from flagger.options.errors import OptionError
from flagger.options.selection import enabled

CODES = ("H101", "A101", "A102", "A103", "T101", "T102")


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        ((), (), set(CODES)),
        (("H",), (), {"H101"}),
        (("A", "T1"), (), {"A101", "A102", "A103", "T101", "T102"}),
        ((), ("A",), {"H101", "T101", "T102"}),
        (("A102",), ("A",), {"A102"}),
        (("A",), ("A102",), {"A101", "A103"}),
        (("T1",), ("T1",), set()),
        (("H", "T102"), ("T",), {"H101", "T102"}),
    ],
)
def test_longest_prefix_wins(
    select: tuple[str, ...], ignore: tuple[str, ...], expected: set[str]
) -> None:
    assert {code for code in CODES if enabled(code, select, ignore)} == expected


def test_codes_are_parsed_from_strings_and_lists() -> None:
    assert Options.of(select="a, t1").select == ("A", "T1")
    assert Options.of(select=["H", "T102"], ignore=["T"]).ignore == ("T",)


def test_unknown_codes_are_refused() -> None:
    with pytest.raises(OptionError, match="X9"):
        Options.of(select="X9")
    with pytest.raises(OptionError, match="A1019"):
        Options.of(ignore="A1019")
    with pytest.raises(OptionError, match="Z9"):
        Options.of(severity={"Z9": "info"})


def test_a_selection_that_leaves_no_rule_is_refused() -> None:
    with pytest.raises(OptionError, match="no rule"):
        Options.of(select="H", ignore="H")


@pytest.mark.parametrize("threshold", [float("nan"), -0.1, 1.5, "high", True])
def test_bad_hedge_thresholds_are_refused(threshold: object) -> None:
    with pytest.raises(OptionError, match="hedge-threshold"):
        Options.of(hedge_threshold=threshold)


def test_unknown_options_are_refused() -> None:
    with pytest.raises(OptionError, match="unknown option colour"):
        Options.of(colour="red")


def test_options_are_hashable_and_equal_by_value() -> None:
    a = Options.of(select="A", severity={"A101": "error"})
    b = Options.of(select=["A"], severity={"A101": "error"})
    assert a == b and hash(a) == hash(b)
