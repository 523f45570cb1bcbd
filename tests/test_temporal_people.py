"""T106 and T107 across a profile, on our own sentences: an age linked to a birth date given
sentences away by the person's surname (written beside the age, or the subject the sentence
opens with, or the subject before "He"), and "N years before/after" a date in its clause."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"
FILLER = " The council met twice that spring. Rents rose across the district. Buses ran late."


def _ages(text: str) -> list[tuple[str, str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [(f.rule, text[f.start : f.end], f.severity) for f in report.findings]


def test_surname_beside_the_age_links_a_distant_birth() -> None:
    text = "Varga was born in 1961 in a mining town." + FILLER + " The outspoken Varga, 58, " \
           "chairs the board."
    assert ("T106", "58", "warning") in _ages(text)


def test_sentence_subject_links_an_age_without_a_name() -> None:
    text = ("Ilse Morten, the painter, has died at the age of 71." + FILLER
            + " Morten was born on June 2, 1947, in Bergen.")
    assert ("T106", "71", "warning") in _ages(text)


def test_pronoun_takes_the_subject_of_the_sentence_before() -> None:
    text = ("The cellist Jaro Pellik has died. He was 70 years old." + FILLER
            + " Pellik was born on March 3, 1950.")
    assert ("T106", "70", "warning") in _ages(text)


def test_matching_ages_and_relatives_stay_quiet() -> None:
    right = "Varga was born in 1961 in a mining town." + FILLER + " Varga, 63, chairs the board."
    kin = ("Varga and his brother were born in 1961." + FILLER + " Varga, 58, chairs the "
           "board.")
    assert _ages(right) == []
    assert _ages(kin) == []


def test_years_before_a_date_in_its_clause() -> None:
    wrong = "Her work there ended in 2014, three years before she joined the firm in March 2016."
    right = "Her work there ended in 2014, two years before she joined the firm in March 2016."
    assert ("T107", "three years before", "error") in _ages(wrong)
    assert _ages(right) == []


def test_past_years_against_the_year_they_began() -> None:
    wrong = "Rents have doubled over the past nine years, since the market opened in 2020."
    right = "Rents have doubled over the past five years, since the market opened in 2020."
    closed = ("Output fell over the past ten years, from 1.8 billion in 2012 to 1.1 billion "
              "in 2016.")
    found = _ages(wrong)
    assert ("T107", "over the past nine years", "error") in found
    assert _ages(right) == []
    assert ("T107", "over the past ten years", "error") in _ages(closed)


def test_first_person_age_and_birth() -> None:
    text = "I was born in 1970. That makes me, at 62, the oldest in the office."
    assert ("T106", "62", "warning") in _ages(text)
    assert _ages(text.replace("62", "55")) == []


def test_apposed_name_and_a_relative_after_the_birth() -> None:
    text = ("One of the founders of the choir, the tenor Aldo Ferrin, has died. He was 70 "
            "years old." + FILLER + " Ferrin was born on March 3, 1950, in Turin; his father "
            "was a baker.")
    assert ("T106", "70", "warning") in _ages(text)


def test_a_capitalised_opening_word_is_no_name() -> None:
    text = ("Filing her first claim in 2001, Gerda Holm, born in 1937, was 64." + FILLER
            + " Filing after the full retirement age pays 8 percent a year up to age 70.")
    assert _ages(text) == []
