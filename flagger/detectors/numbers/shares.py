"""N102 shares: "31 out of 659 MPs, or 2%" states a share its own two figures contradict.

The part, the whole and the percentage must sit in one phrase ("A of B …, or P%", "A of the B
(P%)", "A out of B is P percent", "of the B …, A (P%)", "A/B, or P%"); rounding within the
written digits and the qualifier ("about", "more than") is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    MONTH_WORD,
    NUMBER,
    NUMBER_RE,
    PERCENT_UNIT,
    PERCENT_WORD,
    WORD_VALUES,
    Figure,
    figure,
    format_figure,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

WHOLE = NUMBER.replace("?P<", "?P<w")
WORDS = trie(sorted(WORD_VALUES, key=len, reverse=True))
OWNER = r"(?:(?:the|all|its|their|those|these)\s+)?(?:[\w.]+['’]s\s+)?"
QUALIFIER = (
    r"(?P<q>(?:about|around|roughly|nearly|almost|some|approximately|just over|just under|"
    r"more than|over|less than|under|only|just)\s+)?"
)
LINK = r"(?:represents|is|was|accounts for|amounts to|makes up|equals)"
PERCENT = rf"(?P<p>\d+(?:\.\d+)?){PERCENT_WORD}"
PART = rf"(?<![\w.,]){NUMBER}(?!{PERCENT_UNIT}|\d|[.,]\d)"
PART_NOUN = r"(?:\s+[a-z][\w'’-]*)?(?:\s+(?:of|for|in)\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)?"
"""The part's noun and a short phrase after it: "shares of Acme common", "yen for roads"."""
PART_QUALIFIER = r"(?:about|around|roughly|nearly|almost|some|over|more than|under|less than)"
FORMS = (
    # "31 out of 659 MPs, or 2%"; "600,000 of Brazil's 183 million citizens (or around 3 percent)"
    lazy(
        rf"{PART}(?:\s+[a-z]+)?\s+(?:out\s+)?of\s+{OWNER}{WHOLE}"
        r"(?:\s+[A-Za-z][\w'’-]*){0,3}?"
        rf"(?:,\s+or|\s+\((?:or\s+)?|,\s+|\s+(?:is|are|was|were|or|—|-)\s+)\s*{QUALIFIER}{PERCENT}"
    ),
    # "28,700, about 40% of the state's 56,000 cases"; "813,000 shares or 95 pct of its 855,255";
    # "900 shares of Acme common, or 90 pct of the 1,000"; "50 mln dlrs for roads, 40 pct of the"
    lazy(rf"{PART}{PART_NOUN}(?:,|\s+or|,\s+or)\s+{QUALIFIER}{PERCENT}\s+of\s+{OWNER}{WHOLE}"),
    # "only 2% of MPs - 31 out of 659 -"
    lazy(
        rf"{QUALIFIER}{PERCENT}\s+of\s+(?:[A-Za-z][\w'’-]*\s+){{0,3}}?(?:-|–|—|\()\s*"
        rf"{PART.replace('?P<', '?P<x')}\s+(?:out\s+)?of\s+{WHOLE}"
    ),
    # "out of those 326 studies, 256 (89%)"; "Of the 1,491 cases in 2012: 915 (61.4%)"
    lazy(
        rf"\b(?:out\s+)?of\s+{OWNER}{WHOLE}\s+[^.;!?\n]{{0,80}}?[,:]\s*(?:[^\w\s]\s*)?"
        rf"(?:only\s+|just\s+)?{PART}\s*(?:\(\s*|[–—-]\s*|,\s+or\s+){QUALIFIER}{PERCENT}",
        re.IGNORECASE,
    ),
    # "7/192, or 3.6%"
    lazy(rf"{PART}/{WHOLE},?\s+(?:or\s+|\(){QUALIFIER}{PERCENT}"),
    # "120m but this represents less than 8% of the country's 1.3 billion people"
    lazy(rf"{PART}(?:\s+[a-z]+){{0,3}}?,?\s+(?:but\s+|and\s+)?(?:this|that|which|it)\s+"
         rf"{LINK}\s+{QUALIFIER}{PERCENT}\s+of\s+{OWNER}{WHOLE}"),
    # "of the 22,332 who died ..., with 5,873 people, amounting to 36%"; "over 10,000 cases
    # of COVID-19 with 245 deaths, that is a 3.2% fatality rate"
    lazy(rf"{WHOLE}\s[^.;!?\n]{{0,160}}?\bwith\s+{PART}(?:\s+[a-z]+){{0,2}},\s+"
         rf"(?:amounting to|representing|accounting for|or|that is|which is)\s+(?:an?\s+)?"
         rf"{QUALIFIER}{PERCENT}(?!\s+of\b)"),
    # "12,300 letters, of which more than 80 percent, or over 7,000, were"
    lazy(rf"{WHOLE}(?:\s+[a-z][\w'’-]*){{0,2}},?\s+of\s+(?:which|whom)\s+{QUALIFIER}{PERCENT},?"
         rf"\s+(?:or\s+)?(?P<pq>{PART_QUALIFIER}\s+)?{PART}"),
    # "tested 45 patients and found that nine of them, or 35%, had": the sentence's only
    # figure before the part (`_first_figure`)
    lazy(rf"(?<![\w.,]){WHOLE}(?:\s+[A-Za-z][\w'’-]*,?){{1,20}}?\s+(?P<num>\d[\d,]*|{WORDS})\s+"
         rf"of\s+(?:them|those|these),?\s+(?:or\s+|\()\s*{QUALIFIER}{PERCENT}",
         re.IGNORECASE),
)
FOLLOWING = lazy(
    rf"(?:That|This)(?:['’]s|\s+{LINK})\s+{QUALIFIER}{PERCENT}"
)
"""A share stated in the next sentence: "47 of 73 inspectors signed. That is 74% of them."
"""
DAY = lazy(rf"\b{MONTH_WORD}\s+$")
WHOLE_QUALIFIER = lazy(
    r"\b(?:over|more than|under|less than|fewer than|about|around|nearly|almost|some|roughly)"
    r"\s+$"
)
FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
             "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
             "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0}
FRACTION = lazy(
    rf"(?P<frac>{'|'.join(FRACTIONS)})\s+of\s+(?:[\w'’.-]+\s+){{0,12}}?"
    rf"(?:\(|[–—-]\s)\s*{PART}\s+(?:out\s+)?of\s+{OWNER}{WHOLE}",
    re.IGNORECASE,
)
QUALIFIER_BEFORE = lazy(QUALIFIER.replace(")?", ")") + "$", re.IGNORECASE)
"""A share in words with its part and whole beside it: "over half of her meetings (85 of
154 people)"; a word share allows 10% either way beside its qualifier."""
PAIR = lazy(rf"{PART}\s+(?:out\s+)?of\s+{OWNER}{WHOLE}")
GATES = (
    lazy(r"\d (?:out )?of |\d(?:%| percent| per cent| pct) of "),
    lazy(r"[Oo]f (?:the |those |these |all )?\d[\d,.]* [a-z]"),
    lazy(r"\d/\d"),
    lazy(rf"\b(?:this|that|which|it) {LINK} (?:[a-z]+ ){{0,2}}\d[\d.]*{PERCENT_UNIT}"
         r" of "),
    lazy(r"\bwith \d[\d,.]*(?: [a-z]+){0,2}, (?:amounting|representing|accounting|or|that is|"
         r"which is)\b"),
    lazy(r"\bof (?:which|whom) (?:[a-z]+ ){0,2}\d"),
    lazy(r" of (?:them|those|these),? (?:or |\()"),
)
"""The cue of each group of forms: part-first, whole-first, slash, "this represents",
"with A, amounting to", "B, of which P%, or A" and "A of them, or P%" forms; a form is tried
only in the sentences that hold its cue."""
GROUPS = (FORMS[:3], FORMS[3:4], FORMS[4:5], FORMS[5:6], FORMS[6:7], FORMS[7:8],
          FORMS[8:9])
PERCENT_OF = ("% of ", "percent of ", "per cent of ", "pct of ")
GATE_WORDS: tuple[tuple[str, ...], ...] = (
    (" of ",),
    ("f ",),
    ("/",),
    PERCENT_OF,
    (", amounting", ", representing", ", accounting", ", or", ", that is", ", which is"),
    ("of which ", "of whom "),
    (" of them", " of those", " of these"),
)
"""Every match of each of `GATES` holds one of its words: a text without them is not scanned."""
PERCENT_UNITS = ("%", "percent", "per cent", "pct")
PERCENT_CUE = lazy(r"%|percent|per cent|pct")


def shares(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for shares that do not fit their part and whole."""
    text = doc.text
    if "half of" in text or "third" in text or "quarter" in text or "fifth" in text:
        yield from _fractions(doc, rule)  # shares in words
    if not any(unit in text for unit in PERCENT_UNITS):
        return
    for gate, words, forms in zip(GATES, GATE_WORDS, GROUPS, strict=True):
        if not any(word in text for word in words):
            continue
        spans = sorted({_sentence(doc, hit.start()) for hit in gate.finditer(text)})
        for start, end in spans:
            if not PERCENT_CUE.search(text, start, end):
                continue  # every form states its share in percent
            for form in forms:
                for match in form.finditer(text, start, end):
                    if form is FORMS[-1] and not _first_figure(text, start, match):
                        continue
                    yield from _judge(doc, rule, match)
    yield from _following(doc, rule)


def _fraction_matches(text: str) -> Iterator[re.Match[str]]:
    """The word shares of `text`, tried only where a fraction word and "of" stand."""
    folded = text.lower()
    for word in ("half of", "third of", "thirds of", "quarter of", "quarters of", "fifth of"):
        at = folded.find(word)
        while at >= 0:
            for back in (0, 2, 4, 6):  # "a third", "one third", "two-thirds", "three quarters"
                match = FRACTION.match(text, max(0, at - back))
                if match and match.end("frac") == at + word.index(" of"):
                    yield match
                    break
            at = folded.find(word, at + 1)


def _fractions(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    for match in _fraction_matches(text):
        part_match = NUMBER_RE.match(text, match.start("cur" if match.group("cur") else "num"))
        whole_match = NUMBER_RE.match(text, match.start("wcur" if match.group("wcur") else "wnum"))
        if part_match is None or whole_match is None:
            continue
        part, whole = figure(part_match), figure(whole_match)
        if whole.value <= 0 or part.value > whole.value or is_year(whole) or is_year(part):
            continue
        stated = FRACTIONS[match.group("frac").casefold().replace("\xa0", " ")]
        actual = part.value / whole.value * 100
        low, high = stated / 1.1, stated * 1.1
        before = QUALIFIER_BEFORE.search(text, max(0, match.start() - 14), match.start())
        qualifier = before.group("q").strip().casefold() if before else ""
        if qualifier in {"more than", "over", "just over"}:
            low, high = stated - 0.01, float("inf")
        elif qualifier in {"less than", "under", "just under"}:
            low, high = 0.0, stated + 0.01
        elif qualifier in {"almost", "nearly"}:
            low, high = stated * 0.85, stated + 0.01
        elif qualifier not in {"", "only", "just"}:
            low, high = stated * 0.85, stated * 1.15
        if low <= actual <= high:
            continue
        opening = before.start() if before else match.start()
        said = text[opening : match.end("frac")]
        yield rule.finding(
            doc, opening, match.end("frac"),
            f"{said} does not fit {part.text} of {whole.text}: that is {actual:.1f}%",
            related=(Span(part.start, part.end, part.text, "part"),
                     Span(whole.start, whole.end, whole.text, "whole")),
            evidence=(f"{format_figure(part.value)}"
                      f" / {format_figure(whole.value)} = {actual:.1f}%",),
        )


def _following(doc: Document, rule: Rule) -> Iterator[Finding]:
    """'47 of 73 inspectors signed. That's 74% of the total.': the one pair of the sentence
    before a sentence that opens with "That's P%"."""
    text = doc.text
    for index, sentence in enumerate(doc.sentences[1:], start=1):
        share = FOLLOWING.match(text, sentence.start)
        if share is None:
            continue
        before = doc.sentences[index - 1]
        pairs = list(PAIR.finditer(text, before.start, before.end))
        if len(pairs) == 1 and not PERCENT_CUE.search(text, before.start, before.end):
            yield from _judge(doc, rule, pairs[0], share)


def _first_figure(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether "them" can only mean the whole: no figure but years before it in the sentence."""
    return all(is_year(figure(m)) for m in NUMBER_RE.finditer(text, start, match.start()))


def _sentence(doc: Document, at: int) -> tuple[int, int]:
    """Return the bounds of the sentence holding `at` (the whole text if none)."""
    if not doc.sentences:
        return 0, len(doc.text)
    sentence = doc.sentences[doc.sentence_index(at)]
    return sentence.start, sentence.end


def _judge(
    doc: Document, rule: Rule, match: re.Match[str], share: re.Match[str] | None = None
) -> Iterator[Finding]:
    """Flag the share of one match (or of `share`, the next sentence's) when its part and
    whole give another."""
    text = doc.text
    stated_match = share or match
    key = "xnum" if "xnum" in match.groupdict() else "num"
    cur = match.groupdict().get("xcur" if key == "xnum" else "cur") or ""
    part_match = NUMBER_RE.match(text, match.start(key) - len(cur))
    whole_match = NUMBER_RE.match(text, match.start("wnum") - len(match.group("wcur") or ""))
    word = WORD_VALUES.get(match.group(key).casefold())
    if whole_match is None or (part_match is None and word is None):
        return
    whole = figure(whole_match)
    part = figure(part_match) if part_match else Figure(
        match.start(key), match.end(key), match.group(key), float(word or 0), 0.0, 1.0, False, "")
    if whole.value <= 0 or part.value > whole.value or part.currency != whole.currency:
        return
    if is_year(whole) or is_year(part) or DAY.search(text, max(0, whole.start - 10), whole.start):
        return  # "May 12" is a day
    low = max(part.value - part.half_unit, 0) / (whole.value + whole.half_unit) * 100
    high = (part.value + part.half_unit) / max(whole.value - whole.half_unit, 1e-9) * 100
    low, high = _part_bound(match, low, high)
    low, high = _whole_bound(text, whole.start, low, high)
    said = stated_match.group("p")
    stated = float(said)
    decimals = len(said.split(".")[1]) if "." in said else 0
    half = 0.5 * 10 ** -decimals
    low, high = low - half - 0.01 * stated, high + half + 0.01 * stated
    qualifier = (stated_match.group("q") or "").strip()
    if qualifier in {"more than", "over", "just over"}:
        low = 0.0  # "more than 4%" allows any share above 4
    elif qualifier in {"less than", "under", "just under"}:
        high = float("inf")
    elif qualifier not in {"", "only", "just"}:
        low, high = low * 0.85 - 1, high * 1.15 + 1
    if low <= stated <= high:
        return
    yield share_finding(doc, rule, stated_match, part, whole)


def share_finding(
    doc: Document, rule: Rule, stated: re.Match[str], part: Figure, whole: Figure
) -> Finding:
    """The N102 finding on a stated share (group "p" of `stated`) that part / whole denies."""
    said = stated.group("p")
    actual = part.value / whole.value * 100
    return rule.finding(
        doc, stated.start("p"), stated.end("p"),
        f"{said}% does not fit {part.text} of {whole.text}: that is {actual:.1f}%",
        related=(Span(part.start, part.end, part.text, "part"),
                 Span(whole.start, whole.end, whole.text, "whole")),
        evidence=(f"{format_figure(part.value)} / {format_figure(whole.value)} = {actual:.1f}%",),
    )


def _whole_bound(text: str, at: int, low: float, high: float) -> tuple[float, float]:
    """Widen a share's range by the word before its whole: "over 10,000 cases" allows any
    smaller share, "about 10,000" 15% either way."""
    before = WHOLE_QUALIFIER.search(text, max(0, at - 14), at)
    if before is None:
        return low, high
    if before.group().strip() in {"over", "more than"}:
        return 0.0, high
    if before.group().strip() in {"under", "less than", "fewer than"}:
        return low, float("inf")
    return low * 0.85, high * 1.15


def _part_bound(match: re.Match[str], low: float, high: float) -> tuple[float, float]:
    """Widen a share's range by the word before its part: "or over 9,400" allows a part up to
    a tenth larger, "or about 9,400" a tenth either way."""
    word = (match.groupdict().get("pq") or "").strip()
    if word in {"over", "more than"}:
        return low, high * 1.1
    if word in {"under", "less than"}:
        return low * 0.9, high
    return (low * 0.9, high * 1.1) if word else (low, high)
