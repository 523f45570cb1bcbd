"""T104: a headline's own tense against its own date, the one reader of it.

A capitals plan ("<subject> TO <verb>", read by `caps_plans`) on a date already over is read
first, the first such date only. Else a yearless date: "PLANT TO CLOSE IN JANUARY" in a March
story (an upcoming act on a month already gone), "EXPORTS RISE IN MAY" in a March story or
"RESERVES ROSE IN JULY" in a June one (a done act on a month still to come).

Headlines are telegraphic: "TO <verb>", "WILL", "SET FOR" announce; a past form or a present
change verb ("RISE", "FALLS") reports. A yearless day or month reads as its nearest
occurrence, so it conflicts only when the occurrence the tense needs lies most of a year away
(`FAR` days) while the publication year's lies on the wrong side of publication (by more than
`SLACK` days). A report headline is read done only when its verb stands just before the date
and no forecast word ("SEES", "EXPECTS", "FORECAST") is in it; "May" followed by a verb is the
modal; a month after "for" or "of", or before a noun, labels a figure, not an act announced.
The arithmetic needs no body link, but the tense is read from telegraphic words, so a
conflict is a warning (T104). A date the tense reader already flags in the headline (a
full verb, "Mayor Ortiz to quit city hall on May 2") is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.caps_plans import caps_plan
from flagger.detectors.temporal.dates import interval, show
from flagger.detectors.temporal.headline import told_ahead
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.tense import desk_span, tense_conflicts
from flagger.report.finding import Finding

FAR = 270  # days away the occurrence the tense needs must lie before the nearer one is read
SLACK = 3  # days either side of publication a dated act may sit in either tense
# An announced month further back than the month just gone is most often the period of the
# figures a report will give (reports lag their month by one to three months), not the act's.
MONTH_GONE = 31
NEAR = 4  # words a present change verb or "-ed" form may stand before the date it reports

# Words that make a headline a forecast or a plan, whatever its verb's form.
_FORECAST = lazy(r"\b(?:sees?|expect\w*|forecast\w*|predict\w*|project\w*|estimat\w*|"
                 r"outlook|target\w*|plan(?:s|ned|ning)?|propos\w*|could|should|might|likely|"
                 r"may\s+be|hopes?|aims?|seeks?|wants?|eyes?|due|scheduled|sets?|called?|calls|"
                 r"payable|record|effective|meeting|vote|until|by|from|through|starting|"
                 r"beginning|next|this|last|dividend|offer\w*|redeem\w*|matur\w*|expir\w*)\b",
                 re.IGNORECASE)
# Present change verbs a report headline uses for a figure already out ("EXPORTS RISE").
_CHANGES = frozenset("""rise rises fall falls drop drops climb climbs decline declines
    increase increases jump jumps slip slips dip dips gain gains ease eases surge surges
    slump slumps soar soars plunge plunges widen widens narrow narrows grow grows""".split())
# "PAY RISES MAY THREATEN", "COVID-19 MAY HURT": the modal, not the month.
_MODAL_MAY = lazy(r"(?i)may$")
_NEXT_WORD = lazy(r"\s+([A-Za-z]+)")
_MONTHS = frozenset("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_MAY_FOLLOWERS = frozenset({"and", "or", "to", "in", "of", "for", "from", "after", "before",
                            "as", "at", "with", "vs", "on"})
# A date after one of these bounds a span or names a target ("RESCHEDULED TO MAY 4",
# "BEFORE DEC. 11"); it dates no act.
_BOUND = lazy(r"(?i)\b(?:to|until|till|for|by|before|after|from|through|since)\s+$")
# A month after "for" or "of" is a figure's period, not the time of the act announced ("TO
# REPORT TRADE DEFICIT FOR JANUARY").
_PERIOD_OF = lazy(r"(?i)\b(?:for|of)\s+$")
# An announcement: "WILL", "SET FOR", "DUE TO", or "TO" before a verb ("TO NAME", "TO BE
# HELD"); not "TO" before a figure, an end or a record ("RISES TO 3.5 PCT", "YEAR TO END
# JANUARY", "RISES TO RECORD"), nor after a period, a change or a verb of what happens now
# ("WEEK TO MARCH 31", "FALLS TO", "STARTS TO RISE").
_ANNOUNCED = lazy(r"(?i)\b(?:will|set\s+for|(?:set|due|scheduled|expected|planned)\s+to)\s")
_TO_VERB = lazy(r"(?i)(?:\b([a-z]+)\W+)?\bto\s+([a-z]+)\b")
_NOT_VERBS = frozenset("""end record date the a an year years yr week weeks month months
    quarter half day days period""".split())
_NOT_BEFORE_TO = _NOT_VERBS | frozenset("""starts started begins began continues continued
    fails failed tends appears seems threatens rise rises fall falls drop drops climb climbs
    decline declines increase increases jump jumps slip slips dip dips gain gains ease eases
    surge surges slump slumps soar soars plunge plunges widen widens narrow narrows grow
    grows rose fell up down sharply""".split())
# The last words before the date, where its report verb stands: a change or "-ed" form up to
# `NEAR` words back ("RISE 10.5 BILLION CROWNS IN MAY"), an irregular past up to six ("ROSE
# TO A NEW RECORD HIGH IN MAY").
_WORDS_BEFORE = lazy(r"(?:\S+\s+){1,6}$")
# An infinitive or a modal between the verb and the date dates an act still to come ("SAID
# TO MEET IN APRIL", "AUTHORISED TO BUY MAIZE IN JUNE", "MAY CUT RATE IN JUNE").
_STILL_AHEAD = lazy(r"(?i)\b(?:to|may|might|could|would|will|can)\s+[a-z]")
_REPORTING = frozenset({"said", "told"})


def headline_tense_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T104 on a headline's date that its own tense puts on the wrong side of publication: a
    capitals plan on a date already over (`caps_plans`, the first one only), else a yearless
    day or month against the headline's telegraphic tense."""
    head, published = doc.headline, doc.article.published
    if head is None or published is None:
        return
    title, taken = head.text, None
    capitals = not any(c.islower() for c in title)
    for tx in head.dates:
        plan = caps_plan(title, doc.text, tx, published) if capitals else None
        if plan is not None:
            capitals = False  # one plan per headline
            yield _plan_finding(head, rule, tx, plan, published)
            continue
        says = _conflict(title, tx, published)
        if says is None:
            continue
        taken = _taken(head, published, rule) if taken is None else taken
        if tx.start not in taken:
            yield rule.finding(head, tx.start, tx.end, f"The headline {says}: “{tx.text}”",
                               score=0.6, severity="warning",
                               evidence=(f"headline date: {tx.text}", says))


def _plan_finding(head: Document, rule: Rule, tx: TimeExpression, plan: re.Match[str],
                  published: date) -> Finding:
    """T104 on the past date of a capitals plan ("TO CLOSE ... IN JANUARY" in March)."""
    span = interval(tx) if tx.has_year else desk_span(tx, published)
    assert span is not None
    said, verb = head.text[tx.start : tx.end], plan["verb"]
    year = "" if tx.has_year else f" (read in {published.year})"
    return rule.finding(
        head, tx.start, tx.end,
        f"“TO {verb}” announces an upcoming event, but “{said}”{year} is "
        f"{(published - span[1]).days} days before the publication date "
        f"({published.isoformat()})", score=0.7,
        evidence=(f"{said} = {show(span)}", f"published {published.isoformat()}"),
        related=(Span(plan.start("verb"), plan.end("verb"), verb, "event"),))


def _conflict(title: str, tx: TimeExpression, published: date) -> str | None:
    """What is wrong with a headline's yearless day or month for its tense, if anything."""
    if tx.has_year or not tx.explicit or tx.granularity not in ("day", "month") \
            or tx.first is None or tx.last is None or tx.range_start or _modal(title, tx):
        return None
    first, last = _in_year(tx, published.year)
    if first is None or last is None:
        return None
    before = title[: tx.start]
    if _announces(before) and not (tx.granularity == "month"
                                   and (_followed(title, tx) or _PERIOD_OF.search(before))):
        gone = (published - last).days
        later = _in_year(tx, published.year + 1)[0]
        recent = tx.granularity == "day" or gone <= MONTH_GONE
        if recent and gone > SLACK and later is not None and (later - published).days > FAR:
            return (f"announces as upcoming a date {gone} days before the publication date "
                    f"({published.isoformat()})")
    elif not _BOUND.search(before) and _reports(before, title):
        ahead = (first - published).days
        earlier = _in_year(tx, published.year - 1)[1]
        if ahead > SLACK and earlier is not None and (published - earlier).days > FAR:
            return (f"reports as done a date {ahead} days after the publication date "
                    f"({published.isoformat()})")
    return None


def _taken(head: Document, published: date, rule: Rule) -> frozenset[int]:
    """Where the tense reader's own findings on the headline start."""
    return frozenset(f.start for f in tense_conflicts(head, published, rule))


def _announces(before: str) -> bool:
    """Whether the headline words before a date announce an act to come."""
    if _ANNOUNCED.search(before):
        return True
    return any((m[1] or "").lower() not in _NOT_BEFORE_TO and m[2].lower() not in _NOT_VERBS
               and m[2].lower() not in _MONTHS and told_ahead(m.group())
               for m in _TO_VERB.finditer(before))


def _modal(title: str, tx: TimeExpression) -> bool:
    """Whether a headline "May" is the modal verb ("EXPORTS MAY RISE")."""
    return _MODAL_MAY.search(tx.text) is not None and _followed(title, tx)


def _followed(title: str, tx: TimeExpression) -> bool:
    """Whether a word other than a preposition or conjunction follows a headline date: a
    modal "MAY RISE", or a month that labels a figure ("TO RELEASE JANUARY TRADE DATA")."""
    following = _NEXT_WORD.match(title, tx.end)
    return following is not None and following.group(1).lower() not in _MAY_FOLLOWERS


def _in_year(tx: TimeExpression, year: int) -> tuple[date | None, date | None]:
    """The interval of a yearless day or month read in `year` (None for Feb. 29 of a
    common year)."""
    assert tx.first is not None and tx.last is not None
    try:
        first = tx.first.replace(year=year)
    except ValueError:
        return None, None
    if tx.granularity == "day":
        return first, first
    following = date(year + (first.month == 12), first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _reports(before: str, title: str) -> bool:
    """Whether the words before a headline date report a done act with a past form or a
    present change verb ("BEGAN", "RISES SHARPLY IN"), and the headline forecasts nothing."""
    if _FORECAST.search(title):
        return False
    match = _WORDS_BEFORE.search(before)
    if match is None or _STILL_AHEAD.search(match.group()):
        return False
    words = [w for w in match.group().lower().split()[::-1] if w not in _REPORTING]
    return any(word in IRREGULAR or (k < NEAR and (
        word in _CHANGES or (word.endswith("ed") and len(word) > 4)))
               for k, word in enumerate(w for w in words if w not in ("in", "on")))
