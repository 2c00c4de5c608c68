"""The rule registry: every pattern and every decision that can produce a fact has an id.

An id is `family.name` (`head.led_by`, `date.dateline`, `person.rank_before`): the family says
what kind of fact the rule yields (person, side, head, host, agreement, award, date, place,
meeting, office, rank, org, topic, text), the name says which phrasing. Patterns are compiled
here, once, at import of the module that uses them; `RULES` then lists every rule of the
extractor with its pattern (None for a decision made in code, such as 'the side of the host').
A fact in a record names the rule that produced it (`rule`, `side_rule`, `head_rule`), and
`whomet extract --explain` prints them; see README.md beside this file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whomet.store.extract.lookahead import gated

FAMILIES = ("person", "side", "head", "host", "agreement", "award", "date", "place", "meeting", "office", "rank",
            "org", "topic", "text", "lexicon")
_ID = re.compile(r"^([a-z]+)\.[a-z0-9_]+$")


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern | None
    doc: str


RULES: dict[str, Rule] = {}


def _register(rule_id: str, rx: re.Pattern | None, doc: str) -> None:
    m = _ID.match(rule_id)
    if not m or m.group(1) not in FAMILIES:
        raise ValueError(f"rule id {rule_id!r} is not family.name with a known family ({', '.join(FAMILIES)})")
    if rule_id in RULES and RULES[rule_id].pattern is not rx:
        raise ValueError(f"rule id {rule_id!r} registered twice")
    RULES[rule_id] = Rule(rule_id, rx, doc)


def pattern(rule_id: str, regex: str, flags: int = 0, doc: str = "") -> re.Pattern:
    """Compile `regex` and register it under `rule_id`; the compiled pattern is what the caller uses.

    The pattern compiled may open with a look-ahead for the characters a match can start with, or
    have its opening word boundary moved after its first letter (lookahead.py): the same matches, found faster. Its `.pattern` shows it; a pattern built from
    another's `.pattern` stays exact, since such a look-ahead only restates what follows it."""
    rx = re.compile(gated(regex, flags), flags)
    _register(rule_id, rx, doc)
    return rx


def twin(regex: str, flags: int = 0) -> re.Pattern:
    """Compile a registered rule's twin (the same pattern for lower-cased text, say) as pattern() compiles a rule,
    without registering it: its facts are its rule's."""
    return re.compile(gated(regex, flags), flags)


def phrases(rule_id: str, fragments: list[str], flags: int = 0, closed: bool = True, doc: str = "") -> re.Pattern:
    """One pattern for a list of phrase fragments (a lexicon entry each): \\b(?:a|b|...)\\b, or open at the end."""
    return pattern(rule_id, r"\b(?:" + "|".join(fragments) + (r")\b" if closed else ")"), flags, doc)


def decision(rule_id: str, doc: str) -> str:
    """Register a rule that is code rather than one pattern ('the side of the host'); returns the id."""
    _register(rule_id, None, doc)
    return rule_id
