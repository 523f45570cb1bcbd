"""Readers for the hedging corpora, on small self-written snippets and (if present) ../shared."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SHARED, needs_shared
from training.hedging_corpora import (
    LabelledSentence,
    read_bioscope,
    read_sfu,
    read_szeged,
    read_wiki_sample,
)

SZEGED = """<?xml version="1.0" encoding="UTF-8"?><Annotation><DocumentSet>
<Document type="news"><DocID type="FILENAME">doc1.txt</DocID><DocumentPart type="x">
<Sentence id="S1.1">The mayor  <ccue type="speculation_modal_probable_">may</ccue> resign.</Sentence>
<Sentence id="S1.2">The mayor resigned.</Sentence>
</DocumentPart></Document></DocumentSet></Annotation>"""

BIOSCOPE = """<?xml version="1.0" encoding="utf-8"?><Annotation><DocumentSet>
<Document type="x"><DocID type="PMID">42</DocID><DocumentPart type="x">
<sentence id="S1.1">These data <xcope id="X1"><cue type="speculation" ref="X1">suggest that</cue>
the protein is <xcope id="X2"><cue type="negation" ref="X2">not</cue> active</xcope></xcope>.</sentence>
<sentence id="S1.2">The protein is <cue type="negation" ref="X3">not</cue> active.</sentence>
</DocumentPart></Document></DocumentSet></Annotation>"""

SFU = """<?xml version="1.0" encoding="UTF-8"?><DOCUMENT><P><SENTENCE><W>It</W>
<cue ID="1" type="speculation"><W>might</W></cue><W>rain</W><W>.</W></SENTENCE>
<SENTENCE><W>It</W><W>rained</W><W>.</W></SENTENCE></P></DOCUMENT>"""


def _cues(sentence: LabelledSentence) -> list[str]:
    """Return the cue words of a sentence."""
    return [sentence.text[start:end] for start, end in sentence.cues]


def test_szeged_sentences_labels_and_cues(tmp_path: Path) -> None:
    (tmp_path / "news.xml").write_text(SZEGED, encoding="utf-8")
    first, second = read_szeged(tmp_path / "news.xml", "news")
    assert (first.text, first.label, _cues(first)) == ("The mayor may resign.", 1, ["may"])
    assert (second.label, second.cues, second.doc_id) == (0, (), "doc1.txt")


def test_bioscope_keeps_speculation_cues_only(tmp_path: Path) -> None:
    (tmp_path / "bio.xml").write_text(BIOSCOPE, encoding="utf-8")
    first, second = read_bioscope(tmp_path / "bio.xml")
    assert first.text == "These data suggest that the protein is not active."
    assert (first.label, _cues(first)) == (1, ["suggest that"])
    assert (second.label, second.cues) == (0, ())


def test_sfu_joins_tokens(tmp_path: Path) -> None:
    (tmp_path / "BOOKS").mkdir()
    (tmp_path / "BOOKS" / "yes1.xml").write_text(SFU, encoding="utf-8")
    first, second = read_sfu(tmp_path)
    assert (first.text, first.label, _cues(first)) == ("It might rain .", 1, ["might"])
    assert (second.label, first.doc_id) == (0, "BOOKS/yes1")


def test_wiki_sample_labels(tmp_path: Path) -> None:
    (tmp_path / "sample.csv").write_text('\ufeff"-1","Some say so."\n"1","It is."\n')
    assert [s.label for s in read_wiki_sample(tmp_path / "sample.csv")] == [1, 0]


@needs_shared("data/hedging/szeged-uncertainty/factbank.xml")
def test_factbank_counts_match_the_source_notes() -> None:
    path = SHARED / "data/hedging/szeged-uncertainty/factbank.xml"
    sentences = list(read_szeged(path, "news"))
    assert (len(sentences), sum(s.label for s in sentences)) == (3129, 554)


def test_reported_question_cues_are_dropped_and_other_cues_kept() -> None:
    from training.hedging_data import without_reported_questions

    text = "Reporters asked whether the plan may fail ."
    asked = LabelledSentence(text, 1, ((16, 23),), "d", "news")
    assert without_reported_questions(asked).label == 0
    assert without_reported_questions(asked).cues == ()
    both = LabelledSentence(text, 1, ((16, 23), (33, 36)), "d", "news")
    assert without_reported_questions(both).cues == ((33, 36),)
    assert without_reported_questions(both).label == 1
    doubt = LabelledSentence("It is unclear whether it works .", 1, ((14, 21),), "d", "news")
    assert without_reported_questions(doubt) is doubt
