"""Vague attribution: every A rule with examples that must and must not fire."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import RULE, RULES
from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A101", "According to official sources, the meeting will go ahead.", "According to official sources"),
    ("A101", "Sources said the deal was close.", "Sources said"),
    ("A101", "Diplomatic sources told the agency that a deal was near.", "Diplomatic sources told"),
    ("A101", "A senior official, who spoke on condition of anonymity, denied it.", "on condition of anonymity"),
    ("A101", "People familiar with the matter said the bid was withdrawn.", "People familiar with the matter"),
    ("A101", "An unnamed government official confirmed the plan.", "An unnamed government official"),
    ("A102", "Experts and analysts are contemplating possible scenarios.", "Experts and analysts are contemplating"),
    ("A102", "Overall, commentators emphasize that nothing has changed.", "commentators emphasize"),
    ("A102", "Critics argue the law goes too far.", "Critics argue"),
    ("A102", "Many believe the vote was unfair.", "Many believe"),
    ("A102", "The plan is risky, say some analysts.", "say some analysts"),
    ("A102", "It is widely believed that the mayor will resign.", "It is widely believed that"),
    ("A103", "Earlier, media reports appeared about a meeting.", "media reports appeared"),
    ("A103", "The minister has reportedly resigned.", "reportedly"),
    ("A103", "It is said that the factory will close.", "It is said that"),
    ("A103", "It is being reported that the mill will shut.", "It is being reported that"),
    ("A103", "According to media reports, the border was closed.", "According to media reports"),
    ("A103", "The singer is said to be close to bankruptcy.", "is said to"),
    ("A103", "The rebels are reported to have withdrawn.", "are reported to"),
    ("A103", "Reports emerged that the mayor had resigned.", "Reports emerged"),
    ("A103", "Prices rose amid reports of a shortage.", "amid reports"),
    ("A102", "According to critics, the law is flawed.", "According to critics"),
    ("A102", "One insider believes the deal is dead.", "One insider believes"),
    ("A102", "Many see the move as a retreat.", "Many see"),
    ("A102", "Experts point to the weak currency.", "Experts point to"),
    ("A102", "An expert has claimed the vaccine is unsafe.", "An expert has claimed"),
    ("A102", "Bloggers claimed the photo was fake.", "Bloggers claimed"),
    ("A104", "The truce will hold, a senior diplomat said.", "a senior diplomat said"),
    ("A104", "The town fell on Monday, said one commander.", "said one commander"),
    ("A104", "A government official says the plan is ready.", "A government official says"),
    ("A104", "Friends of the couple said they had separated.", "Friends of the couple said"),
    ("A104", "According to Belgian officials, the talks failed.", "According to Belgian officials"),
    ("A104", "Witnesses said the soldiers opened fire.", "Witnesses said"),
    ("A104", "The officials said the tariffs would stay.", "The officials said"),
    # Source phrases: determiner, describing words (capitalised after an indefinite), head,
    # postmodifier; reporting verb before or after; passive credit and hearsay.
    ("A104", "A White House official said the visit was off.", "A White House official said"),
    ("A104", "The vote will fail, said one party official.", "said one party official"),
    ("A104", "According to numerous EU officials in Brussels, the deal is off.", "According to numerous EU officials"),
    ("A104", "Officials in Lisbon are warning residents to stay inside.", "Officials in Lisbon are warning"),
    ("A104", "“We are ready,” the aide said.", "the aide said"),
    ("A104", "“The roof leaks,” the insider continued.", "the insider continued"),
    ("A104", "The source explained: “The deal was signed in May.”", "The source explained"),
    ("A104", "“We wait,” the aide went on.", "the aide went on"),
    ("A104", "Before the storm, aid groups were already calling it a famine.", "aid groups were already calling"),
    ("A104", "Bank officials expressed concern about the loans.", "officials expressed concern"),
    ("A101", "Harbour Ministry sources said the ferry was late.", "sources said"),
    ("A101", "The paper has learned from insiders that the firm is for sale.", "learned from insiders"),
    ("A101", "People close to the mayor say she will run.", "People close to the mayor say"),
    ("A102", "Critics of the plan have long argued that it is unfair.", "Critics of the plan have long argued"),
    ("A102", "The town will recover, say economists in Oslo.", "say economists"),
    ("A102", "Others are slightly more optimistic about the harvest.", "Others are slightly more optimistic"),
    ("A102", "He said that experts believe the bridge is safe.", "experts believe"),
    ("A102", "Market participants believe rates will fall.", "Market participants believe"),
    ("A102", "The reform is widely seen as a defeat for the mayor.", "is widely seen as"),
    ("A102", "The mayor is widely considered a reformer.", "widely considered"),
    ("A102", "There are fears that the dam could burst.", "There are fears that"),
    ("A103", "It was initially reported that the mill had closed.", "It was initially reported that"),
    ("A103", "It’s understood that the club will sell the ground.", "It’s understood that"),
    ("A103", "Online rumours spread about the singer.", "Online rumours"),
    ("A102", "Experts agree that the bridge is safe.", "Experts agree"),
    ("A102", "Okafor supporters have long argued that the vote was rigged.", "Okafor supporters have long argued"),
    (
        "A102",
        "Two recent studies of flu patients suggested the drug does little.",
        "Two recent studies of flu patients suggested",
    ),
]

NOT_FLAGGED = [
    "The aide continued to deny the story.",  # goes on doing, not speaking
    "The insider continued working on the plan.",  # no speech
    "Kremlin aide Yuri Ushakov said the talks would resume.",
    "Analysts at Nordbank said the currency would weaken.",
    "Harbour Capital analysts said the shares were cheap.",
    "The plan is risky, said analyst Jane Okafor of Cedar Bank.",
    "The sources of the river lie in the mountains.",
    "He said many people attended the rally.",
    "The report, published by the statistics office, said prices rose.",
    "A study from Lakeview University tested the drug. The researchers said it worked.",
    "Ardmore Port's lawyers warned of the risks.",
    "Spokesman John Reed said the plant would close.",
    "Deaths were reported to the agency on Monday.",
    "This research suggests the drug works.",
    # A role word used as an adjective, a reported clause, a passive, a causative, a topic.
    "According to official figures, prices rose.",
    "The senator spoke for an hour, saying many officials are corrupt.",
    "No specific groups have claimed responsibility for the blast.",
    "Current and former government officials alleged to be corrupt were named.",
    "Study participants were divided into two groups.",
    "This is not how most doctor notes read.",
    "The union denied rumours that the strike would end.",
    "The lawsuit claims that the officers told them to leave.",
    "It will make people question the plan.",
    "Emails inviting lawmakers in early May noted the rules.",
    "Brokerage houses agreed in May to cut their fees.",
    "Such sales are generally considered part of the output.",
    "Studies by Lakeview University found the drug works.",
]


@pytest.mark.parametrize(("code", "text", "words"), FLAGGED)
def test_flags_vague_attribution(code: str, text: str, words: str) -> None:
    findings = list(detect_attribution(make_document(text)))
    assert [(f.rule, text[f.start : f.end]) for f in findings] == [(code, words)]
    finding = findings[0]
    assert finding.severity == RULE[code].severity and not finding.quoted
    assert finding.message and finding.evidence == (words,)


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_named_sources_are_not_flagged(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []


def test_case_and_inflection_tolerant() -> None:
    text = "SOURCES SAY the port will reopen. An expert warned of delays. Observers noted the rally."
    assert [f.rule for f in detect_attribution(make_document(text))] == ["A101", "A102", "A102"]


def test_inside_a_quote_it_belongs_to_the_speaker() -> None:
    text = "“Experts say the dam is safe,” said engineer Lina Park."
    (finding,) = detect_attribution(make_document(text))
    assert finding.quoted and finding.speaker == "Lina Park" and finding.severity == "info"


def test_every_rule_has_an_example_that_fires() -> None:
    assert {code for code, _, _ in FLAGGED} == {rule.code for rule in RULES}


def test_an_outlet_after_told_is_the_audience_not_the_source() -> None:
    text = "A police officer told Reuters on condition of anonymity that two men were held."
    found = [(f.rule, f.severity, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert found == [
        ("A104", "info", "A police officer told"),
        ("A101", "warning", "on condition of anonymity"),
    ]


def test_they_said_in_the_next_sentence_carries_the_unnamed_source_on() -> None:
    text = "Dealers said the yen was weak. They said exporters were selling dollars."
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert found == [("A104", "Dealers said"), ("A104", "They said")]


@pytest.mark.parametrize(
    "text",
    [
        "Dealers said they expect the yen to fall.",  # the same sentence is flagged once
        "Dealers said the yen was weak. Ruth Bell said it would recover. They said it was not.",
        "A senior official said the yen was weak. They said the talks had failed.",  # singular
        "Reports emerged that the yen was weak. They said the talks had failed.",  # no speaker
    ],
)
def test_they_said_without_an_unnamed_plural_antecedent_is_not_carried(text: str) -> None:
    assert [text[f.start : f.end].lower() for f in detect_attribution(make_document(text))].count(
        "they said"
    ) == 0
