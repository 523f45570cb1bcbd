"""Page furniture: the lines of an article that are not the story, found so they are skipped.

A title line, a dateline and a trailing `Source` line frame a plain-text article; scraped pages
add share and follow buttons, newsletter sign-ups, cookie and copyright notices, permission to
republish, requests for corrections, "Read more" and related links, menus and photo credits.
Such lines are neither analysed nor counted as sentences; the report lists them as skipped spans
with their reason. A line is furniture only when the whole line is: a body sentence that happens
to mention a newsletter or a photograph is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.folding import lowered
from flagger.annotations.lazyre import lazy
from flagger.article import Article

MAX_LINE = 300
"""Longer lines are paragraphs of the story, never furniture."""
WRAPPED_LINE = 45
"""A line this long that stops mid-sentence is wrapped copy: the next line carries it on."""
SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "’", ")", "»")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A stretch of the text left out of the analysis: offsets into the text and why."""

    start: int
    end: int
    reason: str

    def to_dict(self) -> dict[str, int | str]:
        """Return the JSON form."""
        return {"start": self.start, "end": self.end, "reason": self.reason}


def _rx(pattern: str) -> re.Pattern[str]:
    """Return a line pattern that ignores case, compiled when first used."""
    return lazy(pattern, re.IGNORECASE)


_LINE_PATTERNS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        "share",
        _rx(
            r"^(?:shares?|share this(?: story| article| post)?[.!:]?|share (?:on|via|to) \w+.*"
            r"|share this (?:story|article|post) (?:on|via|with) \w+[.!]?"
            r"|(?:think your friends|like this story|if you like this story|read or share)"
            r".*\bshare\b.*"
            r"|.*\bshare (?:it|this (?:story|article)) with a friend\b.*"
            r"|please share this (?:story|article|post)\b.*|sharing is caring!?"
            r"|(?:facebook|twitter|whatsapp|email|linkedin|pinterest|reddit|print)"
            r"(?:\s*[|•·,/]?\s*(?:facebook|twitter|whatsapp|email|linkedin|pinterest|reddit|print))+)$"
        ),
        ("shar", "facebook", "twitter", "whatsapp", "email", "linkedin", "pinterest", "reddit",
         "print"),
    ),
    (
        "follow",
        _rx(r"^follow (?:us|@\w+|[^.]{0,80}\bon (?:twitter|facebook|instagram|linkedin)\b).*$"),
        (),
    ),
    (
        "subscribe",
        _rx(
            r"^(?=.*\b(?:sign(?:ed)? up|subscribe|newsletter|inbox)\b)"
            r"(?:\[?(?:sign up|subscribe|get the latest|click here to (?:sign up|subscribe)"
            r"|staying apart, together|join our|want (?:more|the latest)).*"
            r"|.*\bentering your email address\b.*|email \*"
            r"|.*\b(?:sign up (?:here|now|for (?:our|the|free))"
            r"|subscribe (?:here|now|to (?:our|my)\b|for free)|in your inbox)\b.*)$"
        ),
        ("sign", "subscribe", "newsletter", "inbox"),
    ),
    (
        "cookie",
        _rx(r"^(?:we use cookies|this (?:web)?site uses cookies|by using this site).*$"),
        (),
    ),
    (
        "copyright",
        _rx(
            r"^(?:copyright\b.*|©.*|\(c\)\s*\d{4}.*|.*\ball rights reserved\b.*"
            r"|.*\bis copyrighted by\b.*|[^.]{0,60}©\s*(?:\d{4})?[^.]{0,60})$"
        ),
        ("copyright", "©", "(c)", "all rights reserved"),
    ),
    (
        "permission",
        _rx(
            r"^.*\b(?:you may (?:freely )?(?:reproduce|republish|repost|copy)"
            r"|may be (?:freely )?(?:reproduced|republished|reposted)"
            r"|this article (?:was originally published|has been contributed|first appeared)"
            r"|(?:re)?published with permission|reprinted with (?:kind )?permission"
            r"|(?:share|encourage you to share) and republish|re-?post guidelines)\b.*$"
        ),
        ("you may", "may be", "this article", "published with permission", "reprinted with",
         "and republish", "post guidelines"),
    ),
    (
        "corrections",
        _rx(
            r"^.*\b(?:send us your corrections|spotted an? (?:error|mistake|typo)"
            r"|report an? (?:error|correction|typo)|to (?:report|suggest) a correction)\b.*$"
        ),
        ("send us your corrections", "spotted a", "report a", "a correction"),
    ),
    (
        "related",
        _rx(
            r"^(?:read more\b.*|related(?: articles?| stories| story| coverage| content| links?)?"
            r"(?::.*|\s+[^\n]*[^.\n])?|more:.*|see also\b.*|recommended(?: for you)?:?"
            r"|you may also like.*|headline:.*|for more information see:?|continue reading\b.*"
            r"|full story here:.*|filed under:.*|https?://\S+|this briefing has ended\..*"
            r"|take our poll\b.*|.*\bplay video ?\d+:\d\d|.*\blisten · \d+:\d\d.*"
            r"|listen to .{0,60}\bpodcast below\b.*|advertisements?|you are here\.?"
            r"|more (?:critical )?reads?\b.*|click here\b.*|.*\bclick here[.!]?"
            r"|to read more\b.*|(?:also )?read:.*|watch:.*|listen:.*|the post .{1,200} "
            r"appeared first on .*)$"
        ),
        ("related", "more", "see also", "recommended", "you may also like", "headline:",
         "continue reading", "full story here:", "filed under:", "http", "this briefing has ended.",
         "take our poll", "play video", "listen", "advertisement", "you are here", "click here",
         "read:", "watch:", "appeared first on"),
    ),
    (
        "photo-credit",
        _rx(
            r"^(?:featured image ?(?:via|by|credit|:).*|(?:photo|image|picture)s? ?(?:by|via|credit"
            r"|courtesy|:|illustration).*|(?:enlarge this image )?toggle caption.*"
            r"|[^.]{0,80}/getty images.*|getty images|\(?(?:ap|afp|reuters) photo.*"
            r"|.{0,250}[(|]\s*photo:[^)]{1,80}\)?)$"
        ),
        ("image", "photo", "picture", "toggle caption", "getty images"),
    ),
    (
        # a caption ending in its credit; case matters: "a Reuters/Ipsos poll" is story text
        "photo-credit",
        lazy(
            r"^.{0,250}(?:Getty Images|AP Photo/[A-Z][\w. ]{1,40}"
            r"|(?:Reuters|REUTERS)/[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)?\.?$"
        ),
        ("Getty Images", "AP Photo/", "Reuters/", "REUTERS/"),
    ),
    (
        "navigation",
        _rx(
            r"^(?:home|news|sport|world|business|politics|opinion|menu|search|video|"
            r"[A-Z][\w&]{1,15})(?:\s*[|•›»]\s*[\w&][\w& ]{0,20}){3,}$"
        ),
        (),
    ),
    (
        "byline",
        lazy(
            r"^(?:(?:By|BY):? [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? [^.]{0,60})?"
            r"|Posted on\b.{0,60}\bby \w+.{0,40}|Authored by [^.]{1,80})$"
        ),
        (),
    ),
)
"""Each line pattern with the words one of which any line it matches holds (none: always try):
lower-case for a pattern that ignores case, else as written with a capital letter (so a pattern
is compiled only once a line holds one of its words)."""
_CASELESS = tuple(all(word == word.lower() for word in words) for _, _, words in _LINE_PATTERNS)
"""For each line pattern, whether its words are looked for in the lower-cased line."""

_TAIL_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "photo-credit",
        lazy(
            r"(?:(?:Featured image|Featured Image|Photo|Image) (?:via|by|credit:?)|Featured Image:"
            r"|Image of \w+ by) [^\n]{1,160}\Z"
        ),
    ),
)
"""Furniture glued to the end of a flattened scraped text (no line breaks left)."""

_LINE = lazy(r"[^\n]+")
_CAPTION_END = lazy(r"[.!?][\"”’)]?\s+(?=[A-Z(])")
# "© AP Photo / Jane Doe" before a caption of at least a few words with lower-case text
_LEADING_CREDIT = lazy(r"©\s*(?:[A-Z][\w.]*\s+){0,2}Photo\s*/\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
                             r"(?=\s+[A-Z][^\n]*\s[a-z]+\s[^\n]{20,}$)")
CREDIT = 80
"""A credit after a caption is at most this long and holds no digit ("Jane Doe/Getty Images")."""
_TITLE_LINE = lazy(r"\A\s*(?P<title>[^\n]{3,300}(?<![a-z0-9][.]))\n[ \t]*\n")
_SOURCE_LINE = lazy(r"\n[ \t]*(?P<line>Source(?::[ \t]*[^\n]*)?)[ \t]*\s*\Z")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return start:end without its surrounding white space."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def _frame(article: Article) -> Iterator[Skipped]:
    """Yield the title line, dateline and trailing Source line of a plain-text article."""
    from flagger.article.published import datelines  # here: published imports timex

    text = article.text
    title = _TITLE_LINE.match(text)
    if (
        title
        and article.title
        and " ".join(title["title"].split()) == " ".join(article.title.split())
    ):
        yield Skipped(*_trimmed(text, *title.span("title")), "title")
    head_end = 0
    for _ in range(6):
        newline = text.find("\n", head_end)
        if newline < 0:
            head_end = len(text)
            break
        head_end = newline + 1
    for match in datelines(text, 0, head_end):
        yield Skipped(*_trimmed(text, *match.span()), "dateline")
        break
    source = _SOURCE_LINE.search(text)
    if source:
        yield Skipped(*source.span("line"), "source")


def _line_reason(line: str) -> str | None:
    """Return why a whole line is furniture, or None when it is story text."""
    if len(line) > MAX_LINE:
        return None
    low = lowered(line)
    for (reason, pattern, words), caseless in zip(_LINE_PATTERNS, _CASELESS, strict=True):
        if words and not _holds(line, low, words, caseless):
            continue
        if pattern.match(line):
            return reason
    return None


def _holds(line: str, low: str | None, words: tuple[str, ...], caseless: bool) -> bool:
    """Tell whether a line may match a pattern: it holds one of the pattern's `words`, looked for
    in the lower-cased line when the pattern ignores case."""
    if caseless:
        if low is None:
            return True
        line = low
    return any(word in line for word in words)


def _credit(line: str, reason: str) -> tuple[int, int]:
    """The furniture part of a furniture line: only its credit when the line is a photo caption
    with its credit after it ("Crowds gather on Monday. Jane Doe/Getty Images") or before it
    ("© AP Photo / Jane Doe Crowds gather on Monday."), so the caption stays story text."""
    if reason == "copyright":
        lead = _LEADING_CREDIT.match(line)
        return (0, lead.end()) if lead else (0, len(line))
    if reason == "photo-credit":
        for match in _CAPTION_END.finditer(line):
            credit = line[match.end() :]
            if len(credit) <= CREDIT and not any(c.isdigit() for c in credit):
                return (match.end() if _line_reason(credit) == reason else 0, len(line))
    return (0, len(line))


def _continues(above: str, line: str, wrapped: bool) -> bool:
    """Tell whether a line carries on a sentence ("...a dividend of 10 cts a / share on its
    common..."), so it is not a line of its own: it opens in lower case, or, in hard-wrapped
    copy, the long line just above it stops mid-sentence."""
    if line[:1].islower() and not line.startswith(("http://", "https://")):
        return True
    if not wrapped or len(above) < WRAPPED_LINE:
        return False
    return not above.rstrip().endswith(SENTENCE_ENDS)


def _hard_wrapped(text: str) -> bool:
    """Tell whether most lines of a text are wrapped at a fixed width (wire copy)."""
    widths = [len(line.rstrip()) for line in text.splitlines() if line.strip()]
    return len(widths) >= 4 and sum(WRAPPED_LINE <= w < 100 for w in widths) * 2 > len(widths)


def find_furniture(article: Article) -> tuple[Skipped, ...]:
    """Return the spans of `article.text` that are not the story, in text order."""
    text = article.text
    found: dict[tuple[int, int], Skipped] = {}
    for skipped in _frame(article):
        found[(skipped.start, skipped.end)] = skipped
    framed = [(s.start, s.end) for s in found.values()]
    wrapped = _hard_wrapped(text)
    previous, previous_end = "", -2
    for match in _LINE.finditer(text):
        start, end = _trimmed(text, *match.span())
        line = text[start:end]
        above = previous if text[previous_end : match.start()] == "\n" else ""
        previous, previous_end = line, match.end()
        if start == end or any(a <= start < b for a, b in framed):
            continue
        if _continues(above, line, wrapped):
            continue
        reason = _line_reason(line)
        if reason:
            first, last = _credit(line, reason)
            found[(start + first, start + last)] = Skipped(start + first, start + last, reason)
    for reason, pattern in _TAIL_PATTERNS:
        tail = pattern.search(text, max(0, len(text) - 200))
        if tail and not any(a <= tail.start() < b for a, b in found):
            found[tail.span()] = Skipped(*_trimmed(text, *tail.span()), reason)
    return tuple(sorted(found.values(), key=lambda s: (s.start, s.end)))


def outside(spans: tuple[Skipped, ...], start: int, end: int) -> bool:
    """Tell whether start:end keeps at least half of itself outside the skipped spans."""
    if not spans:
        return True
    inside = sum(max(0, min(end, s.end) - max(start, s.start)) for s in spans)
    return inside * 2 < max(end - start, 1)
