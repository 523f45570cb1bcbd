"""T106: one person given two present ages in one article ("21-year-old William Boucher" ...
"23-year-old William Boucher").

A present age stands beside a full name: "the 29-year-old Ana Ruiz" or "Ana Ruiz, 29,". A
mention by surname alone ("Ruiz, 31,") counts when one full name in the article has that
surname. A sentence that dates its age ("in 2010", "when", "at the time", "ago", "birthday",
"turned") may speak of another time and is left out, and so is a surname two full names share
(relatives).

A person described by a common noun alone counts too: "a 77-year-old barber" ... "the
71-year-old barber" when the later mention is definite (it points back) or the noun is described
only twice and close together, no description names anyone ("the 25-year-old lifter Liu"),
the noun is given no third age, and the later age appears nowhere else in the article (no
second barber of that age).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.people import KIN as _KIN
from flagger.detectors.temporal.people import NOT_NAMES as _NOT_NAMES
from flagger.report.finding import Finding

_NAME = r"[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z]+)+"
_AGED = lazy(rf"\b(?P<n1>\d{{1,3}})-year-old[ \t]+(?:[a-z]+[ \t]+){{0,2}}"
             rf"(?P<name1>{_NAME}|[A-Z][a-z]+)\b"
             rf"|\b(?P<name2>{_NAME}|[A-Z][a-z]+),[ \t]+(?P<n2>\d{{1,3}}),")
_OTHER_TIME = lazy(r"\b(?:1[6-9]|20)\d\d\b|\b(?:when|then|at the time|ago|birthday|"
                   r"turned|turns|later|earlier|former|aged?)\b", re.IGNORECASE)
# "a 77-year-old barber", "the 71-year-old barber": an article, the age, one lowercase noun.
_DESCRIBED = lazy(r"\b(?P<det>[Aa]n?|[Tt]he)[ \t]+(?P<n>\d{1,3})-year-old[ \t]+"
                  r"(?P<noun>[a-z]{3,})\b(?P<named>[ \t]+[A-Z])?")
_NEAR = 1000  # characters: two indefinite descriptions this close describe one person
_Mention = tuple[str, int, int, int]  # name, age, start, end of the age


def _surname(name: str) -> str:
    return name.split()[-1]


def _key(name: str) -> str:
    """First and last name: "President Ana Ruiz" and "Ana Ruiz" are one person."""
    words = [w for w in name.split() if not w.endswith(".")]
    return " ".join(words[-2:])


def _mentions(doc: Document) -> list[_Mention]:
    """The present ages beside names, in sentences that date nothing else."""
    found: list[_Mention] = []
    for sentence in doc.sentences:
        if "-year-old" not in sentence.text and not re.search(r", \d{1,3},", sentence.text):
            continue
        if _OTHER_TIME.search(sentence.text):
            continue
        for match in _AGED.finditer(doc.text, sentence.start, sentence.end):
            group = "1" if match["n1"] else "2"
            age = int(match["n" + group])
            if 0 < age < 120:
                found.append((match["name" + group], age, *match.span("n" + group)))
    return found


def _named_once(doc: Document, surname: str, known: dict[str, set[str]]) -> set[str]:
    """The one full name the article gives a surname whose ages stand beside the surname
    alone ("Bryon Hefner" ... "Hefner, 30," ... "Hefner, 34,"); none when two first names
    share it (relatives). The answer is kept in `known`."""
    if surname not in known:
        firsts = {m[1] for m in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(surname)}\b",
                                            doc.text) if m[1] not in _NOT_NAMES}
        known[surname] = {f"{firsts.pop()} {surname}"} if len(firsts) == 1 else set()
    return known[surname]


def _described(doc: Document) -> Iterator[tuple[_Mention, _Mention]]:
    """Pairs (first, later) of one common-noun person given two ages; see the module notes."""
    by_noun: dict[str, list[tuple[str, _Mention]]] = {}
    alone: list[tuple[str, _Mention, str]] = []  # one age in its sentence: det, mention, text
    for sentence in doc.sentences:
        if "-year-old" not in sentence.text or _OTHER_TIME.search(sentence.text):
            continue
        found = list(_DESCRIBED.finditer(doc.text, sentence.start, sentence.end))
        for match in found:
            mention = (match["noun"], int(match["n"]), *match.span("n"))
            det = "named" if match["named"] else match["det"].lower()
            by_noun.setdefault(match["noun"], []).append((det, mention))
        if len(found) == 1 and sentence.text.count("-year-old") == 1:
            alone.append((det, mention, sentence.text))
    _restated(by_noun, alone)
    for noun, mentions in by_noun.items():
        ages = {m[1] for _, m in mentions}
        if len(ages) != 2 or noun.endswith("s") or any(d == "named" for d, _ in mentions):
            continue
        first = mentions[0][1]
        for det, later in mentions[1:]:
            if later[1] != first[1] and (det == "the" or (
                    len(mentions) == 2 and later[2] - first[2] < _NEAR)) and len(
                    re.findall(rf"(?<![\d.,]){later[1]}(?![\d.,]\d)", doc.text)) == 1:
                yield first, later


def _restated(by_noun: dict[str, list[tuple[str, _Mention]]],
              alone: list[tuple[str, _Mention, str]]) -> None:
    """Add to a described noun the definite ages of sentences that restate it: "a 75-year-old
    veteran" ... "the 57-year-old victim is a veteran" (one age in the sentence)."""
    for det, mention, text in alone:
        if det != "the":
            continue
        for noun, mentions in by_noun.items():
            if noun != mention[0] and len(mentions) == 1 and mentions[0][1][2] < mention[2] \
                    and re.search(rf"\b{noun}\b", text):
                mentions.append((det, mention))


def age_disagreements(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T106: a later present age that differs from the first one given to the same person."""
    for earlier, later in _described(doc):
        yield _finding(doc, rule, f"the {later[0]}", earlier, later)
    mentions = _mentions(doc)
    full = {_key(m[0]) for m in mentions if " " in m[0]}
    by_surname: dict[str, set[str]] = {}
    for name in full:
        by_surname.setdefault(_surname(name), set()).add(name)
    first: dict[str, _Mention] = {}
    found_once: dict[str, set[str]] = {}
    for mention in mentions:
        name, age, start, _end = mention
        keys = by_surname.get(_surname(name)) or set()
        if not keys and not _KIN.search(doc.text, max(start - 40, 0), start):
            keys = _named_once(doc, _surname(name), found_once)  # not "his son, Ruiz, 12,"
        if len(keys) != 1:
            continue  # no full name, or two relatives with one surname
        key = next(iter(keys))
        if " " in name and _key(name) != key:
            continue
        earlier = first.setdefault(key, mention)
        if earlier[1] == age:
            continue
        yield _finding(doc, rule, key, earlier, mention)


def _finding(doc: Document, rule: Rule, who: str, earlier: _Mention, later: _Mention) -> Finding:
    """A warning on the later age, the earlier one related."""
    finding = rule.finding(
        doc, later[2], later[3],
        f"{who} is {later[1]} here but {earlier[1]} earlier in the article", score=0.7,
        evidence=(f"age {earlier[1]}", f"age {later[1]}"),
        related=(Span(earlier[2], earlier[3], doc.text[earlier[2]:earlier[3]], "age"),),
        suggestion=str(earlier[1]))
    return dataclasses.replace(finding, severity="warning")
