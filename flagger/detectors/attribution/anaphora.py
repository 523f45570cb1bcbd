"""'They said' a sentence or two after an unnamed crowd, 'he said' after one unnamed person ('a
banker said', 'the official said'), 'the brokers added' a few sentences after 'brokers said':
the pronoun or the definite noun carries the same unnamed source on."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.named import NOT_A_NAME
from flagger.detectors.attribution.placenames import is_place
from flagger.detectors.wordscan import finditer_at

THEY_SAY = lazy(
    rf"\bthey(?<!\bif\sthey)(?<!\bthan\sthey)\s+{w.AUX}(?:{w.SAY}|{w.OPINE}){w.VERB_END}",
    re.IGNORECASE,
)
"""The pronoun comes before the look-behinds ('if they', 'than they' are no speakers) so that
the engine tries the pattern only where a word starts with 't'."""
HE_SAYS = lazy(
    rf"\b(?:he|she)(?<!\bif\she)(?<!\bif\sshe)\s+{w.AUX}(?:{w.SAY}|{w.OPINE}){w.VERB_END}",
    re.IGNORECASE,
)
SINGULAR = lazy(r"(?:an?|one|another)\s", re.IGNORECASE)
NAME = lazy(r"(?<![.!?\"“‘(]\s)(?<!^)\b[A-Z][a-z]+\b")
"""A capitalised word inside a sentence: a person the pronoun may point to instead."""
ANY_SAY = lazy(rf"\b{w.SAY}\b", re.IGNORECASE)
SAME_SPEAKER = lazy(r"(?:\band|,)\s+(?:(?:also|later|then|\w+ly)\s+)?$", re.IGNORECASE)
"""A speech verb with no subject of its own ('..., and added') or a participle (', adding') goes
on with the same speaker; one after a new subject ('the bank said') starts another."""
OWN_CLAUSE = lazy(rf"\s+(?:that\s+)?(?:they|he|she)\s+{w.AUX}", re.IGNORECASE)
"""'Brokers said they expect ...': the source's own clause, right after its verb, with itself as
subject, starts no other speaker."""
CALENDAR = lazy(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)$"
)
REPORTED = lazy(r"\bthat\s+$", re.IGNORECASE)
"""'Democrats acknowledged that they felt ...': a pronoun opening a reported clause is the
subject of someone else's report, not a new speaker."""
COMPARED = lazy(r"\b(?:than|as)\s+$|\bto\s+$", re.IGNORECASE)
"""'higher than expected', 'as expected': a participle of comparison, no speaker; 'failed to
report', 'plans to say': an infinitive has no subject of its own, so no new speaker."""
TOLD_END = lazy(r"\b(?:told|tells)$", re.IGNORECASE)
TOLD_AUDIENCE = lazy(
    r"\s+(?:the\s+[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3}|[A-Z][\w&'’-]*\b(?![ \t]+[A-Z]))"
)
"""'told Reuters', 'told the Financial Times': the outlet the source told, right after the verb
(not 'told Rosa Lind', a person a later pronoun may point to)."""
QUOTE_GAP = lazy(r"[\s,]*")
"""Between a quote and its speech verb: a comma and spaces."""
CLOSING = lazy(r"[,.!?][\"”]\s*$")
QUOTE_REACH = 600
"""How far back the opening mark of a quote the finder missed is looked for."""
HEAD = lazy(rf"{w.ROLE_HEAD}|{w.CROWD}", re.IGNORECASE)
THE = r"\bthe\s+(?:(?-i:[a-z][\w-]*)\s+)?"
THE_NOUN_SAYS = lazy(
    rf"{THE}([a-z][\w-]*)\s+{w.AUX}(?:{w.SAY}|{w.OPINE}){w.VERB_END}", re.IGNORECASE
)
"""'The brokers said': one pattern for every article; the noun is looked up among its sources'
heads (a pattern built per article from its nouns cost a compile of several ms each time)."""
PRONOUN_REACH = 2
"""How many sentences on a pronoun ('he said') may still take up the last unnamed source, when
no other speaker (a speech verb with a subject of its own, or a name for 'he') comes between."""
DEFINITE_REACH = 3
"""How many sentences on a definite noun ('the brokers') may still take up an unnamed source."""
CARRIED = frozenset({"A101", "A102", "A104"})
"""Codes whose source a plural pronoun can take up; hearsay (A103) has no speaker."""


def carried(doc: Document, sources: list[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """Yield (code, start, end) of each 'they said' (or 'he/she said') outside quotes whose
    nearest source, at most PRONOUN_REACH sentences before with no other speech verb between,
    is an unnamed plural (or singular) source; a singular one only with no capitalised word
    between.

    `sources` are the kept (code, start, end) findings, in text order.
    """
    if not sources:
        return
    text = doc.text
    ends = [end for _, _, end in sources]
    for plural, pattern, pronouns in ((True, THEY_SAY, ("they",)), (False, HE_SAYS, ("he", "she"))):
        for match in finditer_at(pattern, text, doc.lowered, pronouns):
            at = bisect.bisect_right(ends, match.start())
            if at == 0:
                continue
            code, start, end = sources[at - 1]
            said = _quote_before(doc, match.start())  # '"...," she added': from the quote
            if (
                code in CARRIED
                and (not SINGULAR.match(text, start) if plural else _singular(text, start))
                and 1 <= doc.sentence_index(said) - doc.sentence_index(start) <= PRONOUN_REACH
                and doc.quote_at(match.start(), match.end()) is None
                and not REPORTED.search(text, max(0, match.start() - 6), match.start())
                and _same_speaker(text, end, said)
                and (plural or not _someone_named(text, _past_audience(text, end), said))
            ):
                yield code, match.start(), match.end()


def _singular(text: str, start: int) -> bool:
    """Tell whether the source starting at `start` is one person for 'he' or 'she': 'a banker
    said', or 'the official said' taking up one ('the officials said' is a crowd). 'They' may
    take up 'the source' too, whose sex the writer hides."""
    if SINGULAR.match(text, start):
        return True
    definite = THE_NOUN_SAYS.match(text, start)
    return definite is not None and not definite.group(1).lower().endswith("s")


def _start(span: tuple[str, int, int]) -> int:
    return span[1]


def _quote_before(doc: Document, at: int) -> int:
    """Return where the direct quote that `at` follows ('"We are ready," she said') begins,
    if one ends just before it past the source; else `at`."""
    text = doc.text
    index = bisect.bisect_right(doc.quotes, at, key=lambda quote: quote.start) - 1
    if index >= 0 and doc.quotes[index].end <= at:
        quote = doc.quotes[index]
        if QUOTE_GAP.fullmatch(text, quote.end, at):
            return quote.start
    closing = CLOSING.search(text, max(0, at - 8), at)
    if closing is None:  # a quote the finder missed (one broken over lines) opens at its mark
        return at
    opening = max(text.rfind(mark, max(0, at - QUOTE_REACH), closing.start()) for mark in "\"“")
    return opening if opening >= 0 else at


def chains(
    doc: Document, sources: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Return the spans that carry the `sources` on: pronouns, taken up again by later
    pronouns ('Officials said ... They said ... , they said'), and definite nouns."""
    found = list(definite(doc, sources))
    known = set(sources) | set(found)  # 'the banker said. "...," he added': the noun's pronoun
    while new := [span for span in carried(doc, sorted(known, key=_start)) if span not in known]:
        known.update(new)
        found.extend(new)
    return found


def _someone_named(text: str, start: int, end: int) -> bool:
    """Tell whether a capitalised word between `start` and `end` may be a person ('Danish' is
    a nationality, 'However' an opener, 'Monday' a day, 'China' and 'to Moscow' places)."""
    return any(
        not NOT_A_NAME.match(name.group())
        and not CALENDAR.match(name.group())
        and not is_place(text, name.start(), name.end())
        for name in NAME.finditer(text, start, end)
    )


def _past_audience(text: str, end: int) -> int:
    """Return where the words after a source's verb begin, past the outlet it told ('a senior
    official told Reuters.'): the audience is no person a later 'he' may point to."""
    told = TOLD_AUDIENCE.match(text, end) if TOLD_END.search(text, max(0, end - 6), end) else None
    return told.end() if told else end


def _same_speaker(text: str, start: int, end: int) -> bool:
    """Tell whether every speech verb between `start` and `end` goes on with the same speaker
    (', and added', 'said they expect')."""
    for verb in ANY_SAY.finditer(text, start, end):
        before = max(0, verb.start() - 6)
        if verb.group().lower().endswith("ing") or COMPARED.search(text, before, verb.start()):
            continue
        if OWN_CLAUSE.fullmatch(text, start, verb.start()):
            continue
        if not SAME_SPEAKER.search(text, max(start, verb.start() - 20), verb.start()):
            return False
    return True


def definite(doc: Document, sources: list[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """Yield (code, start, end) of each 'the brokers said' outside quotes whose head noun heads
    an unnamed source found at most DEFINITE_REACH sentences before."""
    text = doc.text
    heads: dict[str, tuple[str, int]] = {}
    for code, start, end in sources:
        for word in re.finditer(r"[A-Za-z-]+", text[start:end]):
            if HEAD.fullmatch(word.group()):
                heads.setdefault(word.group().lower().rstrip("s"), (code, start))
    if not heads:
        return
    for match in finditer_at(THE_NOUN_SAYS, text, doc.lowered, ("the",)):
        head = heads.get(match.group(1).lower().rstrip("s"))
        if head is None:
            continue
        code, start = head
        gap = doc.sentence_index(match.start()) - doc.sentence_index(start)
        if 0 < gap <= DEFINITE_REACH and doc.quote_at(match.start(), match.end()) is None:
            yield code, match.start(), match.end()
