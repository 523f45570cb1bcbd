"""Attribution-grammar features of a sentence for a trained vague-attribution scorer.

Only a sentence with a speech, cognition or hearsay cue word gets features; each cue word
contributes the word itself, what sits in the few words before and after it (function words and
source nouns as themselves, names, numbers and other content words as classes), the class of
its subject's head and determiner, an agentless passive, and what follows "according to". Topic
words never appear as themselves: the features describe who is said to say what, not about what.
"""

from __future__ import annotations

import re
from functools import cache

from flagger.detectors.attribution import learned

CUE_WORDS = frozenset(
    """say says said saying tell tells told telling claim claims claimed claiming report reports
    reported reporting reportedly believe believes believed believing think thinks thought
    expect expects expected argue argues argued arguing suggest suggests suggested suggesting
    warn warns warned warning insist insists insisted allege alleges alleged allegedly
    speculate speculated speculation fear fears feared predict predicts predicted estimate
    estimates estimated confirm confirms confirmed deny denies denied note notes noted add adds
    added according rumour rumours rumor rumors rumoured rumored understood known considered
    seen viewed regarded described quoted cited citing sources source assume assumed presumed
    deemed reckon reckons doubt doubts question questioned criticised criticized blamed accused
    hope hopes hoped worry worries worried concern concerns concerned agree agrees agreed
    acknowledge acknowledged admitted indicated revealed disclosed explained stated announced
    contend contends contended maintain maintains maintained asserted feel feels felt""".split()
)
"""Words that report speech, thought or hearsay: only sentences holding one are scored."""
CROWD = frozenset(
    """experts analysts critics observers commentators pundits skeptics sceptics economists
    strategists specialists insiders scientists researchers officials sources people others
    many some most several few residents witnesses supporters opponents detractors activists
    campaigners users fans locals investors traders dealers diplomats""".split()
)
"""Plural heads and quantifiers that stand for a crowd."""
PRONOUNS = frozenset("he she they we i you it who which that this".split())
FUNCTION = frozenset(
    """the a an this that these those his her their its our my your and or but to of in on at
    for with by as from when who which what where he she they we i you it is was are were has
    have had be been being not no if than then so also after before while because since though
    although about over into under between against there here one two three some many most
    several few other others all both any each many more less widely still now already
    unnamed anonymous unidentified senior informed familiar knowledge condition anonymity
    close said says told would could will may might should must can do does did""".split()
)
"""Grammar words kept as themselves in the windows; every other word becomes a class."""
BE = frozenset("is was are were be been being 's".split())
DETERMINERS = {
    "the": "def", "this": "def", "that": "def", "these": "def", "those": "def",
    "a": "indef", "an": "indef", "one": "indef",
    "some": "quant", "many": "quant", "most": "quant", "several": "quant", "few": "quant",
    "other": "quant", "others": "quant", "multiple": "quant", "numerous": "quant",
    "his": "poss", "her": "poss", "their": "poss", "its": "poss", "our": "poss",
}
TOKEN = re.compile(r"[\w'’-]+|[\"“”]")
WINDOW_BEFORE = 4
WINDOW_AFTER = 3


@cache
def _roles() -> frozenset[str]:
    """Return the learned source nouns, singular and plural (pinned artefact)."""
    return frozenset(learned.forms(learned.nouns()))


def word_class(word: str, first: bool) -> str:
    """Return a grammar word or source noun as itself, any other word as its class."""
    low = word.lower()
    if word in ('"', "“", "”"):
        return "<q>"
    if low in FUNCTION or low in CUE_WORDS or low in CROWD or low in _roles():
        return low
    if low[:1].isdigit():
        return "<num>"
    if word[:1].isupper() and not first:
        return "<Cap>"
    return "<w>"


def _head(words: list[str], at: int) -> str:
    """Return the class of the nearest noun-like word before position `at` (its subject)."""
    for back in range(at - 1, max(at - 1 - WINDOW_BEFORE, -1), -1):
        word = words[back]
        low = word.lower()
        if low in PRONOUNS:
            return "pron"
        if low in CROWD:
            return "crowd"
        if low in _roles():
            return "role"
        if word[:1].isupper() and back > 0:
            return "name"
        if low in FUNCTION or low in BE:
            continue
        return "other"
    return "none"


def _determiner(words: list[str], at: int) -> str:
    """Return the class of the nearest determiner in the words before position `at`."""
    for back in range(at - 1, max(at - 1 - WINDOW_BEFORE, -1), -1):
        kind = DETERMINERS.get(words[back].lower())
        if kind:
            return kind
    return "none"


def features(sentence: str) -> list[str]:
    """Return the feature names of a sentence; empty when it holds no cue word."""
    words = TOKEN.findall(sentence)
    lows = [w.lower() for w in words]
    cues = [at for at, low in enumerate(lows) if low in CUE_WORDS]
    if not cues:
        return []
    classes = [word_class(word, i == 0) for i, word in enumerate(words)]
    out: list[str] = []
    for at in cues:
        low = lows[at]
        out.append(f"cue={low}")
        before = classes[max(0, at - WINDOW_BEFORE) : at]
        after = classes[at + 1 : at + 1 + WINDOW_AFTER]
        out.extend(f"L={c}" for c in before)
        out.extend(f"R={c}" for c in after)
        if before:
            out.append(f"L1={before[-1]}|{low}")
        if after:
            out.append(f"{low}|R1={after[0]}")
        if len(before) > 1:
            out.append(f"L2={before[-2]} {before[-1]}")
        head, det = _head(words, at), _determiner(words, at)
        out.extend((f"head={head}", f"det={det}", f"det={det}|head={head}"))
        if _passive(lows, at):
            out.append("passive")
            if "it" in lows[max(0, at - 3) : at]:
                out.append("it-passive")
        if low == "according" and at + 2 < len(words) and lows[at + 1] == "to":
            out.append(f"according={word_class(words[at + 2], False)}")
    out.append("quoted" if any(c in sentence for c in '"“”') else "unquoted")
    return out


def _passive(lows: list[str], at: int) -> bool:
    """Whether the cue at `at` follows a form of 'be', perhaps past one adverb ('is widely')."""
    if at and lows[at - 1] in BE:
        return True
    return at > 1 and lows[at - 2] in BE and lows[at - 1].endswith("ly")
