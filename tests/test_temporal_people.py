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


def test_a_birthplace_may_stand_between_born_and_the_year() -> None:
    text = "Not every resident agrees. Dana Ortis, 33, was born in Cuba in 1984. She stayed."
    assert ("T106", "33", "error") in _ages(text)


def test_a_birthplace_with_its_country_keeps_a_consistent_age_silent() -> None:
    assert _ages("Mara Lind, 40, was born in Oslo, Norway, in 1985.") == []


def test_one_person_given_two_present_ages() -> None:
    text = ("Police said 21-year-old Will Baucher was detained." + FILLER
            + " In the video, 23-year-old Will Baucher can be heard shouting.")
    assert ("T106", "23", "warning") in _ages(text)


def test_a_surname_alone_links_to_its_one_full_name() -> None:
    text = "Ana Ruiz, 29, runs the shop." + FILLER + " Ruiz, 31, opened it with savings."
    assert ("T106", "31", "warning") in _ages(text)


def test_relatives_sharing_a_surname_are_not_compared() -> None:
    text = "Ana Ruiz, 29, runs the shop. Her sister Eva Ruiz, 33, helps. Ruiz, 33, said so."
    assert _ages(text) == []


def test_an_age_at_another_time_is_not_compared() -> None:
    text = "Ana Ruiz, 29, runs the shop." + FILLER + " The then 22-year-old Ana Ruiz won a prize."
    assert _ages(text) == []


def test_a_closed_period_counts_its_years_apart_or_both_included() -> None:
    short = "Arrivals fell over the past three years, from 4,100 in 2019 to 2,600 in 2023."
    assert ("T107", "over the past three years", "error") in _ages(short)
    for n in ("four", "five"):
        assert _ages(f"Arrivals fell over the past {n} years, from 4,100 in 2019 to 2,600 "
                     "in 2023.") == []


def test_a_surname_alone_links_to_the_one_full_name_the_article_gives() -> None:
    text = ("Her aide, Tomas Brandt, left the party." + FILLER + " Critics said Brandt, 41, "
            "had misled them." + FILLER + " The letter named Brandt, 45, as its author.")
    assert ("T106", "45", "warning") in _ages(text)


def test_a_surname_two_first_names_share_or_a_relative_is_not_linked() -> None:
    two = ("Tomas Brandt and Ida Brandt ran the farm. Brandt, 41, sold it." + FILLER
           + " Brandt, 45, kept the barn.")
    assert _ages(two) == []
    kin = ("Tomas Brandt ran the farm. Brandt, 41, sold it." + FILLER
           + " His son, Brandt, 15, kept the barn.")
    assert _ages(kin) == []


def _headline(title: str, text: str) -> list[tuple[str, str, str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, title=title, select="T")
    return [(f.rule, f.field, (title if f.field == "title" else text)[f.start : f.end],
             f.severity) for f in report.findings]


def test_a_headline_age_the_body_tells_otherwise() -> None:
    body = ("Police are looking for a 31-year-old cyclist after a crash that closed the "
            "harbour road on Monday. The rider fled on foot.")
    assert ("T106", "title", "37", "warning") in _headline(
        "37-year-old cyclist sought after harbour road crash", body)
    assert _headline("31-year-old cyclist sought after harbour road crash", body) == []


def test_a_headline_age_against_several_body_ages_stays_quiet() -> None:
    body = ("A 31-year-old cyclist hit a 9-year-old pedestrian on the harbour road on Monday. "
            "The rider fled on foot.")
    assert _headline("37-year-old cyclist sought after harbour road crash", body) == []


def test_a_year_after_to_ends_the_period_it_does_not_start_it() -> None:
    text = ("In the last ten years, exports to the bloc rose fourfold, from 310 mln euros to "
            "1.3 billion in 2024.")
    assert _ages(text) == []


def test_each_of_two_headline_ages_against_the_body_sentence_naming_its_noun() -> None:
    body = ("A 19-year-old cyclist knocked down a pensioner on the harbour road on Monday. "
            "The 81-year-old victim is a retired ferryman, police said.")
    found = _headline("19-Yr-Old Cyclist Hit 84 Yr-Old Ferryman On Harbour Road", body)
    assert [f[2] for f in found] == ["84"]
    assert _headline("19-Yr-Old Cyclist Hit 81 Yr-Old Ferryman On Harbour Road", body) == []


def test_a_headline_noun_named_in_a_body_sentence_of_two_ages_stays_quiet() -> None:
    body = ("A 19-year-old cyclist knocked down an 81-year-old ferryman on Monday. "
            "Police said the road was wet.")
    assert _headline("19-Yr-Old Cyclist Hit 84 Yr-Old Ferryman", body) == []


def test_a_headline_age_at_death_against_the_obituary() -> None:
    body = "Ana Ruiz, who ran the harbour for two decades, died on Sunday. She was 68."
    assert ("T106", "title", "86", "warning") in _headline("Harbour chief Ana Ruiz dies at 86",
                                                           body)
    assert _headline("Harbour chief Ana Ruiz dies at 68", body) == []
    assert _headline("Harbour chief Ana Ruiz dies at 86",
                     "Ana Ruiz, 68, died on Sunday. Her brother Tom Ruiz, 71, survives.") == []
