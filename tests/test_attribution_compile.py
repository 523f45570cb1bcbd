"""Attribution cues are compiled when a text first holds one of their keywords, not at import."""

from __future__ import annotations

from flagger.detectors.attribution import detect as detect_attribution
from flagger.detectors.attribution.patterns import ALL_CUES, compiled
from tests.conftest import make_document


def test_a_text_without_keywords_compiles_no_cue() -> None:
    compiled.cache_clear()
    assert list(detect_attribution(make_document("The new bridge opened on Monday."))) == []
    assert compiled.cache_info().currsize == 0


def test_exactly_the_cues_whose_keywords_occur_are_compiled() -> None:
    text = "According to official sources, it rained."
    compiled.cache_clear()
    assert [f.rule for f in detect_attribution(make_document(text))] == ["A101"]
    lowered = text.lower()
    present = {cue.pattern for cue in ALL_CUES if any(word in lowered for word in cue.keywords)}
    assert 0 < len(present) < len({cue.pattern for cue in ALL_CUES}) // 2
    assert compiled.cache_info().currsize == len(present)
