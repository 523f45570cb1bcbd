"""The shipped hedge model: scores, cue spans and hash verification before unpickling."""

from __future__ import annotations

import math

import pytest

from flagger.annotations.hedging.features import tokenize
from flagger.annotations.hedging.model import HedgeModel
from flagger.annotations.hedging.tagger import CUE_MIN_LOGIT

HEDGED = [
    "The minister may resign before the end of the month.",
    "Officials said the bridge could reopen as early as Friday.",
    "It is unclear whether the council will approve the budget.",
    "The new rules are expected to cut prices, analysts believe.",
    "The fire was probably caused by a faulty heater.",
]
PLAIN = [
    "The minister resigned on Tuesday.",
    "The bridge reopened to traffic at noon.",
    "The council approved the budget by seven votes to two.",
    "Prices fell by 3 percent in March.",
    "Firefighters put out the blaze within an hour.",
]


@pytest.fixture(scope="module")
def model() -> HedgeModel:
    """Return the shipped model."""
    return HedgeModel.load()


@pytest.mark.parametrize("text", HEDGED)
def test_hedged_sentences_score_above_threshold(model: HedgeModel, text: str) -> None:
    [score] = model.score([text])
    assert score.score >= model.threshold
    assert score.cues


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentences_score_below_threshold(model: HedgeModel, text: str) -> None:
    [score] = model.score([text])
    assert score.score < model.threshold


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Talks might resume next week.", "might"),
        ("In the end, the deal could collapse.", "could"),
        ("Nobody knows whether the plant will close.", "whether"),
        ("Whether the plan works remains to be seen.", "Whether"),
        ("The results suggest that the drug may help patients.", "may"),
    ],
)
def test_cue_spans_are_relative_to_the_sentence(model: HedgeModel, text: str, cue: str) -> None:
    [score] = model.score([text])
    assert cue in [span.text for span in score.cues]
    assert all(text[span.start : span.end] == span.text for span in score.cues)


@pytest.mark.parametrize(
    "text",
    [
        "The company will report its earnings on Tuesday.",
        pytest.param(
            "The merger would create the largest bank in the country, the company said.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="3.7.0 names 'would' as a cue word at 0.32 (3.6.0: 0.27, none), below the "
                "report threshold (0.47): no finding, but the cue is no longer silent",
            ),
        ),
    ],
)
def test_future_and_reported_modals_are_not_speculation(model: HedgeModel, text: str) -> None:
    [score] = model.score([text])
    assert score.score < model.threshold
    assert not score.cues


def test_a_reported_prediction_stays_under_the_report_threshold(model: HedgeModel) -> None:
    text = "The merger would create the largest bank in the country, the company said."
    [score] = model.score([text])
    assert score.score < model.threshold


@pytest.mark.parametrize(
    "text",
    [
        "Fares rose faster than expected last year.",
        "The firm would not identify the buyers.",
        "The mayors said they would appeal the ruling.",
    ],
)
def test_a_comparison_a_refusal_and_a_stated_intention_are_not_speculation(
    model: HedgeModel, text: str
) -> None:
    [score] = model.score([text])
    assert score.score < model.threshold


def test_the_month_may_is_not_the_modal() -> None:
    norms = [token[2] for token in tokenize("On 11 May the vote may be held.")]
    assert norms[2] == "may^"
    assert norms[5] == "may"


def test_model_metadata(model: HedgeModel) -> None:
    assert model.name == "hedging"
    assert len(model.sha256) == 64
    assert 0 < model.threshold < 1


def test_every_flagged_sentence_names_a_cue() -> None:
    for genre, weights in HedgeModel.load_all().tagger.genres.items():
        logit_at_threshold = (
            math.log(weights.threshold / (1 - weights.threshold)) - weights.offset
        ) / weights.slope
        assert logit_at_threshold >= CUE_MIN_LOGIT, genre


@pytest.mark.parametrize(
    "text",
    [
        "From the roof we could hear the crowd below.",
        "She denied the rumours about her health.",
        "The forecast for the weekend was published at noon.",
        "It was the best possible start to the season.",
        "The hall was full, if not crowded, by eight.",
    ],
)
def test_perception_topic_nouns_and_set_phrases_are_not_speculation(
    model: HedgeModel, text: str
) -> None:
    [score] = model.score([text])
    assert score.score < model.threshold


@pytest.mark.parametrize(
    "text",
    [
        "Residents hope the road will reopen soon.",
        "Officials hope that the road will reopen soon.",
        "The driver was apparently unhurt.",
        "Maybe the council will change its mind.",
        "The painting is believed to date from 1650.",
        "The merger is likely to be approved.",
    ],
)
def test_hope_apparently_maybe_believed_and_likely_are_speculation(
    model: HedgeModel, text: str
) -> None:
    [score] = model.score([text])
    assert score.score >= model.threshold
