"""N101 acts on a count: the stem of the verb whose object a count is."""

from __future__ import annotations

import pytest

from flagger.detectors.numbers.acted import act, stem


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme said it acquired 28", "acquir"),
    ("ACME ACQUIRES 24", "acquir"),
    ("The two sides signed two", "sign"),
    ("Acme won four", "win"),
    ("Acme bought about 40", "buy"),
    ("Acme said it had 40", ""),
    ("Sales rose 12", ""),
    ("in 1987 it employed 300", ""),
])
def test_the_act_before_a_count(text: str, expected: str) -> None:
    assert act(text, len(text) - len(text.split()[-1])) == expected


def test_tenses_of_one_verb_share_a_stem() -> None:
    assert stem("signs") == stem("signed") == stem("signing") == "sign"
    assert stem("planned") == stem("plans") == "plan"
