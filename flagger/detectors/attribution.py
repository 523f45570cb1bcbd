"""Vague attribution (A rules): claims hung on sources nobody can identify."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.detectors import attribution_cues as cues
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

RULES = (
    Rule(
        code="A101",
        name="unnamed-source",
        category="attribution",
        severity="warning",
        flags="A claim credited to sources the reader cannot identify or check.",
        why="Anonymous sourcing may be justified, but the reader should learn why and how the "
        "source knows; unexplained, it lets anyone's claim pass as fact.",
        example="According to official sources, the meeting will take place next week.",
        fix="Name the source, or say why it cannot be named and how it knows.",
        in_quote="info",
    ),
    Rule(
        code="A102",
        name="vague-authority",
        category="attribution",
        severity="warning",
        flags="An opinion credited to an unnamed crowd: experts, analysts, critics, many.",
        why="'Experts say' borrows authority without showing whose; the reader cannot weigh "
        "expertise or bias, and the writer's own view can hide behind it.",
        example="Experts and analysts are contemplating possible scenarios.",
        fix="Name at least one expert and their affiliation, or attribute the view to the writer.",
        in_quote="info",
    ),
    Rule(
        code="A103",
        name="unsourced-report",
        category="attribution",
        severity="warning",
        flags="A claim passed on from reports or hearsay without saying whose.",
        why="'Media reports appeared' and 'reportedly' repeat a claim without anyone standing "
        "behind it; the reader cannot trace it to its origin.",
        example="Earlier, media reports appeared regarding a possible meeting.",
        fix="Name the outlet or report, and whether it was confirmed.",
        in_quote="info",
    ),
    Rule(
        code="A104",
        name="role-described-source",
        category="attribution",
        severity="info",
        flags="A claim credited to an unnamed person described only by role: a senior diplomat, "
        "one commander, a bank official, witnesses, friends of the couple.",
        why="A role says where the source sits but not who it is; often justified in news, it "
        "still asks the reader to trust the reporter's judgement of the source.",
        example="The ceasefire will hold, a senior diplomat said.",
        fix="Name the source, or say why it cannot be named and how it knows.",
        in_quote="info",
    ),
)
RULE = {rule.code: rule for rule in RULES}
MESSAGES = {
    "A101": "Unnamed source: '{words}'; the reader cannot tell who this is or how they know",
    "A102": "Vague authority: '{words}'; which experts, and who are they?",
    "A103": "Unsourced report: '{words}'; whose report, and was it confirmed?",
    "A104": "Source described only by role: '{words}'; who is it, and how do they know?",
}

PATTERNS: tuple[tuple[str, str], ...] = (
    ("A101", rf"\baccording\s+to\s+(?:{cues.SOURCE_WORDS}\s+)*sources?\b"),
    (
        "A101",
        rf"\b(?:{cues.SOURCE_WORDS}\s+)*sources?\s+(?:close\s+to|familiar\s+with|{cues.SAY}\b)",
    ),
    ("A101", rf"\b{cues.SAY}\s+(?:{cues.SOURCE_WORDS}\s+)*sources\b"),
    (
        "A101",
        r"\b(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they)\s+"
        r"(?:not\s+be|remain\s+un)(?:named|identified))",
    ),
    (
        "A101",
        r"\b(?:asked|declined)\s+not\s+to\s+be\s+(?:named|identified)|"
        r"\bdeclined\s+to\s+be\s+(?:named|identified)",
    ),
    (
        "A101",
        r"\b(?:people|persons?|officials?|insiders?|someone|a\s+person|sources?)\s+"
        r"(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|briefed\s+on)\s+"
        r"(?:the\s+|his\s+|her\s+|their\s+)?(?:matter|situation|talks|discussions|negotiations|plans?|"
        r"deal|decision|thinking|investigation|case|process|probe)",
    ),
    (
        "A101",
        r"\b(?:an?\s+|one\s+|two\s+|three\s+|several\s+)?(?:unnamed|anonymous|unidentified)\s+"
        r"(?:[\w-]+\s+){0,2}(?:officials?|sources?|persons?|people|diplomats?|insiders?|aides?)\b",
    ),
    (
        "A102",
        rf"\b{cues.QUANTIFIER}{cues.CROWD}\s+(?:have\s+|has\s+|had\s+|also\s+|now\s+|long\s+|\w+ly\s+)?"
        rf"{cues.OPINE}\b",
    ),
    (
        "A102",
        rf"\b{cues.OPINE}\s+{cues.QUANTIFIER}{cues.CROWD}\b(?!\s+(?:at|from|with|of|including|such\s+as|"
        r"like|led\s+by)\s+[A-Z])(?!\s+[A-Z][a-z])",
    ),
    (
        "A102",
        r"\b(?:many|some|others|most|people|everyone|everybody)\s+(?:people\s+|observers\s+|"
        r"americans\s+|others\s+)?(?:believe|say|saying|think|thought|argue|fear|suspect|claim|"
        r"feel|suggest|see|view|consider|expect|hope)\b",
    ),
    (
        "A102",
        r"\bit\s+(?:is|was|has\s+been)\s+(?:widely\s+|generally\s+|commonly\s+)?(?:believed|"
        r"thought|accepted|agreed|assumed|known|estimated)\s+that\b",
    ),
    (
        "A102",
        r"\b(?-i:(?:[a-z][\w-]*\s+){0,3}?)(?:studies|research|experts|science|surveys)\s+"
        r"(?:have\s+|has\s+)?(?:show|shows|shown|suggest|suggests|suggested|proves?|found|finds|"
        r"indicates?|indicated)\b",
    ),
    ("A102", rf"\baccording\s+to\s+{cues.QUANTIFIER}{cues.CROWD}\b"),
    (
        "A104",
        rf"\b{cues.DESCRIBED}{cues.ROLE}\s+(?:have\s+|has\s+|had\s+|also\s+|\w+ly\s+)?"
        rf"(?:{cues.SAY}|{cues.OPINE})\b",
    ),
    (
        "A104",
        rf"\b{cues.SAY}\s+(?:an?|one|two|three|several|another)\s+"
        rf"(?-i:(?:(?:[a-z][\w-]*|{cues.NATIONALITY})\s+){{0,3}}?){cues.ROLE}\b",
    ),
    (
        "A104",
        r"\b(?:said\s+the\s+(?-i:(?:[a-z][\w-]*\s+){0,2}?)(?:official|source|insider)s?\b|"
        r"the\s+(?-i:(?:[a-z][\w-]*\s+){0,2}?)(?:official|source|insider)s?\s+"
        r"(?:said|says|told|added)\b)",
    ),
    ("A104", rf"\baccording\s+to\s+{cues.DESCRIBED}{cues.ROLE}\b"),
    (
        "A103",
        r"\b(?:media|press|news)\s+reports?\s+(?:have\s+|had\s+)?(?:appeared|emerged|surfaced|"
        r"circulated|said|say|says|suggest(?:ed|s)?|indicate[sd]?|claim(?:ed|s)?|alleged?)\b",
    ),
    (
        "A103",
        r"\baccording\s+to\s+(?:some\s+|several\s+|unconfirmed\s+|local\s+|media\s+|press\s+|"
        r"news\s+|various\s+|multiple\s+|recent\s+)*(?:reports|media|rumou?rs|predictions|"
        r"estimates)\b",
    ),
    (
        "A103",
        r"\b(?:there\s+(?:are|were|have\s+been)\s+(?:unconfirmed\s+)?reports|"
        r"unconfirmed\s+reports|rumou?rs\s+(?:have\s+)?(?:circulated|suggest|say|spread))\b",
    ),
    ("A103", r"\breportedly\b|\bwidely\s+reported\b|\bword\s+has\s+it\b"),
    (
        "A103",
        r"\b(?:reports|rumou?rs)\s+(?:have\s+|had\s+)?(?:emerged|surfaced|circulated|appeared|"
        r"spread|swirled|suggest(?:ed|s)?|indicated?)\b",
    ),
    ("A103", r"\bamid\s+(?:[a-z]+\s+){0,2}?(?:reports|rumou?rs|claims)\b"),
    (
        "A103",
        rf"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely\s+|also\s+|generally\s+)?"
        rf"(?:{cues.REPORT_VERB}\s+to(?=\s+(?!(?:the|a|an|this|that|his|her|their|its|me|us|them)\b)"
        rf"(?-i:[a-z]))|quoted\s+as\s+(?:saying|telling))\b",
    ),
    (
        "A103",
        r"\b(?:media|press|news)\s+(?:outlets\s+|organi[sz]ations\s+)?(?:was|were|is|are|have|"
        r"has)\s+(?:been\s+)?(?:reporting|saying|claiming|speculating)\b",
    ),
    (
        "A103",
        r"\b(?:some|several|many|other|various|multiple|unconfirmed)\s+(?:recent\s+|earlier\s+)?"
        r"(?:reports|estimates|accounts|rumou?rs)\b",
    ),
    (
        "A103",
        r"\bit\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:said|reported|rumou?red|claimed|"
        r"alleged|understood)\s+that\b",
    ),
)
AFTER_SAY = re.compile(rf"\b{cues.SAY}\s+$", re.IGNORECASE)
"""Capitalised words after a speech verb name the audience ("told Reuters"), not the source."""
POSSESSIVE = re.compile(r"['’]s$")
ENDS_WITH_SAY = re.compile(rf"\b{cues.SAY}$", re.IGNORECASE)
COMPILED = tuple((code, re.compile(pattern, re.IGNORECASE)) for code, pattern in PATTERNS)
# Cues are found from their keywords, not by trying every pattern at every word of the text:
# each match of a pattern contains one of its keywords (lower-cased), starting at most `reach`
# characters before it, so only the word starts in that window are tried. A cue whose words run
# on for more than REACH characters before its keyword is found from a later word.
REACH = 160
KEYWORDS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("according",), 0),
    (("source",), REACH),
    (("sources",), REACH),
    (("condition",), REACH),
    (("asked", "declined"), 0),
    (("familiar", "knowledge", "close", "briefed"), REACH),
    (("unnamed", "anonymous", "unidentified"), REACH),
    (cues.CROWD_WORDS, REACH),
    (cues.CROWD_WORDS, REACH),
    (("many", "some", "others", "most", "people", "everyone", "everybody"), 0),
    (("it",), 0),
    (("studies", "research", "experts", "science", "surveys"), REACH),
    (("according",), 0),
    (cues.ROLE_WORDS, REACH),
    (cues.ROLE_WORDS, REACH),
    (("official", "source", "insider"), REACH),
    (("according",), 0),
    (("media", "press", "news"), 0),
    (("according",), 0),
    (("there", "unconfirmed", "rumo"), 0),
    (("reportedly", "widely", "word"), 0),
    (("reports", "rumo"), 0),
    (("amid",), 0),
    (cues.REPORTED_WORDS, 40),
    (("media", "press", "news"), 0),
    (("reports", "estimates", "accounts", "rumo"), 40),
    (("it",), 0),
)
# The only characters that match an ASCII letter case-insensitively but do not lower-case to it;
# a text with one of them is scanned whole.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
WORD_START = re.compile(r"\b\w")
# A name or institution right before the cue makes the source identifiable ("Goldman Sachs
# analysts said"); nationality and generic adjectives do not.
NAMED_BEFORE = re.compile(r"(?:[A-Z][\w&.'’-]*\s+){1,4}$")
NOT_A_NAME = re.compile(
    r"(?:[A-Z][a-z]+(?:an|ian|ese|ish|ch|i|ic)|Western|Eastern|Northern|Southern|Foreign|"
    r"Independent|Some|Many|Most|Several|Other|Top|Leading|The|A|An|And|But|However|Meanwhile|"
    r"According|Both|Yet|Still|Also|Now|Earlier|Later|Overall|Amid|In|On|At|For)$"
)
# "The researchers said" points back to people the story has already introduced.
DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|both|his|her|their|its|our|such)\s+$", re.I
)
NAMED_AFTER = re.compile(
    r",?\s+(?:[A-Z][a-z]+\s+){1,3}(?:of|at|from)?\s*[A-Z]|\s+(?:at|from|with|"
    r"of|including|such\s+as|like|led\s+by)\s+(?:the\s+)?[A-Z]"
)


@dataclass(frozen=True, slots=True)
class _Match:
    code: str
    start: int
    end: int


def _is_named(text: str, match: re.Match[str], sentence_start: int) -> bool:
    """Tell whether the clause names the source next to the cue, or refers back to one."""
    if DEFINITE_BEFORE.search(text, max(sentence_start, match.start() - 8), match.start()):
        return True
    before = NAMED_BEFORE.search(text, max(sentence_start, match.start() - 60), match.start())
    if before and not AFTER_SAY.search(
        text, max(sentence_start, before.start() - 12), before.start()
    ):
        words = before.group().split()
        # A single capitalised word opening the sentence is more likely "Market" than a name.
        if before.start() == sentence_start and len(words) < 2 and not POSSESSIVE.search(words[0]):
            words = []
        if words and not all(NOT_A_NAME.match(word) for word in words):
            return True
    if ENDS_WITH_SAY.search(match.group()):  # "told Reuters": the outlet, not the source
        return False
    return bool(NAMED_AFTER.match(text, match.end(), min(len(text), match.end() + 60)))


def _keyword_positions(lowered: str, keywords: tuple[str, ...]) -> list[int]:
    """Return the sorted offsets of every keyword occurrence in the lower-cased text."""
    positions = []
    for word in keywords:
        at = lowered.find(word)
        while at >= 0:
            positions.append(at)
            at = lowered.find(word, at + 1)
    return sorted(positions)


def _starts(text: str, positions: list[int], reach: int) -> Iterator[int]:
    """Yield, in order, the word starts at most `reach` before a keyword."""
    if reach == 0:  # the cue starts with its keyword; `pattern.match` checks the word boundary
        yield from positions
        return
    tried = -1
    for at in positions:
        begin = max(at - reach, tried + 1)
        if begin > at:
            continue
        for word in WORD_START.finditer(text, begin, at + 1):
            yield word.start()
        tried = at


def _finditer(
    pattern: re.Pattern[str], text: str, positions: list[int] | None, reach: int
) -> Iterator[re.Match[str]]:
    """Yield what `pattern.finditer(text)` yields, trying only starts near keyword `positions`.

    Without positions (a text with characters that fold unusually) the whole text is scanned.
    """
    if positions is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in _starts(text, positions, reach):
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


def _matches(doc: Document) -> Iterator[_Match]:
    """Yield every cue match whose source is not named beside it, longest first per position."""
    text = doc.text
    lowered: str | None = text.lower()
    if FOLDS_TO_ASCII.search(text) or len(lowered or "") != len(text):
        lowered = None
    found: dict[tuple[str, ...], list[int]] = {}  # patterns share keyword lists
    for (code, pattern), (keywords, reach) in zip(COMPILED, KEYWORDS, strict=True):
        positions = None
        if lowered is not None:
            if keywords not in found:
                found[keywords] = _keyword_positions(lowered, keywords)
            positions = found[keywords]
        for match in _finditer(pattern, text, positions, reach):
            sentence = doc.sentences[doc.sentence_index(match.start())] if doc.sentences else None
            if code != "A103" and _is_named(text, match, sentence.start if sentence else 0):
                continue
            yield _Match(code, match.start(), match.end())


def _without_overlaps(matches: list[_Match]) -> list[_Match]:
    """Keep the earliest, then the stronger tier (a role is the weakest), then the longest."""
    kept: list[_Match] = []
    for match in sorted(matches, key=lambda m: (m.start, m.code == "A104", -(m.end - m.start))):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def detect(doc: Document) -> Iterator[Finding]:
    """Yield A-rule findings: unnamed sources, vague authorities and unsourced reports."""
    for match in _without_overlaps(list(_matches(doc))):
        rule = RULE[match.code]
        words = " ".join(doc.text[match.start : match.end].split())
        yield rule.finding(
            doc,
            match.start,
            match.end,
            MESSAGES[rule.code].format(words=words),
            evidence=(words,),
            suggestion=rule.fix,
        )
