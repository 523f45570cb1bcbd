"""Lower-casing a text so that `str.find` sees what a case-insensitive pattern matches.

A pattern compiled with `re.IGNORECASE` that holds a lower-case ASCII word can match only where
the lower-cased text holds that word, except where one of four characters folds to an ASCII
letter without lower-casing to it; a text holding one of them is not lowered at all.
"""

from __future__ import annotations

from flagger.annotations.lazyre import lazy

FOLDS_TO_ASCII = lazy("[\u0130\u0131\u017f\u212a]")
"""The only characters that match an ASCII letter case-insensitively but do not lower-case to
it; a text holding one is scanned whole."""


def lowered(text: str) -> str | None:
    """Return `text.lower()` when its offsets are the text's and its ASCII letters fold as
    `re.IGNORECASE` folds them; None when the text must be scanned whole."""
    low = text.lower()
    if len(low) != len(text) or FOLDS_TO_ASCII.search(text):
        return None
    return low
