"""N101: one count given two values, written by us in the forms news uses; and what is no conflict."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.report.finding import Finding


def count_findings(text: str) -> list[Finding]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f for f in detect(doc) if f.rule == "N101"]


FLAGGED = [
    # (text, flagged words, earlier words)
    ("A bus overturned near the bridge and 12 people were killed. Rescuers carried the 14 dead "
     "to the town hall.", "14", "12"),
    ("Police arrested nine protesters at the square. Of the eleven protesters, all were released "
     "on bail.", "eleven", "nine"),
    ("The gunman killed seven people at the market. Witnesses said he shot the victims from a car. "
     "A dozen people were killed in the attack, the mayor said.", "A dozen", "seven"),
    ("The blast injured four workers at the depot. Medics said six workers were wounded by "
     "flying glass.", "six", "four"),
    ("The storm killed at least 20 people on the coast. Officials said 15 people died when the "
     "river burst its banks.", "15", "20"),
    ("The firm will close all of its 850 shops this year. Staff at all of its 580 shops were "
     "told on Tuesday.", "580", "850"),
    ("Twenty-eight people, including two teachers, were arrested in the raid. All 38 people "
     "detained are due in court.", "38", "Twenty-eight"),
    ("The ferry sank with about 400 fishermen aboard. All 520 fishermen were from three villages.",
     "520", "400"),
    ("Two girls were walking home. A crowd approached the three girls near the park.", "three",
     "Two"),
    ("The board named four top officers to run the bid. Shares owned by the three officers "
     "are excluded.", "three", "four"),
]

NOT_FLAGGED = [
    # updates
    "A bus overturned and 12 people were killed. By Tuesday the toll had risen and 14 people "
    "were dead.",
    "Twelve people were killed in the blast. The number of dead rose to 14 on Monday.",
    # bounds and rounding
    "At least 12 people were killed in the blast. Hospital staff said 14 people died.",
    "About 3,500 workers walked out. The 3,470 workers are seeking a rise.",
    "Up to 40 people were hurt. Medics said 35 people were injured.",
    # different events, places and days
    "The bomb killed five people in Kabul. In Herat, a second blast killed 12 people.",
    "Floods killed 30 people on Monday. A landslide on Friday killed 9 people.",
    "The quake killed 300 people. A quake in 1999 killed 80 people in the same valley.",
    "The attack killed 12 soldiers. Another attack killed seven soldiers near the border.",
    "Gunmen killed four people and wounded nine others at a wedding.",
    # a part of the whole, added counts, shares
    "Four banks were fined. The two banks that lent the most will appeal.",
    "Rescuers found 34 miners dead. They recovered eight more bodies on Wednesday.",
    "One in 10 adults owns a bike. There are 22 million adults in the survey.",
    "The club signed 12 players this year. Nine players left.",
    "Two girls were walking home with their mother. A crowd approached the three girls near "
    "the park.",
    "He scored in three games in March. His rate was poor in those seven games.",
    "Five turkeys were pardoned. Little is known about the origins of the sixteen turkeys.",
]


@pytest.mark.parametrize(("text", "words", "partner"), FLAGGED)
def test_flagged(text: str, words: str, partner: str) -> None:
    found = count_findings(text)
    assert found, f"N101 not found in {text!r}"
    assert text[found[0].start : found[0].end] == words
    assert found[0].related[0].text == partner


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_not_flagged(text: str) -> None:
    assert count_findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Four children were hurt. The officer and his wife raised their three children here.",
        "Nearly all of the House's 193 Democrats and 29 of the Senate's 46 Democrats voted no.",
        "A man was shot dead by two gunmen. Police said four people were killed in the week's "
        "attacks.",
        "Rebels freed 72 hostages. He visited some of the 25 former hostages in hospital.",
        "The clashes killed four soldiers. At least 200 soldiers have been killed this year.",
    ],
)
def test_other_groups_of_the_same_noun_are_not_linked(text: str) -> None:
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The studio has sacked about 100 employees. As part of the cuts, some 250 employees "
         "were fired.", True),
        ("A strike by 9,000 workers halted the plant. About 6,000 workers walked out on Monday.",
         True),
        ("Searchers found 162 bodies. Today, four bodies were found near the shore.", False),
        ("The storm killed 12 people. Rescuers saw between 20 and 30 bodies in the water.", False),
        ("Police arrested 28 people. He has now been bailed. All 38 people detained face charges.",
         True),
    ],
)
def test_dismissals_strikes_days_and_ranges(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Four plants were built. Of the five plants originally planned, one was finished.",
        "Nearly 40 children tested positive. More than half of the 69 children at the shelter "
        "were ill.",
        "Nine fatalities were reported on May 5. Six deaths were announced on May 14.",
        "The storm killed 12 people on March 3. Rescuers said on March 9 that 15 people were killed.",
    ],
)
def test_parts_dates_and_plans_are_not_linked(text: str) -> None:
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Air quality improved in nine major cities. Rome was the only one of the 10 cities "
         "where soot got worse.", True),
        ("Nearly 40 children tested positive. Some 40 of the 69 children were ill.", False),
    ],
)
def test_a_partitive_whole_against_a_count_or_a_part(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Seventeen states have reopened. Of the 33 states that saw cases fall, most are in the south.",
        "Two counties reported cases. The region watches its eight counties bordering the river.",
    ],
)
def test_a_whole_picked_out_by_a_clause_is_not_linked(text: str) -> None:
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # more than were counted: no subset of them
        ("About 16 lenders took part in the scheme. Regulators said the 26 lenders had not been "
         "named.", True),
        # fewer, with a demonstrative: may be the ones just described
        ("Iraq offered three projects. Two went to a Turkish firm. These two projects aim to "
         "raise output.", False),
        # picked out by what befell them
        ("Some 600 schools signed up. Packs were sent to the 3,000 schools invited to take "
         "part.", False),
        # a partial count beside "next"
        ("She wrote one entry on the first day. Over the next 59 entries her mood changed. The "
         "book condenses her 60 entries.", False),
        # the same modified noun
        ("The nine creditor banks met today. The eight creditor banks have the buyer's offer.",
         True),
        ("The couple share six children. He said their seven children come first.", True),
        # fewer, with a bare "the": may be some of them
        ("Police questioned 16 lenders about the scheme. The 12 lenders that lent most were "
         "fined.", False),
        ("Police questioned 16 lenders about the scheme. Officials said the 12 lenders had "
         "not been named.", False),
        # a clause picks out another group
        ("Four ministers resigned on Monday. The 20 ministers who remain met on Tuesday.", False),
    ],
)
def test_weak_back_references_link_only_when_they_must_mean_the_whole(
    text: str, flagged: bool
) -> None:
    assert bool(count_findings(text)) is flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "The plant made 98,648 cars in March, down from the 115,540 cars it produced a year ago.",
        "Ministers asked for 1,000 billion shillings. That is almost the 1,127 billion shillings "
        "planned for the year.",
    ],
)
def test_a_figure_set_against_another_or_money_is_no_back_reference(text: str) -> None:
    assert count_findings(text) == []


def test_money_is_no_count_of_a_group() -> None:
    text = ("He said 35 billion of 61 billion schillings had no guarantee. Nine of the 35 billion "
            "schillings were owed abroad.")
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the same event said of a smaller or otherwise-modified back-reference: one group
        ("Six officers were charged in the death of the suspect. The trial opened in June. "
         "Prosecutors dropped the case against all five officers charged in his death.", True),
        ("Four members of the cabinet resigned on Monday. The president thanked the five "
         "cabinet members who quit.", True),
        ("The union said 40 workers were laid off at the plant. Later, the 55 employees who "
         "were laid off gathered at the gates.", True),
        # the event after an of-phrase still belongs to the count
        ("Four members of the country's interim government quit on Monday. The president "
         "thanked the five cabinet members who quit.", True),
        # a different event of the same noun: a part of the group
        ("Police arrested 12 protesters outside the embassy. The five protesters charged with "
         "assault appear in court today.", False),
        # the same event on another day: another group
        ("Police arrested 12 protesters on Sunday. The five protesters arrested on Monday were "
         "freed.", False),
        # staff and workers are the same payroll only for the same event
        ("The firm laid off 300 workers in May. Its 450 employees were given a bonus.", False),
    ],
)
def test_the_same_event_names_the_same_group(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the lead restated paragraphs later with the same words around the figure
        ("The minister said 34 banks holding most of the frozen debt agreed to the new terms. "
         "The deal covers loans due next year. Talks were long. The minister said 36 banks "
         "holding most of the frozen debt agreed to the new terms.", True),
        # a parallel in the next sentence differs in its subject
        ("A sneeze releases 30,000 droplets that can travel across a room. A cough releases "
         "3,000 droplets that can travel across a room.", False),
        # too few words in common
        ("The minister said 34 banks agreed. The deal covers loans due next year. Talks were "
         "long. The minister said 36 banks signed the frozen debt terms.", False),
        # basis points are a unit, not a counted group
        ("One class of the notes will be reset quarterly at 40 basis points over the bank rate. "
         "It matures in 1992. The other class pays a fixed rate. It will be reset quarterly at "
         "60 basis points over the bank rate.", False),
        # a rate, not a count
        ("Officials said one doctor serves every 750 people in the valley towns. Funding is "
         "low. Clinics are few. Officials said one doctor serves every 1,770 people in the "
         "valley towns.", False),
    ],
)
def test_a_restated_frame_names_the_same_count(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # two definite counts of one bare noun name the known whole
        ("Ministers from the eight countries met on the plan. A website will be set up. The nine "
         "countries will work together on vaccines.", True),
        ("The rules apply to the 38 countries in the scheme. Visitors of the 36 countries need "
         "a permit.", True),
        # a few of them, named just before
        ("A jury indicted the four men in October. It named Smith and Jones. The two men "
         "pleaded not guilty.", False),
        # the earlier count is bare: the later may be those just described
        ("Four banks were fined. The two banks will appeal.", False),
    ],
)
def test_two_definite_counts_of_one_noun(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


FILLER = " ".join(f"The league met on day {i} to talk about the season." for i in range(11))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the group is given back with its one value just before: the reach runs from there
        ("Three college swimmers were held at the border on Monday. " + FILLER + " The three "
         "swimmers have said they are sorry. All four swimmers have been dropped from the "
         "team.", True),
        # told once, long before: too far for a back-reference
        ("Three college swimmers were held at the border on Monday. " + FILLER + " All four "
         "swimmers have been dropped from the team.", False),
    ],
)
def test_a_back_reference_reaches_from_the_latest_restatement(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a definite count that drops some words the group was first named by
        ("The fund bought five regional radio stations last year. The four stations reach a "
         "million listeners.", True),
        ("Six industrial nations signed the pact in Paris. Officials said the seven nations "
         "would meet again in June.", True),
        # its value told between as a part: the later count may be that part
        ("Police held five aid workers overnight. Three of them were freed. The three workers "
         "flew home.", False),
        # a definite count that adds a word picks some out
        ("Five banks were fined. The two state banks will appeal.", False),
    ],
)
def test_a_group_named_again_more_briefly(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a dotted abbreviation before the noun
        ("Officials at nine U.S. airports use the scanners. The eight airports want more "
         "staff.", True),
        # a clock's minutes count nothing
        ("Doors opened at 10:24 AM CET Children streamed in. The 30 children sang.", False),
        # "among N X" counts the whole the subject is one of
        ("Talks among nine creditor banks ended on Monday. The eight creditor banks will meet "
         "again.", True),
        # the same participle picks the group out again; the gate reads "fifteen"
        ("Fourteen investment firms involved in the sale agreed to pay. The fifteen firms "
         "involved deny wrongdoing.", True),
        ("Police arrested 12 people on Monday. The five people arrested on Tuesday were "
         "released.", False),
    ],
)
def test_how_mentions_are_read(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


@pytest.mark.parametrize(
    "text",
    [
        # a labelled series and a name are no group named again
        "It will buy back the 400 Acme series A shares and the 300 series B shares.",
        "Three United Weavers of Ohio locals voted. The two Weavers locals did not.",
    ],
)
def test_labels_and_names_are_not_shortened_groups(text: str) -> None:
    assert count_findings(text) == []
