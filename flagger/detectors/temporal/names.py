"""Words that stand inside a name or a title, which the reader of a date's verb reads past:
the later words of a name ("U.S. Attorney Doug Jones") count as one word of reach, an "and"
between two names and a colon inside a title ("One World: Together At Home") stay inside the
phrase, a quoted title, a company's legal form and an apposition after a name are skipped."""

from __future__ import annotations

from flagger.detectors.temporal.events import Token
from flagger.detectors.temporal.subject import COMPANY
from flagger.detectors.temporal.verb_words import BOUNDARY, NAMED

FORWARD = 8  # words read on from a date that opens its clause, to the clause's verb
APPOSITION = 14  # words of an apposition after the subject's name ("Bob Glanzer, a ...,")


def quoted_name(tokens: list[Token], j: int) -> int | None:
    """When tokens[j] closes a quoted name ("the BBC's "Andrew Marr Show""), the index before
    its opening quote (a title inside the object)."""
    if tokens[j].text not in ('"', "”"):
        return None
    for k in range(j - 1, max(j - 6, 0) - 1, -1):
        if tokens[k].text in ('"', "“"):
            inside = tokens[k + 1 : j]
            named = inside and all(t.text[0].isupper() for t in inside)
            return k - 1 if named and k > 0 else None
    return None


def company_form(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is the comma before a company's legal form ("Acme, Inc") or the
    full stop of its abbreviation ("Inc.")."""
    if tokens[j].text == ",":
        return j + 1 < len(tokens) and tokens[j + 1].lower in COMPANY
    return (tokens[j].text == "." and j > 0 and tokens[j - 1].lower in COMPANY
            and tokens[j - 1].end == tokens[j].start)


def without_apposition(tokens: list[Token]) -> list[Token]:
    """The tokens with the first apposition after a name, or participle phrase after a
    noun, left out: "On April 13, Bob Glanzer, a state representative from South Dakota,
    died" reads "Bob Glanzer died", "the council, citing its rules, told" reads "the council
    told". The aside ends at the first comma before a lower-case word ("the Minister of
    Construction, Housing and Services, was")."""
    for j, tok in enumerate(tokens[:FORWARD]):
        if tok.text in BOUNDARY and tok.text != ",":
            break
        if tok.text != "," or j == 0 or j + 1 >= len(tokens) or not (
                _opens_apposition(tokens[j - 1], tokens[j + 1])):
            continue
        for k in range(j + 2, min(j + 2 + APPOSITION, len(tokens) - 1)):
            if tokens[k].text == "," and tokens[k + 1].text[0].islower():
                return tokens[:j] + tokens[k + 1 :]  # the comma before the verb closes it
            if tokens[k].text in BOUNDARY and tokens[k].text != ",":
                break
        break
    return tokens


def reach_start(tokens: list[Token], reach: int) -> int:
    """The index of the first of `tokens` within `reach` words of their end, a name's later
    words counting as none ("with former U.S. Attorney Doug Jones in" is four words)."""
    if len(tokens) <= reach:
        return 0
    words = 0
    for k in range(len(tokens) - 1, -1, -1):
        if not _inside_name(tokens, k):
            words += 1
            if words > reach:
                return k + 1
    return 0


def _inside_name(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] continues a name: a capitalised word after a capitalised word, the
    full stop of an initial, a word after it, or a colon inside a title."""
    tok = tokens[k]
    if k == 0:
        return False
    before = tokens[k - 1]
    if tok.text == ".":
        return _initial(before) and before.end == tok.start
    if tok.text == ":":
        return title_colon(tokens, k)
    if not tok.text[0].isupper() or tok.text in NAMED:
        return False
    return (before.text[0].isupper() and before.text[0].isalpha()) or (
        before.text in (".", ":") and _inside_name(tokens, k - 1))


def _initial(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isupper()


def _capitalised(tok: Token) -> bool:
    return tok.text[0].isupper() and tok.text[0].isalpha() and tok.text not in NAMED


def joins_names(tokens: list[Token], j: int) -> bool:
    """Whether the "and" or "or" at tokens[j] joins two names ("at Labasa and Penang mills")."""
    return 0 < j < len(tokens) - 1 and _capitalised(tokens[j - 1]) and _capitalised(
        tokens[j + 1])


def title_colon(tokens: list[Token], j: int) -> bool:
    """Whether the colon at tokens[j] stands inside a title of capitalised words, two or more
    on each side ("One World: Together At Home")."""
    return (tokens[j].text == ":" and 1 < j < len(tokens) - 2
            and all(_capitalised(t) for t in (*tokens[j - 2 : j], *tokens[j + 1 : j + 3])))


def without_parentheses(tokens: list[Token]) -> list[Token]:
    """The tokens with short asides in parentheses left out: "Ambassador (Anatoly) Antonov
    visited" reads "Ambassador Antonov visited"."""
    kept: list[Token] = []
    k = 0
    while k < len(tokens):
        if tokens[k].text == "(":
            close = next((m for m in range(k + 1, min(k + 6, len(tokens)))
                          if tokens[m].text in "()"), None)
            if close is not None and tokens[close].text == ")":
                k = close + 1
                continue
        kept.append(tokens[k])
        k += 1
    return kept


def _opens_apposition(before: Token, following: Token) -> bool:
    """Whether a comma between `before` and `following` opens an aside: an article after a
    name ("Bob Glanzer, a"), or an "-ing" participle after a noun ("the council, citing")."""
    if following.lower in ("a", "an", "the"):
        return before.text[0].isupper()
    return (following.text.isalpha() and following.text.islower() and len(following.text) > 5
            and following.lower.endswith("ing") and before.text.isalpha())
