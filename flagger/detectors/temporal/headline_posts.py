"""A headline that labels a record of posts with their day ("Mayor on Twitter (May 3) -
Budget, Parks"): the posts are out when the record is, so the day is past."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression

_POSTS_ON = lazy(r"\b(?P<site>on\s+(?:Twitter|X|Facebook|Instagram|Truth\s+Social))\s*\(\s*$")
_CLOSE = lazy(r"\s*\)")


def headline_posts(text: str, tx: TimeExpression) -> tuple[str | None, str]:
    """("past", "on Twitter") when the headline date `tx` labels posts in parentheses after the site
    they were made on ("Mayor on Twitter (May 3)"); (None, "") otherwise."""
    if _CLOSE.match(text, tx.end) is None:
        return None, ""
    match = _POSTS_ON.search(text, max(tx.start - 40, 0), tx.start)
    return ("past", match["site"]) if match else (None, "")
