"""T106: one person described by a common noun alone ("a 64-year-old ferryman") given a
different age in a later description of the same noun, on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"
FILLER = " The council met twice that spring. Rents rose across the district. Buses ran late."


def _ages(text: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [(f.rule, text[f.start : f.end]) for f in report.findings]


def test_definite_later_description_with_another_age() -> None:
    text = ("Police questioned a 64-year-old ferryman about the fire." + FILLER
            + " The 46-year-old ferryman denied any part in it.")
    assert ("T106", "46") in _ages(text)


def test_two_close_indefinite_descriptions() -> None:
    text = ("The mayor fined a 64-year-old ferryman for sailing at night." + FILLER
            + " Fining a 46-year-old ferryman won her few friends.")
    assert ("T106", "46") in _ages(text)


def test_distant_indefinite_descriptions_are_two_people() -> None:
    text = ("A 64-year-old ferryman was fined in March." + FILLER * 15
            + " A 46-year-old ferryman was fined in June.")
    assert _ages(text) == []


def test_the_same_age_twice_is_quiet() -> None:
    text = ("Police questioned a 64-year-old ferryman." + FILLER
            + " The 64-year-old ferryman denied it.")
    assert _ages(text) == []


def test_a_named_description_is_left_to_the_name_rule() -> None:
    text = ("Police questioned a 64-year-old ferryman." + FILLER
            + " The 46-year-old ferryman Tomas Reyes denied it.")
    assert _ages(text) == []


def test_a_later_age_given_elsewhere_may_be_a_second_person() -> None:
    text = ("Police questioned a 64-year-old ferryman." + FILLER
            + " His partner, 46, was not charged. The 46-year-old ferryman denied it.")
    assert _ages(text) == []


def test_three_ages_for_one_noun_are_several_people() -> None:
    text = ("A 64-year-old ferryman, a 51-year-old ferryman and others were fined." + FILLER
            + " The 46-year-old ferryman appealed.")
    assert _ages(text) == []


def test_a_definite_age_in_a_sentence_restating_the_noun() -> None:
    text = ("Police said a 64-year-old ferryman was beaten in his cabin." + FILLER
            + " The 46-year-old victim is a ferryman, his family said.")
    assert ("T106", "46") in _ages(text)


def test_a_sentence_restating_the_noun_with_two_ages_is_quiet() -> None:
    text = ("Police said a 64-year-old ferryman was beaten in his cabin." + FILLER
            + " The 46-year-old victim and his 20-year-old son, a ferryman, were questioned.")
    assert _ages(text) == []


def test_a_surname_alone_after_the_age_is_the_named_person() -> None:
    text = ("Ana Ruiz, 41, faces two counts of bribery." + FILLER
            + " The 46-year-old Ruiz admitted taking the money.")
    assert ("T106", "46") in _ages(text)


def test_an_adjective_after_the_age_names_nobody() -> None:
    text = ("Ana Ruiz, 41, faces two counts of bribery." + FILLER
            + " The 46-year-old Argentine admitted taking the money.")
    assert _ages(text) == []
