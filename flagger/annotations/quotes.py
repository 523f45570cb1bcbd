"""Direct quotes: their spans and, where the text names one, their speaker."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

MAX_QUOTE = 3000
SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|explains|"
    r"emphasi[sz]ed|emphasi[sz]es|stressed|insisted|argued|warned|wrote|writes|asked|replied|"
    r"declared|announced|continued|recalled|acknowledged|admitted|claimed|suggested)"
)
NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin))*"
PRONOUN = r"\b(?:he|she|they|I|we)\b"
WHO = rf"(?:{NAME}|{PRONOUN})"
QUOTE_PAIR = re.compile(
    rf"“[^“”]{{1,{MAX_QUOTE}}}”|‘[^‘’]{{1,{MAX_QUOTE}}}’(?![A-Za-z])|\"[^\"\n]{{1,{MAX_QUOTE}}}\""
)
AFTER = re.compile(
    rf"\s*[,.!?]?\s*(?:(?P<who>{WHO})\s+{SPEECH}\b"
    rf"|{SPEECH}\s+(?:(?:the\s+)?[a-z][\w-]*\s+){{0,3}}?(?P<who2>{WHO}))"
)
BEFORE = re.compile(rf"(?P<who>{WHO})\s+{SPEECH}(?:\s+[\w-]+){{0,3}}\s*[:,]?\s*$")
PRONOUN_ONLY = re.compile(PRONOUN)
NAMED_SPEAKER = re.compile(
    rf"(?:\b(?:by|{SPEECH})\s+(?P<after>{NAME}\s+{NAME}|[A-Z]\w+\s+[A-Z]\w+))"
    rf"|(?P<before>[A-Z]\w+\s+[A-Z]\w+),?\s+{SPEECH}\b"
)


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
            for match in NAMED_SPEAKER.finditer(self._text):
                offsets.append(match.start())
                names.append(match.group("after") or match.group("before"))
            self._found = offsets, names
        offsets, names = self._found
        index = bisect_left(offsets, offset)
        return names[index - 1] if index else None


def _speaker(text: str, start: int, end: int, speakers: _Speakers) -> str | None:
    """Return who the quote at start:end is attributed to, resolving pronouns to the last name."""
    after = AFTER.match(text, end, min(len(text), end + 80))
    match = after or BEFORE.search(text, max(0, start - 80), start)
    if not match:
        return None
    who: str | None = match.group("who") or (match.group("who2") if after else None)
    if who is not None and not PRONOUN_ONLY.fullmatch(who):
        return who.rstrip(".")
    return speakers.before(start)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Return the direct quotes of `text` in order, each with its speaker when one is named."""
    speakers = _Speakers(text)
    return tuple(
        Quote(m.start(), m.end(), _speaker(text, m.start(), m.end(), speakers))
        for m in QUOTE_PAIR.finditer(text)
    )
