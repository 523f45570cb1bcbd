"""Offsets for LanguageTool clients: annotated text back to the original, code points to UTF-16.

flagger's offsets count code points in the plain text it analysed. A LanguageTool client wants
UTF-16 code units (an emoji counts two) in the document it sent: for annotated text (`data`),
that is the text and the markup together, where markup is skipped or read as its `interpretAs`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from flagger.serve.bodies import parse_json
from flagger.serve.fields import checked_string
from flagger.serve.records import FieldError


class Utf16:
    """Converts code-point offsets of one text into UTF-16 code-unit offsets."""

    def __init__(self, text: str) -> None:
        """Remember where the characters outside the Basic Multilingual Plane are."""
        self.astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        """Return the UTF-16 offset of code-point offset `offset`."""
        return offset + bisect_left(self.astral, offset)


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the checked text and where it sits in the original document."""

    plain: int
    plain_end: int
    original: int
    original_end: int
    is_text: bool


class Document:
    """The text flagger checks, and the map from its offsets to the original document's."""

    def __init__(self, pieces: list[tuple[str, str, bool]]) -> None:
        """Build from (plain text, original text, is_text) pieces in order."""
        self.plain = "".join(plain for plain, _, _ in pieces)
        self.original = "".join(original for _, original, _ in pieces)
        self.pieces: list[Piece] = []
        at_plain = at_original = 0
        for plain, original, is_text in pieces:
            if plain:
                self.pieces.append(
                    Piece(
                        at_plain,
                        at_plain + len(plain),
                        at_original,
                        at_original + len(original),
                        is_text,
                    )
                )
            at_plain += len(plain)
            at_original += len(original)
        self.starts = [piece.plain for piece in self.pieces]
        self.ends = [piece.plain_end for piece in self.pieces]
        self.utf16 = Utf16(self.original)

    @classmethod
    def of_text(cls, text: str) -> Document:
        """Return a document of plain text."""
        return cls([(text, text, True)])

    def start(self, offset: int) -> int:
        """Return the original offset of a span starting at plain `offset`."""
        index = bisect_right(self.starts, offset) - 1
        if index < 0:
            return 0
        piece = self.pieces[index]
        return piece.original + (offset - piece.plain if piece.is_text else 0)

    def end(self, offset: int) -> int:
        """Return the original offset of a span ending at plain `offset`."""
        index = bisect_left(self.ends, offset)
        if index >= len(self.pieces):
            return len(self.original)
        piece = self.pieces[index]
        if piece.is_text:
            return piece.original + (offset - piece.plain)
        return piece.original_end

    def span16(self, start: int, end: int) -> tuple[int, int]:
        """Return the UTF-16 (offset, length) in the original of the plain span [start, end)."""
        first = self.utf16(self.start(start))
        return first, self.utf16(self.end(end)) - first


def parse_annotated(value: str) -> Document:
    """Read LanguageTool's annotated text: {"annotation": [{"text": ..} | {"markup": ..}]}."""
    data = parse_json(value.encode("utf-8"), "data")
    items = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise FieldError("data", 'expected {"annotation": [{"text": ...}, {"markup": ...}]}')
    return Document([_piece(item, number) for number, item in enumerate(items)])


def _piece(item: Any, number: int) -> tuple[str, str, bool]:
    """Return (plain, original, is_text) of one annotation item."""
    where = f"data.annotation[{number}]"
    if not isinstance(item, dict):
        raise FieldError(where, "expected an object with 'text' or 'markup'")
    if "text" in item:
        text = checked_string(item["text"], f"{where}.text", required=True) or ""
        return text, text, True
    if "markup" in item:
        markup = checked_string(item["markup"], f"{where}.markup", required=True) or ""
        meaning = checked_string(item.get("interpretAs"), f"{where}.interpretAs") or ""
        return meaning, markup, False
    raise FieldError(where, "expected an object with 'text' or 'markup'")
