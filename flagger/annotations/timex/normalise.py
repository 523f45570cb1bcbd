"""Turn a pattern match into a TIMEX3 type and value, resolved against the publication date.

Each rule of `patterns.RULES` has its handler here; the handlers live with their kind of
expression: `absolute` (named by the calendar), `relative` (counted from publication) and
`durations` (durations, sets and references). Anaphors ("the next day") are dated afterwards,
from the expression before them (`anaphora`).
"""

from __future__ import annotations

import re
from datetime import date

from flagger.annotations.timex import absolute, durations, relative
from flagger.annotations.timex.reading import Handler, Normalised, Tense


def _anaphor(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A placeholder: `anaphora.resolve_anaphor` dates it once the expressions before it are
    known."""
    return Normalised("DATE", "XXXX-XX-XX", False)


HANDLERS: dict[str, Handler] = {
    "anaphor": _anaphor,
    "iso": absolute.iso,
    "numeric": absolute.numeric,
    "mdy": absolute.day_month,
    "dmy": absolute.day_month,
    "month_year": absolute.month_year,
    "month_rel_year": relative.month_rel_year,
    "rel_month": relative.rel_month,
    "month": absolute.bare_month,
    "season": absolute.season,
    "quarter": absolute.quarter_of_year,
    "decade": absolute.decade,
    "century": absolute.century,
    "year": absolute.bare_year,
    "rel_day": relative.rel_day,
    "weekday": relative.weekday,
    "ago": relative.ago,
    "rel_unit": relative.rel_unit,
    "duration": durations.duration,
    "vague_duration": durations.vague_duration,
    "clock": relative.clock,
    "clock_day": relative.clock_day,
    "weekend": relative.weekend,
    "plural_units": durations.plural_units,
    "holiday": absolute.holiday_date,
    "set": durations.recurring,
    "ref": durations.reference,
}
