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
    """Compile `regex` and register it under `rule_id`; the compiled pattern is what the caller uses."""
    rx = re.compile(regex, flags)
    _register(rule_id, rx, doc)
    return rx


def phrases(rule_id: str, fragments: list[str], flags: int = 0, closed: bool = True, doc: str = "") -> re.Pattern:
    """One pattern for a list of phrase fragments (a lexicon entry each): \\b(?:a|b|...)\\b, or open at the end.

    When every fragment starts with a known letter, a look-ahead for those letters goes first: the same matches,
    but the regex engine skips the other positions quickly (a case-insensitive alternation is slow to scan)."""
    body = r"\b(?:" + "|".join(fragments) + (r")\b" if closed else ")")
    firsts: set[str] = set()
    for fragment in fragments:
        chars = _first_letters(fragment)
        if chars is None:
            break
        firsts |= chars
    else:
        if flags & re.I:
            firsts |= {c.upper() for c in firsts} | {c.lower() for c in firsts}
        body = "(?=[" + "".join(sorted(firsts)) + "])" + body
    return pattern(rule_id, body, flags, doc)


def _first_letters(fragment: str) -> set[str] | None:
    """The letters a regex fragment can start with, when it plainly starts with letters; None if unsure."""
    if fragment[:1].isalpha() and fragment[1:2] not in ("?", "*", "{"):
        depth = 0
        for c in fragment:  # 'a|b' at the top level starts with either
            depth += (c == "(") - (c == ")")
            if c == "|" and depth == 0:
                return None
        return {fragment[0]}
    if fragment.startswith("(?:"):
        depth, start, out = 0, 3, set()
        for i in range(3, len(fragment)):
            c = fragment[i]
            if c == "\\":
                return None
            if c == "(":
                depth += 1
            elif c == ")" and depth:
                depth -= 1
            elif c in "|)" and depth == 0:
                part = _first_letters(fragment[start:i])
                if part is None:
                    return None
                out |= part
                if c == ")":
                    return out if fragment[i + 1:i + 2] not in ("?", "*", "{") else None
                start = i + 1
    return None


def decision(rule_id: str, doc: str) -> str:
    """Register a rule that is code rather than one pattern ('the side of the host'); returns the id."""
    _register(rule_id, None, doc)
    return rule_id
