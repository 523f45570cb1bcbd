"""The cue lexicon learned from the `<ccue>` annotations of the training sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from training.hedging_corpora import LabelledSentence

MIN_CUE_COUNT = 2


def learn_cues(sentences: Iterable[LabelledSentence], min_count: int = MIN_CUE_COUNT) -> list[str]:
    """Return the lower-cased cue phrases annotated at least `min_count` times."""
    counts = Counter(
        " ".join(s.text[start:end].lower().split()) for s in sentences for start, end in s.cues
    )
    return sorted(cue for cue, count in counts.items() if count >= min_count)
