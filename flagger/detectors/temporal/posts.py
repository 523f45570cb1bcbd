"""Embedded social posts dated against the prose that introduces them (T102, T105).

Web articles embed a post whose signature line carries its date: "— Ana Ruiz (@anaruiz)
March 4, 2025". The sentence that introduces it often dates the act of posting by a weekday
or a relative day ("On Monday, Ruiz tweeted", "Yesterday she wrote"). When the post's author,
named before a verb of posting or saying, posts on that day, and nothing between the clause
and the post dates it otherwise, the weekday must be the post's weekday and the relative day
its date (or that of the same author's next post, when several follow one introduction).

Posts are dated in the viewer's time zone: a day later or earlier is allowed only after "late",
"night", "evening", "early" or "overnight", or with a timed signature ("at 7:15pm PDT"); a plain
"yesterday" over a post dated the publication day is flagged, its message asking to check the
time zone the embed shows. A post dated after publication or more than a week before it, a
clause that dates the act otherwise ("back in 2016 he tweeted", "had posted"), and "Saturday's
attack" are another occasion, left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.sentences import Sentence
from flagger.annotations.timex import TimeExpression
from flagger.annotations.timex.lexicon import MONTHS, WEEKDAY_NAMES
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_SIGNATURE = lazy(
    rf"\(@(?P<handle>\w{{1,15}})\)\s*(?:on\s+)?(?P<date>(?P<mon>{_MON})\.?\s+(?P<day>[0-3]?\d),"
    r"?\s+(?P<year>(?:19|20)\d\d))(?!\d)(?P<time>\s+at\s+[01]?\d:\d\d\s*[ap]\.?m)?",
    re.IGNORECASE)
# The author's name ends the stretch before "(@handle)", after a dash, a gap or a sentence.
_NAME_CUT = lazy(r"[—–]|--|\s\s|\n|[.?!:\"“”](?=\s|[A-Z])|\bhttps?://\S+|pic\.twitter\S+")
_NAME_WORD = lazy(r"\b[A-Z][\w'’-]{2,}")
_TITLES = frozenset({"Sen", "Rep", "Gov", "Mrs", "President", "The", "Senator", "Dr"})
# Verbs that name the platform ("tweeted", "took to Twitter") tell the posting itself; verbs of
# saying ("blasted", "claimed") may tell another occasion that a later sentence sets apart.
_POSTING = lazy(
    r"\b(?:(?P<platform>(?:re)?tweet(?:ed|ing)|(?P<noun>tweets?)|post(?:s|ed|ing)"
    r"|(?:took|takes|taking|went|goes|turned|turns) to\b[^.!?]{0,80}?"
    r"\b(?:twitter|facebook|instagram|social media)"
    r"|on (?:twitter|facebook|instagram)|in an? (?:tweet|post)"
    r"|(?:twitter|facebook|instagram) (?:tantrum|rant|tirade|storm|spree|meltdown|attack)s?)"
    r"|wr(?:ote|ites|iting)|shar(?:ed|es|ing)|lash(?:ed|es|ing) out|blast(?:ed|s|ing)"
    r"|slamm(?:ed|ing)|slams|claim(?:ed|s|ing)|attack(?:ed|ing)"
    r"|demand(?:ed|s|ing)|call(?:ed|s|ing) (?:for|out)|fir(?:ed|es|ing) (?:off|back)"
    r"|repl(?:ied|ies|ying)|respond(?:ed|s|ing)|mock(?:ed|s|ing)|boast(?:ed|s|ing)"
    r"|brag(?:ged|s|ging))\b", re.IGNORECASE)
_OTHER_OCCASION = lazy(
    r"\b(?:previously|earlier|back in|once(?! again| more)|in the past|"
    r"had (?:re)?(?:tweeted|posted|written|shared|said|claimed)|(?:19|20)\d\d)\b", re.IGNORECASE)
_ASIDE = lazy(r",\s+(?:who|which|whose)\b[^,;]{0,150},")
"""A relative clause set off by commas ("Sarukhan, who served from 2007 to 2013, tweeted"): its
dates tell of the author, not of the posting."""
_PRONOUN = lazy(r"\b(?:he|she)\b", re.IGNORECASE)
_SUBJECT = lazy(r"\b(?:as|and|while|when|after|then|but)\s+(?P<word>[A-Z][\w'’-]+)"
                r"(?:\s+(?:[a-z]+ly|also|again|once|then|later|quickly))*\s*$")
"""A capitalised name opening a clause right before the verb ("as Comey slammed")."""
_AFTERWARDS = lazy(r"\b(?:then|later|afterwards?|subsequently|after|next|following)\b",
                   re.IGNORECASE)
"""Words that set a posting after the act the day dates ("Ruiz then shared her view")."""
_SLACK = lazy(r"\b(?:late|night|evening|overnight|early)\b", re.IGNORECASE)
# Run-together sentences ("response.The attacks"): a period between a small and a capital letter.
_RUN_ON = lazy(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")
_POSSESSIVE = lazy(r"(?:'s|’s| s)\b")
# What may open a clause before the day that scopes over it: "On Monday," "Late yesterday,".
_OPENING = lazy(r"[\W_]*(?:(?:and|but|then|so|even|only|on|late|early|just)\s+)*",
                      re.IGNORECASE)
_RELATIVE_DAY = lazy(r"(?:today|tonight|yesterday|last night|this (?:morning|afternoon|"
                           r"evening))\b", re.IGNORECASE)
REACH = 1500  # characters before a signature where the introducing prose may start
NEAR = 60  # characters between the day and the verb of posting, when the day does not lead
WEEK = 7


@dataclass(frozen=True)
class Post:
    """An embedded post's signature: its date, the offsets of that date, and its author."""

    day: date
    start: int
    end: int
    text: str
    names: frozenset[str]
    handle: str
    timed: bool  # the signature gives the time of day ("at 7:15pm PDT")


@dataclass(frozen=True)
class Act:
    """A day the prose gives to an act of posting: the expression and the clause holding it."""

    timex: TimeExpression
    start: int
    end: int
    sentence: int


def post_conflicts(doc: Document, weekday_rule: Rule, day_rule: Rule) -> Iterator[Finding]:
    """T102 / T105: the weekday or relative day of a posting act that its post's date denies."""
    published = doc.article.published
    if published is None or "(@" not in doc.text:
        return
    posts = list(_posts(doc.text))
    starts = [s.start for s in doc.sentences]
    positions = [tx.start for tx in doc.dates]
    for i, post in enumerate(posts):
        low = max(posts[i - 1].end if i else 0, post.start - REACH)
        act = _introduction(doc, post, low, starts, positions)
        if act is None:
            continue
        group = [post, *_following(doc, posts[i + 1 :], post, positions)]
        finding = _check(doc, group, act, published, (weekday_rule, day_rule))
        if finding is not None:
            yield finding


def _posts(text: str) -> Iterator[Post]:
    """The signatures "Name (@handle) Month D, YYYY" with a real calendar date."""
    for match in _SIGNATURE.finditer(text):
        month = MONTHS.get(match["mon"].lower())
        try:
            day = date(int(match["year"]), month or 0, int(match["day"]))
        except ValueError:
            continue
        before = text[max(match.start() - 60, 0) : match.start()]
        name = _NAME_CUT.split(before)[-1]
        names = frozenset(w for w in _NAME_WORD.findall(name) if w not in _TITLES)
        yield Post(day, match.start("date"), match.end("date"), match["date"], names,
                   match["handle"], match["time"] is not None)


def _following(doc: Document, posts: list[Post], post: Post,
               positions: list[int]) -> Iterator[Post]:
    """The posts of the same author embedded one after another right after `post`, with no
    date told between."""
    end = post.end
    for other in posts:
        if other.start - end > REACH:
            return
        between = doc.dates[bisect_left(positions, end) : bisect_left(positions, other.start)]
        if any(tx.first is not None for tx in between):
            return
        if other.handle.lower() == post.handle.lower():
            yield other
        end = other.end


def _introduction(doc: Document, post: Post, low: int, starts: list[int],
                  positions: list[int]) -> Act | None:
    """The nearest weekday or relative day before `post`, in a clause where its author posts."""
    dated = doc.dates[bisect_left(positions, low) : bisect_left(positions, post.start)]
    passed: list[TimeExpression] = []
    for tx in reversed(dated):
        if tx.first is None:
            continue  # "now", a duration: no day to compare
        if tx.explicit or tx.has_year:
            return None  # a date between the prose and the post: the post's own, or another
        if not tx.named_day or tx.granularity not in ("day", "time"):
            passed.append(tx)
            continue
        index = bisect_right(starts, tx.start) - 1
        if index < 0 or doc.quote_at(tx.start, tx.end) is not None:
            return None
        act = _clause(doc, tx, doc.sentences[index])
        verb = _introduces(doc, post, act)
        if any(o.start >= act.end for o in passed) or verb is None:
            return None  # another time told after the act, or not an act of posting
        if verb["platform"] is None and _retold(doc, post, act.end, post.start, starts):
            return None  # a later sentence tells a later posting, the day told something else
        return act
    return None


def _clause(doc: Document, tx: TimeExpression, sentence: Sentence) -> Act:
    """The part of `sentence` holding `tx`, cut where sentences run together."""
    start, end = sentence.start, sentence.end
    for signature in _SIGNATURE.finditer(sentence.text):
        if sentence.start + signature.end() <= tx.start:
            start = sentence.start + signature.end()  # a post run into the prose after it
    for cut in _RUN_ON.finditer(sentence.text):
        at = sentence.start + cut.start()
        if at <= tx.start:
            start = at
        else:
            end = at
            break
    return Act(tx, start, end, sentence.index)


def _introduces(doc: Document, post: Post, act: Act) -> re.Match[str] | None:
    """The verb by which the clause tells that the post's author posted on the day, if it does
    (and on no other occasion)."""
    text, tx = doc.text, act.timex
    clause = text[act.start : act.end]
    if _POSSESSIVE.match(text, tx.end):
        return None  # "Saturday's attack": the day of something else
    asides = [(act.start + m.start(), act.start + m.end()) for m in _ASIDE.finditer(clause)]
    others = [o for o in doc.dates if act.start <= o.start < act.end and o is not tx
              and not _inside(o.start, asides)]
    if any(o.explicit or o.has_year or o.named_day for o in others):
        return None
    leads = _OPENING.fullmatch(text, act.start, tx.start) is not None
    for verb in _POSTING.finditer(clause):
        at = act.start + verb.start()
        if not leads and abs(at - tx.start) > NEAR:
            continue
        if any(not _inside(o.start(), asides) for o in _OTHER_OCCASION.finditer(
                text, act.start, max(at + len(verb.group()), tx.end))):
            return None
        if _author(doc, post, act.start, at):
            return verb
    return None


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether offset `at` lies in one of `spans`."""
    return any(start <= at < end for start, end in spans)


def _author(doc: Document, post: Post, start: int, verb: int) -> bool:
    """Whether the post's author is named before the verb (or "he"/"she" after a naming)."""
    before = doc.text[start:verb]
    if _names(post, before):
        return not _other_subject(post, before)
    if _PRONOUN.search(before) is None:
        return False
    return _names(post, doc.text[max(start - 300, 0) : start])


def _other_subject(post: Post, before: str) -> bool:
    """Whether the verb's own subject, right before it, is someone else named: "Trump watched as
    Comey slammed him" tells of Comey's act, not of Trump's post."""
    subject = _SUBJECT.search(before)
    if subject is None:
        return False
    word = subject.group("word")
    return word not in post.names and word not in _TITLES and word.lower() != post.handle.lower()


def _retold(doc: Document, post: Post, start: int, end: int, starts: list[int]) -> bool:
    """Whether a sentence between the act and the post tells that the author posted after it
    ("Ruiz then shared her view online"); one that tells the posting with no such word ("Trump
    tweeted:") tells the act again."""
    for sentence in doc.sentences[bisect_left(starts, start) : bisect_left(starts, end)]:
        for verb in _POSTING.finditer(sentence.text):
            before = sentence.text[: verb.start()]
            if verb["noun"] is None and _names(post, before) and _AFTERWARDS.search(
                    sentence.text) is not None:
                return True
    return False


def _names(post: Post, text: str) -> bool:
    """Whether `text` names the post's author or handle."""
    if f"@{post.handle}".lower() in text.lower():
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in post.names)


def _gap(post: Post, tx: TimeExpression) -> int | None:
    """Days from the day the prose names to the post's date (a weekday: the nearest way)."""
    if tx.weekday is not None:
        ahead = (post.day.weekday() - tx.weekday) % WEEK
        return ahead if ahead <= WEEK // 2 else ahead - WEEK
    if _RELATIVE_DAY.match(tx.text) is None or tx.first is None or tx.first != tx.last:
        return None
    return (post.day - tx.first).days


def _fits(doc: Document, post: Post, act: Act, published: date) -> bool:
    """Whether the post may be the act: same day, or one day off when the prose or the
    signature puts it late or early in the day, where time zones move it."""
    tx = act.timex
    if post.day > published or (published - post.day).days > WEEK:
        return True  # dated in another time zone than the article, or another occasion
    gap = _gap(post, tx)
    if gap is None or gap == 0:
        return True
    around = doc.text[max(tx.start - 16, act.start) : min(tx.end + 16, act.end)]
    if abs(gap) == 1:
        return post.timed or _SLACK.search(around) is not None
    return False


def _check(doc: Document, group: list[Post], act: Act, published: date,
           rules: tuple[Rule, Rule]) -> Finding | None:
    """The finding when no post of the group fits the day the prose names."""
    if any(_fits(doc, post, act, published) for post in group):
        return None
    post, tx = group[0], act.timex
    actual = WEEKDAY_NAMES[post.day.weekday()]
    if tx.weekday is not None:
        message = (f"“{tx.text}” dates @{post.handle}'s post to a "
                   f"{WEEKDAY_NAMES[tx.weekday]}, but the post's signature dates it "
                   f"{post.text}, a {actual}")
        rule, suggestion = rules[0], actual
    else:
        message = (f"“{tx.text}” is {tx.first} (counted from publication on "
                   f"{published.isoformat()}), but @{post.handle}'s post it introduces is "
                   f"dated {post.text}")
        rule, suggestion = rules[1], _relative(post.day, published)
    if _gap(post, tx) in (-1, 1):
        message += "; a day apart, so check the time zone the embed shows"
    related = (Span(post.start, post.end, post.text, "post date"),)
    return rule.finding(doc, tx.start, tx.end, message, sentence=act.sentence, score=0.7,
                        evidence=(f"{tx.text} ≠ {post.day.isoformat()} ({actual})",),
                        related=related, suggestion=suggestion, severity="warning")


def _relative(day: date, published: date) -> str:
    """The word for `day` seen from publication, else its weekday."""
    offset = (published - day).days
    if offset == 0:
        return "today"
    if offset == 1:
        return "yesterday"
    return f"on {WEEKDAY_NAMES[day.weekday()]}"
