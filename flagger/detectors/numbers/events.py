"""N101 event links: the event a count belongs to ("killed 12 people", "the 14 dead", "five men
detained", "two people aboard") and the class of heads that name the people it befell, so that
two counts of one event are compared whatever noun each uses."""

from __future__ import annotations

import re

from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.classes import kind

PEOPLE = frozenset(
    "people persons dead deaths bodies fatalities victims lives injured wounded casualties".split()
)
"""Heads that, for a casualty or arrest, all mean the people it befell."""
WORKFORCE = frozenset("workers employees employes staff workforce".split())
"""Heads that, for a layoff or a strike, all mean the people on the payroll."""
EVENTS = (
    ("killed", lazy(
        r"\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|lives|bodies|fatalities|perished|"
        r"murder(?:ed|ing|s)?|slain)\b")),
    ("injured", lazy(r"\b(?:injur(?:ed|ing|ies|y)|wound(?:ed|ing)|hurt)\b")),
    ("arrested", lazy(
        r"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|jailed|held|apprehend(?:ed|ing)?)\b")),
    ("dismissed", lazy(
        r"\b(?:la(?:id|y|ys|ying) off|fired|sacked|sacking|axed|idled?|furloughed|redundant)\b")),
    ("striking", lazy(r"\b(?:strike|striking|struck|walked (?:out|off)|walkout)\b")),
    ("charged", lazy(r"\b(?:charged|indicted)\b")),
    ("convicted", lazy(r"\b(?:convicted|sentenced|imprisoned|jailing)\b")),
    ("resigned", lazy(r"\b(?:resign(?:ed|ing|s)?|quit|stepped down|step down)\b")),
    ("missing", lazy(r"\b(?:missing|unaccounted)\b")),
    ("evacuated", lazy(r"\b(?:evacuated|rescued|displaced)\b")),
    ("aboard", lazy(r"\b(?:aboard|on board|onboard)\b")),
)
EVENT_WORDS = (
    "kill", "dead", "died", "death", "bodies", "injur", "wound", "arrest", "detain", "jailed",
    "laid off", "lay off", "fired", "sacked", "axed", "idle", "furlough", "redundan", "strik",
    "struck", "walked", "missing", "unaccounted", "evacuated", "rescued", "displaced", "charged",
    "indicted", "resign", "quit", "step", "murder", "slain", "apprehend", "board", "convicted",
    "sentenced", "imprisoned", "jailing",
)
EVENT_GATE = lazy(trie(EVENT_WORDS))
"""Where a word of an event stands: one trie, which the regex engine reads at each character
in a step or two (an alternation of 39 words tried one by one took twice as long)."""
AGENT = lazy(r"\bby\s+$")


def event_of(text: str, start: int, end: int, noun: str) -> str:
    """Return the event the count belongs to ("killed", "injured", "arrested") or ""."""
    for name, cue in EVENTS:
        if cue.fullmatch(noun):
            return name
    before = re.split(r"[.;:!?\n]", text[max(0, start - 20) : start])[-1]
    reach = 45 if text.startswith(" of ", end) else 25  # "four members of the council quit"
    after = re.split(r"[.;:!?\n,]", text[end : end + reach])[0]
    best, distance = "", 99
    for name, cue in EVENTS:
        found = list(cue.finditer(before))
        if found and len(before) - found[-1].end() < distance:
            best, distance = name, len(before) - found[-1].end()
        later = cue.search(after)
        if later and later.start() < distance:
            best, distance = name, later.start()
    if best in {"killed", "injured", "arrested"} and AGENT.search(text, max(0, start - 4), start):
        return ""  # "shot dead by two gunmen": the count is of those who did it
    return best


def people_class(noun: str) -> str:
    """Return the class of heads that name the same people for an event."""
    if noun in WORKFORCE:
        return "workers"
    return "people" if noun in PEOPLE else kind(noun)
