"""Topics: a small vocabulary of crime and cooperation themes found in the text (not scored)."""

from __future__ import annotations

import re

_TOPICS = [
    ("drug trafficking", r"\bdrug|narcotic|opiate|heroin|cocaine|methamphetamine"),
    ("terrorism", r"\bterroris"),
    ("extremism", r"\bextremis"),
    ("illegal migration", r"\billegal migra|irregular migra|migrant smuggling"),
    ("human trafficking", r"\btrafficking in (?:human beings|persons)|human trafficking"),
    ("cybercrime", r"\bcyber|internet fraud|darknet|online"),
    ("fraud", r"\bfraud"),
    ("firearms", r"\bfirearm|weapons"),
    ("border security", r"\bborder"),
    ("organized crime", r"\borgani[sz]ed crime|criminal groups|criminal networks"),
    ("training", r"\btraining|courses\b"),
    ("wanted persons", r"\bwanted persons|fugitives"),
    ("vehicle theft", r"\bcar theft|theft of motor vehicles|stolen vehicles"),
    ("money laundering", r"\bmoney laundering"),
]
_COMPILED = [(name, re.compile(rx, re.I)) for name, rx in _TOPICS]


def find_topics(text: str) -> list[str]:
    return [name for name, rx in _COMPILED if rx.search(text)]
