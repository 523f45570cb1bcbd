"""N101 enumerations: "The nine banks are A, B, … and I" names the whole group it counts, so
it is no subset of an earlier, larger count of its noun ("10 creditor banks"), as "the nine
banks" alone may be.

A list is read after "are" or "were" (a colon allowed): items joined by commas or semicolons,
closed by "and"; every item a name (a capital) or every item "a …"/"an …"; words that start
with neither ("with assets of …", "which operates …", "45") describe the item before them. A
list that stops without "and" is no closed enumeration."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy

OPENING = lazy(r"\s+(?:are|were)\s*:?\s+")
"""What joins "The nine banks" to the list that names them."""
END = lazy(r"(?<![\s.][A-Z])[.!?](?=\s+[A-Z\"“]|\s*$)|\n\s*\n")
"""Where the sentence holding the list ends (not after an initial: "A.B. Corp")."""
PARTS = lazy(r"\s*[,;]\s*(?:(?P<and1>and|&)\s+)?|\s+(?P<and2>and|&)\s+")
"""The joins between parts of a list, "and" marking the last item."""
LONGEST = 400
"""How many characters a list may run."""


def listed(text: str, at: int) -> int | None:
    """Return how many items the list after a counted noun ending at `at` names, or None when
    no closed list of names follows."""
    opening = OPENING.match(text, at)
    if opening is None:
        return None
    start = opening.end()
    end = END.search(text, start, start + LONGEST)
    chunk = text[start : end.start() if end else start + LONGEST]
    items, kind, position, closing = 0, "", 0, False
    for join in [*PARTS.finditer(chunk), None]:
        part = chunk[position : join.start() if join else len(chunk)].strip()
        sort = _sort(part)
        if closing and sort:
            return items + 1 if sort == kind else None  # the item after "and" ends it
        if sort:
            if kind and sort != kind:
                return None  # "are a good fit, … and Apple": no one kind of item
            kind, items = sort, items + 1
        elif not items:
            return None  # "are expected to …": no list
        if join is None:
            return None  # the list never closes with "and"
        closing = bool(join.group("and1") or join.group("and2"))
        position = join.end()
    return None


def _sort(part: str) -> str:
    """Return the kind of item a part of a list starts ("name", "a"), or "" for none."""
    if part[:1].isupper():
        return "name"
    if part.startswith(("a ", "an ")):
        return "a"
    return ""
