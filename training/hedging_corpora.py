"""Readers for the hedging corpora: sentences with an uncertainty label and cue spans."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

CueSpans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """One sentence: text, 1 if uncertain, cue offsets into the text, document and genre."""

    text: str
    label: int
    cues: CueSpans
    doc_id: str
    genre: str


def _collapse(text: str, spans: list[tuple[int, int]]) -> tuple[str, CueSpans]:
    """Collapse runs of whitespace and strip, moving the spans along."""
    out: list[str] = []
    mapping: list[int] = []
    for char in text:
        mapping.append(len(out))
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(char)
    mapping.append(len(out))
    collapsed = "".join(out)
    stripped = collapsed.rstrip()
    moved = []
    for start, end in spans:
        new_start, new_end = mapping[start], mapping[end]
        segment = stripped[new_start:new_end]
        new_start += len(segment) - len(segment.lstrip())
        new_end -= len(segment) - len(segment.rstrip())
        if new_end > new_start:
            moved.append((new_start, new_end))
    return stripped, tuple(moved)


def flatten(
    element: ET.Element, is_cue: Callable[[ET.Element], bool], token_tag: str = ""
) -> tuple[str, CueSpans]:
    """Return an element's text (whitespace collapsed) and the spans of its cue elements."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0

    def add(piece: str | None) -> None:
        nonlocal length
        if piece:
            parts.append(piece)
            length += len(piece)

    def walk(node: ET.Element) -> None:
        start = length
        add(node.text)
        for child in node:
            walk(child)
            add(child.tail)
        if node.tag == token_tag:
            add(" ")
        if is_cue(node):
            spans.append((start, length))

    walk(element)
    return _collapse("".join(parts), spans)


def _doc_id(document: ET.Element) -> str:
    """Return a document's id."""
    return (document.findtext("DocID") or "").strip()


def read_szeged(path: Path, genre: str) -> Iterator[LabelledSentence]:
    """Yield Szeged Uncertainty Corpus sentences; uncertain iff one holds a `<ccue>`."""
    root = ET.parse(path).getroot()
    for document in root.iter("Document"):
        doc_id = _doc_id(document)
        for sentence in document.iter("Sentence"):
            text, cues = flatten(sentence, lambda node: node.tag == "ccue")
            if text:
                yield LabelledSentence(text, int(bool(cues)), cues, doc_id, genre)


def read_bioscope(path: Path) -> Iterator[LabelledSentence]:
    """Yield BioScope sentences; uncertain iff one holds a speculation `<cue>`."""
    root = ET.parse(path).getroot()
    for document in root.iter("Document"):
        doc_id = _doc_id(document)
        for sentence in document.iter("sentence"):
            text, cues = flatten(
                sentence, lambda node: node.tag == "cue" and node.get("type") == "speculation"
            )
            if text:
                yield LabelledSentence(text, int(bool(cues)), cues, doc_id, "bio")


def read_sfu(folder: Path) -> Iterator[LabelledSentence]:
    """Yield SFU Review sentences (tokens joined by spaces); uncertain iff a speculation cue."""
    for path in sorted(folder.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        doc_id = f"{path.parent.name}/{path.stem}"
        for sentence in root.iter("SENTENCE"):
            text, cues = flatten(
                sentence,
                lambda node: node.tag == "cue" and node.get("type") == "speculation",
                token_tag="W",
            )
            if text:
                yield LabelledSentence(text, int(bool(cues)), cues, doc_id, "review")


def read_conll_tsv(path: Path) -> Iterator[LabelledSentence]:
    """Yield CoNLL-2010 biological sentences from a TSV (label, text, source, doc_id, sent_id)."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield LabelledSentence(row["text"], int(row["label"]), (), row["doc_id"], "bio")


def read_wiki_sample(path: Path) -> Iterator[LabelledSentence]:
    """Yield the CoNLL-2010 Wikipedia weasel sample (label -1 = uncertain, 1 = certain)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for number, (label, text) in enumerate(csv.reader(handle)):
            yield LabelledSentence(text, int(label == "-1"), (), f"row{number}", "wiki")


def read_test_docs(path: Path) -> dict[str, frozenset[str]]:
    """Return the test document ids of each Szeged file, keyed by file name."""
    listed = json.loads(path.read_text(encoding="utf-8"))
    return {name: frozenset(ids) for name, ids in listed.items()}


def read_lexicon(path: Path) -> list[str]:
    """Return a word list's entries (lower-cased; comments, blanks and placeholders dropped)."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip().lower()
        if entry and not entry.startswith("#") and "_" not in entry:
            entries.append(entry)
    return entries
