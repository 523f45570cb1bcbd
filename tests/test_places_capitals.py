"""F101: the ways news names a capital, each with a wrong and a right city of our own writing."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.places import detect
from flagger.report.finding import Finding


def capital_findings(text: str, published: date | None = date(2024, 5, 2)) -> list[Finding]:
    doc = annotate(Article(text, published=published))
    return [f for f in detect(doc) if f.rule == "F101"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The talks were held in Istanbul on Tuesday. Officials in the Turkish capital said little.",
         "the capital is Ankara"),
        ("Fans gathered in France's capital Marseille for the parade.", "the capital is Paris"),
        ("Thatcher met Chancellor Kohl in the German capital Munich on Monday.",
         "the capital is Berlin"),
    ],
)
def test_messages_name_the_capital_in_english(text: str, named: str) -> None:
    (finding,) = capital_findings(text)
    assert named in finding.message


def test_a_dated_capital_is_named_as_it_was_then() -> None:
    text = "Thatcher met Chancellor Kohl in the German capital Munich on Monday."
    (finding,) = capital_findings(text, date(1987, 3, 24))
    assert "the capital was then Bonn" in finding.message


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Patients in Pakistan were admitted in the federal capital Lahore on Monday.", True),
        ("Patients in Pakistan were admitted in the federal capital Islamabad on Monday.", False),
        ("Voters in Brazil met in the national capital Sao Paulo on Monday.", True),
    ],
)
def test_federal_or_national_capital_means_the_country_s(text: str, flagged: bool) -> None:
    assert bool(capital_findings(text)) is flagged


WRONG_CAPITALS = [
    # adjective + capital, with or without commas, "of"
    "Ministers met in the Moroccan capital Casablanca on Monday.",
    "Ministers met in the Moroccan capital, Casablanca, on Monday.",
    "Ministers met in the Moroccan capital of Casablanca on Monday.",
    # appositions after the city
    "Ministers met in Casablanca, the Moroccan capital, on Monday.",
    "Ministers met in Casablanca, the capital of Morocco, on Monday.",
    "Ministers met in Casablanca, Morocco's capital, on Monday.",
    # the country first
    "Ministers met in Morocco's capital, Casablanca, on Monday.",
    "Ministers met in the capital of Morocco, Casablanca, on Monday.",
    # a copula
    "Casablanca is the capital of Morocco and its largest city.",
    "Casablanca, which is Morocco's capital, hosted the talks.",
    # "the capital" with the country named elsewhere or not at all, also as a subject
    "Ministers met in Morocco on Monday. In the capital, Casablanca, crowds gathered.",
    "Ministers met in the capital Casablanca on Monday.",
    "The capital, Casablanca, was quiet on Monday as ministers met.",
    # "the Moroccan capital" referring back, or forward, to a city
    "Ministers met in Casablanca on Monday. Crowds in the Moroccan capital were calm.",
    "Crowds in the Moroccan capital were calm on Monday, when ministers met in Casablanca.",
    "Officials in the Turkish capital said little. The talks in Istanbul ended on Tuesday.",
]


@pytest.mark.parametrize("text", WRONG_CAPITALS)
def test_each_form_of_a_wrong_capital_is_flagged(text: str) -> None:
    assert capital_findings(text), text


@pytest.mark.parametrize("text", WRONG_CAPITALS)
def test_each_form_with_the_right_capital_is_not(text: str) -> None:
    right = text.replace("Casablanca", "Rabat").replace("Istanbul", "Ankara")
    assert capital_findings(right) == [], right


@pytest.mark.parametrize(
    "text",
    [
        "Crowds in the Turkish capital were calm on Monday, before ministers flew to Istanbul.",
        "Officials in the Turkish capital met envoys from Ankara and Istanbul.",
        "Ministers met in Toronto, the capital of Ontario, on Monday.",
        "Ministers met in the capital Toronto on Monday.",
        "Ministers met in Casablanca on Monday. Police in the capital said crowds were calm.",
    ],
)
def test_moves_lists_states_and_a_bare_capital_are_not_flagged(text: str) -> None:
    assert capital_findings(text) == []


def test_a_city_in_the_same_sentence_is_the_antecedent_over_one_before() -> None:
    text = ("The envoy met the premier in Beijing on Monday. Officials in Shanghai reported the "
            "Chinese capital's first case.")
    (finding,) = capital_findings(text)
    assert finding.related[0].text == "Shanghai"
    right = text.replace("in Shanghai", "in Beijing")
    assert capital_findings(right) == []


@pytest.mark.parametrize(
    "text",
    [
        "Crowds marched through the Moroccan capital of Casablanca on Friday.",
        "Crowds marched through Casablanca, the capital of Morocco, on Friday.",
    ],
)
def test_the_finding_points_at_the_word_capital(text: str) -> None:
    (finding,) = capital_findings(text)
    at = text.index("capital")
    assert any(span.start == at and span.text == "capital" for span in finding.related)


def test_country_terms_are_found_by_their_first_word_up_to_a_full_stop_or_apostrophe() -> None:
    from flagger.detectors.places.gazetteer import load

    text = "Officials in New Zealand's capital, the U.K. and Kenya.Kenyan envoys met in O'Neil St."
    found = [(m.group(), m.start(), m.end()) for m in load().terms_in(text)]
    assert found == [("New Zealand", 13, 24), ("U.K.", 40, 44), ("Kenya", 49, 54)]


FAR = ("Pilgrims crowded the old harbour of Istanbul on Friday. The ferries ran late. Vendors "
       "sold bread on the quay. The mayor praised the crowds. Officers closed two roads. "
       "{later}")


@pytest.mark.parametrize(
    ("later", "flagged"),
    [
        # the story's one Turkish city, named five sentences before
        ("Hotels in the Turkish capital were full.", True),
        # the capital is named in the story: "the Turkish capital" may mean it
        ("Hotels in the Turkish capital were full, and trains from Ankara ran late.", False),
    ],
)
def test_a_bare_capital_refers_back_to_the_story_s_one_city(later: str, flagged: bool) -> None:
    found = capital_findings(FAR.format(later=later))
    assert bool(found) is flagged
    if flagged:
        assert [s.text for s in found[0].related] == ["Istanbul"]


def test_a_dateline_city_is_no_antecedent() -> None:
    text = "ROME — South Korea's capital closed its bars on Sunday as cases rose."
    assert capital_findings(text) == []


def test_a_bare_capital_after_two_cities_of_its_country_is_unclear() -> None:
    text = FAR.format(later="Hotels in the Turkish capital were full.").replace(
        "of Istanbul", "of Istanbul and Izmir")
    assert capital_findings(text) == []


def test_a_nationality_that_names_a_firm_says_nothing_of_the_story_s_country() -> None:
    text = ("The smelter near Moengo has reopened, a spokesman for the Dutch mining group Vanmeer "
            "said. The plant is owned by the Dutch company Vanmeer. Trucks run between the mine "
            "and the capital Paramaribo.")
    assert capital_findings(text) == []
    text = ("Parliament in the Netherlands met on Monday. Dutch ministers said the talks would "
            "go on in the capital Rotterdam.")
    assert [f.start for f in capital_findings(text)]


def test_a_city_that_names_the_area_around_it_does_not_name_a_capital() -> None:
    text = ("The minister had just left the Dutch capital. Three people were treated in "
            "hospitals in the Utrecht area after the blast.")
    assert capital_findings(text) == []
    text = "The minister had just left the Dutch capital. The talks in Utrecht ended at noon."
    assert [f.rule for f in capital_findings(text)] == ["F101"]


FAR_FOREIGN = (
    "Troops broke up clashes in Beirut on Monday evening between two crowds.\n\n"
    "The clashes began near a sit-in outside the main government offices. Shops closed early "
    "and the streets emptied. Medics treated a dozen people. Later, soldiers in the Syrian "
    "capital fired into the air."
)


def test_a_far_capital_of_another_country_is_the_antecedent() -> None:
    findings = [f for f in capital_findings(FAR_FOREIGN) if f.rule == "F101"]
    assert len(findings) == 1
    assert findings[0].related[0].text == "Beirut"
    assert "Syria" in findings[0].message


@pytest.mark.parametrize("text", [
    # the phrase's country is named elsewhere: the story may be about it too
    FAR_FOREIGN + " Syria denied any role.",
    # a city of that country is named: the phrase may mean a trip there
    FAR_FOREIGN.replace("Medics treated", "Envoys from Aleppo treated"),
    # the city is named only as its government, not as where things happen
    FAR_FOREIGN.replace("clashes in Beirut", "clashes, Beirut said,"),
])
def test_a_far_capital_that_may_not_be_the_antecedent_is_not_flagged(text: str) -> None:
    assert [f for f in capital_findings(text) if f.rule == "F101"] == []
