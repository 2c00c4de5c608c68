"""Topics: a small vocabulary of crime and cooperation themes found in the text (not scored)."""

from __future__ import annotations

import re

from whomet.store.extract.rules import pattern, twin

_TOPICS = [
    ("drug trafficking", r"drug|narcotic|opiate|heroin|cocaine|methamphetamine"),
    ("terrorism", r"terroris"),
    ("extremism", r"extremis"),
    ("illegal migration", r"illegal migra|irregular migra|migrant smuggling"),
    ("human trafficking", r"trafficking in (?:human beings|persons)|human trafficking"),
    ("cybercrime", r"cyber|internet fraud|darknet|online"),
    ("fraud", r"fraud"),
    ("firearms", r"firearm|weapons"),
    ("border security", r"border"),
    ("organized crime", r"organi[sz]ed crime|criminal groups|criminal networks"),
    ("training", r"training|courses\b"),
    ("wanted persons", r"wanted persons|fugitives"),
    ("vehicle theft", r"car theft|theft of motor vehicles|stolen vehicles"),
    ("money laundering", r"money laundering"),
]


def _alternatives(regex: str) -> list[str]:
    """The top-level alternatives of a topic's regex."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(regex):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(regex[start:i])
            start = i + 1
    return out + [regex[start:]]


# One pattern for every topic, its alternatives grouped by their first letter ('d(?:rug|arknet)'), each in the
# table's order within its letter, so the same alternative matches at each place as in the table's order (those of
# other letters cannot match there); an empty group closing each alternative names its topic ('t0_1': topic 0).
# Searched in the lower-cased text without re.I. The engine tries one letter per place, not every alternative.
_BY_FIRST: dict[str, list[str]] = {}
for _i, (_name, _rx) in enumerate(_TOPICS):
    for _k, _alt in enumerate(_alternatives(_rx)):
        if not _alt[:1].isalpha() or _alt[1:2] in ("?", "*", "+", "{", "|", ""):
            raise ValueError(f"topic {_name!r}: every alternative opens with a letter of its own ({_alt!r})")
        _BY_FIRST.setdefault(_alt[0], []).append(f"{_alt[1:]}(?P<t{_i}_{_k}>)")
_ALTERNATIVES = "(?:" + "|".join(f"{c}(?:{'|'.join(alts)})" for c, alts in _BY_FIRST.items()) + ")"
_ONE = pattern("topic.one", r"\b" + _ALTERNATIVES)
_TOPIC_OF = {name: int(name[1:].split("_")[0]) for name in _ONE.groupindex}
# The same matches after the text's start, each found with the character before it: a match opens a word, so that
# character is no word character, and the engine scans for those (a few in a text) instead of trying the alternatives
# at every letter. (No match ends on one: the next match cannot need the character the one before it took.)
_AFTER_NON_WORD = twin(r"\W" + _ALTERNATIVES)


def find_topics(text: str) -> list[str]:
    low = text.lower()
    first = _ONE.match(low)
    seen = {_TOPIC_OF[m.lastgroup] for m in _AFTER_NON_WORD.finditer(low, first.end() if first else 0)}
    if first:
        seen.add(_TOPIC_OF[first.lastgroup])
    return [name for i, (name, _rx) in enumerate(_TOPICS) if i in seen]
