"""Plant date contradictions into real dated articles and measure the temporal rules.

The corpora stay where they are (the script reads `../shared/data/news`, writes nothing) and
only training corpora are used. Each planted error is a minimal edit of a real article:

- T101: another mention of an event dated in the text ("the 1985 talks", "talks were held in
  1985") becomes "last year's talks" (or "the talks of last year" when the year stands before
  the noun), contradicting the year.
- T102: a wrong weekday is written in front of a full date ("Tuesday, March 3, 1987").
- T103: another mention becomes "the agreement, signed four years ago," with a count that
  misses the year by two years or more.
- T104: the year of a past event ("was opened in 1985") moves after publication, or that of an
  upcoming one ("will be held in 1988") before it.
- T105: another mention of an event dated to a day ("the meeting on March 3") becomes
  "yesterday's meeting" (or "today's"), two days away or more.

Articles that date no event mention get a second edit for T101/T103/T105: one of two
definite mentions of an event noun ("the strike" ... "the strike") is dated first.

Recall is the share of planted errors the right rule finds at the edited words. False alarms
are temporal findings per 100 untouched articles; the controls are consistent plants that
must not be flagged ("the talks of 1986" ... "last year's talks" in 1987; "the 1984 election"
... "last year's election", two elections; the right weekday before a date). Usage:

    python -m training.plant_date_errors [--data ../shared/data] [--seed 13] [--per-type 200]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from flagger.annotations.document import Document
from flagger.annotations.sentences import split_sentences
from flagger.annotations.timex import extract_dates
from flagger.annotations.timex.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from flagger.article import Article
from flagger.detectors.temporal import detect
from flagger.detectors.temporal.events import EVENT_NOUNS
from flagger.report.finding import Finding
from training.news import EVALUATION_ONLY, SHARED_DATA, read_corpus

CORPORA = ("reuters21578", "recovery_covid_news_2020", "timebank_aquaint_tbaq")
TYPES = ("T101", "T102", "T103", "T104", "T105")
_NOUN = "|".join(sorted((re.escape(n) for n in EVENT_NOUNS), key=len, reverse=True))
_YEAR = r"(?:19[5-9]\d|20[0-3]\d)"
_ANY_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_MONTH = "|".join(MONTH_NAMES)
_DAY_DATE = rf"(?:{_MONTH})\s+[1-3]?\d\b"
_DET = r"(?:[Tt]he|[Ii]ts|[Tt]heir)"
_MENTION = re.compile(rf"\b{_DET} (?P<noun>[a-z]+)\b(?! of)(?![-’'])")
_PASSIVE = r"(?:that |which )?(?:was|were|had been) [a-z]+ed"
_OPENING = r"(?:^|[.;,:]\s+|\b(?:and|but) )"
_DONE = r"\b(?:held|signed|reached|concluded|completed|staged|conducted)"
_END = r"(?=[.,;:]|\s+(?:and|but|to|as|when|after|because|amid|for|with|by|at|in|from)\b)"


def _anchor_patterns(when: str) -> tuple[re.Pattern[str], ...]:
    """Patterns in which `when` (a year or a day) plainly dates an event noun."""
    prep, year = ("in", "") if when == _YEAR else ("on", rf"(?:, {_YEAR})?")
    return (
        re.compile(rf"\b{_DET} (?P<date>{when}){year} (?:[a-z]+ )?(?P<noun>{_NOUN})\b"),
        re.compile(rf"\b(?P<noun>{_NOUN}),? {_PASSIVE} {prep} (?P<date>{when})\b"),
        re.compile(rf"{_OPENING}{_DET} (?P<noun>{_NOUN}) {prep} (?P<date>{when})\b",
                   re.MULTILINE),
        re.compile(rf"{_DONE} (?:the |a |an |its |their )?(?P<noun>{_NOUN}) {prep} "
                   rf"(?P<date>{when})\b"),
    )


YEAR_ANCHORS = _anchor_patterns(_YEAR)
DAY_ANCHORS = _anchor_patterns(_DAY_DATE)
FULL_DATE = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?P<day>[1-3]?\d)(?:,\s+(?P<year>{_ANY_YEAR}))?\b"
)
WEEKDAY_BEFORE = re.compile(r"(?:" + "|".join(WEEKDAY_NAMES) + r")\W*$", re.IGNORECASE)
# Verbs whose date may lie ahead even in the past tense: "was postponed to", "was expected in".
_FORWARD = (r"(?!(?:expect|forecast|project|schedul|plann|set|due|budget|estimat|target|postpon"
            r"|delay|defer|extend|slat)\w*\b)")
_PAST = (rf"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bto )(?:(?:was|were|had been|has been) )?"
         rf"{_FORWARD}(?:[a-z]+ed|held|met|began|took|won|lost|sold|bought)")
PAST_DATED = re.compile(
    rf"\b{_PAST} (?:in|on) (?:(?:{_DAY_DATE}), )?(?P<year>{_YEAR}){_END}"
)
FUTURE_DATED = re.compile(
    rf"\bwill (?:be )?[a-z]+ (?:in|on) (?:(?:{_DAY_DATE}), )?(?P<year>{_YEAR}){_END}"
)
FUTURE_DAY = re.compile(rf"\bwill (?:be )?[a-z]+ on (?P<day>{_DAY_DATE})(?![,\s]+\d){_END}")
# A clause whose past tense may lie ahead: "once the lease expired in 2030, the city would".
SUBORDINATE = re.compile(r"\b(after|when|once|until|before|if|unless)\b[^,;:]*$", re.IGNORECASE)
# Words that make a past participle tense-neutral ("a payment permitted on July 15, 1987").
FORWARD_CONTEXT = re.compile(r"\b(will|would|shall|to be|expect\w*|plan\w*|schedul\w*|due)\b")
# The verb that says an event of this class took place, for "the talks, held two years ago,".
OCCURRENCE = {"talks": "held", "meeting": "held", "conference": "held", "election": "held",
              "auction": "held", "agreement": "signed", "contract": "signed",
              "merger": "completed", "sale": "completed", "offering": "completed",
              "strike": "staged", "protest": "staged"}


@dataclass(frozen=True, slots=True)
class Plant:
    """A planted error: the edited text and where the edited words are."""

    text: str
    start: int
    end: int


Planter = Callable[[str, date, random.Random], Plant | None]


def _other_mention(text: str, noun: str, anchor: re.Match[str],
                   rng: random.Random) -> re.Match[str] | None:
    """Another definite mention of the noun ("the talks", "its offering") a few sentences away."""
    pattern = re.compile(rf"\b{_DET} (?P<noun>{re.escape(noun)})\b(?! of)(?![-’'])")
    found = [m for m in pattern.finditer(text, max(anchor.start() - 900, 0),
                                         min(anchor.end() + 900, len(text)))
             if m.end() <= anchor.start() or m.start() >= anchor.end()]
    return rng.choice(found) if found else None


def _anchors(text: str, patterns: tuple[re.Pattern[str], ...],
             rng: random.Random) -> list[re.Match[str]]:
    found = [m for pattern in patterns for m in pattern.finditer(text)]
    rng.shuffle(found)
    return found


def _with_determiner(text: str, mention: re.Match[str], words: str) -> Plant:
    """Replace the determiner of `mention` ("the talks") by `words` ("last year's")."""
    start = mention.start()
    end = start + len(mention.group().split()[0])
    if mention.group()[0].isupper():
        words = words[0].upper() + words[1:]
    return Plant(text[:start] + words + text[end:], start, start + len(words))


def _mention_pair(text: str, rng: random.Random) -> tuple[re.Match[str], re.Match[str]] | None:
    """Two definite mentions of one event noun a few sentences apart ("the strike" ... "the
    strike"), for articles that date neither: both are then edited."""
    mentions = [m for m in _MENTION.finditer(text) if m.group("noun").lower() in EVENT_NOUNS]
    pairs = [(a, b) for i, a in enumerate(mentions) for b in mentions[i + 1 :]
             if a.group("noun") == b.group("noun") and 80 < b.start() - a.end() < 900]
    return rng.choice(pairs) if pairs else None


def _after_noun(text: str, mention: re.Match[str], words: str) -> Plant:
    """Date a mention after its noun: "the talks" -> "the talks of last year"."""
    start = mention.end() + len(" of ")
    return Plant(f"{text[: mention.end()]} of {words}{text[mention.end() :]}", start,
                 start + len(words))


def _date_first(plant: Plant, first: re.Match[str], words: str, before_noun: bool) -> Plant:
    """Date the earlier mention of a pair too: "the 1984 strike" or "the strike of 1984"."""
    if before_noun:
        start, new = first.start() + len(first.group().split()[0]) + 1, f"{words} "
    else:
        start, new = first.end(), f" of {words}"
    return Plant(f"{plant.text[:start]}{new}{plant.text[start:]}", plant.start + len(new),
                 plant.end + len(new))


@dataclass(frozen=True, slots=True)
class Dated:
    """An event year and the mention to contradict it; `first` is the mention to date with
    the year (None when the text dates the event already: "the 1985 talks" ... "the talks");
    `before_noun` whether that year stands before the noun."""

    year: int
    first: re.Match[str] | None
    other: re.Match[str]
    before_noun: bool


def _dated_pair(text: str, published: date, rng: random.Random) -> Dated | None:
    for anchor in _anchors(text, YEAR_ANCHORS, rng):
        year, noun = int(anchor.group("date")), anchor.group("noun")
        other = _other_mention(text, noun, anchor, rng)
        if other is not None and year <= published.year:
            return Dated(year, None, other, anchor.re is YEAR_ANCHORS[0])
    pair = _mention_pair(text, rng)
    if pair is None:
        return None
    return Dated(published.year - rng.randint(2, 6), pair[0], pair[1], rng.random() < 0.5)


def _plant_year_conflict(text: str, published: date, rng: random.Random,
                         edit: Callable[[str, Dated], Plant | None]) -> Plant | None:
    found = _dated_pair(text, published, rng)
    if found is None:
        return None
    plant = edit(text, found)
    if plant is None or found.first is None:
        return plant
    return _date_first(plant, found.first, str(found.year), found.before_noun)


def _relative_year(text: str, found: Dated, published: date) -> Plant:
    """ "last year's talks", or "the talks of last year" when the year stands before the noun
    in the other mention (two years before the noun name two events: "the 1984 election")."""
    words = "last year" if found.year != published.year - 1 else "this year"
    if found.before_noun:
        return _after_noun(text, found.other, words)
    return _with_determiner(text, found.other, f"{words}'s")


def plant_t101(text: str, published: date, rng: random.Random) -> Plant | None:
    """Date "the talks" near "the talks of 1985" as "last year's talks" (or "this year's")."""
    return _plant_year_conflict(text, published, rng,
                                lambda t, found: _relative_year(t, found, published))


def _elapsed(text: str, found: Dated, published: date, rng: random.Random) -> Plant | None:
    mention = found.other
    verb = OCCURRENCE.get(EVENT_NOUNS[mention.group("noun").lower()])
    if verb is None:
        return None
    counts = [k for k in range(2, 9) if abs(published.year - k - found.year) >= 2]
    ago = ("two", "three", "four", "five", "six", "seven", "eight")[rng.choice(counts) - 2]
    ago += " years ago"
    start = mention.end() + len(f", {verb} ")
    rest = text[mention.end() :]
    close = "" if rest.startswith(",") else ","
    return Plant(f"{text[: mention.end()]}, {verb} {ago}{close}{rest}", start, start + len(ago))


def plant_t103(text: str, published: date, rng: random.Random) -> Plant | None:
    """Turn "the agreement" into "the agreement, signed four years ago," (the count is off)."""
    return _plant_year_conflict(text, published, rng,
                                lambda t, found: _elapsed(t, found, published, rng))


def plant_t105(text: str, published: date, rng: random.Random) -> Plant | None:
    """Turn "the meeting" near "the meeting on March 3" into "yesterday's meeting"."""
    for anchor in _anchors(text, DAY_ANCHORS[1:], rng):
        month, day = anchor.group("date").split()
        try:
            when = date(published.year, MONTH_NAMES.index(month) + 1, int(day))
        except ValueError:
            continue
        other = _other_mention(text, anchor.group("noun"), anchor, rng)
        if other is None:
            continue
        for words, back in (("yesterday's", 1), ("today's", 0)):
            meant = published - timedelta(days=back)
            if min(abs((meant - when.replace(year=y)).days) for y in (when.year - 1, when.year,
                                                                       when.year + 1)) >= 2:
                return _with_determiner(text, other, words)
    pair = _mention_pair(text, rng)
    if pair is None:
        return None
    when = published - timedelta(days=rng.randint(3, 20))
    words = f"{MONTH_NAMES[when.month - 1]} {when.day}"
    return _date_first(_with_determiner(text, pair[1], "yesterday's"), pair[0], words, False)


def plant_t102(text: str, published: date, rng: random.Random) -> Plant | None:
    """Write a wrong weekday in front of a full date: "Tuesday, March 3, 1987"."""
    del published  # a full date carries its own year
    dates = [m for m in FULL_DATE.finditer(text) if m.group("year")]
    rng.shuffle(dates)
    for m in dates:
        if WEEKDAY_BEFORE.search(text, max(m.start() - 12, 0), m.start()):
            continue
        month, day = MONTH_NAMES.index(m.group("month")) + 1, int(m.group("day"))
        try:
            actual = date(int(m.group("year")), month, day).weekday()
        except ValueError:
            continue
        wrong = WEEKDAY_NAMES[rng.choice([w for w in range(7) if w != actual])]
        return Plant(f"{text[: m.start()]}{wrong}, {text[m.start() :]}", m.start(),
                     m.start() + len(wrong))
    return None


def _in_past_context(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence up to the match speaks of the past only."""
    sentence = text[text.rfind(". ", 0, m.start()) + 1 : m.start()]
    return not FORWARD_CONTEXT.search(sentence) and not SUBORDINATE.search(sentence)


def plant_t104(text: str, published: date, rng: random.Random) -> Plant | None:
    """Move a past event's year after publication, or an upcoming one's before it."""
    candidates = [(m.span("year"), str(published.year + rng.randint(1, 3)))
                  for m in PAST_DATED.finditer(text)
                  if int(m.group("year")) <= published.year and _in_past_context(text, m)]
    candidates += [(m.span("year"), str(published.year - rng.randint(1, 3)))
                   for m in FUTURE_DATED.finditer(text) if int(m.group("year")) >= published.year]
    candidates += [((m.end("day"), m.end("day")), f", {published.year - rng.randint(1, 3)}")
                   for m in FUTURE_DAY.finditer(text)]
    if not candidates:
        return None
    (start, end), new = rng.choice(candidates)
    return Plant(text[:start] + new + text[end:], start, start + len(new))


def consistent_pair(text: str, published: date, rng: random.Random) -> Plant | None:
    """A control: "the talks of 1986" ... "last year's talks" in a 1987 article agree."""
    pair = _mention_pair(text, rng)
    if pair is None:
        return None
    plant = _with_determiner(text, pair[1], "last year's")
    return _date_first(plant, pair[0], str(published.year - 1), False)


def two_instances(text: str, published: date, rng: random.Random) -> Plant | None:
    """A control: "the 1984 election" ... "last year's election" are two elections."""
    pair = _mention_pair(text, rng)
    if pair is None:
        return None
    plant = _with_determiner(text, pair[1], "last year's")
    return _date_first(plant, pair[0], str(published.year - rng.randint(2, 6)), True)


def consistent_weekday(text: str, published: date, rng: random.Random) -> Plant | None:
    """A control: the right weekday written in front of a full date with its year."""
    dates = [m for m in FULL_DATE.finditer(text) if m.group("year")]
    rng.shuffle(dates)
    for m in dates:
        if WEEKDAY_BEFORE.search(text, max(m.start() - 12, 0), m.start()):
            continue
        try:
            month = MONTH_NAMES.index(m.group("month")) + 1
            day = date(int(m.group("year")), month, int(m.group("day")))
        except ValueError:
            continue
        name = WEEKDAY_NAMES[day.weekday()]
        return Plant(f"{text[: m.start()]}{name}, {text[m.start() :]}", m.start(),
                     m.start() + len(name))
    return None


CONTROLS = (consistent_pair, two_instances, consistent_weekday)
PLANTERS: dict[str, Planter] = {
    "T101": plant_t101, "T102": plant_t102, "T103": plant_t103, "T104": plant_t104,
    "T105": plant_t105,
}


def findings(text: str, published: date) -> list[Finding]:
    """Run the temporal detector on one article (sentences and dates as in the pipeline)."""
    article = Article(text, published=published)
    doc = Document(article, split_sentences(text), (), extract_dates(text, published), ())
    return list(detect(doc))


def articles(data: Path, corpus: str, seed: int) -> list[tuple[str, date, str]]:
    """Return the corpus's dated articles as (id, published, text), shuffled with `seed`."""
    rows = [(r["id"], date.fromisoformat(r["date"]), r["text"]) for r in read_corpus(corpus, data)
            if r.get("date") and r.get("text")]
    random.Random(seed).shuffle(rows)
    return rows


@dataclass
class Result:
    """The counts for one corpus."""

    recall: dict[str, tuple[int, int]] = field(default_factory=dict)  # rule: (found, planted)
    untouched: int = 0
    false_alarms: int = 0
    controls: tuple[int, int] = (0, 0)  # consistent plants flagged, consistent plants
    errors: int = 0  # articles the extractor failed on


def _plants(planter: Planter, rows: list[tuple[str, date, str]], rng: random.Random,
            limit: int) -> Iterator[tuple[str, Plant, list[Finding]]]:
    """Plant into articles in order until `limit` plants ran; yield each with its findings."""
    count = 0
    for ident, published, text in rows:
        if count >= limit:
            return
        plant = planter(text, published, rng)
        if plant is None:
            continue
        try:
            found = findings(plant.text, published)
        except (ValueError, OverflowError):
            continue
        count += 1
        yield ident, plant, found


def _at(found: list[Finding], plant: Plant, rule: str = "T1") -> bool:
    return any(f.rule.startswith(rule) and f.start < plant.end and plant.start < f.end
               for f in found)


def _show(plant: Plant) -> str:
    return plant.text[max(plant.start - 150, 0) : plant.end + 80].replace("\n", " ")


def measure(data: Path, corpus: str, seed: int, per_type: int, untouched: int,
            verbose: bool) -> Result:
    """Plant each kind of error, run the consistent controls and the untouched articles."""
    rows = articles(data, corpus, seed)
    result = Result()
    for ident, published, text in rows[:untouched]:
        try:
            found = findings(text, published)
        except (ValueError, OverflowError):
            result.errors += 1
            continue
        result.untouched += 1
        result.false_alarms += len(found)
        for f in found if verbose else ():
            print(f"  false alarm {ident} {f.rule}: {f.message}", file=sys.stderr)
    for rule, planter in PLANTERS.items():
        hits = []
        for ident, plant, found in _plants(planter, rows, random.Random(f"{seed}{rule}"),
                                           per_type):
            hits.append(_at(found, plant, rule))
            if verbose and not hits[-1]:
                print(f"  missed {rule} {ident}: …{_show(plant)}…", file=sys.stderr)
        result.recall[rule] = (sum(hits), len(hits))
    flagged = []
    for control in CONTROLS:
        rng = random.Random(f"{seed}{control.__name__}")
        for ident, plant, found in _plants(control, rows, rng, per_type):
            flagged.append(_at(found, plant))
            if verbose and flagged[-1]:
                print(f"  control flagged {ident}: …{_show(plant)}…", file=sys.stderr)
    result.controls = (sum(flagged), len(flagged))
    return result


def _rows(data: Path, seed: int, per_type: int, untouched: int,
          verbose: bool) -> Iterator[list[str]]:
    for corpus in CORPORA:
        assert corpus not in EVALUATION_ONLY
        result = measure(data, corpus, seed, per_type, untouched, verbose)
        cells = [f"{100 * h / n:.0f}% ({h}/{n})" if n else "n/a" for h, n in result.recall.values()]
        rate = 100 * result.false_alarms / max(result.untouched, 1)
        yield [corpus, *cells, f"{rate:.2f} ({result.false_alarms}/{result.untouched})",
               "{}/{}".format(*result.controls), str(result.errors)]


def main(argv: list[str] | None = None) -> None:
    """Print recall per rule and false alarms per 100 untouched articles, per corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--per-type", type=int, default=200, help="planted errors per rule")
    parser.add_argument("--untouched", type=int, default=2000, help="untouched articles")
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    header = ["corpus", *TYPES, "false alarms /100 untouched", "controls flagged",
              "extractor errors"]
    print(" | ".join(header))
    for row in _rows(args.data, args.seed, args.per_type, args.untouched, args.verbose):
        print(" | ".join(row), flush=True)
    print(f"seed {args.seed}; {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
