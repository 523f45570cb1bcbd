"""A date that opens its clause or stands between the clause's subject and verb: "On May 30
the committee voted", "The panel, on May 25, approved", "The fund on June 14 said". The tense
is read forward, from the verb group after the date."""

from __future__ import annotations

from flagger.detectors.temporal.events import Token, tokenize, verb_lemma
from flagger.detectors.temporal.names import (
    APPOSITION,
    FORWARD,
    company_form,
    without_apposition,
    without_parentheses,
)
from flagger.detectors.temporal.noun_phrase import joins_nouns
from flagger.detectors.temporal.subject import nominal
from flagger.detectors.temporal.verb_forms import NONE, Governor, verb_form
from flagger.detectors.temporal.verb_words import (
    BOUNDARY,
    DETERMINERS,
    FUTURE,
    NAMED,
    OPENERS,
    PAST_AUX,
    PRESENT_BE,
    SCHEDULE,
    SPEECH,
    is_modal,
)


def after_subject(text: str, end: int, paired: bool = False) -> Governor:
    """The tense of a date set between its clause's subject and verb: past when a past form
    follows the date at once ("The fund on June 14 said", "The board on May 2 approved"); a
    date with a comma of its own (`paired`: "on Tuesday, March 24") may close with another
    ("The Fed on Tuesday, March 24, entered")."""
    following = tokenize(text, end, min(end + 40, len(text)))[:3]
    if paired and following and following[0].text == ",":
        following = following[1:]
    following = following[:2]
    if not following:
        return NONE
    verb = following[0]
    if verb_form(following, 0) != "past" or verb.lower in SCHEDULE:
        return NONE
    return Governor("past", verb)  # the date dates the act: "The board on May 2 postponed"

def between_commas(text: str, tokens: list[Token], sent_start: int, end: int) -> bool:
    """Whether the date ending at `end` stands in commas right after its clause's subject:
    the sentence opens with a few words and no verb before the comma ("The panel, on May 25,
    approved"), and a comma closes the date."""
    subject = tokens[:-2]
    if len(tokens) < 3 or tokens[-2].text != "," or text[sent_start : tokens[0].start].strip():
        return False
    if not text[end : end + 3].lstrip().startswith(","):
        return False
    return all(nominal(tok) or (tok.text == "." and inner(tokens, k))  # "The U.S. panel"
               for k, tok in enumerate(subject))

def comma_verb(text: str, end: int) -> Governor:
    """The tense of the verb after the comma that closes a date set between subject and
    verb: "The panel, on May 25, approved" is past (`after_subject`)."""
    comma = text.find(",", end)
    return NONE if comma < 0 else after_subject(text, comma + 1)

def inner(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is inside the clause: a comma in a place name ("Hempstead, New York"),
    an "as" before a role ("as FBI director"), the full stop of an initial ("U.S. envoy")."""
    if not 0 < j < len(tokens) - 1:
        return False
    before, following = tokens[j - 1].text, tokens[j + 1].text
    if tokens[j].text in (".", ","):
        initial = len(before) == 1 and before.isupper() and tokens[j - 1].end == tokens[j].start
        return initial if tokens[j].text == "." else (
            before[0].isupper() and following[0].isupper() and following not in NAMED)
    return tokens[j].lower == "as" and following[0].isupper() and following not in NAMED

def named_list(tokens: list[Token], j: int) -> bool:
    """Whether the comma at tokens[j] joins two names of a list ("Japan, West Germany, France
    and Britain"): the list stays one subject."""
    if tokens[j].text != "," or not 0 < j < len(tokens) - 1:
        return False
    before, following = tokens[j - 1].text, tokens[j + 1].text
    return (before[0].isupper() and before.isalpha() and following[0].isupper()
            and following.isalpha() and following not in NAMED)

def opens_clause(tokens: list[Token], j: int) -> bool:
    """Whether the preposition at tokens[j] opens its clause ("said that, on Nov. 27, Fox")."""
    if j == 0:
        return True
    before = tokens[j - 1]
    opening_quote = before.text in ('"', "“") and before.end == tokens[j].start  # "On May 2
    return opening_quote or before.text in (",", ";", ":", "—") or before.lower in (
        "that", "and", "but")

def forward(text: str, end: int, has_year: bool, noun: bool = False) -> Governor:
    """The tense of the clause a fronted date opens: past when its subject (a few words with
    no verb among them) is followed by a past verb group. A date before its `noun` ("In an
    April 27 editorial, the paper said") opens the clause after that noun and its comma."""
    tokens = tokenize(text, end, min(end + 240, len(text)))[:FORWARD + APPOSITION + 2]
    if noun:
        comma = next((k for k, t in enumerate(tokens[:3]) if t.text == ","), 0)
        plain = all(t.text.isalpha() and t.text.islower() for t in tokens[:comma])
        tokens = tokens[comma:] if comma and plain else []
    if has_year or not tokens:
        return NONE
    if tokens[0].text == ",":
        tokens = tokens[1:]
    return _clause_tense(without_apposition(without_parentheses(tokens)))


def _clause_tense(tokens: list[Token]) -> Governor:
    """The tense of the clause whose words are `tokens`, read from its first verb group. An
    aside of speech after the subject ("On May 9, Acme said, it signed ...") is passed over to
    the clause it reports, which the fronted date times."""
    reach = FORWARD
    for j, tok in enumerate(tokens):
        if j >= reach:
            break
        w = tok.lower
        if named_list(tokens, j):
            reach += 2  # "On May 2, the United States, Japan and France agreed"
            continue
        if w in ("and", "or") and j and j + 1 < len(tokens) and (
                tokens[j + 1].text[0].isupper() or joins_nouns(tokens, j)):
            continue  # "On May 24, league president and CEO David Andrews said"
        if company_form(tokens, j):
            continue  # "On May 2 the company Acme, Inc. announced"
        if tok.text in BOUNDARY or w in OPENERS or is_modal(tok) or w in PRESENT_BE:
            return NONE
        if w in FUTURE and not (j and tokens[j - 1].lower in DETERMINERS):
            return Governor("future", tok)  # not the noun: "On May 3 her will was read"
        if w in PAST_AUX:
            following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
            return NONE if following in ("to", "due", "set") else Governor("past", tok)
        if j and tok.text[0].islower() and verb_form(tokens, j) == "past":
            aside = verb_lemma(w) in SPEECH and j + 1 < len(tokens) and tokens[j + 1].text == ","
            if aside:  # "By June 1, Lee said, the plant will close": the aside's clause
                return _clause_tense(tokens[j + 2 :])
            return Governor("past", tok)
        if j and w.endswith("s") and tok.text[0].islower() and tokens[j - 1].text[0].isupper():
            return NONE  # "On May 3 Smith presents ...": a present tense
    return NONE
