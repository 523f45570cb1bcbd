"""The measured (not shipped) trained vague-attribution scorer: its features and its choices."""

from __future__ import annotations

from training.attribution_data import Example
from training.attribution_features import features
from training.attribution_rounds import choose, combined, fit, probability, with_rules


def _example(vague: int, rules: tuple[str, ...] = (), names: tuple[str, ...] = ("cue=said",)) -> Example:
    return Example("dev", "", vague, rules, names)


def test_a_sentence_without_a_cue_word_has_no_features() -> None:
    assert features("The ferry leaves the harbour at noon.") == []


def test_the_subject_of_a_speech_verb_is_classed() -> None:
    crowd = features("Many economists say the merger will fail.")
    assert "head=crowd" in crowd and "det=quant" in crowd and "cue=say" in crowd
    assert "head=name" in features("On Monday Ana Roe said the merger will fail.")
    assert "head=pron" in features("Later she said the merger will fail.")


def test_topic_words_appear_only_as_classes() -> None:
    names = features("Economists said the harbour merger will fail.")
    assert not any("harbour" in name or "merger" in name for name in names)
    assert "R=<w>" in names


def test_agentless_passives_and_according_to() -> None:
    assert {"passive", "it-passive"} <= set(features("It is widely believed that talks failed."))
    assert "passive" not in features("Economists believed that talks failed.")
    assert "according=people" in features("Talks failed, according to people close to them.")
    assert "according=<Cap>" in features("Talks failed, according to Reuters.")


def test_rule_codes_join_only_cued_features() -> None:
    assert with_rules(_example(1, ("A102",))) == ("cue=said", "rule=A102")
    assert with_rules(_example(0)) == ("cue=said", "rule=none")
    assert with_rules(_example(0, ("A103",), ())) == ()


def test_fit_learns_the_feature_of_the_vague_sentences() -> None:
    rows = [(("cue=said", "head=crowd"), 1)] * 5 + [(("cue=said", "head=name"), 0)] * 5
    model = fit(rows, seed=0, c=1.0, balanced=False)
    assert probability(("cue=said", "head=crowd"), model) > 0.5
    assert probability(("cue=said", "head=name"), model) < 0.5
    assert probability((), model) == 0.0


def test_rules_or_model_and_a_threshold_that_keeps_precision() -> None:
    dev = [_example(1, ("A101",)), _example(1), _example(0), _example(0)]
    assert combined(dev, [0.0, 0.9, 0.4, 0.1], 0.5) == [1, 1, 0, 0]
    assert choose(dev, [0.0, 0.9, 0.4, 0.1]) >= 0.42
    # every threshold that adds the second vague sentence also adds wrong ones: the rules alone
    probs = [0.0, 0.5, 0.9, 0.9]
    assert combined(dev, probs, choose(dev, probs)) == [1, 0, 0, 0]
