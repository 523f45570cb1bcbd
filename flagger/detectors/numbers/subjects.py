"""What a figure's statement speaks of: its content words, and which measure of a thing it names.

Two statements speak of the same measured quantity when they share a content word ("bus sales
fell 53 pct" … "sold 1,330 buses"): words of three letters or more, cut to five letters and
without a plural ending, leaving out function words, reporting verbs, words of a change and of
a period. Names may be left out of one side (a company repeated in every sentence tells nothing
of what is measured). Two statements of one thing may still name different measures of it
("operating profit" beside "net profit").
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy

WORD = lazy(r"\b[a-z]{3,}\b")
"""A word of a statement."""
COMMON = frozenset(
    "the and for was its has had but not are per pct dlrs mln bln cts who off now one two "
    "net gross operating pretax total parent group consolidated domestic foreign core "
    "underlying adjusted "
    "that this with from which will have were been they their said says also after before "
    "over than into about more less since last first reported report company group corp "
    "year years month months week weeks period same quarter earlier ago time "
    "shares share percent rose fell down rise fall gain gains drop dropped increase increased "
    "decrease decreased higher lower record records".split()
)
"""Words too common (function words, reporting verbs, words of a change or a period, and the
MEASURES) to tell that two statements speak of one thing."""
PLURAL = lazy(r"(?:(?<=[sxz])|(?<=ch)|(?<=sh))es$|(?<![su])s$")
"""A plural ending: "buses", "sales", not the "s" of "bus" or "glass"."""
SAME = {"earnings": "profi", "income": "profi", "revenue": "sales", "revenues": "sales",
        "turnover": "sales"}
"""Words a report uses for one measured quantity, read as one: "EARNINGS UP" over "net income
rose to"; "revenue" and "sales"."""
MEASURES = frozenset(
    "net gross operating pretax pre-tax total parent group consolidated domestic foreign core "
    "underlying adjusted".split()
)
"""Words that name which measure of a thing a figure is: "operating profit" and "net profit"
are two."""


def content_words(text: str, names: bool = True) -> set[str]:
    """The content words of `text` that may name what it speaks of, cut to five letters and
    without a plural ending ("electric" and "electrical", "bus" and "buses" are one; the SAME
    words one); without
    `names`, only the words written in lower case (a name the next sentence repeats tells
    nothing of what it measures)."""
    words = WORD.findall(text.lower() if names else text)
    return {SAME.get(w) or PLURAL.sub("", w)[:5] for w in words if w not in COMMON}


def other_measure(statement: str, told: str) -> bool:
    """Whether `told` names another measure than `statement` does ("total operating profits
    rose" beside "net profit rose to")."""
    said, named = measures(statement), measures(told)
    return bool(said and named and not said & named)


def measures(text: str) -> set[str]:
    """The MEASURES `text` names."""
    return {w for w in MEASURES if re.search(rf"\b{w}\b", text, re.IGNORECASE)}


