"""Whether a date ends the phrase of its verb ("opened in 2019.", "which began on May 2 looks
set to end"), stands before its event noun ("in an August 14 briefing") or opens its clause
("On March 28 Acme said"), rather than modifying another word ("2019 results")."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import tokenize, verb_lemma
from flagger.detectors.temporal.fronted import opens_clause
from flagger.detectors.temporal.verb_words import DATE_PREPS, PRENOMINAL

_FOLLOW_OK = frozenset(
    {"and", "or", "but", "to", "when", "after", "before", "with", "as", "at", "in", "on", "for",
     "from", "by", "if", "while", "because", "that", "which", "who", "where", "than", "said",
     "says", "so", "amid", "even", "though", "although", "despite", "until", "then", "is", "are",
     "was", "were", "has", "have", "had", "will", "would", "under", "against", "into", "over",
     "he", "she", "it", "they", "we", "i", "due", "following", "the", "a", "an", "since",
     "either", "all", "both", "whether", "about"}
)
# After a date that ends its phrase: "of" and a figure ("a payment on June 3 of 500,000
# dlrs"), or a participle and its object or a colon ("a letter on April 30 saying that", "a
# statement on May 7 stating:").
_FOLLOW_PHRASE = lazy(r"\s*(?:of\s+[$£€\d]|[a-z]+ing\s+(?:that|the|a|an|it|he|she|they|"
                                 r"its|his|her|their|them|him|us)\b|[a-z]{2,}ing\s*:)")
# A relative clause that the date closes: "the strike which began on May 2" ...
_RELATIVE = lazy(r"\b(?:which|who|that)\s+(?:[a-z]+\s+){1,3}$")
# ... before the present tense of its main clause: "... looks set to end".
_PRESENT_S = lazy(r"\s+[a-z]{2,}(?<!ss)(?<!us)(?<!is)s\b")


def ends_phrase(text: str, tx: TimeExpression, end: int) -> bool:
    """Whether the date, written up to `end` (a span's last day), ends its phrase ("in
    2019."), rather than modifying ("2019 results"); a date right after a past verb and its
    preposition ends that verb's phrase whatever follows ("opened on March 9 Colonial Hill
    Apartments", "repurchased on June 25 310,000 shares")."""
    following = tokenize(text, end, min(end + 30, len(text)))
    if not following or _after_past_verb(text, tx.start):
        return True
    word = following[0]
    if _FOLLOW_PHRASE.match(text, end) or _closes_relative(text, tx.start, end):
        return True
    lemma = verb_lemma(word.text)
    return (not word.text[0].isalnum() or word.lower in _FOLLOW_OK
            or word.lower.endswith("ly") or (lemma is not None and lemma != word.lower))


def _after_past_verb(text: str, start: int) -> bool:
    """Whether a lower-case past form and "on" or "in" stand right before `start` (not "at":
    "published at 2050 GMT" gives a time)."""
    before = tokenize(text, max(start - 30, 0), start)[-2:]
    if len(before) < 2 or before[1].lower not in ("on", "in") or not before[0].text.islower():
        return False
    lemma = verb_lemma(before[0].text)
    return lemma is not None and lemma != before[0].lower


def _closes_relative(text: str, start: int, end: int) -> bool:
    """Whether the date from `start` to `end` closes a relative clause before the present verb
    of its main clause: "the strike which began on May 2 looks close to ending"."""
    return (_RELATIVE.search(text, max(start - 40, 0), start) is not None
            and _PRESENT_S.match(text, end) is not None)


def prenominal(text: str, tx: TimeExpression) -> bool:
    """Whether a yearless date stands before its event noun after a preposition and an
    article, or a possessive for a day: "recounted in an August 14 briefing", "at its
    March 12 meeting" (not "their April premium", a month's bill)."""
    before = tokenize(text, max(tx.start - 20, 0), tx.start)[-2:]
    return (not tx.has_year and len(before) == 2 and before[1].lower in PRENOMINAL
            and (before[1].lower in ("a", "an", "the") or tx.granularity == "day")
            and before[0].lower in DATE_PREPS)


def opens_its_clause(text: str, tx: TimeExpression, sent_start: int) -> bool:
    """Whether the date follows a preposition that opens its clause ("On March 28 Acme said",
    "..., and on May 2 the board voted"): a date of the whole clause, whatever word follows
    it, which the clause's verb then times."""
    back = max(sent_start, tx.start - 40)
    before = tokenize(text, back, tx.start)
    j = len(before) - 1
    if j < 0 or before[j].lower not in ("on", "in") or (j == 0 and back > sent_start):
        return False
    return opens_clause(before, j)
