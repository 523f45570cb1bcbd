"""Direct quotes: their spans and, where the text names one, their speaker."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy

MAX_QUOTE = 3000
SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|explains|"
    r"emphasi[sz]ed|emphasi[sz]es|stressed|insisted|argued|warned|wrote|writes|asked|replied|"
    r"declared|announced|continued|recalled|acknowledged|admitted|claimed|suggested|"
    r"tweeted|posted|quipped|remarked|conceded|observed|cautioned|predicted|commented|"
    r"confirmed|responded|reported|reports|admits|explains|vowed|pledged|promised|"
    r"called|described|dubbed|branded|labell?ed)"
)
NAME = (
    r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|(?:al|el|bin|de|da|di|van|von)-[A-Z][\w'’.-]+"
    r"|de|van|von|al|bin))*"
)
PRONOUN = r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b"
WHO = rf"(?:{NAME}|{PRONOUN})"
QUOTE_PAIR = lazy(
    rf"“[^“”]{{1,{MAX_QUOTE}}}”|‘[^‘’]{{1,{MAX_QUOTE}}}’(?![A-Za-z])|\"[^\"\n]{{1,{MAX_QUOTE}}}\""
)
APPOSITION = r"(?:,[^,\"“”\n]{1,90},)?"
"""", a spokesman for the mayor," between a name and its verb."""
ROLE = r"(?:[^\s\"“”.!?]+\s+){0,7}?"
"""Up to seven words before a name: "Yukos spokesman", "Freddie Mac's chief economist"."""
AFTER = lazy(
    rf"\s*[,.!?]?\s*(?:{ROLE}(?P<who>{WHO}){APPOSITION}\s+{SPEECH}\b"
    rf"|{SPEECH}\s+(?P<tail>(?:[^.,;:\"“”\n(]|\n(?!\s*\n)){{1,100}}))"
)
AUXILIARY = r"(?:\s+(?:had|has|have|also|later|then|once|previously|earlier|again))*"
BEFORE = lazy(
    rf"(?P<who>{WHO}){APPOSITION}{AUXILIARY}\s+{SPEECH}(?:\s+[\w'’.-]+){{0,6}}\s*[:,]?\s*$"
)
TITLE_WORDS = frozenset(
    "minister secretary president chairman chairwoman chair coach chief director officer "
    "governor senator spokesman spokeswoman spokesperson leader head manager executive "
    "economist analyst professor general commander ambassador mayor judge captain".split()
)
LINKING_WORDS = frozenset(
    "on in at of for who from after during to when while as with".split()
)
ABBREVIATION = lazy(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Prof|Sgt|Capt|Maj|Jr|Sr)\.$"
)
CONTINUATION_GAP = 160
"""A quote without its own attribution that opens this close after an attributed quote (the
next sentence or paragraph, as in "…," he said. "…") continues that speaker's words."""
PRONOUN_ONLY = lazy(PRONOUN)
NAMED_SPEAKER = lazy(
    rf"(?:\b(?:by|{SPEECH})\s+(?P<after>{NAME}\s+{NAME}|[A-Z]\w+\s+[A-Z]\w+))"
    rf"|(?P<before>[A-Z]\w+\s+[A-Z]\w+),?\s+{SPEECH}\b"
)
SPEECH_WORDS = (
    "said says say told tells added adds noted notes stated states explained explains "
    "emphasised emphasized emphasises emphasizes stressed insisted argued warned wrote writes "
    "asked replied declared announced continued recalled acknowledged admitted claimed "
    "suggested tweeted posted quipped remarked conceded observed cautioned predicted commented "
    "confirmed responded reported reports admits vowed pledged promised called described "
    "dubbed branded labelled labeled"
).split()
"""Every word `SPEECH` matches."""
_SPEAKER_WORD = lazy(trie(("by", *SPEECH_WORDS)))
"""Where the first branch of NAMED_SPEAKER can start: inside a found word no branch starts,
as no word boundary lies between two letters."""
_NAME_BEFORE_SPEECH = lazy(rf"[A-Z]\w+\s+(?=[A-Z]\w+,?\s+{SPEECH}\b)")
"""Where the second branch of NAMED_SPEAKER can start: a capitalised word, another, a verb."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: offsets of the quoted words (marks included) and the speaker if found."""

    start: int
    end: int
    speaker: str | None = None


class _Speakers:
    """The people the text attributes words to, found on first use (most quotes name theirs)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: tuple[list[int], list[str]] | None = None

    def before(self, offset: int) -> str | None:
        """Return the last person named before `offset`, if any."""
        if self._found is None:
            offsets, names = [], []
            for match in _named_speakers(self._text):
                offsets.append(match.start())
                names.append(match.group("after") or match.group("before"))
            self._found = offsets, names
        offsets, names = self._found
        index = bisect_left(offsets, offset)
        return names[index - 1] if index else None


def _named_speakers(text: str) -> Iterator[re.Match[str]]:
    """Yield what `NAMED_SPEAKER.finditer(text)` yields, trying a match only where one can
    start: at "by" or a speech verb, or at a capitalised word two words before a speech verb.

    A capitalised letter inside the first word of a `_NAME_BEFORE_SPEECH` match is not tried:
    the match at the word's first capital covers it."""
    starts = {match.start() for match in _SPEAKER_WORD.finditer(text)}
    starts.update(match.start() for match in _NAME_BEFORE_SPEECH.finditer(text))
    end = 0
    for start in sorted(starts):
        if start >= end and (match := NAMED_SPEAKER.match(text, start)):
            end = match.end()
            yield match


def _clean(who: str) -> str:
    """Return a name without a sentence run into it ("Mr Larsson. According") or line breaks."""
    words = who.split()
    for index, word in enumerate(words[:-1]):
        if word.endswith(".") and not ABBREVIATION.search(word) and len(word) > 2:
            words = words[: index + 1]
            break
    return " ".join(words).rstrip(".")


def _named_in(tail: str) -> str | None:
    """Return the person a phrase after the verb names: "Hamburg coach Thomas Doll" -> Thomas Doll.

    A capitalised run followed by a lowercase noun is a modifier ("the French coach"), not a
    name; one followed by nothing or a linking word ("Zhong on the second day") is.
    """
    named = None
    for match in re.finditer(NAME, tail):
        following = tail[match.end() :].split()
        if not following or following[0].lower() in LINKING_WORDS:
            named = match.group()
            break
    if named is None:
        return None
    words = named.split()
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in TITLE_WORDS:
            words = words[index + 1 :]
            break
    return " ".join(words) or None


def _speaker(text: str, start: int, end: int, speakers: _Speakers) -> str | bool | None:
    """Return who the quote at start:end is attributed to, resolving pronouns to the last name.

    Return False when nothing around the quote attributes it (it may continue the last quote).
    """
    after = AFTER.match(text, end, min(len(text), end + 160))
    before = BEFORE.search(text, max(0, start - 160), start)
    if after and before and text[end - 2 : end - 1] == ".":
        after = None  # '… over." Mourinho claimed': the quote ended its sentence
    match = after or before
    if not match:
        return False
    who: str | None = match.group("who")
    if after and who is None:
        who = _named_in(after.group("tail"))
        if who is None:
            return None
    if who is not None and not PRONOUN_ONLY.fullmatch(who):
        return _clean(who)
    return speakers.before(match.start() if match is before else start)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Return the direct quotes of `text` in order, each with its speaker when one is named."""
    speakers = _Speakers(text)
    quotes: list[Quote] = []
    for m in QUOTE_PAIR.finditer(text):
        speaker = _speaker(text, m.start(), m.end(), speakers)
        if speaker is False:
            last = quotes[-1] if quotes else None
            close = last is not None and m.start() - last.end <= CONTINUATION_GAP
            speaker = last.speaker if close and last is not None else None
        quotes.append(Quote(m.start(), m.end(), speaker if isinstance(speaker, str) else None))
    return tuple(quotes)
