"""T106: an age that the same person's job, office or memory rules out ("Ruiz, 64, a senator
since 1967" in 2017), on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2017-11-16"
FILLER = " The council met twice that spring. Rents rose across the district."


def _ages(text: str) -> list[tuple[str, str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [(f.rule, text[f.start : f.end], f.message) for f in report.findings
            if f.rule == "T106"]


def test_senator_since_a_year_of_childhood() -> None:
    found = _ages("Lena Ruiz, 64, a senator since 1967, voted against the bill.")
    assert [(rule, said) for rule, said, _ in found] == [("T106", "64")]
    assert "64 in 2017 → about 14 in 1967" in found[0][2]


def test_elected_below_the_legal_minimum() -> None:
    text = "Voters backed Mara Holt, 37, who in 2006 became the state's first elected senator."
    assert [said for _, said, _ in _ages(text)] == ["37"]


def test_named_age_before_a_past_office() -> None:
    text = "The 37-year-old Okafor was the treasury secretary from 1957 to 1961."
    assert [said for _, said, _ in _ages(text)] == ["37"]


def test_job_begun_as_a_child() -> None:
    text = "Dunmore, 33, began his career at the mill in 1992 as a clerk."
    assert [said for _, said, _ in _ages(text)] == ["33"]


def test_pronoun_chain_carries_the_person() -> None:
    text = "Pia Salo, 40, will lead the bank. She has served with the bank since 1985."
    assert [said for _, said, _ in _ages(text)] == ["40"]


def test_surname_as_a_later_subject() -> None:
    text = ("Nurse Ada Brill, 43, died on Friday." + FILLER
            + " At the clinic, where Brill worked from 1981, staff wept.")
    assert [said for _, said, _ in _ages(text)] == ["43"]


def test_memory_from_before_birth() -> None:
    text = "Tove Lind, now 69, remembers the 1945 floods in her village."
    assert [said for _, said, _ in _ages(text)] == ["69"]


def test_a_plausible_career_is_quiet() -> None:
    assert _ages("Lena Ruiz, 64, a senator since 1997, voted against the bill.") == []
    assert _ages("Dunmore, 53, began his career at the mill in 1985 as a clerk.") == []


def test_state_senator_minimum_is_not_the_federal_one() -> None:
    assert _ages("Tim Roe, 40, a state senator since 2002, spoke first.") == []


def test_another_persons_year_is_quiet() -> None:
    assert _ages("Ivo Kern, 40, whose father founded the firm in 1950, sold it.") == []
    assert _ages("Ivo Kern, 40, said the firm has employed him since 1990.") == []
    assert _ages("Ivo Kern, 40, moved to Paris with his parents in 1980.") == []


def test_a_description_is_not_a_named_person() -> None:
    text = "Aides urged the 48-year-old lawmaker to quit the seat first won in 1964."
    assert _ages(text) == []


def test_shared_surname_is_two_people() -> None:
    text = ("Eva Moss, 30, runs the shop." + FILLER
            + " Her uncle Karl Moss opened it; Moss worked there from 1960.")
    assert _ages(text) == []


def test_a_commemoration_is_no_memory() -> None:
    assert _ages("Tove Lind, 69, remembers the 1945 flood victims each spring.") == []


def test_role_after_the_joining_verb() -> None:
    found = _ages("Eda Voss, 19, joined the agency in 2003 and has since been its top official.")
    assert [said for _, said, _ in found] == ["19"]
    assert "an official is at least 18" in found[0][2]


def test_apposed_role_over_a_range_of_years() -> None:
    text = "Rui Sena, 21, the firm's top broker between 2010-15, was charged on Monday."
    assert [said for _, said, _ in _ages(text)] == ["21"]


def test_a_role_in_the_object_is_someone_elses() -> None:
    text = "Ivo Kern, 30, is new here." + FILLER + " Kern visited the director in 1995."
    assert _ages(text) == []


def test_years_a_job_has_run_date_its_start() -> None:
    found = _ages("Rosa Imbert, 52, has worked at the cannery for the past 45 years." + FILLER)
    assert [said for _, said, _ in found] == ["52"]
    assert "about 7 in 1972" in found[0][2]
    quiet = "Rosa Imbert, 52, has worked at the cannery for the past 35 years." + FILLER
    assert _ages(quiet) == []


def test_an_age_told_with_who_is_and_a_verb() -> None:
    text = "The mayor said Okafor, who is 46 and has served since 1975, should resign."
    assert [said for _, said, _ in _ages(text)] == ["46"]
    assert _ages(text.replace("46", "66")) == []


def test_a_year_fronted_before_the_subject() -> None:
    text = "Tomas Varga, 26, runs the workshop. In 1999, Varga founded a repair business."
    assert [said for _, said, _ in _ages(text + FILLER)] == ["26"]
    pronoun = "Tomas Varga, 26, runs the workshop. In 1999, he founded a repair business."
    assert [said for _, said, _ in _ages(pronoun + FILLER)] == ["26"]
    assert _ages(text.replace("26", "46") + FILLER) == []
    other = "Tomas Varga, 26, runs the workshop. In 1999, his aunt founded a repair business."
    assert _ages(other + FILLER) == []
