"""Tokens and cue-tagger features: each candidate word in the context of its neighbours."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice

from flagger.annotations.hedging.frames import ASKING, OPENERS, asked_before, frame_mark
from flagger.annotations.hedging.uses import use_features
from flagger.annotations.lazyre import lazy

TOKEN = lazy(r"\w+(?:['’-]\w+)*|[^\w\s]")
UNJOINED = lazy(r"\w+|[^\w\s]")
"""`TOKEN` for a text without an apostrophe or a hyphen (no joined word): the same tokens,
found faster."""
DIGIT = lazy(r"\d")
ASCII_DIGIT = lazy("[0-9]")
MAX_CUE_TOKENS = 4
STEM = 5
"""Words longer than this are also candidates when their first STEM letters start a cue word."""

Token = tuple[int, int, str]
"""A token: start and end offsets in the sentence, and its normalised form."""
Lexicon = Mapping[str, tuple[tuple[str, ...], ...]]
"""Cue phrases (token tuples, longest first) indexed by their first token."""
ABILITY = frozenset({"can", "could", "cannot", "can't", "couldn't"})
PERCEPTION = frozenset(
    {"see", "hear", "feel", "smell", "taste", "sense", "watch", "notice", "tell", "make", "read",
     "identify", "recognise", "recognize", "remember", "recall", "understand", "spot"}
)  # fmt: skip
"""After can/could these verbs report perception, recognition or ability ("we could hear
shouting", "most could identify the minister")."""
DETERMINERS = frozenset(
    {"the", "a", "an", "these", "those", "this", "that", "his", "her", "their", "its", "our",
     "my", "your", "of", "amid", "any", "no", "such", "new", "fresh", "growing", "latest"}
)  # fmt: skip
"""Before a cue word these mark a noun use ("the allegations", "amid speculation")."""
VERB_OPENERS = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should",
     "may", "might", "must", "has", "have", "had", "shall", "isn't", "aren't", "won't", "don't",
     "doesn't", "didn't", "can't", "couldn't", "wouldn't", "shouldn't"}
)  # fmt: skip
SUPERLATIVES = frozenset({"best", "worst", "most", "least", "highest", "lowest", "greatest"})
SET_SUPERLATIVES = SUPERLATIVES - {"most", "least"}
"""After these a cue word is a set phrase ("the best possible"); "most likely" still hedges."""
ARTICLES = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "amid", "any", "such",
     "fresh", "growing", "latest", "new"}
)  # fmt: skip
"""Determiners that open a noun phrase (not "that" or "this", which also stand for a subject)."""
AFTER_NOUN = frozenset(
    {"of", "against", "about", "over", "that", "to", "in", "on", "by", "for", "from", "with",
     "was", "were", "is", "are", "has", "have", "had", "grew", "remain", "remains", "and", "or",
     ".", ",", ";", ":", "!", "?", ")", '"', "“", "”"}
)  # fmt: skip
"""Words after the head of a noun phrase: a preposition, a verb, a conjunction or punctuation."""
TOPIC_OPENERS = frozenset({"of", "against", "about", "over"})
"""After a cue word opening a sentence these make it a topic noun ("Allegations of fraud")."""
NOUN_ENDINGS = ("s", "ion", "ment", "ure")
"""A cue word opening a sentence is read as a noun only with one of these endings (plurals,
"speculation", "assessment", "conjecture"; the adverb "perhaps" aside)."""
NOUN_VERBS = frozenset({"came", "come", "comes", "grow", "grows", "rose", "rise", "rises"})
"""Verbs (besides past forms in -ed) that follow the head of a noun phrase ("the belief comes")."""
COPULAS = frozenset({"is", "was", "be", "been", "remains", "remained", "seems", "seemed"})
"""Before "a"/"an" these make the cue noun a predicate ("it is a possibility"): it still hedges;
after "the" cue noun ("the hope is that"), "is" and "was" open its content: it hedges too."""
WISHES = frozenset({"rather", "like", "love", "appreciate", "prefer"})
"""After would/'d these state a wish or preference, not a guess ("would rather stay")."""
READER_VERBS = frozenset(
    {"recall", "remember", "know", "notice", "imagine", "wonder", "recognise", "recognize"}
)
"""After "you may/might" these address the reader ("you might recall"), not guess."""
READER_PERFECTS = frozenset({"heard", "seen", "noticed", "read"})
"""After "you may/might have" these address the reader too ("as you may have heard")."""
BELIEF_VERBS = frozenset({"believe", "believes", "believed", "think", "thinks"})
"""After do-support ("we do believe") or before "in" or a person ("believe in hard work", "did
not believe them") these state a conviction or trust, not a guess."""
TRUSTED = frozenset({"in", "him", "them", "me", "us"})
MODALS = frozenset({"may", "might", "could", "would", "can", "should", "must", "will"})
EPISTEMIC = frozenset({"may", "might", "could", "would"})
"""Near an if these make a conditional conjectural ("if it rains, the match would stop"); with
can/should/will/must alone it more often states a rule or an argument ("if we can cook, we can
serve")."""
CONSIDER = frozenset({"think", "thinks", "thinking"})
"""Before about/of or a question mark these ask or tell what someone considers ("What do you
think?", "think about the future"), not a guess; before "tank" they name a research body."""
TEMPORAL = frozenset({"before", "until", "till"})
"""Before a modal's subject these make it an event in time ("before Italy could recover")."""
PROPOSING = ("suggest", "propos", "recommend", "urg")
"""A suggest-verb followed by should proposes a course ("suggested that the state should pay"):
it advises rather than guesses."""
PRONOUNS = frozenset({"i", "i^", "we", "you", "they", "he", "she", "it"})
NEGATIONS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "without", "hardly"})
"""Before a cue word these negate it ("not clear"): a negated cue may state certainty."""
RELATIVES = frozenset({"who", "which", "that", "whom", "where"})
"""Before a modal's subject these open a relative clause ("a number that callers could ring"):
there could/would more often describe a possibility of use than a guess."""
REPORTING = frozenset(
    {"said", "told", "added", "wrote", "announced", "stated", "insisted", "promised", "agreed",
     "decided", "planned", "warned", "explained", "confirmed"}
)  # fmt: skip
"""Past reporting verbs: a would/could after one may be future-in-the-past ("said it would")."""
WH_WORDS = frozenset({"what", "who", "whom", "whose", "where", "when", "why", "how", "which"})
"""A question opening with these asks for information; one opening with a verb asks yes or no."""


def _normalise(text: str) -> str:
    """Lower-case, straighten apostrophes and fold digits to 0, keeping every offset."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    elif lowered.isascii():  # no curly apostrophe, and every digit is one of 0-9
        return DIGIT.sub("0", lowered) if ASCII_DIGIT.search(lowered) else lowered
    return DIGIT.sub("0", lowered.replace("’", "'"))


def plain_words(text: str) -> tuple[list[str], list[str]]:
    """Return a sentence's tokens and their normalised forms, capitals not yet marked."""
    joined = "-" in text or "'" in text or "’" in text
    tokens = TOKEN.findall(text) if joined else UNJOINED.findall(text)
    if not tokens:
        return tokens, []
    if "Σ" in text:  # the one letter whose lower case depends on its neighbours
        # Normalising maps each character to one that `TOKEN` classes alike: same tokens.
        return tokens, TOKEN.findall(_normalise(text))
    return tokens, _normalise("\n".join(tokens)).split("\n")


def mark_capitals(tokens: list[str], words: list[str]) -> list[str]:
    """Append `^` to the words whose token starts with a capital inside a sentence ("May^")."""
    for i in [i for i, token in enumerate(tokens) if token[0].isupper()]:
        if i and tokens[i - 1] not in OPENERS:
            words[i] += "^"
    return words


def offsets(text: str, count: int | None = None) -> list[tuple[int, int]]:
    """Return the start and end offsets of the first `count` tokens of a sentence (all: None)."""
    return [match.span() for match in islice(TOKEN.finditer(text), count)]


def token_spans(text: str, tokens: list[str], count: int) -> list[tuple[int, int]]:
    """Return the offsets of the first `count` of a sentence's tokens (`plain_words`), as
    `offsets` does: only whitespace stands between tokens, so each is the next occurrence."""
    spans, end = [], 0
    for token in tokens[:count]:
        start = text.find(token, end)
        end = start + len(token)
        spans.append((start, end))
    return spans


def tokenize(text: str) -> list[Token]:
    """Split a sentence into normalised tokens; `^` marks capitals inside a sentence ("May^")."""
    words = mark_capitals(*plain_words(text))
    return [(start, end, word) for (start, end), word in zip(offsets(text), words, strict=True)]


def cue_index(cues: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Index cue phrases (token tuples, longest first) by their first token."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted(set(cues)):
        words = tuple(token[2] for token in tokenize(cue))
        if 0 < len(words) <= MAX_CUE_TOKENS:
            index.setdefault(words[0], []).append(words)
    return {
        first: tuple(sorted(phrases, key=lambda p: (-len(p), p)))
        for first, phrases in sorted(index.items())
    }


def _match(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Return the length of the longest cue phrase starting at token `i` (0 if none)."""
    for phrase in phrases:
        size = len(phrase)
        # the second word first: most phrases that start alike differ there
        second = size == 1 or (i + 1 < len(words) and words[i + 1] == phrase[1])
        if second and tuple(words[i : i + size]) == phrase:
            return size
    return 0


def lexicon_phrase(words: list[str], i: int, lexicon: Lexicon) -> str:
    """Return the lexicon phrase covering token `i` ("" if none), leftmost start first."""
    for first in range(max(0, i - MAX_CUE_TOKENS + 1), i + 1):
        phrases = lexicon.get(words[first])
        if phrases:
            length = _match(words, first, phrases)
            if first + length > i:
                return " ".join(words[first : first + length])
    return ""


def is_candidate(word: str, forms: frozenset[str], stems: frozenset[str]) -> bool:
    """Return whether the tagger scores this word: a known cue form or a cue word's stem."""
    return word in forms or (len(word) > STEM and word[:STEM] in stems)


def token_features(words: list[str], i: int, lexicon: Lexicon) -> list[str]:
    """Return the features of token `i`: the word, its affixes, ±2 neighbours, n-grams, lexicon."""
    n = len(words)
    mark = _use(words, i)
    w = words[i] + mark
    l1 = words[i - 1] if i >= 1 else "<s>"
    l2 = words[i - 2] if i >= 2 else ("<s>" if i == 1 else "<s2>")
    r1 = words[i + 1] if i + 1 < n else "</s>"
    r2 = words[i + 2] if i + 2 < n else ("</s>" if i + 1 < n else "</s2>")
    out = [
        "t " + w,
        "l1 " + l1,
        "l2 " + l2,
        "r1 " + r1,
        "r2 " + r2,
        f"lt {l1} {w}",
        f"tr {w} {r1}",
        f"llt {l2} {l1} {w}",
        f"trr {w} {r1} {r2}",
        f"ltr {l1} {w} {r1}",
        f"t_r2 {w} {r2}",
        f"l2_t {l2} {w}",
    ]
    out.extend(context_features(words, i, l1, r1))
    if len(w) > STEM and not mark:
        out.append("p " + w[:STEM])
        out.append("s " + w[-3:])
    phrase = "" if mark else lexicon_phrase(words, i, lexicon)
    if phrase:
        out.append("lex")
        out.append("lex " + phrase)
    return out


def _use(words: list[str], i: int) -> str:
    """Return a mark for a word used in a way that is usually not a hedge; the tagger reads the
    marked word as a word of its own, and its spelling and lexicon entry no longer count.

    "~see": can/could between a personal pronoun and a verb of perception ("we could hear
    shouting"; "prices could see a rise" still hedges); "~asked": whether/if
    reporting a question ("asked whether she would run"); "~noun": the head of a noun phrase,
    after a determiner and before a preposition, verb or punctuation ("the allegations against
    him", "a forecast was published"), not an adjective before its noun ("a suspected thief");
    "~set": after a superlative ("the best possible outcome", "the best answer possible") or in a
    set phrase ("would rather", "as soon as possible", "every possible", "if only");
    "~consider": think before about/of/"?" ("What do you think?") or "tank"; "~reader": "you
    might recall"; "~conviction": "we do believe", "believe in"; "~concessive": ", if not" (both
    words: "good, if not great"), "even if", "however hard it may be" or a whether opening a
    clause with its alternatives ("Whether it rains or not, the match goes on"); "~compared",
    "~intent", "~refusal": see `frames.py`.
    """
    word = words[i]
    l1 = words[i - 1] if i else ""
    if word in ABILITY and l1 in PRONOUNS and not PERCEPTION.isdisjoint(words[i + 1 : i + 4]):
        return "~see"
    if (word == "whether" or word == "if") and asked_before(words, i):
        return "~asked"
    r1 = words[i + 1] if i + 1 < len(words) else "."
    r2 = words[i + 2] if i + 2 < len(words) else "."
    if word not in MODALS and _is_topic_noun(words, i, l1, r1):
        return "~noun"
    if l1 in SET_SUPERLATIVES or _is_set_phrase(words, i, l1, r1, r2):
        return "~set"
    addressed = r1 in READER_VERBS or (r1 == "have" and r2 in READER_PERFECTS)
    if l1 == "you" and (word == "may" or word == "might") and addressed:
        return "~reader"
    if word in BELIEF_VERBS and (l1 in ("do", "does", "did") or r1 in TRUSTED):
        return "~conviction"
    if word in CONSIDER and r1 in ("about", "of", "?", "tank", "tanks"):
        return "~consider"
    return frame_mark(words, i, l1, r1)


def _is_topic_noun(words: list[str], i: int, l1: str, r1: str) -> bool:
    """Return whether a cue word heads a noun phrase used as a topic: after a determiner and
    before a preposition, verb or punctuation ("the accusations emerged"), or opening a sentence
    before "of"/"against" ("Allegations of fraud"); not a predicate ("it is a possibility") nor a
    noun whose content follows ("the hope is that")."""
    word = words[i]
    if l1 in OPENERS:
        return r1 in TOPIC_OPENERS and word.endswith(NOUN_ENDINGS) and word != "perhaps"
    if l1 not in ARTICLES:
        return False
    if l1 in ("a", "an") and i >= 2 and (words[i - 2] in COPULAS or words[i - 2].endswith("'s")):
        return False
    if l1 == "the" and (r1 == "is" or r1 == "was"):
        return False
    if r1 in AFTER_NOUN:
        return True
    return (r1.endswith("ed") or r1 in NOUN_VERBS) and not word.endswith("ly")


def _is_set_phrase(words: list[str], i: int, l1: str, r1: str, r2: str) -> bool:
    """Return whether a cue word is part of a set phrase: "would rather"/"would like" (a wish),
    "as soon as possible", "if you will", "may be worth noting" and "could not be reached"."""
    word = words[i]
    if (word == "would" or word.endswith("'d")) and r1 in WISHES:
        return True
    if word == "possible" and l1 == "as" and not r1[:1].isalnum():
        return True
    if word == "possible" and (
        l1 in ("every", "all") or any(w in SET_SUPERLATIVES for w in words[max(0, i - 3) : i - 1])
    ):
        return True  # "every possible tool", "the best information possible"
    if word == "if" and r1 == "only":
        return True  # a wish: "if only there were a fund"
    if word == "if" and r1 == "you" and r2 in ("will", "like", "please"):
        return i + 3 >= len(words) or not words[i + 3][:1].isalnum()
    if (word == "may" or word == "might") and "worth" in words[i + 2 : i + 4]:
        j = words.index("worth", i + 2)  # "may be worth noting", "might also be worth asking"
        return words[j - 1] == "be" and j + 1 < len(words) and words[j + 1].endswith("ing")
    if word in ABILITY and "be" in words[i + 1 : i + 4]:
        return "reached" in words[i + 2 : i + 5]  # "could not be reached for comment"
    return False


def context_features(words: list[str], i: int, l1: str, r1: str) -> list[str]:
    """Return features of how a candidate word is used: ability, noun use, reported question,
    a modal's subject and clause, and whether an if-clause has a modal near it (an if with none
    usually states a rule: "if the lot is full, visit later")."""
    out = []
    word = words[i]
    if word in ABILITY:
        if not PERCEPTION.isdisjoint(words[i + 1 : i + 4]):
            out.append("ctx perception")
        if l1 in PRONOUNS:
            out.append("ctx pronoun-modal")
    if l1 in DETERMINERS:
        out.append("ctx noun-use")
        out.append("noun " + word)
    if l1 in SUPERLATIVES:
        out.append("ctx superlative")
    if not ASKING.isdisjoint(words[max(0, i - 4) : i]):
        out.append("ctx asked")
    if word == "whether" and "or" in words[i + 1 : i + 12]:
        out.append("ctx whether-or")
    if r1 == "to" or r1 == "that":
        out.append("ctx complement")
    if l1 in NEGATIONS or l1.endswith("n't") or (i >= 2 and words[i - 2] in NEGATIONS):
        out.append("ctx negated")
    if word in MODALS:
        out.extend(modal_features(words, i, l1, r1))
    if word == "if":
        near = (*words[max(0, i - 15) : i], *words[i + 1 : i + 16])
        if not EPISTEMIC.isdisjoint(near):
            out.append("ctx if-epistemic")
        out.append("ctx if-plain" if MODALS.isdisjoint(near) else "ctx if-modal")
    if word.startswith(PROPOSING) and "should" in words[i + 1 : i + 9]:
        out.append("ctx proposal")
    out.extend(use_features(words, i))
    if words[-1] == "?":
        out.append("ctx question")
        out.append("q " + _question_type(words))
    return out


def modal_features(words: list[str], i: int, l1: str, r1: str) -> list[str]:
    """Return how a modal is used: its subject's type, a relative clause, a past reporting verb
    before it, and a perfect after it ("would have gone": counterfactual or past guess)."""
    word = words[i]
    if l1 in PRONOUNS:
        subject = "pronoun"
    elif l1 in RELATIVES:
        subject = "relative"
    elif l1.endswith("^"):
        subject = "name"
    elif l1 in OPENERS or l1 == ",":
        subject = "none"
    else:
        subject = "noun"
    out = [f"subj {subject} {word}", f"mv {word} {subject} {r1}"]
    if subject != "relative" and not RELATIVES.isdisjoint(words[max(0, i - 4) : i - 1]):
        out.append("ctx relative-clause " + word)
    if not REPORTING.isdisjoint(words[max(0, i - 8) : i]):
        out.append("ctx reported " + word)
    before = words[max(0, i - 4) : i]
    if "so" in before or ("order" in before and "in" in before):
        out.append("ctx purpose " + word)  # "scrapped so the group would not be offended"
    if not TEMPORAL.isdisjoint(words[max(0, i - 3) : i]):
        out.append("ctx temporal " + word)
    if r1 == "have" and i + 2 < len(words) and words[i + 2].endswith(("ed", "en", "wn", "ne")):
        out.append("ctx perfect " + word)
    return out


def _question_type(words: list[str]) -> str:
    """Return the kind of a question: "wh" asks for information, "yes-no" opens with a verb
    ("Can it be stopped?"), "or" offers alternatives, "tag" is any other ("He left?")."""
    first = next((word for word in words[:4] if word not in OPENERS), "")
    if "or" in words[-12:]:
        return "or"
    if first in WH_WORDS:
        return "wh"
    return "yes-no" if first in VERB_OPENERS else "tag"
