"""A wire headline in capitals that announces an act on a day or in a period already past
at publication: "ACME <ACM> TO CLOSE PLANT IN JANUARY" in a March story, "BOLT SAID TO SIGN
REFINERY DEAL MARCH 17" on March 30.

In capitals a verb cannot be told from a noun by its case, so "<subject> TO <verb>" is read
as a plan only where the words say so: the subject is a ticker or a word that is not a plural
or a past ("RISES TO RECORD", "INTERVENED TO AID", "SOLD TO CHINA" are no plans), the verb is
no plural, and the body uses it in lower case as a verb ("has closed", "to close", "will
close", "closing"), so "DAMAGE TO GRAIN IN 1986" over a body that names grain stays quiet.
A yearless date is read in the publication year, and only when next year's reading lies more
than half a year ahead (`tense.far_reading`); a month or a year needs its preposition ("IN
JANUARY"), since one before a noun names the noun's period ("TO REPORT HIGHER 1986 PROFITS").
"""

from __future__ import annotations

import re
from datetime import date

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.dates import interval
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.tense import desk_span, far_reading

# The subject (a ticker or a word), an optional word of reporting or scheduling, "TO", the
# verb, then words with no clause break up to the date's preposition.
_CAPS_PLAN = lazy(r"(?:^|\s)(?P<subject><[^>\s]+>|\([^)\s]+\)|[A-Z][A-Z.&'’-]*)\s+"
                  r"(?:(?:SAID|SET|DUE|EXPECTED|SCHEDULED|SLATED|POISED)\s+)?TO\s+"
                  r"(?P<verb>[A-Z]{3,})\b[^,;:]*?\s(?P<prep>(?:ON|BY|IN|FROM|STARTING)\s+)?$")


def caps_plan(title: str, body: str, tx: TimeExpression, published: date) -> re.Match[str] | None:
    """The "<subject> TO <verb>" words of the capitals headline `title` that announce the act
    dated by `tx` when that date is over at publication ("GM <GM> TO CLOSE NORWOOD PLANT IN
    JANUARY" over "GM said it will close its Norwood plant", published in March); else None."""
    span = interval(tx) if tx.has_year else desk_span(tx, published)
    if tx.type != "DATE" or not tx.explicit or span is None or (
            published - span[1]).days <= 1 or not far_reading(tx, span, 1, published):
        return None
    match = _CAPS_PLAN.search(title, 0, tx.start)
    if match is None or not _plan(match["subject"], match["verb"], body) or (
            match["prep"] is None and tx.granularity != "day"):
        return None  # "TO REPORT HIGHER 1986 PROFITS": a year before its noun
    return match


def _plan(subject: str, verb: str, body: str) -> bool:
    """Whether "<subject> TO <verb>" reads as a plan: a ticker or a subject that is no
    plural or past, a verb that is no plural, and the body's lower-case use of the verb."""
    if not subject.startswith(("<", "(")) and _plural_or_past(subject):
        return False
    return not _plural_or_past(verb) and _used_as_verb(verb.lower(), body)


def _plural_or_past(word: str) -> bool:
    """Whether a capitals word ends as a plural, a third person or a past ("RISES", "LOANS",
    "INTERVENED", "SOLD"), not in a double "S" ("CONGRESS")."""
    return ((word.endswith("S") and not word.endswith("SS")) or word.endswith("ED")
            or word.lower() in IRREGULAR)


def _used_as_verb(verb: str, body: str) -> bool:
    """Whether the body uses `verb` in lower case as a verb: after "to", "will" or "would",
    or in a past, a participle or an "-ing" form ("closed", "closing", "named", "met"); not
    a name ("sold to China")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {f"to {verb} ", f"will {verb} ", f"would {verb} ", f" {stem}ed ", f" {stem}ing ",
             *(f" {form} " for form, lemma in IRREGULAR.items() if lemma == verb)}
    padded = " " + " ".join(body.replace(",", " ").replace(".", " ").split()) + " "
    return any(form in padded for form in forms)
