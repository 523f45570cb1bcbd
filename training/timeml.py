"""Read TimeML `.tml` files: body text, document creation time and gold TIMEX3 spans."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A gold TIMEX3 of the document body: offsets into `TimeMLDocument.text`."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One TimeML document: the text of its TEXT element, its DCT and its body TIMEX3s."""

    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


def _dct(root: ET.Element) -> date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                return date.fromisoformat((timex.get("value") or "")[:10])
            except ValueError:
                return None
    return None


def _flatten(element: ET.Element, parts: list[str], timexes: list[GoldTimex]) -> None:
    """Append the element's text to `parts`, recording TIMEX3 offsets (tails excluded)."""
    start = sum(map(len, parts))
    if element.text:
        parts.append(element.text)
    for child in element:
        _flatten(child, parts, timexes)
        if child.tail:
            parts.append(child.tail)
    if element.tag == "TIMEX3" and element.get("functionInDocument") != "CREATION_TIME":
        end = sum(map(len, parts))
        text = "".join(parts)[start:end]
        timexes.append(
            GoldTimex(start, end, text, element.get("type", ""), element.get("value", ""))
        )


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse one `.tml` file; only the TEXT element is scored, as in TempEval-3."""
    root = ET.parse(path).getroot()
    body = root.find("TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    if body is not None:
        _flatten(body, parts, timexes)
    return TimeMLDocument(path.name, "".join(parts), _dct(root), tuple(timexes))


def read_corpus(folder: Path) -> list[TimeMLDocument]:
    """Every `.tml` file under `folder`, sorted by path."""
    return [read_timeml(path) for path in sorted(folder.rglob("*.tml"))]
