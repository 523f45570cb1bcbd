"""The article as an editor reads it: frame lines and page furniture are skipped, invisible
characters do not hide a cue, and every offset points into the text as given."""

from __future__ import annotations

import re

import pytest

import flagger
from flagger.annotations.furniture import _LINE_PATTERNS, _line_reason, find_furniture
from flagger.annotations.normalise import normalise
from flagger.article.reading import article_from_text

FRAMED = (
    "Ferry fares may rise again\n"
    "\n"
    "Ardmore Harbour Gazette - 11 May 2025 11:13\n"
    "\n"
    "The ferry company raised fares on Monday, its director said.\n"
    "\n"
    "Share this story\n"
    "\n"
    "Read more: Harbour board meets on Friday\n"
    "\n"
    "Featured image via Ardmore Harbour Gazette\n"
    "\n"
    "Source: Ardmore Harbour Gazette\n"
)


def _reasons(text: str) -> list[tuple[str, str]]:
    article = article_from_text(text)
    return [(s.reason, text[s.start : s.end]) for s in find_furniture(article)]


def test_frame_lines_and_furniture_are_skipped_with_their_reason() -> None:
    assert _reasons(FRAMED) == [
        ("title", "Ferry fares may rise again"),
        ("dateline", "Ardmore Harbour Gazette - 11 May 2025 11:13"),
        ("share", "Share this story"),
        ("related", "Read more: Harbour board meets on Friday"),
        ("photo-credit", "Featured image via Ardmore Harbour Gazette"),
        ("source", "Source: Ardmore Harbour Gazette"),
    ]


def test_skipped_lines_are_not_sentences_and_the_title_is_read_once() -> None:
    report = flagger.analyze(FRAMED, select="H,A,T")
    assert [s.text for s in report.sentences] == [
        "The ferry company raised fares on Monday, its director said."
    ]
    assert report.summary.sentences == 1
    titles = [f for f in report.findings if f.field == "title"]
    assert [f.rule for f in titles] == ["H101"]
    assert all(f.field == "title" or f.start >= FRAMED.index("The ferry") for f in report.findings)
    skipped = report.to_dict()["skipped"]
    assert [s["reason"] for s in skipped][:2] == ["title", "dateline"]
    assert all(FRAMED[s["start"] : s["end"]].strip() for s in skipped)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Follow us on Twitter and Facebook", "follow"),
        ("Sign up for our newsletter to get the day's stories in your inbox.", "subscribe"),
        ("We use cookies to improve your experience on our site.", "cookie"),
        ("Copyright © 2025 Ardmore Harbour Gazette. All rights reserved.", "copyright"),
        ("You may reproduce this article in full with a link to the original.", "permission"),
        ("Spotted an error? Send us your corrections.", "corrections"),
        ("Home | News | Harbour | Sport | Weather", "navigation"),
        ("Photo by Mairead Quinn/Getty Images", "photo-credit"),
        ("Related: Ferry crew vote to strike", "related"),
    ],
)
def test_furniture_lines(line: str, reason: str) -> None:
    text = f"The harbour board met on Monday.\n{line}\nThe vote is due next week.\n"
    assert _reasons(text) == [(reason, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Ferry users who share cars to the port will pay less, the board said.",
        "The director said the company would follow the board's advice.",
        "More than 400 residents signed up to speak at the meeting on Friday.",
        "Related talks with the unions broke down last year.",
        "The photograph of the damaged pier was taken by a passenger on Sunday.",
    ],
)
def test_story_sentences_that_mention_furniture_words_stay(line: str) -> None:
    text = f"The harbour board met on Monday.\n{line}\n"
    assert _reasons(text) == []


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Ferry users queue at the pier in Ardmore on Monday, May 11, 2025.",
         "Mairead Quinn/Harbour Press via Getty Images"),
        ("The harbour master speaks in Ardmore on Friday.", "(AP Photo/J. Quinn Dolan)"),
        ("Crews repair the pier. The work cost 40,000 pounds.",
         "Mairead Quinn | Harbour Press via Getty Images"),
    ],
)
def test_a_caption_stays_story_text_while_its_credit_is_skipped(caption: str,
                                                                credit: str) -> None:
    text = f"The harbour board met on Monday.\n\n{caption} {credit}\n\nThe vote is next week.\n"
    assert _reasons(text) == [("photo-credit", credit)]


def test_flattened_text_loses_its_trailing_image_credit() -> None:
    text = "The board met on Monday and approved the fares.Featured image via Harbour Gazette"
    assert _reasons(text) == [("photo-credit", "Featured image via Harbour Gazette")]


def test_invisible_characters_do_not_hide_a_vague_attribution() -> None:
    text = "The fares will rise in June, according to\u200b three sources close to the board."
    report = flagger.analyze(text, select="A")
    [finding] = report.findings
    assert finding.rule == "A101"
    assert text[finding.start : finding.end] == "according to\u200b three sources"


@pytest.mark.parametrize(
    "odd", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u00a0", "\u00a0\u200b"]
)
def test_offsets_point_into_the_text_as_given(odd: str) -> None:
    text = f"Fares rose on Monday.{odd} The board may{odd} resign, according to{odd} three{odd} sources."
    report = flagger.analyze(text, select="H,A", hedge_threshold=0.01)
    for sentence in report.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for finding in report.findings:
        assert finding.to_dict(report.article)["text"] == text[finding.start : finding.end]
        assert text[finding.start : finding.end].strip() == text[finding.start : finding.end]
    assert {f.rule for f in report.findings} >= {"A101", "H101"}


def test_normalised_copy_maps_back() -> None:
    text = "Moore\u2019s\u00a0aide said\u200b so\u00ad."
    seen = normalise(text)
    assert seen.text == "Moore's aide said so."
    start = seen.text.index("said so")
    assert seen.span(start, start + len("said so")) == (13, 21)
    assert text[13:21] == "said\u200b so"
    assert normalise("plain").origin is None


def test_only_word_internal_apostrophes_are_replaced() -> None:
    text = "\u2019Tis the pier\u2019s \u2018best\u2019 year, the crews\u2019 own\u2019"
    seen = normalise(text)
    assert seen.text == "\u2019Tis the pier's \u2018best\u2019 year, the crews\u2019 own\u2019"
    assert normalise("\u2032 \u02bc\u2019").origin is None


def test_a_caption_after_its_leading_credit_stays_story_text() -> None:
    caption = "The pier at dusk, Tuesday, May 6, 2025, in Ardmore."
    text = f"The harbour board met on Monday.\n\n© AP Photo / Mairead Quinn {caption}\n"
    assert _reasons(text) == [("copyright", "© AP Photo / Mairead Quinn")]
    notice = "© Harbour Gazette / All Rights Reserved. Do not copy any part of this page."
    assert _reasons(f"The board met.\n\n{notice}\n") == [("copyright", notice)]


def test_a_sentence_citing_a_reuters_poll_is_not_a_photo_credit() -> None:
    line = "Only 29 percent of voters approve of the bill, according to a Reuters/Ipsos poll."
    text = f"The harbour board met on Monday.\n{line}\nA caption of the pier. REUTERS/Ivo Marsh\n"
    assert _reasons(text) == [("photo-credit", "REUTERS/Ivo Marsh")]


def test_wrapped_wire_copy_lines_are_not_furniture() -> None:
    text = (
        "The harbour company declared a quarterly dividend of ten cts a\n"
        "share on its common stock, payable May one, and said results were\n"
        "related to the takeover attempt by Ardmore Holdings last year.\n"
        "Read more\n"
    )
    assert _reasons(text) == [("related", "Read more")]


def test_a_share_line_naming_a_network_is_skipped_while_the_hedge_beside_it_is_flagged() -> None:
    text = (
        "The minister spoke on Monday.\n\nShare this article on Facebook\n\n"
        "The deal may collapse next week."
    )
    report = flagger.analyze(text, published="2025-05-11")
    assert [(s.reason, text[s.start : s.end]) for s in report.skipped] == [
        ("share", "Share this article on Facebook")
    ]
    assert [text[f.start : f.end] for f in report.findings if f.rule == "H101"] == [
        "The deal may collapse next week."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "SHARE THIS STORY",
        "\u017fhare this story",  # a long s matches "s" when case is ignored
        "Facebook | Twitter | Email",
        "Sign up for our newsletter",
        "(c) 2025 Ardmore Harbour Gazette",
        "This article was originally published by the Ardmore Harbour Gazette.",
        "To report a correction, write to the desk.",
        "https://example.org/harbour",
        "Crowds at the pier (Photo: Mairead Quinn)",
        "Crowds at the pier. Mairead Quinn/Getty Images",
        "Crowds at the pier. REUTERS/Mairead Quinn",
        "The ferry company raised fares on Monday, its director said.",
        "Ferry users who share cars to the port will pay less, the board said.",
    ],
)
def test_a_line_is_furniture_for_the_same_reason_when_patterns_are_tried_only_on_their_words(
    line: str,
) -> None:
    every = next((reason for reason, pattern, _ in _LINE_PATTERNS if pattern.match(line)), None)
    assert _line_reason(line) == every


def test_a_line_pattern_ignores_case_exactly_when_its_words_are_lower_case() -> None:
    for _, pattern, words in _LINE_PATTERNS:
        if words:
            caseless = bool(pattern.flags & re.IGNORECASE)
            assert caseless == all(word == word.lower() for word in words), words
