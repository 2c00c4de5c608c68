"""Topics: a small vocabulary of crime and cooperation themes found in the text (not scored)."""

from __future__ import annotations

import re

from whomet.store.extract.rules import pattern

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
# searched in the lower-cased text without re.I: the same matches, twice as fast
_ONE = pattern("topic.one", r"\b(?:" + "|".join(f"(?P<t{i}>{rx})" for i, (_n, rx) in enumerate(_TOPICS)) + ")")


def find_topics(text: str) -> list[str]:
    seen = {m.lastgroup for m in _ONE.finditer(text.lower())}
    return [name for i, (name, _rx) in enumerate(_TOPICS) if f"t{i}" in seen]
