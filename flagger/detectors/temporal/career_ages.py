"""T106: an age that the same person's career rules out ("Collins, 64, a senator since 1967"
in 2017: about 14 in 1967).

A present age stands beside its person ("Collins, 64,", "the 37-year-old Anderson", "Franks,
60, who", "Franks, who is 60 and has served"); the career is the clause that follows it, or a
later sentence whose subject is that person ("He has served ...", "where Wilson-Griffin
worked from 1981"): a verb of a job or an office ("served", "joined", "became", "was
elected", "began his career") or a role noun ("a senator", "treasury secretary") and the
year it holds ("since", "in", "from", "between"), or the years it has run ("worked at the
mill for the past 45 years": begun 45 years before publication at the latest). The age at
that year is at most the age less the years to publication; it is flagged when it falls
below what the role allows: a child under 14 for any job, 18 for a senior office, the legal
minimum of a US senator (30) or member of the House (25). The same clause with "remembers"
or "recalls" flags a memory from before the age of three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.people import KIN, NOT_NAMES
from flagger.report.finding import Finding

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A present age and its person: "Collins, 64,", "Trostel, who is now 69,", "Trostel, who is
# 69 and has", "the 37-year-old Anderson", "The 43-year-old was".
_AGE = lazy(
    rf"\b(?P<n1>{_NAME}),\s+(?:aged\s+|now\s+|who\s+is\s+(?:now\s+)?)?(?P<a1>\d{{2,3}}),"
    rf"|\b(?P<n3>{_NAME}),\s+who\s+is\s+(?:now\s+)?(?P<a3>\d{{2,3}})\s+and\b"
    rf"|\b(?P<a2>\d{{2,3}})-year-old(?:\s+(?:{_NAME}\s+)*(?P<n2>{_NAME})\b)?")
_AGE_FIGURE = lazy(r"\d\d(?:,|-year-old)")
"""What every `_AGE` match holds: an age's last two digits and its comma or "-year-old"."""
_STOP = lazy(r"[;:()—–]|,\s|\b(?:that|which|whose|where|while|said|says|told)\b"
                       r"|\band\s+(?:his|her|their|its|it|the|a|an|he|she|they)\b")
# The clause after the age, up to its verb or role: "who in 2006 became", "has also been".
# "In 1996, Grullon founded": a year fronted before the subject holds the clause too.
_OPENING = lazy(
    rf"\s*(?:(?:In|Since)\s+(?P<y1>{_YEAR}),?\s+(?:[Hh]e|[Ss]he|{_NAME})\s+)?"
    rf"(?:who\s+)?(?:(?:in|since)\s+(?P<y0>{_YEAR})\s+)?(?P<aux>(?:has|have|had|is|was)\s+)?"
    r"(?:(?:also|long|since|now)\s+)?(?P<been>been\s+)?")
# A role apposed without a verb: "a senator", "the treasury secretary", "PaineWebber's broker".
_APPOSED = lazy(r"(?:an?|the|[A-Z][\w.&'’-]*)\b")
_VERB = lazy(
    r"(?P<verb>served|serves|worked|works|joined|hired|founded|co-founded|headed|heads|"
    r"chaired|chairs|became|elected|re-elected|appointed|named|began|started|remembers|"
    r"remembered|recalls|recalled)\b")
_CAREER = lazy(r"\b(?:career|work|working|job)\b")
# Role nouns with the least age they allow (a state senator's is the state's own).
_ROLES = (
    (30, "US senator", lazy(r"(?<![Ss]tate )\b(?:senator|Senate)\b")),
    (25, "member of Congress", lazy(
        r"\bcongress(?:wo)?man\b|\bmember\s+of\s+(?:the\s+)?(?:Congress|House)\b")),
    (18, "", lazy(
        r"\b(?:director|chief|CEO|chairman|chairwoman|president|secretary|minister|governor|"
        r"mayor|judge|ambassador|executive|officer|manager|professor|editor|partner|lawmaker|"
        r"legislator|senator|official|commissioner|prosecutor|lawyer|attorney|broker)s?\b")),
)
# the years a job has run: "for the past 45 years", "for 30 years"
_RUN = lazy(rf"\bfor\s+(?:the\s+(?:past|last)\s+)?(?P<n>\d{{1,3}}|{NUMBER_WORDS})\s+years\b")
_WHEN = lazy(
    rf"\b(?:since|in|from|between)\s+(?:early\s+|late\s+|mid-?)?(?P<year>{_YEAR})\b"
    r"(?!\d|-?year)")
# The subject of a sentence that a past verb follows: "..., Wilson-Griffin succumbed".
_SUBJECT = lazy(rf"(?:^|,\s+)(?P<n>{_NAME})\s+[a-z]+ed\b")
_OPENS = lazy(r"\s*The\s+")
_VERB_NEXT = lazy(r"\s+(?:has|had|was|is|[a-z]+ed)\b")
# A remembered year: "remembers the 1945 floods", "recalls the floods in 1945".
_RECALLED = lazy(rf"\b(?:the|in)\s+(?P<year>{_YEAR})\b(?![-\d])")
_PRONOUN = lazy(r"\s*(?:He|She)\s+")
_FRONTED_PRONOUN = lazy(r"(?:he|she)\s+")
_FRONTED = lazy(rf"\s*(?:In|Since)\s+{_YEAR},?\s+")
_REACH = 130  # characters from the age to the end of its clause
_CHAIN = 3  # later sentences a pronoun chain may run
_MEMORY = 3  # the least age at which a remembered event counts


def career_age_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T106: an age that the year of the same person's job, office or memory rules out."""
    published = doc.article.published
    if published is None:
        return
    text = doc.text
    for index, sentence in enumerate(doc.sentences):
        if not _AGE_FIGURE.search(text, sentence.start, sentence.end):
            continue
        for match in _AGE.finditer(text, sentence.start, sentence.end):
            group = next(g for g in ("a1", "a2", "a3") if match[g])
            age = int(match[group])
            name = match["n1"] or match["n2"] or match["n3"]
            if not 18 <= age < 110 or (name in NOT_NAMES):
                continue
            if name is None:
                if not _OPENS.fullmatch(text, sentence.start, match.start()) or not \
                        _VERB_NEXT.match(text, match.end()):
                    continue  # "a 48-year-old lawmaker": a description, not a person named
                name = _previous_subject(doc, index)  # "The 43-year-old was ..."
            clauses = [(match.end(), sentence.end)]
            clauses += _later_clauses(doc, index, name)
            for start, end in clauses:
                found = _career(text, start, min(end, start + _REACH), "now" in match.group(),
                                published.year)
                if found is None:
                    continue
                year, where, bound, what = found
                most = age - (published.year - year)
                if year <= published.year and most < bound:
                    yield _finding(doc, rule, (match.span(group), where),
                                   (age, published.year, year, most), (bound, what))
                    break


def _previous_subject(doc: Document, index: int) -> str | None:
    """The name that is the subject of the sentence before ("..., Wilson-Griffin succumbed")."""
    if index == 0:
        return None
    prev = doc.sentences[index - 1].text
    names = list(_SUBJECT.finditer(prev))
    return names[-1]["n"] if names and names[-1]["n"] not in NOT_NAMES else None


def _later_clauses(doc: Document, index: int, name: str | None) -> list[tuple[int, int]]:
    """Where the person is the subject after the age's sentence: sentences that open with
    "He" or "She" next to it, and any sentence where the surname stands before a verb; a
    sentence that fronts its year ("In 1996, Grullon founded") from its start."""
    clauses: list[tuple[int, int]] = []
    for later in doc.sentences[index + 1 : index + 1 + _CHAIN]:
        fronted = _FRONTED.match(later.text)
        opening = (_FRONTED_PRONOUN.match(later.text, fronted.end()) if fronted
                   else _PRONOUN.match(later.text))
        if opening is None:
            break
        clauses.append((later.start + (0 if fronted else opening.end()), later.end))
    if name is None or len(_full_names(doc.text, name)) > 1:
        return clauses  # two people share the surname: relatives
    for later in doc.sentences[index + 1 :]:
        if name not in later.text:
            continue
        for found in re.compile(rf"\b{name}\b(?!['’])").finditer(doc.text, later.start,
                                                                   later.end):
            fronted = _FRONTED.match(doc.text, later.start, found.start())
            clauses.append((later.start if fronted and fronted.end() == found.start()
                            else found.end(), later.end))
    return clauses


def _full_names(text: str, surname: str) -> set[str]:
    """The first names written before `surname` in `text`."""
    return {m[1] for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{surname}\b", text)
            if m[1] not in NOT_NAMES}


def _career(text: str, start: int, end: int, now: bool,
            this_year: int) -> tuple[int, tuple[int, int], int, str] | None:
    """The year, its span, the least age and the role of a job or office the clause at
    `start` gives its subject, or None; a memory only of an age told as "now N" (not "Kern,
    40, remembers the 1945 victims", a commemoration). Years the job has run ("for the past
    45 years") date its start at the latest that many years before `this_year`."""
    opening = _OPENING.match(text, start, end)
    if opening is None:
        return None
    stop = _STOP.search(text, opening.end(), end)
    end = stop.start() if stop else end
    if KIN.search(text, start, end):
        return None
    verb = _VERB.match(text, opening.end(), end)
    clause = text[start:end]
    bound, what = 0, ""
    for least, label, role in _ROLES:
        found = role.search(clause)
        if found:
            bound, what = least, label or found.group()
            break
    if verb is not None:
        said = verb["verb"]
        if said.startswith(("remember", "recall")):
            if not now:
                return None
            bound, what = _MEMORY, "remember it"
        elif said in ("began", "started") and not _CAREER.search(clause):
            return None
        elif not bound:
            bound, what = (18, "office") if "elected" in said else (14, "a job")
    if not bound:
        return None
    if verb is None and not (opening["aux"] or opening["been"]
                             or _APPOSED.match(text, opening.end(), end)):
        return None  # "Kern visited the director in 1985": the role is someone else's
    if opening["y0"] or opening["y1"]:
        group = "y0" if opening["y0"] else "y1"
        return int(opening[group]), opening.span(group), bound, what
    when = (_RECALLED if bound == _MEMORY else _WHEN).search(text, opening.end(), end)
    if when is None:
        ran = _RUN.search(text, opening.end(), end) if bound != _MEMORY else None
        years = cardinal(ran["n"]) if ran else None
        if ran is None or years is None:
            return None
        return this_year - years, (ran.start("n"), ran.end()), bound, what
    return int(when["year"]), when.span("year"), bound, what


def _finding(doc: Document, rule: Rule, spans: tuple[tuple[int, int], tuple[int, int]],
             years: tuple[int, int, int, int], role: tuple[int, str]) -> Finding:
    """The finding on the age, its career year related."""
    (a_start, a_end), (y_start, y_end) = spans
    age, now, year, most = years
    bound, what = role
    text = doc.text
    if what == "remember it":
        why = f"too young to {what}"
    elif what == "a job":
        why = f"a child under {bound} holds no job"
    else:
        why = f"{'an' if what[0] in 'aeiouAEIOU' else 'a'} {what} is at least {bound}"
    age_then = f"about {most}" if most >= 0 else f"not born ({-most} years before birth)"
    message = (f"{age} in {now} → {age_then} in {year}; {why}: the age or the year is wrong")
    return rule.finding(doc, a_start, a_end, message, score=0.7, severity="warning",
                        evidence=(f"age {age} in {now}", f"{what} in {year}"),
                        related=(Span(y_start, y_end, text[y_start:y_end], "career year"),))

