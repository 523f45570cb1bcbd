"""Words that name a class of happening for event linking, beyond the synonym nouns of `events`.

A weekday that names an event back ("Wednesday's interview", "Friday's election") may use
another word than the sentence that dated it ("met … on Thursday", "goes to the polls on
Thursday", "voters on Tuesday approved"). Three kinds of evidence put such words in one class:
a noun that names the same happening as a class of `events` ("interview" is a meeting), the
idiom "to / at the polls" (the vote, where "polls" alone is an opinion survey), and the
participants of a class as the subject of a verb ("voters approved": the vote; "gunmen
stormed": the attack). The table holds classes of words, never the sentences they came from.
`party_names` reads the capitalised names around a mention, the evidence that two sentences
speak of the same party.
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import WEEKDAY_NAMES
from flagger.detectors.temporal.events import tokenize

# Nouns that name the happening of a class of `events` under another word.
MEMBERS: dict[str, str] = {
    "interview": "meeting", "interviews": "meeting",
    "shooting": "attack", "ambush": "attack", "bomb": "attack", "bombings": "attack",
    "blasts": "attack", "explosions": "attack", "raids": "attack",
    "plebiscite": "election", "runoff": "election", "run-off": "election",
}

# Nouns for those who take part in a class's happening: the subject of a verb they head
# names that happening ("voters on Tuesday approved a measure" is the vote).
PARTICIPANTS: dict[str, str] = {
    "voter": "election", "voters": "election", "electorate": "election",
    "gunman": "attack", "gunmen": "attack", "attacker": "attack", "attackers": "attack",
    "bomber": "attack", "bombers": "attack",
}

_DAY_NAMES = frozenset(name.lower() for name in WEEKDAY_NAMES)

# "went to the polls", "defeated at the polls": the vote itself.
_POLLS = lazy(r"(?i)\b(?:to|at)\s+the\s+$")


def member_class(word: str) -> str | None:
    """The class a noun joins by `MEMBERS`, None for other words."""
    return MEMBERS.get(word.lower())


def idiom_class(text: str, start: int, word: str) -> str | None:
    """The class an idiom gives the noun `word` at `start`: "polls" after "to the" or "at
    the" is the vote; None for any other noun."""
    if word.lower() == "polls" and _POLLS.search(text, max(start - 12, 0), start) is not None:
        return "election"
    return None


def participant_class(words: list[str]) -> str | None:
    """The class whose participants a subject's words name, None when they name none."""
    for word in words:
        found = PARTICIPANTS.get(word.lower())
        if found is not None:
            return found
    return None


def party_names(text: str, start: int, end: int) -> set[str]:
    """The capitalised words of text[start:end] that may name a party. A weekday's name does
    not; the first word is capitalised whatever it is, so it counts only when `text` also
    writes it capitalised inside a sentence ("Kerr, who …" where "… said Kerr" is told)."""
    tokens = tokenize(text, start, end)
    names = {t.lower for t in tokens[1:]
             if t.text[0].isupper() and len(t.text) > 2 and t.lower not in _DAY_NAMES}
    if tokens and tokens[0].text[0].isupper() and len(tokens[0].text) > 2 \
            and tokens[0].lower not in _DAY_NAMES \
            and re.search(r"[a-z,]\s+" + re.escape(tokens[0].text) + r"\b", text):
        names.add(tokens[0].lower)
    return names
