"""Agencies a delegation comes from ('Ministry of Internal Affairs of the Russian Federation') and
unnamed participants ('chiefs of departments of ...'), neither of them scored but part of a record."""

from __future__ import annotations

import re

from whomet.store.extract.rules import pattern
from bisect import bisect_left

from whomet.store.extract.people import Mention
from whomet.store.extract.positions import HEAD_WORDS
from whomet.store.extract.sides import find_sides
from whomet.store.extract.text import Token

ORG_HEADS = frozenset("""ministry police service committee directorate agency command guard guards inspectorate office
bureau department secretariat gendarmerie militia administration troops council commission programme program
organization organisation co-ordinator coordinator centre center court prosecution procuracy carabinieri
civil""".split())
_CONNECT = {"of", "for", "at", "on", "and", "the"}
GROUP = pattern("org.group", r"\b(?:and|as well as|by)\s+((?:the\s+)?(?:heads|chiefs|representatives|staff members|members|officers|"
                   r"leaders|experts|employees|specialists|staff|personnel|commanders|directors)\s+of\s+[^.;]{3,200}?)"
                   r"(?=[.;]|,\s+(?:and|as well as|while)\b|\s+(?:was|were|also)\b|$)")


def org_phrases(tokens: list[Token], text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of capitalised phrases headed by an agency word."""
    out = []
    n = len(tokens)
    # (a phrase needs a capitalised agency word: a sentence without one has none)
    # (a plain loop, not a generator, over every token of every sentence; a folded word holds a blank seldom)
    for t in tokens:
        if t.is_cap and (t.low in ORG_HEADS or " " in t.low and t.low.split(" ")[-1] in ORG_HEADS):
            break
    else:
        return out
    lo, hi = tokens[0].start, tokens[-1].end
    local = [(a, b) for a, b in taken if a < hi and b > lo]
    blocked: set[int] = set()
    if local:
        starts = [t.start for t in tokens]
        for a, b in local:
            blocked.update(range(bisect_left(starts, a), bisect_left(starts, b)))
    i = 0
    while i < n:
        t = tokens[i]
        if not (t.is_word and t.is_cap) or i in blocked:
            i += 1
            continue
        j = i
        has_head = False
        last = i
        while j < n:
            tj = tokens[j]
            if tj.is_word and tj.is_cap and j not in blocked:
                if tj.low in ORG_HEADS or " " in tj.low and tj.low.split(" ")[-1] in ORG_HEADS:
                    has_head = True
                last = j
                j += 1
            elif tj.is_word and tj.low in _CONNECT and j + 1 < n and (
                    (tokens[j + 1].is_word and tokens[j + 1].is_cap)
                    or (tokens[j + 1].low in _CONNECT and tj.low != "and")):
                j += 1
            elif tj.text in ("'", "’") and j + 1 < n and tokens[j + 1].low == "s":
                j += 2
            else:
                break
        end = tokens[last].end
        if last + 3 < n and tokens[last + 1].text == "(" and tokens[last + 3].text == ")" and tokens[last + 2].text.isupper():
            end = tokens[last + 3].end
        start = t.start
        if t.low in ("the", "from", "at", "in", "during", "following", "on", "by", "with"):
            start = tokens[i + 1].start if i + 1 <= last else start
        if has_head and t.low not in HEAD_WORDS:
            out.append((start, end))
        i = max(last + 1, i + 1)
    return out


def organizations(sents, text: str, mentions: list[Mention], aliases) -> dict[str, str]:
    """side -> the first agency of that side named in the text."""
    taken = [(m.lo, m.end) for m in mentions]
    found: dict[str, str] = {}
    for s in sents:
        for a, b in org_phrases(s.tokens, text, taken):
            phrase_tokens = [t for t in s.tokens if a <= t.start < b]
            sides = find_sides(phrase_tokens, aliases)
            if not sides:
                continue
            side = sides[-1].code
            phrase = text[a:b]
            if phrase.lower().startswith("the "):
                phrase = phrase[4:]
            found.setdefault(side, phrase)
    return found


def groups(text: str, a: int, b: int, mentions: list[Mention]) -> list[tuple[int, str]]:
    """(position, phrase) of unnamed participant groups listed with named ones."""
    out = []
    for m in GROUP.finditer(text, a, b):
        before = [x for x in mentions if x.end <= m.start() and m.start() - x.end < 400]
        if not before:
            continue
        sentence_start = max(text.rfind(". ", a, m.start()), a)
        if before[-1].start < sentence_start:
            continue
        phrase = m.group(1).strip().rstrip(",")
        out.append((m.start(1), phrase[4:] if phrase.startswith("the ") else phrase))
    return out
