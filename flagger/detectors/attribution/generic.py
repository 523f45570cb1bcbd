"""People in general, not a source: 'when people say they are insulted', 'how people think',
'if a Democrat says it'.

A bare 'people' (or 'everyone') credited with a view is a vague crowd ('People say the plan
failed', in a quote too); in a clause of condition or manner it describes what people do.
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy

BARE = lazy(r"(?:people|everyone|everybody)\b", re.IGNORECASE)
"""A cue that opens on the crowd itself, with no quantifier ('many people' is counted)."""
CLAUSE_BEFORE = lazy(
    r"\b(?:when|whenever|if|unless|until|once|how|why|where|without)\s+(?-i:(?:[a-z][\w-]*\s+)?)$",
    re.IGNORECASE,
)
"""'when (young) people say', 'how people think': a condition or a manner, no claim."""
SOMEONE = lazy(r"an?\s", re.IGNORECASE)
CONDITION_BEFORE = lazy(r"\b(?:whenever|if|unless)\s+$", re.IGNORECASE)
"""'if a Democrat says it': anyone of the kind, in a condition; a source only outside one ('when
a senator complained' and 'where an official said' report one)."""
BEFORE = 30


def generic(text: str, start: int, sentence_start: int) -> bool:
    """Tell whether the cue at `start` credits a view to people in general, not to a source."""
    before = text[max(sentence_start, start - BEFORE) : start]
    return bool(
        (BARE.match(text, start) and CLAUSE_BEFORE.search(before))
        or (SOMEONE.match(text, start) and CONDITION_BEFORE.search(before))
    )
