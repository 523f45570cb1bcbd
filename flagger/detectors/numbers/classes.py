"""N101 noun classes: heads that name the same kind of counted group ("nine French peacekeepers"
… "the eight French soldiers"; "three children" … "their four kids"), and the heads that name
a part of the people an event befell ("civilians", "women" of the "people" killed)."""

from __future__ import annotations

import re

SAME = {
    **dict.fromkeys(
        "soldiers troops peacekeepers servicemen servicemembers marines paratroopers".split(),
        "soldiers",
    ),
    **dict.fromkeys("police policemen policewomen cops".split(), "police"),
    **dict.fromkeys("children kids".split(), "children"),
    **dict.fromkeys("teams clubs".split(), "teams"),
    "persons": "people",
    "beings": "people",
    "individuals": "people",
}
"""Heads that a later mention may swap for one another while counting the same group."""
PARTS = frozenset(
    "civilians men women children soldiers police officers passengers residents migrants "
    "workers students pilgrims tourists miners".split()
)
"""Classes that name some of the people an event befell: a count of them above the people
counted for the event cannot be part of it ("two people were killed" … "killing three
civilians"), one below may be ("five people died, three civilians among them")."""
KIN = frozenset("children sons daughters grandchildren siblings brothers sisters".split())
"""A family's members, counted with a possessive ("their four children"): a fixed number a
story does not grow without saying so (a birth, an adoption)."""


def kind(noun: str) -> str:
    """Return the class of a counted head noun (the noun itself when it has none)."""
    return SAME.get(noun, noun)


def named_apart(one: str, two: str) -> bool:
    """Say whether the words after two counts name their groups with different proper
    modifiers ("nine French soldiers", "six Irish troops"): two groups, whatever the event."""
    first, second = _proper(one), _proper(two)
    return bool(first) and bool(second) and not first & second


def _proper(words: str) -> set[str]:
    """Return the capitalised words before the first lower-case plural head of `words`."""
    found = set()
    for word in re.findall(r"[\w'’-]+", words):
        if not word[0].isupper():
            break
        found.add(word.casefold())
    return found
