"""Reading the lexicon files shipped in store/extract/data/ (each read once per process).

A .tsv file holds one entry a line, fields separated by tabs, '#' starting a comment line;
a .json file holds one JSON value. The files are the lexicons; the code holds no word lists.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def _text(name: str) -> str:
    return resources.files("whomet.store.extract").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of data/NAME, comments and blank lines left out."""
    out = []
    for line in _text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(tuple(line.split("\t")))
    return tuple(out)


def pairs(name: str) -> dict[str, str]:
    """data/NAME as a mapping of its first field to its second (a later row wins)."""
    return {r[0]: r[1] for r in rows(name)}


def words(name: str) -> tuple[str, ...]:
    """data/NAME as a list of its first fields."""
    return tuple(r[0] for r in rows(name))


@lru_cache(maxsize=None)
def json_data(name: str):
    return json.loads(_text(name))
