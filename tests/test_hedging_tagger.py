"""The cue tagger: candidate words, token features, cue spans, deterministic pickles, training."""

from __future__ import annotations

import json

import numpy as np
import pytest

from flagger.annotations.hedging.features import (
    cue_index,
    is_candidate,
    lexicon_phrase,
    token_features,
    tokenize,
)
from flagger.annotations.hedging.tagger import NO_CANDIDATE, CueTagger, GenreWeights
from training.hedging_corpora import LabelledSentence
from training.train_hedging import (
    CV_TOLERANCE,
    corpus,
    examples,
    learn_vocabulary,
    most_regularised,
    precise_threshold,
)

WORDS = ["the", "vote", "may", "be", "held", "."]


def _tagger(forms: list[str]) -> CueTagger:
    """Return a hand-made tagger: 'may' and 'whether or not' are cues."""
    weights = {"t may": 3.0, "t whether": 2.5, "t or": -1.0, "lt whether or": 3.0, "t not": -1.0}
    weights["lt or not"] = 3.0
    genre = GenreWeights(weights, bias=-2.0, slope=1.0, offset=0.0, threshold=0.5)
    return CueTagger(forms, ["sugge"], cue_index(["whether or not"]), {"news": genre})


@pytest.mark.parametrize(
    ("word", "expected"),
    [("may", True), ("suggestive", True), ("vote", False), ("sugar", False)],
)
def test_candidates_are_cue_forms_or_share_a_cue_stem(word: str, expected: bool) -> None:
    assert is_candidate(word, frozenset({"may"}), frozenset({"sugge"})) is expected


def test_token_features_see_two_words_each_side() -> None:
    names = token_features(WORDS, 2, {})
    assert {"t may", "l1 vote", "l2 the", "r1 be", "r2 held", "tr may be"} <= set(names)
    assert "lex" not in names


def test_lexicon_phrases_cover_every_word_of_the_phrase() -> None:
    words = ["whether", "or", "not", "it", "rains"]
    lexicon = cue_index(["whether or not"])
    assert [lexicon_phrase(words, i, lexicon) for i in range(5)] == ["whether or not"] * 3 + [
        ""
    ] * 2
    assert "lex whether or not" in token_features(words, 1, lexicon)


def test_neighbouring_cue_words_make_one_span() -> None:
    text = "Whether or not the vote may be held is open."
    probability, cues = _tagger(["whether", "or", "not", "may"]).score(text, "news")
    assert probability > 0.5
    assert [c.text for c in cues] == ["Whether or not", "may"]
    assert all(text[c.start : c.end] == c.text for c in cues)


def test_a_sentence_without_candidates_gets_the_floor() -> None:
    tagger = _tagger(["may"])
    probability, cues = tagger.score("The vote was held.", "news")
    assert probability == tagger.genres["news"].probability(NO_CANDIDATE)
    assert cues == ()


def test_model_json_does_not_depend_on_set_order() -> None:
    one, other = _tagger(["may", "or", "not"]), _tagger(["not", "may", "or"])
    assert json.dumps(one.to_dict()) == json.dumps(other.to_dict())
    restored = CueTagger.from_dict(json.loads(json.dumps(one.to_dict())))
    assert restored == one
    assert isinstance(restored.forms, frozenset)


def test_training_examples_are_candidate_tokens_labelled_by_cue_spans() -> None:
    sentences = [
        LabelledSentence("The vote may be held.", 1, ((9, 12),), "d1", "news"),
        LabelledSentence("The vote may be held.", 1, ((9, 12),), "d2", "news"),
        LabelledSentence("It rained in May.", 0, (), "d3", "news"),
        LabelledSentence("The vote was held.", 0, (), "d4", "news"),
    ]
    c = corpus(sentences)
    vocabulary = learn_vocabulary(c, range(4))
    assert vocabulary.forms == frozenset({"may"})
    assert vocabulary.lexicon == {"may": (("may",),)}
    ex = examples(c, vocabulary)
    assert ex.sentence.tolist() == [0, 1]
    assert ex.labels.tolist() == [1, 1]


def test_a_token_reads_a_bounded_window_so_long_sentences_score_in_linear_time() -> None:
    words = "may or may not whether".split() * 2_000
    far = [*words[:20], *(["vote"] * (len(words) - 40)), *words[-20:]]
    for i in range(5_000, 5_005):
        far[i - 12 : i + 13] = words[i - 12 : i + 13]
        assert token_features(far, i, {}) == token_features(words, i, {})
    tagger = _tagger(["may", "or", "not", "whether"])
    probability, cues = tagger.score(" ".join(words), "news")
    assert probability > 0.5 and len(cues) <= 4


@pytest.mark.parametrize(
    ("sentence", "word", "feature"),
    [
        ("We could hear shouting outside .", "could", "t could~see"),
        ("From the wall I could see smoke .", "could", "t could~see"),
        ("Asked whether she would run again , she smiled .", "whether", "t whether~asked"),
        ("He denies the allegations against him .", "allegations", "noun allegations"),
        ("Play goes on whether it is rain or snow .", "whether", "ctx whether-or"),
        ("A line that callers could ring opened .", "could", "ctx relative-clause could"),
        ("Anyone who could pay came .", "could", "subj relative could"),
        ("The mayor said the bridge would open .", "would", "ctx reported would"),
        ("Rates would have risen sharply .", "would", "ctx perfect would"),
        ("Rates would have to rise .", "would", "subj noun would"),
        ("Rates would have to rise .", "would", "mv would noun have"),
        ("If the lot is full , visit later .", "if", "ctx if-plain"),
        ("If the lot is full , fans will wait .", "if", "ctx if-modal"),
        ("If it rains , the match would stop .", "if", "ctx if-epistemic"),
        ("Most could identify the minister .", "could", "ctx perception"),
        ("It was dropped so the group would not be offended .", "would", "ctx purpose would"),
        ("Before the team could recover , they scored .", "could", "ctx temporal could"),
        ("He suggested that the state should pay .", "suggested", "ctx proposal"),
    ],
)
def test_context_features_mark_how_a_word_is_used(sentence: str, word: str, feature: str) -> None:
    words = [token[2] for token in tokenize(sentence)]
    assert feature in token_features(words, words.index(word), {})


@pytest.mark.parametrize(
    ("sentence", "word", "feature"),
    [
        ("If the lot is full , fans will wait .", "if", "ctx if-epistemic"),
        ("The team could recover .", "could", "ctx temporal could"),
        ("The data suggest that rates fell .", "suggest", "ctx proposal"),
        ("The talks would fail .", "would", "ctx purpose would"),
    ],
)
def test_a_use_feature_is_absent_without_its_context(
    sentence: str, word: str, feature: str
) -> None:
    words = [token[2] for token in tokenize(sentence)]
    assert feature not in token_features(words, words.index(word), {})


def test_a_modal_without_a_perfect_or_a_reporting_verb_gets_neither_feature() -> None:
    words = [token[2] for token in tokenize("Rates would have to rise .")]
    features = token_features(words, words.index("would"), {})
    assert not any(f.startswith(("ctx perfect", "ctx reported", "ctx relative")) for f in features)


def test_a_plain_modal_keeps_its_own_features() -> None:
    words = [token[2] for token in tokenize("The talks could collapse .")]
    features = token_features(words, words.index("could"), {})
    assert "t could" in features and not any("~" in f for f in features)


@pytest.mark.parametrize(
    ("sentence", "word", "marked"),
    [
        ("The inquiry dropped the rumours about the mayor .", "rumours", "t rumours~noun"),
        ("A forecast was issued at noon .", "forecast", "t forecast~noun"),
        ("Guards caught an alleged burglar .", "alleged", "t alleged"),
        ("It was the best possible result .", "possible", "t possible~set"),
        ("It was the most likely result .", "likely", "t likely"),
        ("The hall was full , if not crowded .", "if", "t if~concessive"),
        ("The hall was full , if not crowded .", "not", "t not~concessive"),
        ("It is not crowded .", "not", "t not"),
        ("Whether it rains or not , the fair opens .", "whether", "t whether~concessive"),
        (
            "Whether it is the staff on the early shift at the depot or the drivers , all wait .",
            "whether",
            "t whether~concessive",
        ),
        ("Nobody knows whether it rains or snows .", "whether", "t whether"),
        ("Whether or not it rains remains open .", "whether", "t whether"),
        ("Shares could see a rise .", "could", "t could"),
        ("She could hear the band .", "could", "t could~see"),
        ("The rumours emerged last spring .", "rumours", "t rumours~noun"),
        ("Allegations of fraud followed .", "allegations", "t allegations~noun"),
        ("Perhaps of all of them he won .", "perhaps", "t perhaps"),
        ("The likely affected area is large .", "likely", "t likely"),
        ("It is a possibility .", "possibility", "t possibility"),
        ("The hope is that rates fall .", "hope", "t hope"),
        ("She would rather stay home .", "would", "t would~set"),
        ("She would stay home .", "would", "t would"),
        ("Call as soon as possible .", "possible", "t possible~set"),
        ("They named him as possible heir .", "possible", "t possible"),
        ("It is , if you will , a tax .", "if", "t if~set"),
        ("It may be worth asking why .", "may", "t may~set"),
        ("It may be worth a lot .", "may", "t may"),
        ("It may also be worth asking why .", "may", "t may~set"),
        ("You might recall the flood .", "might", "t might~reader"),
        ("You might be wrong .", "might", "t might"),
        ("We do believe it works .", "believe", "t believe~conviction"),
        ("We believe it works .", "believe", "t believe"),
        ("He was raised to believe in thrift .", "believe", "t believe~conviction"),
        ("They play even if it rains .", "if", "t if~concessive"),
        ("However hard it may be , we go .", "may", "t may~concessive"),
        ("However , it may rain .", "may", "t may"),
        ("No matter what it may cost , they buy .", "may", "t may~concessive"),
        ("It does not matter ; it may rain .", "may", "t may"),
        ("They talk no matter whether it rains .", "whether", "t whether~concessive"),
        ("Aides could not be reached for comment .", "could", "t could~set"),
        ("Aides could not be blamed .", "could", "t could"),
        ("Voters do not believe them .", "believe", "t believe~conviction"),
        ("Voters believe it works .", "believe", "t believe"),
        ("Crews tried every possible route .", "possible", "t possible~set"),
        ("They sent the best crews possible .", "possible", "t possible~set"),
        ("A delay is possible .", "possible", "t possible"),
        ("If only the bus were on time .", "if", "t if~set"),
        ("If the bus is late , call .", "if", "t if"),
        ("What do you think ?", "think", "t think~consider"),
        ("We must think about the cost .", "think", "t think~consider"),
        ("A think tank wrote it .", "think", "t think~consider"),
        ("I think it will rain .", "think", "t think"),
    ],
)
def test_a_word_is_marked_only_where_its_use_is_not_a_hedge(
    sentence: str, word: str, marked: str
) -> None:
    words = [token[2] for token in tokenize(sentence)]
    assert token_features(words, words.index(word), {})[0] == marked


def test_a_marked_word_loses_its_spelling_and_lexicon_features() -> None:
    lexicon = cue_index(["allegations", "could"])
    for sentence, word in [
        ("He denies the allegations against him .", "allegations"),
        ("I could see the coast .", "could"),
    ]:
        words = [token[2] for token in tokenize(sentence)]
        features = token_features(words, words.index(word), lexicon)
        assert not [f for f in features if f.startswith(("p ", "s ", "lex"))]
    words = [token[2] for token in tokenize("Allegations could follow .")]
    assert "lex could" in token_features(words, 1, lexicon)


@pytest.mark.parametrize(
    ("sentence", "word", "feature"),
    [
        ("It is not clear who won .", "clear", "ctx negated"),
        ("What is it for ?", "what", "q wh"),
        ("Can the deal survive ?", "can", "q yes-no"),
        ("Will they stay or go ?", "will", "q or"),
        ("He left early ?", "left", "q tag"),
    ],
)
def test_negation_and_question_type_are_features(sentence: str, word: str, feature: str) -> None:
    words = [token[2] for token in tokenize(sentence)]
    assert feature in token_features(words, words.index(word), {})


def test_the_most_regularised_c_within_the_tolerance_is_chosen() -> None:
    close = {0.1: 0.70, 0.3: 0.815, 1.0: 0.815 + CV_TOLERANCE / 2}
    assert most_regularised(close) == 0.3
    assert most_regularised({0.1: 0.70, 0.3: 0.80, 1.0: 0.80 + 2 * CV_TOLERANCE}) == 1.0


def test_the_report_threshold_is_the_lowest_with_the_target_precision_from_the_floor() -> None:
    labels = np.array([1, 1, 0, 1, 0, 0, 1, 1, 1, 1])
    scores = np.array([0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.60, 0.70, 0.80, 0.90])
    # From 0.31 up every sentence flagged is speculative; below it precision is under 0.80.
    assert precise_threshold(labels, scores, 0.05, 0.80) == 0.31
    assert precise_threshold(labels, scores, 0.50, 0.80) == 0.50
    assert precise_threshold(labels[:6], scores[:6], 0.05, 0.99) == 1.0


def test_the_evaluation_never_scores_the_closed_news_test_split(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from training import evaluate_hedging
    from training.hedging_data import NEWS_DEV, NEWS_TEST, TestSet

    def split(name: str, genre: str = "news") -> TestSet:
        return TestSet(name, genre, [LabelledSentence("It may rain .", 1, ((3, 6),), "d", genre)])

    monkeypatch.setattr(evaluate_hedging, "dev_sets", lambda data: [split(NEWS_DEV)])
    monkeypatch.setattr(
        evaluate_hedging, "test_sets", lambda data: [split("FactBank"), split(NEWS_TEST)]
    )
    monkeypatch.setattr(evaluate_hedging, "baseline", lambda train, seed: lambda t, g: [1] * len(t))
    monkeypatch.setattr(evaluate_hedging, "lexicon_system", lambda data: lambda t, g: [1] * len(t))
    table = evaluate_hedging.evaluate(_tagger(["may"]))
    assert list(table) == [NEWS_DEV, "FactBank"]
