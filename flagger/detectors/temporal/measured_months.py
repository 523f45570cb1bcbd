"""A month that a figure measures, not the time of an act: "inflation is expected to show an
improvement in February" (said on March 2) tells what February's figure will show when it is
published, after February has ended, as "production is likely to turn positive in February"
does; "will file in February" (said on March 20) dates the filing itself."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy

_FIGURE_VERB = lazy(r"\b(?:(?:show|rise|fall|drop|decline|increase|grow|improve|ease|climb|slip|"
                    r"jump|slow|average|total|reach|recover|rebound|contract|expand|shrink)s?|"
                    r"turns?\s+(?:positive|negative|up|down|around|higher|lower))\b",
                    re.IGNORECASE)


def measured_month(text: str, verb_at: int, start: int) -> bool:
    """Whether a verb of figures ("show", "rise", "fall") stands between the governing verb at
    `verb_at` and the month at `start`: the month is the period the figure covers."""
    return _FIGURE_VERB.search(text, verb_at, start) is not None
