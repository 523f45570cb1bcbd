"""The verb that governs a date, and its tense.

Read back from the date's preposition ("on", "in", "at", "during", "of the morning of") over
the words of its own clause: nouns, names, determiners and the prepositions of an object
("submitted his resignation to the president on Aug. 27"), to the first verb form. That verb's
group gives the tense: a past form with no auxiliary, or "was", "were", "had", "did" before it,
is past; "will" or "shall" is future. A modal, an infinitive ("invited Triet to visit ... in
2007"), a present or progressive form, a conditional or a target verb ("scheduled for") gives
no tense, and so does a clause boundary (comma, quote, bracket, dash, "that", "when") met
before any verb; a dash typed as " - " or "--" is a dash (`asides`).
"""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.detectors.temporal.asides import typed_dash
from flagger.detectors.temporal.events import Token, tokenize, verb_lemma
from flagger.detectors.temporal.fronted import (
    after_subject,
    between_commas,
    comma_verb,
    forward,
    inner,
    opens_clause,
)
from flagger.detectors.temporal.names import (
    joins_names,
    quoted_name,
    reach_start,
    title_colon,
)
from flagger.detectors.temporal.noun_phrase import (
    compound_preposition,
    counted_participle,
    joins_nouns,
    passive_before,
)
from flagger.detectors.temporal.targets import asked_on, passive_act, target_form
from flagger.detectors.temporal.verb_forms import NONE, Governor, before_adverbs, verb_form
from flagger.detectors.temporal.verb_words import (
    AHEAD_MODIFIERS,
    BOUNDARY,
    DATE_PREPS,
    DAY_PARTS,
    DETERMINERS,
    FUTURE,
    INTEND,
    IS,
    LINKING,
    MODALS,
    OPENERS,
    PAST_AUX,
    PERFECT,
    PRENOMINAL,
    PRESENT_BE,
    SCHEDULE,
    SPEECH,
    SUBJECT,
    TARGET_VERBS,
    bare_object,
    dated_act,
    for_place,
    is_modal,
    nth_time,
)

REACH = 14  # words read back from the date (a name's later words count as none)
AS_ADVERBS = frozenset({"recently", "late", "early", "lately"})  # "as recently as"
PROGRESSIVE_REACH = 6  # a past progressive dates its act only close by
# A finite verb right after the date: the date stands in a reported clause.
_FINITE_NEXT = lazy(r"\s*(?:will|would|is|are|was|were|has|have|had|can|could|"
                              r"may|might|should)\b")
_COMPARED = frozenset({"compared", "contrasted"})  # a frame for a figure, not an act
# Nouns of a transfer set for a day of its own: "approved payment of a dividend ... on May 21"
# dates the payment, not the approval.
_DATED_NOUNS = frozenset({"payment", "payments", "repayment", "delivery", "deliveries",
                          "redemption", "distribution", "shipment", "shipments"})
_LIGHT = frozenset({"make", "makes", "made", "making", "receive", "receives", "received"})
# Verbs that stop or restart a transfer: "suspended payments on March 7" dates the suspension.
_HALTED = frozenset({"suspended", "halted", "stopped", "froze", "resumed", "restarted",
                     "cancelled", "canceled", "missed"})
# Particles of a phrasal verb between it and the date: "is coming out on May 1".
_PARTICLES = frozenset({"out", "back", "up", "off", "down", "over", "away", "home", "in"})
YEAR_REACH = 8  # a written year dates a past verb only close by: "acquired the unit in 1988"
AHEAD_YEAR_REACH = 4
"""A written year dates a verb of things ahead only closer: in "expects to report group profit in
1986" the year dates the profit, not the report."""


def governing_tense(text: str, span: tuple[int, int], sent_start: int,
                    has_year: bool, day: bool = False,
                    preps: frozenset[str] = DATE_PREPS) -> Governor:
    """The tense of the verb that governs the date at `span`. A fronted date of a whole `day`
    dates its clause's verb even with its year ("On May 30, 2025 the board voted"). `preps`
    are the prepositions that may open the date's phrase ("between" for a range)."""
    found = _governor(text, span, sent_start, has_year, day, preps)
    if has_year and found.tense == "future" and found.verb is not None and (
            found.verb.end <= span[0]
            and len(tokenize(text, found.verb.end, span[0])) > AHEAD_YEAR_REACH):
        return NONE
    return found


def _governor(text: str, span: tuple[int, int], sent_start: int, has_year: bool, day: bool,
              preps: frozenset[str]) -> Governor:
    """`governing_tense` with a written year's reach the same for every tense."""
    start, end = span
    tokens = tokenize(text, max(sent_start, start - 200), start)
    tokens = as_preposition(tokens[reach_start(tokens, REACH):])
    noun = len(tokens) > 1 and tokens[-1].lower in PRENOMINAL and tokens[-2].lower in (
        preps) and not has_year
    if noun:
        tokens = tokens[:-1]  # "recounted in an August 14 briefing"
    last = tokens[-1].lower if tokens else ""
    if last in preps and len(tokens) > 1 and tokens[-2].lower in ("which", "who"):
        return after_subject(text, end, "," in text[start:end])  # "which on May 2 approved"
    by = last == "by" and text[end : end + 3].lstrip().startswith(",")
    if (last in preps or by) and opens_clause(
            tokens, len(tokens) - 1):  # "By May 29, the toll was 63,000"
        fronted = forward(text, end, has_year and not day, noun)  # "On March 30 the ... voted"
        if fronted.tense is None and between_commas(text, tokens, sent_start, end):
            return comma_verb(text, end)  # "The panel, on May 25, approved"
        return fronted
    if len(tokens) < 2:
        return NONE
    j = len(tokens) - 2
    if tokens[-1].lower not in preps | {"of"}:  # "the offer, made March 26"
        direct = (verb_form(tokens, len(tokens) - 1) == "past" and (not has_year or day)
                  and not (verb_lemma(tokens[-1].text) in SPEECH and SUBJECT.match(text, end)))
        if direct:
            return _group(tokens, len(tokens) - 1)
        if has_year or not bare_object(tokens[-1]):
            return NONE
        j = len(tokens) - 1  # news style drops "on": "approved by the board March 26"
    if tokens[-1].lower == "of":  # "on the morning of August 26", "on the night of May 26"
        if tokens[j].lower not in DAY_PARTS:
            return NONE
        j -= 1
        if j >= 0 and tokens[j].lower == "the":
            j -= 1
    reach = YEAR_REACH + max(len(tokens) - 2 - j, 0)  # the day part's words are the date's
    limit = len(tokens) - 1 - reach if has_year else 0  # tokens hold REACH words
    while j >= max(limit, 0):
        tok, w = tokens[j], tokens[j].lower
        before_quote = quoted_name(tokens, j)
        if before_quote is not None:
            j = before_quote
            continue  # "told the BBC's "Andrew Marr Show" on May 24"
        if inner(tokens, j):
            j -= 1
            continue  # "in Hempstead, New York on Sept. 16", "as FBI director on July 9"
        if (w in ("and", "or") and (joins_nouns(tokens, j) or joins_names(tokens, j))) or (
                nth_time(tokens, j) or title_colon(tokens, j)):
            j -= 1
            continue  # "reduced loan and overdraft rates on", "at Labasa and Penang mills on"
        if has_year and w in DETERMINERS and passive_before(tokens, j):
            return Governor("past", tokens[j - 2])  # "was appointed to the bench in 2019"
        opener = w in OPENERS and not for_place(tokens, j)
        if typed_dash(text, tok):
            return NONE  # "said the sale - by auction on May 16 --": "said" is outside the aside
        if tok.text in BOUNDARY or opener or is_modal(tok) or (
                has_year and w in DETERMINERS) or compound_preposition(tokens, j):
            return NONE  # a year after "its dividend" may date the dividend
        if w in _DATED_NOUNS and not any(t.lower in _LIGHT or t.lower in _HALTED
                                         for t in tokens[max(j - 3, 0) : j]):
            return NONE  # "will make an initial payment on" keeps the tense of "make"
        if w in FUTURE and not (j and tokens[j - 1].lower in DETERMINERS):
            return Governor("future", tok)  # not the noun: "held her against her will at"
        if w in AHEAD_MODIFIERS and verb_form(tokens, j) != "progressive":
            # "at its next auction on", not "over the next five years" nor "is coming out on"
            near = j >= len(tokens) - 3
            return _future_before(tokens, j, limit) if near else NONE
        if w in PAST_AUX:
            return Governor("past", tok)
        if w in PERFECT:
            return NONE  # "once the draw has taken place on December 9": no time of its own
        if w == "to" and not _preposition(tokens, j):
            return _scheduled(tokens, j)
        if w in PRESENT_BE:
            return NONE  # "is held on": no tense of its own
        found = verb_form(tokens, j)
        if found == "progressive":  # far off, "was leaving ... on" may be a plan
            if _arranged(tokens, j):
                return Governor("future", tok)  # "are meeting on May 2": an arrangement
            near = len(tokens) - 1 - j <= PROGRESSIVE_REACH and not target_form(w)
            return _aux_tense(tokens, before_adverbs(tokens, j), tok) if near else NONE
        if found == "stop":
            return NONE
        if found is not None:
            reported = j < len(tokens) - 2 and _FINITE_NEXT.match(text, end)
            if verb_lemma(tok.text) in SPEECH and (reported or _present_clause(tokens, j)):
                return NONE  # "said buyers of its cars until May 30 are eligible"
            if w in _COMPARED or counted_participle(tokens, j):
                return NONE  # "compared with 3 million in 2026": the year dates the figure
            if found == "past" and asked_on(text, end, tokens, j):
                return Governor("past", tok)  # "asked the board on May 3 to delay the vote"
            return _group(tokens, j)
        j -= 1
    if j < 0 and not has_year and not text[sent_start : tokens[0].start].strip():
        return after_subject(text, end, "," in text[start:end])  # "The fund on June 14 said"
    return NONE


def as_preposition(tokens: list[Token]) -> list[Token]:
    """The tokens with a closing "as recently as", "as late as" or "as early as" read as the
    preposition "on" of the date after it ("was working on it as recently as Dec. 30")."""
    if len(tokens) < 3 or tokens[-1].lower != "as" or tokens[-3].lower != "as" or (
            tokens[-2].lower not in AS_ADVERBS):
        return tokens
    return [*tokens[:-3], Token(tokens[-3].start, tokens[-1].end, "on")]


def _future_before(tokens: list[Token], j: int, limit: int) -> Governor:
    """Future when "will" or "shall" governs an object whose modifier at tokens[j] puts its
    event ahead ("will offer bags at its next auction on April 4", not "a planned visit")."""
    for k in range(j - 1, max(limit, 0) - 1, -1):
        tok = tokens[k]
        if tok.lower in FUTURE:
            return Governor("future", tok)
        if tok.text in BOUNDARY or tok.lower in OPENERS or is_modal(tok):
            break
    return NONE


def _arranged(tokens: list[Token], j: int) -> bool:
    """Whether the present progressive at tokens[j] is an arrangement ahead: "is", "are" or
    "am" before it and only particles between it and the date's preposition ("are meeting on
    May 2", "is coming out on May 1"), not "was meeting" nor "is recovering after surgery on"."""
    k = before_adverbs(tokens, j)
    if k < 0 or tokens[k].lower not in ("is", "are", "am", "'s", "’s", "'re", "’re"):
        return False
    between = tokens[j + 1 : -1]
    return all(t.lower in _PARTICLES for t in between)


def _present_clause(tokens: list[Token], j: int) -> bool:
    """Whether the verb of saying at tokens[j] reports a clause in the present tense that holds
    the date: a short subject that opens with a determiner or a name, then a verb in "-s" right
    before the date's preposition ("said the show returns on May 6"); not a noun phrase ("said
    first quarter results on")."""
    k = len(tokens) - 2
    while k > j + 1 and tokens[k].lower in _PARTICLES:
        k -= 1
    if not 1 <= k - j - 1 <= 3:
        return False
    opener, verb = tokens[j + 1], tokens[k]
    subject = opener.lower in DETERMINERS or opener.text[0].isupper()
    present = (verb.text.islower() and verb.lower.endswith("s") and len(verb.lower) > 3
               and not verb.lower.endswith(("ss", "us", "is")))
    return subject and present and all(
        not t.lower.endswith(("'s", "’s")) or t is opener for t in tokens[j + 1 : k])


def _scheduled(tokens: list[Token], j: int) -> Governor:
    """Future for an infinitive a present schedule governs ("is due to take place on", "are
    to meet on"); no tense for any other ("invited Triet to visit ... in 2007")."""
    before = tokens[j - 1].lower if j else ""
    ahead = tokens[j - 2] if j > 1 else None
    if before in INTEND and ahead is not None and (
            ahead.lower in DETERMINERS or ahead.lower.endswith(("'s", "’s"))):
        return NONE  # "Acme's plan to buy Bolt Tools in 1983": a noun
    if before in IS or before in INTEND or (
            before in SCHEDULE and j > 1 and tokens[j - 2].lower in IS):
        return Governor("future", tokens[j])
    return NONE


def _preposition(tokens: list[Token], j: int) -> bool:
    """Whether the "to" at tokens[j] is a preposition ("to the president", "to Congress")."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return following is not None and (following.lower in DETERMINERS
                                      or following.text[0].isupper() or following.text[0].isdigit())


def _group(tokens: list[Token], j: int) -> Governor:
    """The tense of the verb group ending in the past form tokens[j]."""
    verb = tokens[j]
    lemma = verb_lemma(verb.text) or ""
    if lemma in TARGET_VERBS and not (dated_act(tokens, j) or passive_act(tokens, j)):
        return NONE
    k = before_adverbs(tokens, j)
    aux = tokens[k].lower if k >= 0 else ""
    if aux in FUTURE:
        return Governor("future", verb)
    if aux in ("be", "been", "being", "is", "are", "am", "was", "were"):
        return _aux_tense(tokens, k, verb)
    if aux in MODALS or aux == "to" or aux in LINKING:
        return NONE  # "would have closed", "to meet", "get re-elected"
    return Governor("past", verb)


def _aux_tense(tokens: list[Token], k: int, verb: Token) -> Governor:
    """The tense a form of "be" at tokens[k] gives `verb`: "will be held" future, "was held"
    and "had been held" past; "is held", "to be held", "would be held" none."""
    aux = tokens[k].lower if k >= 0 else ""
    before = tokens[k - 1].lower if k > 0 else ""
    if aux in ("was", "were"):
        return Governor("past", verb)
    if aux == "been" and before in PAST_AUX:
        return Governor("past", verb)
    if aux == "be" and before in FUTURE:
        return Governor("future", verb)
    return NONE
