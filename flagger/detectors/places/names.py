"""Place names read in text: the longest known place starting or ending at an offset."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer

CONNECT = r"(?:de|del|da|do|dos|es|el|al|la|am|upon|on|sur)"
WORDS_RIGHT = lazy(
    rf"[A-Z][\w'’.\-]*(?:[ \-](?:[A-Z][\w'’.\-]*|{CONNECT}(?= [A-Z]))){{0,3}}"
)
POSSESSIVE = lazy(r"(?:['’]s|['’])$")
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
"""A day or date after a place ends it: "Rio de Janeiro, Brazil May 14"; "Istanbul Friday"."""
DAY_AFTER = lazy(rf"(?:{MONTH}|{WEEKDAY})$")
OPENERS = (
    r"(?:In|At|On|Of|To|From|For|By|Near|Outside|Inside|Into|And|But|Or|The|As|With|After|"
    r"Before|Since|While|When|If|Like|Unlike|Across|Through|Throughout)"
)
"""Capitalised function words that open a sentence and start no name."""
AHEAD = lazy(
    rf"(?:\b(?!{OPENERS}\b)[A-Z][\w'’\-]*|\b(?:St|Mt|Ft)\.|\b(?:de|del|da|do|dos|das|du|des|"
    r"di|van|von|der|den|la|le)\b)[ \t]+$"
)
"""Before a word that ends a longer name: "Ross Walker", "Punta del Este", "P de Villiers"; a
capitalised preposition, conjunction or article opening a sentence starts none ("In Wuhan")."""
OPENER = lazy(rf"{OPENERS}[ \t]+(?=[A-Z])")
"""A sentence's capitalised first word before a name: "In Nice last week"."""
MONTH_DAY = lazy(rf"{MONTH}$")
DAY_AFTER_MONTH = lazy(r"[ \t]+\d")
DAY_BEFORE_MONTH = lazy(r"\d[ \t]+$")
"""The day beside a month read as a town: "March 29", "29 March"."""
OWNER = lazy(r"[A-Z][\w'’\-]*['’]s[ \t]+$")
"""A capitalised owner before a city ("Ford's Hermosillo"), who may own a place there."""

def city_right(gaz: Gazetteer, text: str, at: int) -> Span | None:
    """Return the longest known place starting at `at`."""
    match = WORDS_RIGHT.match(text, at)
    if not match:
        return None
    words = re.split(r"(?<=\S)(?=[ \-])", match.group())
    for n in range(len(words), 0, -1):
        name = POSSESSIVE.sub("", "".join(words[:n]).rstrip(".,"))
        if gaz.is_place(name):
            if n < len(words) and words[n].strip(" -")[:1].isupper() and not re.search(
                r"[.,]$|['’]s$", words[n - 1]
            ) and not DAY_AFTER.match(words[n].strip(" -.,")):
                return None  # "Novi" of "Novi Travnik", but "Istanbul Friday"
            return Span(at, at + len(name), name)
    return None


def city_left(gaz: Gazetteer, text: str, end: int, owned: bool = False) -> Span | None:
    """Return the longest known place ending at `end`; with `owned`, also one after an owner
    ("Ford's Hermosillo")."""
    chunk = text[max(0, end - 60) : end]
    words = re.findall(rf"[A-Z][\w'’.\-]*|\b{CONNECT}\b|\s+|\S+", chunk)
    name = ""
    for word in reversed(words):
        if not (word.isspace() or word[0].isupper() or re.fullmatch(CONNECT, word)):
            break
        name = word + name
        candidate = name.strip()
        if candidate and candidate[0].isupper() and gaz.is_place(candidate) and (
            text[end - len(candidate) : end] == candidate
        ):
            found = _longest_left(gaz, text, end, candidate)
            ahead = text[max(0, found.start - 30) : found.start]
            if AHEAD.search(ahead) and not (owned and OWNER.search(ahead)):
                return None  # "Walker" of "Ross Walker"
            return found
    return None


def _longest_left(gaz: Gazetteer, text: str, end: int, best: str) -> Span:
    for extra in range(1, 4):
        chunk = text[max(0, end - len(best) - 40) : end - len(best)]
        words = chunk[chunk.rfind("\n") + 1 :].split(" ")  # a name does not go on past a line
        longer = " ".join(words[-extra - 1 :]).strip() + " " + best if len(words) > extra else ""
        longer = longer.strip()
        if longer and gaz.is_place(longer) and text[end - len(longer) : end] == longer:
            best = longer
    return Span(end - len(best), end, best)


def cities_in(gaz: Gazetteer, window: str, offset: int) -> list[Span]:
    """Return the gazetteer cities named in `window`, as spans moved by `offset` into the text.

    Words that only look like a city are left out: the end of a longer name ("Rockefeller
    University"), or a word the window also writes in lower case ("Police and troops ... the
    police": a common noun opening a sentence)."""
    found = []
    for match in WORDS_RIGHT.finditer(window):
        at = match.start()
        opener = OPENER.match(window, at, match.end())
        city = city_right(gaz, window, at) or (
            city_right(gaz, window, opener.end()) if opener else None)
        if not city or _dated(window, city):
            continue
        ahead = window[max(0, city.start - 30) : city.start]
        if AHEAD.search(ahead) or (" " not in city.text and _in_lower_case(window, city.text)):
            continue
        found.append(Span(city.start + offset, city.end + offset, city.text))
    return found


def _dated(window: str, city: Span) -> bool:
    """Whether a month name read as a town is part of a date: "March 29", "29 March"."""
    return MONTH_DAY.match(city.text) is not None and (
        DAY_AFTER_MONTH.match(window, city.end) is not None
        or DAY_BEFORE_MONTH.search(window, max(0, city.start - 8), city.start) is not None
    )


def _in_lower_case(window: str, word: str) -> bool:
    """Say whether `window` writes `word` in lower case, as a whole word."""
    low = word.lower()
    at = window.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not window[at - 1].isalnum()) and (
            end == len(window) or not window[end].isalnum()
        ):
            return True
        at = window.find(low, at + 1)
    return False
