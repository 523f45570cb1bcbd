"""The tense of the clause a date sits in, read back from the date to its verb group.

`temporal._verb_tense` reads only a verb directly before the date's preposition ("opened in
2027"). When a verb stands further back ("had submitted his resignation to the president on
Aug. 27", "will start commercial operation on May 1st") this reads the clause back to its
verb group, stopping at a comma or a clause-opening word, and gives up on anything but a plain
past or a plain future: modals, targets ("scheduled for"), present tenses.
"""

from __future__ import annotations

from flagger.detectors.temporal.events import tokenize, verb_lemma

REACH = 12  # words read back from the date
_FUTURE = frozenset({"will", "shall", "'ll", "’ll", "won't"})
_MODALS = frozenset({"would", "could", "might", "may", "must", "should", "can", "cannot"})
_PRESENT = frozenset({"is", "are", "am", "'s", "’s"})
_PAST_BE = frozenset({"was", "were"})
_PERFECT = frozenset({"had", "has", "have", "did"})
_AHEAD = frozenset({"due", "to", "set", "expected", "going", "scheduled", "slated", "supposed",
                    "planned", "about", "likely", "poised"})
_PASSIVE = frozenset({"be", "been", "being", "to"})
_OPENERS = frozenset({"that", "which", "when", "after", "before", "if", "until", "unless",
                      "because", "once", "while", "whether", "as", "since", "from", "than",
                      "against", "compared", "versus", "for", "by", "through", "likely",
                      "unlikely"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "this",
                          "that", "these", "those"})
_BOUNDARY = frozenset(",;:()\"“”—–.!?")


def clause_tense(text: str, start: int, sent_start: int, targets: frozenset[str]
                 ) -> tuple[str | None, str, int]:
    """Return ("past" | "future" | None, verb, verb offset) for the clause before `start`."""
    tokens = tokenize(text, max(sent_start, start - 120), start)[-REACH:]
    for j in range(len(tokens) - 1, -1, -1):
        tok, w = tokens[j], tokens[j].lower
        following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
        if w in _BOUNDARY or tok.text in _BOUNDARY:
            break
        if w == "to" and not (following in _DETERMINERS or tokens[j + 1].text[:1].isupper()
                              if j + 1 < len(tokens) else False):
            break  # "expects to release ... in mid-November": an infinitive points ahead
        if w in _FUTURE:
            return "future", tok.text, tok.start
        if w in _MODALS or w in _OPENERS:
            break
        if w in _PRESENT:
            if (following in _AHEAD and following != "to") or following == "to":
                return "future", tok.text, tok.start  # "is due", "is to", "is set to"
            break
        if w in _PAST_BE or w in _PERFECT:
            if following in _AHEAD or following == "to" or following == "been":
                break  # "was to", "was due", "had been scheduled"
            return "past", tok.text, tok.start
        if len(w) > 4 and w.endswith("ing"):
            break  # "the arrangement expiring on April 23": a clause of its own
        lemma = verb_lemma(tok.text)
        if lemma is None or lemma == w or tok.text[0].isupper():
            continue
        if lemma in targets:
            break
        before = tokens[j - 1].lower if j else ""
        if before in _PASSIVE or before in _PRESENT or before in _MODALS:
            continue  # "will be held", "is expected": the auxiliary decides
        return "past", tok.text, tok.start
    return None, "", -1
