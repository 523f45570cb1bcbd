"""Unnamed sources in more of the wordings a news desk meets: pronouns carried past place names
and definite nouns, counted roles voicing a view, outlets and reports nobody names, views that
grow with nobody holding them, and sources who say why they cannot be named."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    # a pronoun carries an unnamed source past a country or a town after 'to'
    ("A trader said the deal helps Brazil's mills. He said prices would rise.", "A104", "He said"),
    ("A banker said the grain would go to Lisbon. He said more would follow.", "A104", "He said"),
    # a pronoun carries the source a definite noun took up
    ('A banker said rents rose. Rents fell later, the banker said. "It is cold," she added.',
     "A104", "she added"),
    # a counted role voicing or holding a view
    ("Several nurses called for a new rota.", "A104", "Several nurses called for"),
    ("Many women have come forward.", "A104", "Many women have come forward"),
    # outlets and reports nobody names
    ("A Portuguese daily reported that the mill will close.", "A103",
     "A Portuguese daily reported"),
    ("A report in a local newspaper said the mill will close.", "A103",
     "A report in a local newspaper"),
    ("Reports say the mill will close.", "A103", "Reports say"),
    ("The mill will close, media reported.", "A103", "media reported"),
    ("The mill will close, state media said.", "A103", "state media said"),
    ("Rumours are circulating that the mill will close.", "A103", "Rumours are circulating"),
    ("Speculation is mounting that the mill will close.", "A103",
     "Speculation is mounting that"),
    ("She would not comment despite speculation about her future.", "A103",
     "despite speculation about"),
    # views that grow with nobody holding them
    ("Fears are growing that the mill will close.", "A102", "Fears are growing that"),
    ("Questions have been raised about the sale.", "A102", "Questions have been raised about"),
    # a reason for anonymity
    ("The clerk, who was not authorised to speak publicly, said the mill will close.", "A101",
     "not authorised to speak"),
    ("A clerk not allowed to talk to reporters said the mill will close.", "A101",
     "not allowed to talk to reporters"),
]
QUIET = [
    "Several women accused the coach of bullying.",  # an accusation, its accusers known
    "Some nurses were hired last week.",  # no view held
    "The clerk denied a Portuguese newspaper report that the mill will close.",  # denied noun
    "He works for a local newspaper.",  # an outlet doing nothing
    "The media reported on the trial every day.",  # the press the story is about
    "Company reports said profit rose.",  # a company's own reports
    "The state television reported the fire.",  # one identifiable broadcaster
    "Speculation grew in the grain market.",  # trading, no claim
    "Prisoners were not allowed to speak to their lawyers.",  # no reason for anonymity
]


@pytest.mark.parametrize(("text", "code", "words"), FLAGGED)
def test_unnamed_sources_in_news_wordings(text: str, code: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_named_or_no_sources_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []


def test_a_person_named_between_keeps_the_pronoun_theirs() -> None:
    text = "A trader said the price rose. Ana Roe met him later. He said it fell."
    found = [text[f.start : f.end] for f in detect_attribution(make_document(text))]
    assert found == ["A trader said"]


DESCRIBED = [
    # a role with a long description, an 'of' in its body's name or an acronym
    ("A senior Ruritanian Finance Ministry official said the mill will close.", "A104",
     "A senior Ruritanian Finance Ministry official said"),
    ("A Bank of Ruritania official said the mill will close.", "A104",
     "A Bank of Ruritania official said"),
    ("A Harbour Board (HB) meteorologist said the mill will close.", "A104",
     "A Harbour Board (HB) meteorologist said"),
    ("The mill will close, said a senior Bank of Ruritania official.", "A104",
     "said a senior Bank of Ruritania official"),
    # a role described by a relative clause
    ("A diplomat who attended the talks said the mill will close.", "A104",
     "A diplomat who attended the talks said"),
    ("An official, who was at the meeting, said the mill will close.", "A104",
     "An official, who was at the meeting, said"),
    # one source, or those who know, after 'according to'
    ("According to one source, the mill will close.", "A101", "According to one source"),
    ("According to those familiar with the plan, the mill will close.", "A101",
     "those familiar with the plan"),
    ("According to eyewitness accounts, the mill burned.", "A103",
     "According to eyewitness accounts"),
    # a belief credited to nobody, set off or leading
    ("The mill, it is believed, will close.", "A103", "it is believed"),
    ("The mill will close, it was claimed.", "A103", "it was claimed"),
    ("It was thought the mill would close.", "A103", "It was thought"),
    # reasons for anonymity keep the unnamed-source tier
    ("A clerk, who did not wish to be identified, said the mill will close.", "A101",
     "did not wish to be identified"),
    ("The clerk, who requested anonymity, said the mill will close.", "A101",
     "requested anonymity"),
    ("One port clerk asked for anonymity said the mill will close.", "A101",
     "asked for anonymity"),
    ("A clerk, speaking anonymously, said the mill will close.", "A101", "speaking anonymously"),
    ("A clerk who refused to be named said the mill will close.", "A101", "refused to be named"),
    ("The memo came from an official who wishes to remain anonymous.", "A101",
     "official who wishes to remain anonymous"),
]
DESCRIBED_QUIET = [
    "A clerk who lives near the plant, Ana Roe, said the mill will close.",  # named at once
    "According to a source of funding for the mill, the loan is safe.",  # a source of money
    "The clerks who said the mill would close were wrong.",  # no speech reported
    "Ana Roe, a clerk who runs the depot, said the mill will close.",  # an apposition, named
    "Some clerks who were told the mill would close left early.",  # spoken to, not speaking
    "I said it plainly, and it has been clearly understood.",  # understood is comprehended
    "A donor who wishes to remain anonymous paid for the mill.",  # money given, not a claim
    "He refused to be identified as the clerk's son in court.",  # a denial, not anonymity
    "The app lets clerks post anonymously.",  # what an app allows
]


@pytest.mark.parametrize(("text", "code", "words"), DESCRIBED)
def test_described_and_credited_sources(text: str, code: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", DESCRIBED_QUIET)
def test_named_or_unspoken_descriptions_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []



CROWD_PUZZLED = [
    ("Most people are baffled by the new fares.", "Most people are baffled"),
    ("Many are eager to see the pool reopen.", "Many are eager"),
]


@pytest.mark.parametrize(("text", "words"), CROWD_PUZZLED)
def test_a_puzzled_or_eager_crowd_is_a_vague_authority(text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert ("A102", words) in found


def test_what_people_want_is_no_source() -> None:
    text = "People want answers, and many want the pool reopened."
    assert list(detect_attribution(make_document(text))) == []
