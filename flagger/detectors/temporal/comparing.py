"""Whether a comparison word between two periods compares them.

"Sales rose 5 pct from last year" compares this year with the last; "sales of more than 1.6
mln" bounds a figure and "their net profits from last year" tells where the profits come from,
so neither compares a period with another.
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy

# "Than" in a bound on a figure: "sales of more than 1.6 mln".
_BOUND = lazy(r"\b(?:more|less|fewer)\s+(?=than\s+(?:about\s+)?[$£€]?\d)", re.IGNORECASE)
# "From" compares after a figure or a change ("up 5 pct from", "rose from").
_FROM_FIGURE = lazy(r"(?:\d|\b(?:up|down|rose|fell|risen|fallen|rise|fall|rising|falling|"
                    r"higher|lower|increased?|decreased?|gained|dropped|declined|climbed|"
                    r"jumped|slipped|eased|compared|change[ds]?))\S*\s+(?:\S+\s+){0,2}from\s*$",
                    re.IGNORECASE)


def compares(between: str, match: re.Match[str]) -> bool:
    """Whether the comparison word `match` in the text `between` two periods compares them:
    not "than" in a bound on a figure ("sales of more than 1.6 mln"), nor "from" after a bare
    noun ("their net profits from last year", "gains from recouped credits"); "from" right
    after the first period ("last month from 2.1 bln") compares."""
    if any(bound.end() == match.start() for bound in _BOUND.finditer(between)):
        return False
    return match.group().lower() != "from" or not between[: match.start()].strip() \
        or _FROM_FIGURE.search(between, max(match.start() - 40, 0), match.end()) is not None
