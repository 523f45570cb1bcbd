"""The A rules: their codes, tiers, explanations and messages."""

from __future__ import annotations

from flagger.detectors.rule import Rule

RULES = (
    Rule(
        code="A101",
        name="unnamed-source",
        category="attribution",
        severity="warning",
        flags="A claim credited to sources the reader cannot identify or check.",
        why="Anonymous sourcing may be justified, but the reader should learn why and how the "
        "source knows; unexplained, it lets anyone's claim pass as fact.",
        example="According to official sources, the meeting will take place next week.",
        fix="Name the source, or say why it cannot be named and how it knows.",
        in_quote="info",
    ),
    Rule(
        code="A102",
        name="vague-authority",
        category="attribution",
        severity="warning",
        flags="An opinion credited to an unnamed crowd: experts, analysts, critics, many.",
        why="'Experts say' borrows authority without showing whose; the reader cannot weigh "
        "expertise or bias, and the writer's own view can hide behind it.",
        example="Experts and analysts are contemplating possible scenarios.",
        fix="Name at least one expert and their affiliation, or attribute the view to the writer.",
        in_quote="info",
    ),
    Rule(
        code="A103",
        name="unsourced-report",
        category="attribution",
        severity="warning",
        flags="A claim passed on from reports or hearsay without saying whose.",
        why="'Media reports appeared' and 'reportedly' repeat a claim without anyone standing "
        "behind it; the reader cannot trace it to its origin.",
        example="Earlier, media reports appeared regarding a possible meeting.",
        fix="Name the outlet or report, and whether it was confirmed.",
        in_quote="info",
    ),
    Rule(
        code="A104",
        name="role-described-source",
        category="attribution",
        severity="info",
        flags="A claim credited to an unnamed person described only by role: a senior diplomat, "
        "one commander, a bank official, witnesses, friends of the couple.",
        why="A role says where the source sits but not who it is; often justified in news, it "
        "still asks the reader to trust the reporter's judgement of the source.",
        example="The ceasefire will hold, a senior diplomat said.",
        fix="Name the source, or say why it cannot be named and how it knows.",
        in_quote="info",
    ),
)
RULE = {rule.code: rule for rule in RULES}
MESSAGES = {
    "A101": "Unnamed source: '{words}'; the reader cannot tell who this is or how they know",
    "A102": "Vague authority: '{words}'; which experts, and who are they?",
    "A103": "Unsourced report: '{words}'; whose report, and was it confirmed?",
    "A104": "Source described only by role: '{words}'; who is it, and how do they know?",
}
