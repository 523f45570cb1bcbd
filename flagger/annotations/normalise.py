"""Text as the matchers should see it, with a map back to the text as given.

Scraped and pasted articles carry characters a reader never sees: zero-width spaces and joiners,
byte-order marks and word joiners inside the text, soft hyphens, non-breaking and narrow spaces,
and typographic apostrophes inside words. Every annotation and rule runs on a normalised copy in
which invisible characters are removed, odd spaces are plain spaces and a word-internal `’` is
`'`; `Normalised` maps each offset of the copy back, so every offset flagger reports still points
into the text as given.
"""

from __future__ import annotations

from dataclasses import dataclass

from flagger.annotations.lazyre import lazy

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003"
APOSTROPHES = "\u2019\u02bc\u2032"
# One leading character class lets a search skip ahead to the next candidate character instead
# of testing a look-behind at every position (about ten times faster on news text).
_ODD = lazy(
    f"[{INVISIBLE}{SPACES}{APOSTROPHES}](?:(?<=[{INVISIBLE}{SPACES}])|(?<=\\w[{APOSTROPHES}])(?=\\w))"
)
_TABLE = str.maketrans({**{c: " " for c in SPACES}, **{c: "'" for c in APOSTROPHES}})


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised copy of a text; `origin[i]` is where its character `i` sits in the original."""

    original: str
    text: str
    origin: tuple[int, ...] | None = None
    """None when the copy is the original (nothing needed normalising)."""

    def start(self, offset: int) -> int:
        """Return the original offset of a span starting at `offset` in the copy."""
        if self.origin is None:
            return offset
        return self.origin[offset] if offset < len(self.origin) else len(self.original)

    def end(self, offset: int) -> int:
        """Return the original (exclusive) end of a span ending at `offset` in the copy."""
        if self.origin is None:
            return offset
        return self.origin[offset - 1] + 1 if offset > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original offsets of the copy's start:end (an empty span stays empty)."""
        if end <= start:
            at = self.start(start)
            return at, at
        return self.start(start), self.end(end)


def normalise(text: str) -> Normalised:
    """Return `text` normalised for matching, with its offset map (none when nothing changed)."""
    if not _ODD.search(text):
        return Normalised(text, text)
    kept: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _ODD.finditer(text):
        kept.append(text[position : match.start()])
        origin.extend(range(position, match.start()))
        char = match.group()
        if char not in INVISIBLE:
            kept.append(char.translate(_TABLE))
            origin.append(match.start())
        position = match.end()
    kept.append(text[position:])
    origin.extend(range(position, len(text)))
    return Normalised(text, "".join(kept), tuple(origin))
