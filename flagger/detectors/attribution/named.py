"""Whether the clause around a cue names its source, or refers back to one already named."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.detectors.attribution import words as w

AFTER_SAY = lazy(rf"\b{w.SAY}\s+$", re.IGNORECASE)
"""Capitalised words after a speech verb name the audience ("told Reuters"), not the source."""
POSSESSIVE = lazy(r"['’]s$")
ACRONYM = lazy(r"(?!(?:US|UK|EU|UN|TV)$)[A-Z]{2,}$")
"""'CBC members said': an acronym names an organisation even when it opens the sentence."""
ENDS_WITH_SAY = lazy(rf"\b{w.SAY}$", re.IGNORECASE)
"""'told Reuters': the outlet after a speech verb is the audience, not the source."""
ENDS_WITH_VERDICT = lazy(
    r"\b(?:condemn|critici[sz]e|defend|denounce|accuse|blame|praise|slam)(?:s|d|ed|med)?$",
    re.IGNORECASE,
)
"""'those on the left condemn President Roe': whom a verdict is passed on, not who passes it."""
ENDS_WITH_FEELING = lazy(rf"\b{w.FEELING}$", re.IGNORECASE)
"""'expressed outrage with President Obama': whom a feeling is about, not who feels it."""
TIME_WORD = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Last|Next|This|Yesterday|Today|Tonight|"
    r"Tomorrow)"
)
"""'Earlier Wednesday a Ukrainian official said': a time opening the clause names nobody."""
# A name or institution right before the cue makes the source identifiable ("Goldman Sachs
# analysts said"); nationality and generic adjectives do not.
NAMED_BEFORE = lazy(r"(?:[A-Z][\w&.'’-]*\s+){1,4}$")
NOT_A_NAME = lazy(
    r"(?:[A-Z][a-z]+(?:an|ian|ese|ish|ch|i|ic)|U\.S\.|U\.K\.|Western|Eastern|Northern|Southern|Foreign|"
    r"Independent|Some|Many|Most|Several|Other|Top|Leading|The|A|An|And|But|However|Meanwhile|"
    r"According|Both|Yet|Still|Also|Now|Earlier|Later|Overall|Amid|In|On|At|For|Wall|Street|"
    rf"{TIME_WORD})$"
)
# "The researchers said" points back to people the story has already introduced ("that" is
# mostly a conjunction: "he said that experts believe").
DEFINITE_BEFORE = lazy(
    r"\b(?:the|this|these|those|both|his|her|their|its|our|such)\s+$", re.I
)
NAMED_AFTER = lazy(
    r",?\s+(?:[A-Z][a-z]+\s+){1,3}(?:of|at|from)?\s*[A-Z]|\s+(?:at|from|with|"
    r"of|including|such\s+as|like|led\s+by)\s+(?:the\s+)?[A-Z]|"
    r"\s+and\s+(?:the\s+)?(?![A-Z][a-z]+(?:an|ian|ese|ish|ch|i|ic)\b)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)+"
)
"""A name beside the cue: 'analysts at Acme', 'officials, Ana Roe of', and a named body that
shares the claim ('according to traders and Oil Price Data Services'; not 'and Japanese ...')."""


PARTY = lazy(rf"{w.PARTY_ADJECTIVE}$")
"""A party adjective looks like a nationality to NOT_A_NAME, but names the party's caucus."""
AFFILIATION = lazy(r"(?:supporters|allies|opponents|detractors|loyalists)\b", re.I)
"""A name before these says whom the crowd sides with, not who it is ('Trump supporters')."""
LEADER = lazy(r"(?-i:[A-Z][\w'’.-]*),?\s+(?:and|&)\s+$")
OTHERS = lazy(r"others?\b", re.IGNORECASE)
"""'Trump and other Republicans have alleged', 'Sen. Ana Roe, D-Ohio, and others have said': a
named source leads the group, which is the company he keeps, not a hidden source."""
PERSON_END = lazy(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]\w+|[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+)$"
)
"""A personal name: two capitalised words, or a courtesy title and one."""
BODY = lazy(
    r"(?:Ministry|Department|Party|Council|Committee|Office|Bank|House|Agency|Commission|Union|"
    r"Group|Company|Corporation|Association|Institute|University|Service|Board|Authority|"
    r"Embassy|Government|Court|Police|Army|Force|Forces|Fund|Organi[sz]ation)$"
)
"""'the Foreign Ministry', 'Lakeview University': a body, not a person."""


def ends_with_person(words: str) -> bool:
    """Tell whether `words` end with a personal name ('the council's chief Ana Roe')."""
    words = words.rstrip()
    return bool(PERSON_END.search(words)) and not BODY.search(words)


SURNAME = lazy(r"(?:^|\s)((?-i:[A-Z][a-z'’-]{2,}))$")
"""The last word of a phrase, a surname standing alone ('Jackson')."""
GIVEN_NAME = lazy(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?$")
"""The given name (and initial) right before a surname: 'Ehud Olmert', 'Ana B. Roe'."""


def named_before(text: str, words: str, at: int) -> bool:
    """Tell whether `words` end with a surname the text gave in full before `at`: 'a Jackson
    lawyer' after 'Michael Jackson' is the counsel of a person the story names."""
    surname = SURNAME.search(words.rstrip())
    if surname is None:
        return False
    name = surname.group(1)
    found = text.find(name, 0, at)
    while found >= 0:
        after = found + len(name)
        whole = after == len(text) or not text[after].isalnum()
        if whole and GIVEN_NAME.search(text, max(0, found - 30), found):
            return True
        found = text.find(name, found + 1, at)
    return False


def is_named(text: str, match: re.Match[str], sentence_start: int) -> bool:
    """Tell whether the clause names the source next to the cue, or refers back to one."""
    if OTHERS.match(match.group()) and LEADER.search(
        text, max(sentence_start, match.start() - 40), match.start()
    ):
        return True
    if DEFINITE_BEFORE.search(text, max(sentence_start, match.start() - 8), match.start()):
        return True
    before = NAMED_BEFORE.search(text, max(sentence_start, match.start() - 60), match.start())
    if before and AFFILIATION.match(text, match.start()):
        before = None
    if before and not AFTER_SAY.search(
        text, max(sentence_start, before.start() - 12), before.start()
    ):
        words = before.group().split()
        # A single capitalised word opening the sentence is more likely "Market" than a name.
        if (
            before.start() == sentence_start
            and len(words) < 2
            and not POSSESSIVE.search(words[0])
            and not ACRONYM.match(words[0])
        ):
            words = []
        if words and not all(NOT_A_NAME.match(word) for word in words):
            return True
        if PARTY.match(before.group().split()[-1]):
            return True
    if any(
        ending.search(match.group())
        for ending in (ENDS_WITH_SAY, ENDS_WITH_FEELING, ENDS_WITH_VERDICT)
    ):
        return False
    return bool(NAMED_AFTER.match(text, match.end(), min(len(text), match.end() + 60)))
