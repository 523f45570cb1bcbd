"""Temporal rules (T1xx): dates that contradict each other or the publication date."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.temporal.ago_events import ago_event_conflicts
from flagger.detectors.temporal.anniversaries import headline_anniversary_conflicts
from flagger.detectors.temporal.bases import base_conflicts
from flagger.detectors.temporal.career_ages import career_age_conflicts
from flagger.detectors.temporal.column_years import column_year_conflicts
from flagger.detectors.temporal.compared_periods import period_comparisons
from flagger.detectors.temporal.count_aheads import count_ahead_conflicts
from flagger.detectors.temporal.count_backs import count_back_conflicts
from flagger.detectors.temporal.count_forwards import count_forward_conflicts
from flagger.detectors.temporal.count_landings import landing_conflicts
from flagger.detectors.temporal.count_ranges import count_range_conflicts
from flagger.detectors.temporal.counted_periods import counted_period_conflicts
from flagger.detectors.temporal.dates import interval, overlaps, show, widen_ago, year_readings
from flagger.detectors.temporal.deferrals import deferral_conflicts
from flagger.detectors.temporal.durations import duration_conflicts
from flagger.detectors.temporal.elapsed import age_conflicts, elapsed_conflicts
from flagger.detectors.temporal.elapsed_links import elapsed_link_conflicts
from flagger.detectors.temporal.ending_periods import ending_period_conflicts
from flagger.detectors.temporal.estimates import estimate_conflicts
from flagger.detectors.temporal.events import (
    EventMention,
    link,
    possessive_end,
    same_event,
)
from flagger.detectors.temporal.figure_values import figure_value_conflicts
from flagger.detectors.temporal.figure_years import same_year_comparisons
from flagger.detectors.temporal.fiscal_quarters import fiscal_quarter_conflicts
from flagger.detectors.temporal.founding_counts import founding_count_conflicts
from flagger.detectors.temporal.glosses import gloss_conflicts
from flagger.detectors.temporal.headline import headline_conflicts
from flagger.detectors.temporal.headline_acts import headline_act_conflicts
from flagger.detectors.temporal.headline_ages import headline_age_conflicts
from flagger.detectors.temporal.headline_done import headline_done
from flagger.detectors.temporal.headline_figures import headline_figure_conflicts
from flagger.detectors.temporal.headline_spans import headline_span_conflicts
from flagger.detectors.temporal.headline_tense import headline_tense_conflicts
from flagger.detectors.temporal.headline_years import headline_year_conflicts
from flagger.detectors.temporal.issue_payments import issue_payment_conflicts
from flagger.detectors.temporal.lifetimes import lifetime_conflicts
from flagger.detectors.temporal.local import (
    relative_year_appositions,
    same_period_comparisons,
    weekday_mismatches,
)
from flagger.detectors.temporal.maturities import maturity_conflicts
from flagger.detectors.temporal.month_acts import month_act_conflicts
from flagger.detectors.temporal.month_appositions import month_apposition_conflicts
from flagger.detectors.temporal.month_labels import headline_month_conflicts, month_label_conflicts
from flagger.detectors.temporal.month_spans import month_span_conflicts
from flagger.detectors.temporal.month_steps import month_step_conflicts
from flagger.detectors.temporal.months_to_date import unfinished_months
from flagger.detectors.temporal.named_periods import named_period_conflicts
from flagger.detectors.temporal.new_issues import new_issue_conflicts
from flagger.detectors.temporal.now_ages import now_age_conflicts
from flagger.detectors.temporal.numeric_weekdays import numeric_weekday_mismatches
from flagger.detectors.temporal.offset_weekdays import offset_weekday_mismatches
from flagger.detectors.temporal.open_spans import open_span_conflicts
from flagger.detectors.temporal.overruns import overrun_conflicts
from flagger.detectors.temporal.past_windows import past_window_conflicts
from flagger.detectors.temporal.pay_records import pay_record_conflicts
from flagger.detectors.temporal.period_appositions import period_apposition_conflicts
from flagger.detectors.temporal.plans import plan_conflicts
from flagger.detectors.temporal.posts import post_conflicts
from flagger.detectors.temporal.quarter_totals import quarter_total_conflicts
from flagger.detectors.temporal.ranges import range_conflicts
from flagger.detectors.temporal.record_gaps import record_gap_conflicts
from flagger.detectors.temporal.relative_days import relative_day_mismatches
from flagger.detectors.temporal.relative_glosses import relative_gloss_conflicts
from flagger.detectors.temporal.relative_tense import relative_tense_conflicts
from flagger.detectors.temporal.reported_bases import reported_base_conflicts
from flagger.detectors.temporal.restated import restated_conflicts
from flagger.detectors.temporal.results_periods import results_period_conflicts
from flagger.detectors.temporal.results_years import results_year_conflicts
from flagger.detectors.temporal.role_spans import role_span_conflicts
from flagger.detectors.temporal.rules import RULE as _RULES
from flagger.detectors.temporal.rules import RULES as RULES
from flagger.detectors.temporal.running_events import running_event_conflicts
from flagger.detectors.temporal.schedules import schedule_conflicts
from flagger.detectors.temporal.since import (
    finished_span_conflicts,
    since_conflicts,
    years_after_conflicts,
)
from flagger.detectors.temporal.since_dates import since_date_conflicts
from flagger.detectors.temporal.step_conflicts import step_conflicts
from flagger.detectors.temporal.table_periods import table_period_conflicts
from flagger.detectors.temporal.tense import tense_conflicts
from flagger.detectors.temporal.term_ends import term_end_conflicts
from flagger.detectors.temporal.terms_to_run import term_to_run_conflicts
from flagger.detectors.temporal.thing_ages import thing_age_conflicts
from flagger.detectors.temporal.weekends import weekend_mismatches
from flagger.detectors.temporal.year_ago import year_ago_conflicts
from flagger.detectors.temporal.year_bases import year_base_conflicts
from flagger.detectors.temporal.year_spans import year_span_conflicts
from flagger.report.finding import Finding

WINDOW = 8  # sentences between two mentions of one event
NEARBY = 32  # explicit dates compared on each side, so a list of thousands stays linear


def detect(doc: Document) -> Iterator[Finding]:
    """Yield T101–T105 findings; rules that need the publication date run only with one."""
    yield from weekday_mismatches(doc, _RULES["T102"])
    published = doc.article.published
    if published is None:
        return
    yield from numeric_weekday_mismatches(doc, _RULES["T102"])
    yield from offset_weekday_mismatches(doc, _RULES["T102"])
    yield from weekend_mismatches(doc, _RULES["T102"])
    yield from post_conflicts(doc, _RULES["T102"], _RULES["T105"])
    yield from relative_day_mismatches(doc, _RULES["T105"])
    dated = [*relative_year_appositions(doc, _RULES["T101"]), *gloss_conflicts(doc, _RULES["T101"])]
    based = list(base_conflicts(doc, _RULES["T101"]))
    dated += based
    dated += year_ago_conflicts(doc, _RULES["T101"], frozenset(f.start for f in based))
    dated += estimate_conflicts(doc, _RULES["T101"])
    paired = list(same_period_comparisons(doc, _RULES["T101"]))
    paired += same_year_comparisons(doc, _RULES["T101"], _spans(paired))
    dated += paired
    dated += period_comparisons(doc, _RULES["T101"], _spans(paired))
    dated += figure_value_conflicts(doc, _RULES["T101"])
    dated += plan_conflicts(doc, _RULES["T101"])
    dated += month_label_conflicts(doc, _RULES["T101"])
    dated += headline_month_conflicts(doc, _RULES["T101"])
    dated += month_apposition_conflicts(doc, _RULES["T101"])
    dated += period_apposition_conflicts(doc, _RULES["T101"])
    dated += [f for f in relative_gloss_conflicts(doc, _RULES["T101"])
              if not any(d.start < f.end and f.start < d.end for d in dated)]
    dated += month_step_conflicts(doc, _RULES["T101"])
    dated += fiscal_quarter_conflicts(doc, _RULES["T101"])
    dated += year_base_conflicts(doc, _RULES["T101"])
    dated += reported_base_conflicts(doc, _RULES["T101"])
    yield from dated
    yield from step_conflicts(doc, _RULES["T101"], _RULES["T107"], _covered(dated))
    yield from counted_period_conflicts(doc, _RULES["T107"])
    yield from deferral_conflicts(doc, _RULES["T101"])
    yield from age_conflicts(doc, _RULES["T106"])
    yield from career_age_conflicts(doc, _RULES["T106"])
    yield from now_age_conflicts(doc, _RULES["T106"])
    elapsed = [*elapsed_conflicts(doc, _RULES["T107"]), *since_conflicts(doc, _RULES["T107"]),
               *years_after_conflicts(doc, _RULES["T107"]),
               *finished_span_conflicts(doc, _RULES["T107"]),
               *landing_conflicts(doc, _RULES["T107"]),
               *founding_count_conflicts(doc, _RULES["T107"])]
    yield from elapsed
    yield from (f for f in (*count_back_conflicts(doc, _RULES["T107"]),
                            *count_ahead_conflicts(doc, _RULES["T107"]),
                            *count_forward_conflicts(doc, _RULES["T107"]),
                            *thing_age_conflicts(doc, _RULES["T107"]))
                if not any(e.start < f.end and f.start < e.end for e in elapsed))
    ranged = list(range_conflicts(doc, _RULES["T107"]))
    yield from ranged
    spanned = list(year_span_conflicts(doc, _RULES["T107"], frozenset(f.start for f in ranged)))
    yield from spanned
    yield from record_gap_conflicts(doc, _RULES["T107"])
    yield from overrun_conflicts(doc, _RULES["T107"])
    yield from open_span_conflicts(doc, _RULES["T107"])
    yield from past_window_conflicts(doc, _RULES["T107"])
    yield from named_period_conflicts(doc, _RULES["T107"])
    yield from schedule_conflicts(doc, _RULES["T107"])
    termed = [*maturity_conflicts(doc, _RULES["T107"]), *new_issue_conflicts(doc, _RULES["T107"])]
    yield from termed
    yield from role_span_conflicts(doc, _RULES["T107"])
    timed = list(duration_conflicts(doc, _RULES["T107"]))
    yield from timed
    covered = frozenset(i for f in timed for i in range(f.start, f.end))
    termed += timed
    ran = [f for f in term_to_run_conflicts(doc, _RULES["T107"])
           if not any(t.start < f.end and f.start < t.end for t in termed)]
    yield from ran
    termed += ran
    monthly = list(month_span_conflicts(doc, _RULES["T107"], covered))
    yield from monthly
    spanned += [*ranged, *timed, *monthly]
    counted_ranges = [f for f in count_range_conflicts(doc, _RULES["T107"])
                      if not any(s.start < f.end and f.start < s.end for s in spanned)]
    yield from counted_ranges
    termed += counted_ranges  # "three years, from April 2021 to June 2022" is the range's
    yield from (f for f in term_end_conflicts(doc, _RULES["T107"])
                if not any(t.start < f.end and f.start < t.end for t in (*termed, *spanned)))
    counted = list(ago_event_conflicts(doc, _RULES["T107"]))
    yield from counted
    yield from (f for f in elapsed_link_conflicts(doc, _RULES["T107"])
                if not any(c.start < f.end and f.start < c.end for c in counted))
    running = list(running_event_conflicts(doc, _RULES["T107"]))
    yield from running
    yield from (f for f in lifetime_conflicts(doc, _RULES["T107"])
                if not any(r.start < f.end and f.start < r.end for r in running))
    yield from ending_period_conflicts(doc, _RULES["T107"])
    sentences = [(s.start, s.end) for s in doc.sentences]
    mentions = link(doc.text, doc.dates, sentences)
    linked = list(_event_conflicts(doc, mentions, published))
    yield from linked
    restated = list(restated_conflicts(doc, _RULES, frozenset(f.start for f in linked)))
    yield from restated
    yield from month_act_conflicts(doc, _RULES["T101"],
                                   frozenset(f.start for f in (*linked, *restated)))
    figured = list(headline_figure_conflicts(doc, _RULES["T101"]))
    told = frozenset(f.start for f in figured)  # the figure's message says more
    headed = [f for f in headline_conflicts(doc, _RULES) if f.start not in told]
    yield from headed
    done = frozenset(f.start for f in headed) | told
    yield from (f for f in headline_act_conflicts(doc, _RULES) if f.start not in done)
    yield from headline_anniversary_conflicts(doc, _RULES["T107"])
    yield from headline_age_conflicts(doc, _RULES["T106"])
    yield from headline_span_conflicts(doc, _RULES["T107"])
    yield from table_period_conflicts(doc, _RULES["T107"])
    yield from results_year_conflicts(doc, _RULES["T101"])
    yield from column_year_conflicts(doc, _RULES["T101"])  # labels results_years leaves
    yield from quarter_total_conflicts(doc, _RULES["T107"])
    yield from unfinished_months(doc, _RULES["T107"])
    yield from figured
    yield from headline_year_conflicts(doc, _RULES["T101"],
                                       frozenset(f.start for f in (*headed, *figured)))
    tensed = list(tense_conflicts(doc, published, _RULES["T104"]))
    yield from tensed
    yield from (f for f in (*results_period_conflicts(doc, _RULES["T104"]),
                            *pay_record_conflicts(doc, _RULES["T104"]),
                            *issue_payment_conflicts(doc, _RULES["T104"]))
                if not any(t.field == f.field and t.start < f.end and f.start < t.end
                           for t in tensed))
    yield from relative_tense_conflicts(doc, published, _RULES["T104"])
    yield from headline_done(doc, _RULES["T104"])
    yield from headline_tense_conflicts(doc, _RULES["T104"])
    yield from since_date_conflicts(doc, published, _RULES["T104"])


def _covered(findings: list[Finding]) -> frozenset[int]:
    """The body offsets `findings` flag or relate."""
    spans = [(f.start, f.end) for f in findings if f.field == "text"]
    spans += [(r.start, r.end) for f in findings for r in f.related if r.field == "text"]
    return frozenset(i for start, end in spans for i in range(start, max(end, start + 1)))


def _spans(findings: list[Finding]) -> frozenset[int]:
    """The starts of the expressions `findings` flag or relate."""
    return frozenset({f.start for f in findings} | {r.start for f in findings for r in f.related})


# T101, T103, T105 -------------------------------------------------------------------------


def _event_conflicts(doc: Document, mentions: list[EventMention],
                     published: date) -> Iterator[Finding]:
    """T101, T103, T105: a deictic date of an event that an explicit date contradicts."""
    explicit = [m for m in mentions if m.timex.explicit and interval(m.timex)]
    positions = [m.timex.start for m in explicit]
    for mention in mentions:
        tx = mention.timex
        if not tx.deictic:
            continue
        span = _relative_interval(tx, published)
        if span is None:
            continue
        here = bisect_left(positions, tx.start)
        nearby = explicit[max(here - NEARBY, 0) : here + NEARBY]
        others = [m for m in nearby if m.timex is not tx and same_event(mention, m)
                  and abs(m.sentence - mention.sentence) <= WINDOW]
        spans = {interval(m.timex) for m in others}
        if len(spans) != 1:
            continue  # no explicit date for the event, or several that disagree
        other_span = spans.pop()
        written = next((m.timex for m in others if m.timex.has_year), others[0].timex)
        if other_span is None:
            continue
        if any(overlaps(span, s) for s in year_readings(other_span, not written.has_year)):
            continue
        code = _code(tx, span, other_span)
        if code is not None:
            other = min(others, key=lambda m: abs(m.timex.start - tx.start))
            yield _event_finding(doc, code, mention, other, (span, other_span), published)


def _code(tx: TimeExpression, span: tuple[date, date],
          other_span: tuple[date, date]) -> str | None:
    """Pick T103 (elapsed time), T105 (relative day) or T101; None when they agree after all."""
    if tx.ago:
        return "T103"
    if not tx.named_day or span[0] != span[1]:
        return "T101"
    named = tx.weekday
    if named is not None and other_span[0] == other_span[1] and other_span[0].weekday() == named:
        return None  # "Friday" and "May 15" agree: only the week is in doubt
    return "T105"


def _relative_interval(tx: TimeExpression, published: date) -> tuple[date, date] | None:
    """The interval a relative expression allows; counts back ("ago") are approximate."""
    span = interval(tx)
    if not tx.ago:
        return span
    if tx.granularity in ("decade", "century") or span is None:
        return None  # "more than a decade ago" is too vague to contradict a year
    span = widen_ago(span)
    if tx.mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        return (date.min, span[1])
    if tx.mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        return (span[0], published)
    return span


def _event_finding(doc: Document, code: str, mention: EventMention, other: EventMention,
                   spans: tuple[tuple[date, date], tuple[date, date]],
                   published: date) -> Finding:
    """The finding on `mention`, whose date `other` contradicts."""
    text, tx, ox = doc.text, mention.timex, other.timex
    span, other_span = spans
    end = possessive_end(text, tx)
    said, noun = text[tx.start : end], text[mention.noun_start : mention.noun_end]
    explicit = _strip_preposition(ox.text)
    if end != tx.end or said.endswith(("'s", "’s")):
        article = "The" if said[0].isupper() else "the"
        suggestion = f"{article} {explicit}{text[end : mention.noun_end]}"  # "the 2022 talks"
    else:
        suggestion = ("on " if other_span[0] == other_span[1] else "in ") + explicit
    shown = show(interval(tx) or span) if code == "T103" else show(span)
    message = (f"“{said}” puts the {noun} in {shown} (counted from publication on "
               f"{published.isoformat()}), but “{ox.text}” dates the same {noun} to "
               f"{show(other_span)}")
    near = code == "T105" and abs((span[0] - other_span[0]).days) <= 1
    related = (Span(ox.start, ox.end, ox.text, "conflicting date"),
               Span(mention.noun_start, mention.noun_end, noun, "event"))
    return _RULES[code].finding(doc, tx.start, end, message, score=0.6 if near else 0.8,
                                evidence=(f"{said} = {shown}", show(other_span)),
                                related=related, suggestion=suggestion)


def _strip_preposition(value: str) -> str:
    """`value` without a leading "in", "on", "at", "during" or "of"."""
    return re.sub(r"^(in|on|at|during|of)\s+", "", value, flags=re.IGNORECASE)
