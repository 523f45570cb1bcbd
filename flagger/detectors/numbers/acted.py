"""N101 acts on a count: the verb whose object a count is ("SIGN THREE PACTS", "Acme said it
acquired 28 care homes"), cut to a stem that its tenses share ("signs", "signed" → "sign";
"won" → "win"), so that two counts one act takes are linked whatever noun each uses ("ACQUIRES
24 NURSING HOMES" … "acquired 28 long-term care facilities")."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.mentions import BOUND_BEFORE

VERB_BEFORE = lazy(r"\b(?P<verb>[A-Za-z]{3,})\s+$")
"""The word just before a count (or before its bound: "bought about 40")."""
IRREGULAR = {
    "won": "win", "bought": "buy", "sold": "sell", "took": "take", "made": "make",
    "held": "hold", "got": "get", "paid": "pay", "laid": "lay", "sent": "send", "built": "build",
    "lost": "lose", "shut": "shut", "cut": "cut", "hit": "hit", "set": "set", "put": "put",
    "struck": "strike", "led": "lead", "freed": "free", "chose": "choose", "chosen": "choose",
    "gave": "give", "given": "give", "began": "begin", "begun": "begin", "drew": "draw",
    "ran": "run", "saw": "see", "seen": "see", "found": "find", "kept": "keep", "left": "leave",
    "met": "meet", "fought": "fight", "brought": "bring", "sought": "seek", "caught": "catch",
}
"""Past forms whose stem the endings do not give."""
NOT_ACTS = frozenset(
    "was were are is be been being has have had having said says say told tell and but or nor "
    "the these those that this with from for into onto than then also only just about some "
    "all its their his her our your whose which who what when where while said of on in at "
    "to by as per over under after before since until among between against each every "
    "other another more most less least few many several first last next total plus including "
    "include includes included employ employs employed has had have number numbered numbers "
    "totalled totaled totals totalling totaling reached reaches reach rose fell rise rises "
    "falls dropped drops climbed climbs jumped jumps gained gains added adds raised raises "
    "lifted lifts lowered lowers increased increases reduced reduces doubled tripled halved "
    "put estimated estimates expected expects projected forecast forecasts valued worth "
    "nearly almost around roughly approximately least".split()
)
"""Words before a count that name no act on it: links, prepositions, bounds, changes and
estimates (a change's figure is a step, not the thing the act took)."""


def act(text: str, start: int) -> str:
    """Return the stem of the verb whose object the count at `start` is, or "" ("killed",
    "kills" → "kill"; "acquired" → "acquir"; "said it had 40" → "")."""
    bound = BOUND_BEFORE.search(text, max(0, start - 16), start)
    begin = bound.start() if bound else start
    found = VERB_BEFORE.search(text, max(0, begin - 24), begin)
    if found is None:
        return ""
    word = found.group("verb").casefold()
    if word in NOT_ACTS:
        return ""
    return IRREGULAR.get(word) or stem(word)


def stem(word: str) -> str:
    """Cut a verb's endings ("acquires", "acquired", "acquiring" → "acquir"; "wins" → "win")."""
    for ending in ("ing", "ies", "ied", "es", "ed", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return re.sub(r"(.)\1$", r"\1", word)  # "planned" → "plann" → "plan"
