"""T104 through the whole pipeline, on our own sentences: the verb that governs a date gives
its tense (modal, infinitive, conditional and target contexts give none), and live pages whose
text runs past their publication date are not flagged."""

from __future__ import annotations

from datetime import date

import pytest

import flagger
from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.temporal import _RULES
from flagger.detectors.temporal.asides import typed_dash
from flagger.detectors.temporal.events import tokenize
from flagger.detectors.temporal.governor import governing_tense
from flagger.detectors.temporal.names import reach_start
from flagger.detectors.temporal.tense import tense_conflicts

PUBLISHED = "2025-05-14"

# (text, flagged words): a past event after publication, or an upcoming one before it.
CONFLICTS = [
    ("When the mayor announced on May 22 she would close the pool, the response was swift.",
     "May 22"),
    ("Holt, in her bid that expired May 28, offered 80 cents a share.", "May 28"),
    ("She had submitted her resignation to the board on May 28, aides said.", "May 28"),
    ("The regulator said on May 30 it had found no fault.", "May 30"),
    ("The committee voted on the morning of May 30 to close the plant.", "May 30"),
    ("The lease, which expired May 29, was not renewed.", "May 29"),
    ("The publisher will print the second edition on May 2.", "May 2"),
    ("It will make an initial payment on May 3 of 500,000 dollars.", "May 3"),
    ("The sale is due to take place on May 3, the company said.", "May 3"),
    ("On May 30 the committee voted to close the plant.", "May 30"),
    ("The regulator on Friday, May 30, approved the merger.", "Friday, May 30"),
    ("Acme, which on May 30 announced a split, has 28 million shares.", "May 30"),
    ("A bill that would tax imports was introduced on May 30 in the House.", "May 30"),
    ("Her lawyer said that, on May 27, the network had agreed to run the ads.", "May 27"),
    ("The final will be played in Lyon, France on May 2.", "May 2"),
    ("Varga was dismissed from her post as Finance Minister on May 29.", "May 29"),
    ("The ministers will resume talks on the price fixing dispute in Oslo on May 3.", "May 3"),
    ("Options on the contract will begin trading on May 6.", "May 6"),
    ("The minister recounted the events in a May 30 speech.", "May 30"),
    ("The Senate committee will hold a confirmation hearing on May 2 for the nominee.",
     "May 2"),
    ("Both states, admitted to the union in 1912, will join the pact on May 3.", "May 3"),
    ("The mill made a loss in 2023. The sale is due to take place on May 3.", "May 3"),
    # irregular past forms, a subject before the date, coordinated nouns and subjects
    ("The rival offer, which the group withdrew on May 27, was never revived.", "May 27"),
    ("The harbour authority on May 29 said the pier would stay shut.", "May 29"),
    ("The board on May 29 postponed the vote.", "May 29"),
    ("The previous record was set on May 27 by a Kenyan runner.", "May 27"),
    ("Sales for the year ended May 30 rose 5 pct to 2 bln crowns.", "May 30"),
    # a scheduling participle after an event noun, in a clause that looks ahead
    ("Ten nations are to take part in the summit scheduled to start on May 4.", "May 4"),
    ("The envoys met to prepare talks scheduled for May 12 on fishing rights.", "May 12"),
    ("Pressure is likely to grow before local elections due on May 9.", "May 9"),
    ("The dividend is payable on a pre-split basis on May 2 to holders of record.", "May 2"),
    ("Two lenders raised their savings and mortgage rates by a point on May 26.", "May 26"),
    ("On May 28, club chairman and founder Ana Ruiz said the season was over.", "May 28"),
    # future through a schedule or a target verb: the act itself is still ahead
    ("The takeover is expected to close on May 2, the firms said.", "May 2"),
    ("The coupon will be fixed on May 3 and paid in June.", "May 3"),
    ("Registers for the 8 pct notes due 2031 will be closed on May 6.", "May 6"),
    ("The two leaders are scheduled to meet for a second time on May 9 in Oslo.", "May 9"),
    # an apposition after the subject of a fronted date; a quoted title in the object
    ("On May 27, Lena Ortiz, a councillor from the northern ward, died in hospital.", "May 27"),
    ("On May 29, Omar Haddad, the Minister of Roads, Ports and Rail, was also taken ill.",
     "May 29"),
    ("The envoy told the station's \"Morning Desk Hour\" on May 25 that talks were over.",
     "May 25"),
    # a finite past after a modal of an earlier clause; an infinitive of an aspect verb
    ("The rule, which said clinics cannot turn patients away, was withdrawn on May 30.",
     "May 30"),
    ("As faults began to surface, the Agency issued stricter test rules on May 24.", "May 24"),
    ("The city started slowly reopening its parks on May 26 by lifting the fences.", "May 26"),
    # a past act of a target verb dated by its day
    ("The assembly approved its own budget bill on May 28. It now goes to the governor.",
     "May 28"),
    ("Council members voted on May 30 to keep the pool open.", "May 30"),
    # a written year after a past passive's plain object, or a noun in "-ing"
    ("The judge was appointed to the appeals bench in 2027 by the governor.", "2027"),
    ("The banker was convicted of insider trading in 2026 after a long trial.", "2026"),
    # a future verb over an object that puts its event ahead
    ("The cooperative will sell 9,000 sacks at its next sale on May 6.", "May 6"),
    # a date that ends its phrase before "of" a figure, a participle, "since" or "all"
    ("The firm will make a first payment on May 5 of 200,000 euros.", "May 5"),
    ("The union will ballot members on May 8 since the pact runs out.", "May 8"),
    ("The agency mailed the families a notice on May 29 telling them to leave.", "May 29"),
    # news style without "on": the date after the object dates the verb
    ("The merger was signed by the chairman May 28.", "May 28"),
    ("The cooperative will sign a supply contract May 6 with two mills.", "May 6"),
    ("Residents began voting May 27.", "May 27"),
    # a possessive before a day's noun; "for" before a place is no clause opener
    ("The firm will ask holders at its May 2 meeting to back the plan.", "May 2"),
    ("The crew left the port for Lisbon on May 27.", "May 27"),
    # a date before the noun of a fronted phrase dates the clause after its comma
    ("In a May 30 letter, the firm said it would appeal.", "May 30"),
    # a fronted whole day with its year; a fronted date after an opening quote
    ("On May 30, 2025 the board voted to close the plant.", "May 30, 2025"),
    ("On May 29, 2025 the company Acme, Inc. announced a supply deal.", "May 29, 2025"),
    ("\"On May 28, a meeting took place between the two chiefs,\" he said.", "May 28"),
    # a date in commas between the subject and its verb
    ("The regional panel, on May 25, approved the nominee.", "May 25"),
    ("The U.S. trade panel, on May 25, 2025, approved the nominee.", "May 25, 2025"),
    # a past form before a preposition is the verb, not an adjective
    ("A second judge also ruled against the city on May 29.", "May 29"),
    # a name's later words, names joined by "and" and a title's colon count as one word
    ("The mayor debated with Green Party candidate and former U.N. envoy Ana Ruiz Ortega in a "
     "televised forum on May 27.", "May 27"),
    ("Harvesting began at Northfield and Easton farms on May 26.", "May 26"),
    ("She was also a guest at the city's big Summer Lights: Music On The Quay festival on "
     "May 24.", "May 24"),
    # "as recently as" before the date; the last day of a range; a fronted "By"
    ("The minister was still drafting the bill as recently as May 28.", "May 28"),
    ("The fund said it sold the shares between May 2 and May 20.", "May 20"),
    ("From May 20 to May 23, the envoy (Ana Ruiz) toured the northern provinces.", "May 23"),
    ("By May 28, the number of cases was about 4,000.", "May 28"),
    # a participle phrase in commas after the subject of a fronted date
    ("Her lawyer said that on May 20, the council, citing its own rules, told the club to "
     "leave.", "May 20"),
    # the past passive of a decision before "on" a day dates the decision
    ("The coupon was fixed on May 22 by the lead bank.", "May 22"),
    # a base-form past after a singular subject and before its object
    ("On May 26, a storm hit the northern coast, cutting power.", "May 26"),
    ("The mill also cut its prices on May 27.", "May 27"),
    ("Ferrotex bid 12 euros a share for Millco on May 29.", "May 29"),
    # a list of names is one subject of a fronted date
    ("On May 28, Spain, Portugal, Italy and Greece agreed to share the costs.", "May 28"),
    # a halted transfer dates the halt; a body's noun before a past form is the subject
    ("Delta suspended payments on May 27.", "May 27"),
    ("The company filed suit on May 28 against the city.", "May 28"),
    ("Three big lenders reduced mortgage rates on May 26.", "May 26"),
    # a hyphen inside a word is no dash
    ("The co-owners sold their 30-year lease to the port on May 27.", "May 27"),
    # a day part before a date with its year; a participle before a whole day with its year
    ("The fire broke out on the night of May 26, 2025, officials said.", "May 26, 2025"),
    ("The survey, published May 27, 2025, found wide support.", "May 27, 2025"),
    # a present progressive with only particles before the date: an arrangement ahead
    ("The band's new album is coming out on May 1.", "May 1"),
    ("The two leaders are meeting on May 2 in Oslo.", "May 2"),
    # a past verb of saying over a noun phrase in "-s", not a reported present clause
    ("The bank said the firm reported first quarter results on May 22.", "May 22"),
]

CONSISTENT = [
    ("Acme said effective May 30 it is raising prices.", PUBLISHED),
    # a base form after a plural, a pronoun or a modal, and the noun "cut"
    ("Banks cut their rates on May 26.", PUBLISHED),
    ("They cut their rates on May 26 every year.", PUBLISHED),
    ("The mill will cut its prices on May 27.", PUBLISHED),
    ("The move follows the central bank's rate cut on May 27.", PUBLISHED),
    ("On May 28, Spain, Portugal and Italy will share the costs.", PUBLISHED),
    # a payment date, not the day of the approval or of the report
    ("Acme said its directors approved payment of a dividend of 25 cts on May 21.", PUBLISHED),
    # "will" as a noun after a determiner
    ("He held her against her will at his home on May 3, the court heard.", PUBLISHED),
    # the year of a figure compared with, not of an act
    ("Visitors rose to 5 million last year, compared with 3 million in 2026.", PUBLISHED),
    # a participle qualifying a counted noun: a record date, no past event
    ("It proposes two new shares for each ordinary share held at the close of business on "
     "May 30.", PUBLISHED),
    ("Members get one ballot for every unit owned at the end of trading on May 29.", PUBLISHED),
    ("When the mayor announced on May 22 she would close the pool, residents would protest.",
     PUBLISHED),
    ("The firm invited the envoy to visit the plant in 2027.", PUBLISHED),
    ("The bank said it would cut its dividend on May 30.", PUBLISHED),
    ("Analysts expect demand to rise once the draw has taken place on May 30.", PUBLISHED),
    ("The group said May 30 will be the record date for the split.", PUBLISHED),
    ("The government plans to end protected status for the workers in July 2026.", PUBLISHED),
    ("Officials met on May 2 and agreed on a plan.", PUBLISHED),
    ("The planned talks on May 30 may be delayed.", PUBLISHED),
    ("If the board approved the deal on May 30, shares would rise.", PUBLISHED),
    ("Investors awaited an increase in the ownership limit on May 30.", PUBLISHED),
    ("On May 30 the committee will vote on the plan.", PUBLISHED),
    ("Sales will reach a record in 2026. Delivery will begin on May 3.", PUBLISHED),
    ("The ministry said it expects a fuel shortage in June.", PUBLISHED),
    ("Miners had been offered a full paid holiday on June 1.", PUBLISHED),
    ("The warning came in a filing ahead of a full annual report on June 3.", PUBLISHED),
    ("On May 30, as the committee expects, the plan is put to a vote.", PUBLISHED),
    ("The contract expiring on May 30 was signed in 2020.", PUBLISHED),
    ("The bank bought bills for resale to the market on May 30.", PUBLISHED),
    ("The ministry announced a planned visit by the envoy on May 30.", PUBLISHED),
    ("The court upheld a ruling on the firm's plan to acquire the mill in 2019.", PUBLISHED),
    ("Donors think they are helping him get re-elected in 2028.", PUBLISHED),
    ("The report was filed in June, before he joined the cabinet.", "2025-05-20"),
    # a verb of saying before a reported clause in the present tense
    ("The network said the series returns on May 26.", PUBLISHED),
    ("The league said the new season starts on May 30.", PUBLISHED),
    # a participle before a whole day with a year long past; a progressive far from its date
    ("The plant, opened May 27, 2019, employs 300 people.", PUBLISHED),
    ("The pitcher is recovering after surgery on May 3.", "2025-05-20"),
    ("The canal was finished more than 100 years ago, in 1914.", PUBLISHED),
    ("The harbour authority on May 29 will say whether the pier stays shut.", PUBLISHED),
    ("The firm was expected to close the deal on May 2.", PUBLISHED),
    ("Sales will double in 2026, and registers will be closed on May 6.", PUBLISHED),
    ("On May 28, if the chairman and founder agree, the club will fold.", PUBLISHED),
    ("The exchange will begin trading the contract on January 29.", "2025-11-20"),
    ("The two leaders met for a second time on May 9 in Oslo.", PUBLISHED),
    ("Its debt will rise to 1.1 billion dlrs from about 319 mln dlrs on April 30.", PUBLISHED),
    ("The vote scheduled for May 3 was postponed after protests.", PUBLISHED),
    ("He went to the talks scheduled for May 3.", PUBLISHED),
    ("Lower demand let the agency cancel bond issues scheduled for May 3 and last October 20.",
     PUBLISHED),
    ("The envoys met to call off talks scheduled for May 3.", PUBLISHED),
    ("The dividend was payable on May 2 to holders of record.", PUBLISHED),
    ("The dividend is payable on May 20 to holders of record.", PUBLISHED),
    ("Vance beat the mayor in the primary and now faces Ruiz in the May 20 runoff.", PUBLISHED),
    ("The old timetable had put the semifinals and finals on May 25.", PUBLISHED),
    ("Workers voted for a stoppage on May 30.", PUBLISHED),
    ("The clerk was sentenced to a term ending in 2027.", PUBLISHED),
    ("Rent will be due over the next two years in monthly parts on May 2 and June 2.",
     PUBLISHED),
    ("The board approved a plan to list the shares on May 30.", PUBLISHED),
    ("On May 30, Ana Ruiz, the club's founder, will step down.", PUBLISHED),
    ("If the contract was signed on May 30, the fee is void.", PUBLISHED),
    ("The guild granted protected status on May 30 to three crafts.", PUBLISHED),
    ("The firm expects a shortage of parts May 30.", PUBLISHED),
    ("Drivers will get a 20% cut in their April premium.", "2025-05-20"),
    ("The union voted for a strike on May 30.", PUBLISHED),
    ("In a May 30 letter signed by ten unions, the firm said it would appeal.", PUBLISHED),
    ("In the May 3 vote, residents chose a mayor.", PUBLISHED),
    ("The mayor of Lyon May 30 is a holiday.", PUBLISHED),
    ("The board will meet in Oslo May 2, 2024 to review the sale.", PUBLISHED),
    ("On May 30, 2025 the board will vote on the plan.", PUBLISHED),
    ("The board said, on May 25, approved bids would be paid.", PUBLISHED),
    ("The notes, on May 30, 2026, mature at par.", PUBLISHED),
    ("The panel, on May 25, will approve the nominee.", PUBLISHED),
    ("The panel, on May 25, approved plans are due.", "2025-05-28"),
    # a far progressive may be a plan; a speech verb as an aside or before a reported clause
    ("Ana Ruiz said she was skipping a family holiday to the Grand Lake Music Festival in "
     "Norway on May 28.", PUBLISHED),
    ("By May 30, Lee said, the pool will be full.", PUBLISHED),
    ("The firm said buyers of its Nova and Astra models between May 1 and May 31 are "
     "eligible for a rebate.", PUBLISHED),
    ("The firm said holders of record on May 30 will receive the dividend.", PUBLISHED),
    # a range of months is a window, not an act; a target verb's passive stays a target
    ("Investments made between January 2025 and December 2027 get a tax break.", PUBLISHED),
    ("The fees were set for May 30 by the council.", PUBLISHED),
    ("The crew was originally targeting May 30 for the launch.", PUBLISHED),
    ("The crew was planning on May 30 for the launch.", PUBLISHED),
    ("On May 20, the council, citing its own rules, will tell the club to leave.", PUBLISHED),
    # a date in an aside set off by dashes (typed as hyphens, too) dates the aside, not "said"
    ("The trust said the sale - by tender on May 26 -- was forced by an unpaid loan.",
     PUBLISHED),
    ("The trust said the sale -- by tender on May 26 -- was forced by an unpaid loan.",
     PUBLISHED),
    ("The trust said the sale — by tender on May 26 — was forced by an unpaid loan.",
     PUBLISHED),
]

LIVE = ("Live updates.\n\nThe city closed its schools on May 20. Two more clinics opened on "
        "May 22. The mayor resigned on May 25.")


@pytest.mark.parametrize(("text", "words"), CONFLICTS)
def test_governing_verb_gives_the_tense(text: str, words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert words in [text[f.start : f.end] for f in report.findings], [
        f.message for f in report.findings]


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_no_tense_without_a_governing_past_or_future(text: str, published: str) -> None:
    report = flagger.analyze(text, published=published, select="T104")
    assert report.findings == (), [f.message for f in report.findings]


def test_message_shows_the_days() -> None:
    report = flagger.analyze("The minister resigned on May 20.", published=PUBLISHED,
                             select="T104")
    (finding,) = report.findings
    assert "6 days after the publication date" in finding.message
    assert "(read in 2025)" in finding.message


def test_live_page_is_not_flagged() -> None:
    assert flagger.analyze(LIVE, published=PUBLISHED, select="T104").findings == ()
    one = "The city closed its schools on May 20."
    assert len(flagger.analyze(one, published=PUBLISHED, select="T104").findings) == 1


def test_update_stamp_marks_a_live_page() -> None:
    text = "Updated: 9 p.m.\n\nThe city closed its schools on May 20."
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()


def test_a_dated_stamp_excuses_only_the_days_up_to_its_date() -> None:
    text = ("This article was last updated on May 18.\n\nThe city closed its schools on May "
            "17. The mayor resigned on May 25.")
    found = [text[f.start : f.end] for f in flagger.analyze(
        text, published=PUBLISHED, select="T104").findings]
    assert found == ["May 25"]


def test_period_ended_keeps_its_tense_and_is_no_live_sign() -> None:
    text = ("Analysts expect profits for the quarter ended March 31 to rise, and sales for "
            "the week ended March 20 to fall.")
    found = [text[f.start : f.end] for f in
             flagger.analyze(text, published="2025-03-16", select="T104").findings]
    assert found == ["March 31", "March 20"]


def test_results_of_a_quarter_not_yet_ended() -> None:
    wrong = "The airline reported first-quarter 2025 earnings of 40 million euros on Monday."
    found = flagger.analyze(wrong, published="2025-02-10", select="T104").findings
    assert [wrong[f.start : f.end] for f in found] == ["first-quarter 2025 earnings"]
    assert "2025-03-31" in found[0].message
    for right, published in (
            (wrong, "2025-04-20"),
            ("The airline expects to post first-quarter 2025 earnings of 40 million.",
             "2025-02-10"),
            ("The airline reported a loss for the first quarter of fiscal 2025.", "2025-02-10")):
        assert flagger.analyze(right, published=published, select="T104").findings == ()


@pytest.mark.parametrize("stamp", ["This article was last updated on May 20 and is no longer "
                                   "being updated.", "Editor’s note, May 21: figures revised."])
def test_update_note_in_the_text_marks_a_live_page(stamp: str) -> None:
    text = stamp + "\n\nThe mayor resigned on May 19, aides said."
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()


def test_an_upcoming_yearless_date_half_a_year_back_is_not_next_year() -> None:
    text = "The exchange will begin trading the contract on January 29."
    found = flagger.analyze(text, published="2025-03-06", select="T104").findings
    assert [text[f.start : f.end] for f in found] == ["January 29"]


def test_a_headline_infinitive_after_its_subject_announces_the_act() -> None:
    body = "The mayor will leave office early, aides said. The council meets next week."
    for title in ("Mayor Ortiz to quit city hall on May 2", "Mayor set to quit on May 2"):
        report = flagger.analyze(body, published=PUBLISHED, title=title, select="T104")
        assert [(f.field, title[f.start : f.end]) for f in report.findings] == [
            ("title", "May 2")], title
    for title in ("Shares rise to record on May 2", "Mayor Ortiz to quit city hall on May 20"):
        report = flagger.analyze(body, published=PUBLISHED, title=title, select="T104")
        assert report.findings == (), title


def test_a_yearless_date_quoted_from_another_report_is_not_read_in_our_year() -> None:
    quoted = ("The weekly had the story first. As the weekly reported:\n\nOn May 20, a judge "
              "granted the tenants a hearing. The order kept the landlord away.")
    assert flagger.analyze(quoted, published=PUBLISHED, select="T104").findings == ()
    plain = ("The weekly had the story first.\n\nOn May 20, a judge granted the tenants a "
             "hearing. The order kept the landlord away.")
    assert len(flagger.analyze(plain, published=PUBLISHED, select="T104").findings) == 1


def test_a_year_sets_the_scene_only_from_the_sentence_before() -> None:
    far = ("The clerk was fined by the city in 2019. The paper could not confirm it. Her aides "
           "did not reply. The clerk wrote on her blog on May 29 that she regretted it.")
    assert len(flagger.analyze(far, published=PUBLISHED, select="T104").findings) == 1
    near = ("The clerk was fined by the city in 2019. The clerk wrote on her blog on May 29 "
            "that she regretted it.")
    assert flagger.analyze(near, published=PUBLISHED, select="T104").findings == ()
    noun = ("Voters backed him in 2019. Polls favour him. He was seen as the favourite in "
            "the May 29 runoff for the seat.")
    assert flagger.analyze(noun, published=PUBLISHED, select="T104").findings == ()


def test_the_full_stops_of_initials_stay_inside_the_clause() -> None:
    text = "The leaders will meet with U.S. President Ann Holt on Thursday at the palace."
    start = text.index("Thursday")
    found = governing_tense(text, (start, start + len("Thursday")), 0, False)
    assert found.tense == "future" and found.verb is not None and found.verb.text == "will"


def test_a_relative_that_lets_its_past_verb_date_the_event() -> None:
    text = "Holt, in her bid that expired May 28, offered 80 cents a share."
    start = text.index("May 28")
    found = governing_tense(text, (start, start + 6), 0, False)
    assert found.tense == "past" and found.verb is not None and found.verb.text == "expired"
    text = "He said that planned May 28 vote was off."
    start = text.index("May 28")
    assert governing_tense(text, (start, start + 6), 0, False).tense is None


def test_a_name_counts_as_one_word_of_reach() -> None:
    text = "with former U.S. Attorney Ana Ruiz Ortega in"
    tokens = tokenize(text)
    assert reach_start(tokens, 4) == 0
    assert reach_start(tokens, 3) == 1


def test_a_year_in_a_title_sets_no_scene() -> None:
    titled = "Patrols run under the Coastal Fisheries Act of 2019."
    scene = "Patrols ran under a looser regime in 2019."
    after = " The fleet sailed to the northern grounds on May 27."
    found = []
    for text in (titled + after, scene + after):
        doc = annotate(Article(text, None, date(2025, 5, 14), None, "x"))
        found.append([text[f.start : f.end] for f in tense_conflicts(
            doc, date(2025, 5, 14), _RULES["T104"])])
    assert found == [["May 27"], []]


def test_a_typed_dash_is_a_dash_and_a_hyphen_is_not() -> None:
    text = "the sale - by tender -- on a 30-day loan to el-Hadi"
    dashes = [tok.text for tok in tokenize(text) if typed_dash(text, tok)]
    assert dashes == ["-", "-", "-"]
