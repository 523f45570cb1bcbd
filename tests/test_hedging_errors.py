"""The error lister sorts labelled sentences into false alarms and misses."""

from __future__ import annotations

from flagger.annotations.hedging.model import HedgeModel
from training.hedging_errors import errors
from training.news_labels import NewsSentence


def _sentence(text: str, spec: int, cues: tuple[tuple[int, int], ...] = ()) -> NewsSentence:
    return NewsSentence("corpus", "1", 0, 0, len(text), text, spec, 0, cues, "dev")


def test_errors_are_false_alarms_and_misses_with_their_cue_words() -> None:
    alarm = _sentence("The talks could collapse by Friday.", 0)
    miss = _sentence("Rain fell on the town all day.", 1, ((0, 4),))
    right = _sentence("The museum opened in 1901.", 0)
    alarms, misses = errors([alarm, miss, right], HedgeModel.load())
    assert [(s.text, cues) for _, s, cues in alarms] == [(alarm.text, "could")]
    assert [(s.text, cues) for _, s, cues in misses] == [(miss.text, "Rain")]
