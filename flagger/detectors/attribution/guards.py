"""Cues that credit no hidden source: survey results, literal seeing, courts acting in court,
a party's lawyers, feelings of someone's circle, members of a named body, 'thought' as a noun,
reports whose outlet is named."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.detectors.attribution.named import TIME_WORD, ends_with_person, named_before

QUANTITY_OF = lazy(
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|\b(?:half|third|quarter|majority|minority|"
    r"share|proportion|fraction|percentage)|\d[\d.,]*)\s+of\s+"
    r"(?:the\s+|all\s+|those\s+)?(?:[“\"‘]?[\w'’-]+[”\"’]?\s+){0,3}$",
    re.IGNORECASE,
)
"""'80 percent of drivers', 'half of the “very keen” fans': a count from a poll or study
('most of my colleagues' is a vague crowd, left to its cue)."""
SURVEY = lazy(
    r"\b(?:surveys?|polls?|questionnaires?|respondents|study|studies|focus\s+groups?)\b",
    re.IGNORECASE,
)
"""A sentence reporting a survey: its people are the answers it counted, not sources
('economists polled by Reuters' are still sources who forecast)."""
PERCEPTION = lazy(r"(?:see|sees|saw|view|views|viewed|watch|watched)$", re.IGNORECASE)
JUDGEMENT_AFTER = lazy(
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:as|that|who|which|little|no|risks?|signs?|chances?)\b",
    re.IGNORECASE,
)
"""'see it as', 'see little chance', 'see a government that fails': a view, where 'users see
the ads first' is sight."""
QUOTED = lazy(r"[“\"][^”\"]*[”\"]")
"""A survey named inside a quote is the speaker's, not the cue's."""
COURT = lazy(r"\b(?:judges?|justices?|magistrates?|jury|jurors?|court)\b", re.IGNORECASE)
"""Court roles: a judge rules or speaks from the bench, in public."""
PROSECUTION = lazy(r"\bprosecutors?\b", re.IGNORECASE)
IN_COURT = lazy(
    r"\b(?:court|filing|filed|motion|hearing|trial|judge|jury|brief|indictment|sentencing|"
    r"documents|papers|complaint|charges?|charged|plea|testimony|memo(?:randum)?)\b",
    re.IGNORECASE,
)
"""A prosecutor's words in a filing or hearing are on the record."""
COUNSEL = lazy(
    r"\b(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|legal\s+team)\b", re.IGNORECASE
)
POSSESSOR_BEFORE = lazy(
    r"(?:\b(?:his|her|their|its)|\w['’]s?|\b(?:defen[cs]e|defendants?|family)['’]?s?)\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+)?$",
    re.IGNORECASE,
)
"""'the actor's lawyers', 'his attorneys': a party's lawyers speak for that party."""
COUNSEL_FOR = lazy(
    r"\b(?:lawyers?|attorneys?|counsel|solicitors?|barristers?)\s+(?:for|representing)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])|(?:defen[cs]e|family|defendants?|plaintiffs?|accused)\b)",
    re.IGNORECASE,
)
"""'a lawyer for Ana Roe', 'an attorney for the family': counsel a party retains speaks for it,
and is named on the record."""
PARTY_COUNSEL = lazy(
    r"\b(?:an?|one)\s+(?P<party>(?-i:[A-Z][a-z'’-]+))\s+(?:lawyers?|attorneys?|counsel|"
    r"solicitors?|barristers?)\b",
    re.IGNORECASE,
)
"""'a Jackson lawyer' after 'Michael Jackson': the counsel of a person the story names."""
FEELING = lazy(
    r"(?:fear|fears|feared|hope|hoped|hopes|worry|worried|worries|feel|feels|felt)$",
    re.IGNORECASE,
)
OWNED = lazy(r"(?:\bhis|\bher|\btheir|['’]s?)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""'his colleagues feared': the feelings of someone's circle are the story, not its source."""
WHOSE = lazy(r"\b(?:whose|of\s+which|of\s+whom)\s+(?:\w+\s+)?$", re.IGNORECASE)
WHOSE_OPENS = lazy(r"whose\s", re.IGNORECASE)
"""'Congress, whose members think': the members of a body just named."""
THOUGHT_NOUN = lazy(r"thought$", re.IGNORECASE)
PREPOSITION = lazy(r"\s+(?:about|into|on|to|for|behind)\b", re.IGNORECASE)
"""'put in some thought about it': the noun, which a preposition follows, not the verb."""
HEARSAY_NOUN = lazy(r"(?:reports|rumou?rs|estimates|claims|accounts)$", re.IGNORECASE)
OUTLET_AFTER = lazy(
    r"\s+(?:from|by|in)\s+(?:the\s+)?(?-i:[A-Z])(?!(?:anuary|ebruary|arch|pril|ay|une|uly|"
    r"ugust|eptember|ctober|ovember|ecember|onday|uesday|ednesday|hursday|riday|aturday|"
    r"unday)\b)",
)
"""'amid reports from The Washington Post': the report is named (a month or day is not)."""
REPORT_NOUN = lazy(r"\b(?:reports|rumou?rs|claims|accounts|speculation)\b", re.IGNORECASE)
ORIGIN_AFTER = lazy(
    r"\b(?:started|published|broken|spread|leaked|first\s+reported|originated)\s+by\s+(?:the\s+)?"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[A-Z])",
    re.IGNORECASE,
)
"""'rumours that ..., which were originally started by sports blogger Ann Lee': the report's
origin is named later in the sentence."""
ACCORDING_TO_NAME = lazy(r"\baccording\s+to\s+(?:the\s+)?(?-i:[A-Z])")
"""'is believed to ..., according to The Ledger': the claim has a source later in the sentence
(a vague one there is a cue of its own)."""
MOST_ADVERB = lazy(r"most\s+(?:likely|probably|certainly|surely)\b", re.IGNORECASE)
TO_MOST = lazy(r"\bto\s+$", re.IGNORECASE)
"""'You most likely thought', 'they tend to most fear': a superlative adverb, not a crowd
called 'most'."""
EVERYONE_FEELS = lazy(
    r"(?:people|everyone|everybody)\s+(?:\w+\s+)?(?:feel|feels|felt)$", re.IGNORECASE
)
"""'People feel unheard': how people in general feel, no view credited to a source."""
QUOTED_AS = lazy(r"quoted\s+as", re.IGNORECASE)
NAMED_SUBJECT = lazy(r"(?P<who>[^,;:\"“”]{3,60}?)(?:\s*,[^,\"“”]{1,80},)?\s+$")
"""'Ana Roe, the town's planner, was quoted as saying': a named speaker, whose words were
printed somewhere; hearsay only when nobody is named."""
MENTIONED = lazy(
    r"\b(?:the\s+(?:words?|phrases?|terms?|expressions?|label)|so-called)\s*[\"“‘']?\s*$",
    re.IGNORECASE,
)
"""'the words "sources say"', 'the so-called anonymous sources': the cue is talked about, not
used."""
FREE_RELATIVE = lazy(r"\bwhat(?:ever)?\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
NO_CLAIM_AFTER = lazy(r"\s*(?:[,.;:!?”\"]|$|(?:and|or|but|about|on)\b)", re.IGNORECASE)
"""'ignore what experts are saying.': what the crowd says is talked about, no claim is credited
('what experts say is that ...' still credits one)."""
DISPUTED = lazy(
    r"\b(?:(?:false|baseless|unfounded|groundless|debunked|untrue|bogus)|"
    r"(?:den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|refut(?:e|es|ed))"
    r"(?:\s+(?:the|earlier|recent|these|those|such|market|media|press|persistent)){0,2})\s+$",
    re.IGNORECASE,
)
"""'false rumours that', 'baseless reports that': the writer refutes the report; 'denied
earlier rumours of': the story reports the denial, which has a speaker."""
NONE_OF = lazy(r"\b(?:no|not\s+any)\s+(?:\w+\s+)?(?:reports?|rumou?rs?|claims?)\b", re.IGNORECASE)
"""'there are so far no reports of infections': hearsay denied to exist passes on no claim."""
ON_RECORD = lazy(
    r"\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:court|trial|jury|hearing|inquiry|inquest|"
    r"(?:sub)?committee|tribunal|panel)\b",
    re.IGNORECASE,
)
"""'an expert has told the trial', 'a DOJ official told a Senate panel': testimony given on the
record, where the witness is named, not a source the reporter shields."""
NAMED_AFTER = lazy(r",?\s+(?:named|called)\s+(?-i:[A-Z])", re.IGNORECASE)
"""'said a local woman named Fu': the role is given a name at once."""
SPEECH_FIRST = lazy(r"(?:said|says|told|added|wrote)\b", re.IGNORECASE)
APPOSED = lazy(r"\s*(?P<who>[^,;:\"“”]{3,60}?)\s*,[^,\"“”]{1,100},\s*")
"""'Ana Roe, a student from the town, said many students ...': the sentence opens with a named
speaker and an apposition, so the role after 'said' opens the reported clause."""
HEADS = lazy(r"(?:leaders?|chairm[ae]n|chairs?|heads?)\b", re.IGNORECASE)
"""'the committee's leaders said': the few who head a body the story names are known."""
OPENERS = (
    "In", "At", "On", "For", "From", "After", "Before", "During", "Near", "Outside", "Inside",
    "Across", "Around", "Since", "Until", "Last", "This", "Next", "Earlier", "Later", "But",
    "And", "Meanwhile", "However", "Elsewhere", "Overall",
)  # fmt: skip
NAME_APPOSED = lazy(
    "".join(rf"(?!{word}\b)" for word in OPENERS)
    + rf"(?!{TIME_WORD}\b)(?P<who>(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w'’-]*),\s+$"
)
OPENS = lazy(r"\s*[\"“]?\s*|.*[,.!?][\"”]\s+")
ONE_PERSON = lazy(r"(?:an?|another|one)\s", re.IGNORECASE)
"""'Kim Doe, a Republican strategist doubts', '"…," Ana Roe, a bank analyst said': a person just
named at the opening of the sentence or after a quote, described in an apposition whose closing
comma is missing (not the end of a reported clause, 'attended by Ana Roe, a US official said',
nor a place or time opening the clause, 'In New York, a nurse said')."""
ACTIVE_RELATIVE = lazy(
    r"\b(?:which|that|what|whom)\s+(?!(?:is|are|was|were|has|have|had|been|being)\b)"
    r"(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
"""'losses which the company blamed on the dollar': the verb has its own subject, who blames."""
BEFORE = 40


def excused(text: str, code: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Tell whether the cue at [start, end), in the sentence at `sentence`, credits no hidden
    source."""
    words = text[start:end]
    if MENTIONED.search(text, max(sentence[0], start - BEFORE), start):
        return True
    if code == "A103":
        if DISPUTED.search(text, max(sentence[0], start - BEFORE), start) or NONE_OF.search(words):
            return True
        named = bool(HEARSAY_NOUN.search(words) and OUTLET_AFTER.match(text, end)) or bool(
            REPORT_NOUN.search(words) and ORIGIN_AFTER.search(text, end, sentence[1])
        )
        if QUOTED_AS.search(words) and (
            subject := NAMED_SUBJECT.search(text, max(sentence[0], start - 120), start)
        ):
            return ends_with_person(subject.group("who"))
        return named or bool(ACCORDING_TO_NAME.search(text, end, sentence[1]))
    if code not in ("A102", "A104"):
        return False
    if FREE_RELATIVE.search(text, max(sentence[0], start - BEFORE), start) and NO_CLAIM_AFTER.match(
        text, end
    ):
        return True
    if words[:6].lower() == "blamed" and ACTIVE_RELATIVE.search(text, sentence[0], start):
        return True
    if MOST_ADVERB.match(words) or EVERYONE_FEELS.match(words):
        return True
    if THOUGHT_NOUN.search(words) and PREPOSITION.match(text, end):
        return True
    before = text[max(sentence[0], start - BEFORE) : start]
    if words[:4].lower() == "most" and TO_MOST.search(before):
        return True
    if QUANTITY_OF.search(before) or WHOSE.search(before) or WHOSE_OPENS.match(words):
        return True
    if code == "A104" and SURVEY.search(QUOTED.sub(" ", text[sentence[0] : sentence[1]])):
        return True
    if PERCEPTION.search(words) and not JUDGEMENT_AFTER.match(text, end):
        return True
    apposed = NAME_APPOSED.search(text, sentence[0], start) if ONE_PERSON.match(words) else None
    if apposed and OPENS.fullmatch(text, sentence[0], apposed.start()):
        return ends_with_person(apposed.group("who"))
    if words.lower().endswith(("told", "tells")) and ON_RECORD.match(text, end):
        return True
    if code != "A104":
        return False
    if HEADS.match(words) and POSSESSOR_BEFORE.search(before):
        return True
    if NAMED_AFTER.match(text, end):
        return True
    if SPEECH_FIRST.match(words) and (opening := APPOSED.fullmatch(text, sentence[0], start)):
        return ends_with_person(opening.group("who"))
    if COURT.search(words):
        return True
    if PROSECUTION.search(words) and IN_COURT.search(text, sentence[0], sentence[1]):
        return True
    if (COUNSEL.search(words) and POSSESSOR_BEFORE.search(before)) or COUNSEL_FOR.search(words):
        return True
    if (party := PARTY_COUNSEL.match(words)) and named_before(text, party["party"], start):
        return True
    return bool(FEELING.search(words) and OWNED.search(before + words.split()[0] + " "))
