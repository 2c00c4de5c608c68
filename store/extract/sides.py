"""Finding side mentions (countries, demonyms, official names, international bodies) in text."""

from __future__ import annotations

import re
from functools import lru_cache

from whomet.store.extract.rules import pattern, twin
from dataclasses import dataclass

from whomet.store.extract.lexicon import (CASED_ACRONYMS, FIRST_WORDS, LOCAL_FORCE_GAP, MAX_PHRASE, PLACE_FIRST, REGION_ADJECTIVE_FIRST,
                                         REGION_ADJECTIVES, REGION_COUNTRY, SIDE_PHRASES, place_country)
from whomet.store.extract.tables import json_data
from whomet.store.extract.text import Token, tokenize
from whomet.store.names import fold

from whomet.store.extract.lexicon import SIDE_PHRASES as _SP

_KNOWN = {k[0].upper() for k in _SP if len(k) == 1}
# the words every longer side phrase starts with: find_sides stops reading a phrase that is none of these
_PHRASE_STARTS = frozenset(k[:m] for k in _SP for m in range(1, len(k)))
_OF_AFTER = pattern("side.of_after", r"\s+of\s+(?:the\s+)?([A-Z][^,.;()]{0,40})")
_ACRONYM = pattern("side.acronym", r"\(([A-Z][A-Za-z]{1,9})\)")


@dataclass(slots=True)
class SideMention:
    i: int  # token index (within the token list searched)
    j: int  # end token index (exclusive)
    start: int
    end: int
    code: str


def _low(tok: Token) -> str:
    t = tok.text
    if t[-1] == "s" and t.endswith(("'s", "’s")) and len(t) > 3:  # (the last letter first: no tuple to unpack)
        return fold(t[:-2])
    return tok.low


def find_sides(tokens: list[Token], aliases: dict[str, str] | None = None) -> list[SideMention]:
    out: list[SideMention] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.is_word or not (tok.is_cap or tok.low == "former"):
            i += 1
            continue
        if tok.text in CASED_ACRONYMS:
            out.append(SideMention(i, i + 1, tok.start, tok.end, CASED_ACRONYMS[tok.text]))
            i += 1
            continue
        if len(tok.text) == 1 and i + 3 < n and tokens[i + 1].text == ".":
            # 'U.S.', 'U.K.': letters and dots written together, which the tokenizer splits
            k = i
            while k + 1 < n and len(tokens[k].text) == 1 and tokens[k].text.isupper() and \
                    tokens[k + 1].text == "." and tokens[k + 1].start == tokens[k].end and \
                    (k == i or tokens[k].start == tokens[k - 1].end):
                k += 2
            dotted = "".join(t.text for t in tokens[i:k])
            if k - i >= 4 and dotted in CASED_ACRONYMS:
                out.append(SideMention(i, k, tok.start, tokens[k - 1].end, CASED_ACRONYMS[dotted]))
                i = k
                continue
        if aliases and tok.text in aliases:
            out.append(SideMention(i, i + 1, tok.start, tok.end, aliases[tok.text]))
            i += 1
            continue
        local = None
        if tok.low in PLACE_FIRST:
            for t in tokens[i + 1:i + 7]:
                if t.low == "police":
                    local = _local_force(tokens, i)
                    break
        if local is not None:
            # 'Abu Dhabi Police', 'Lagos State Police Command': a force named after a city or state is that country's
            out.append(SideMention(i, local[0], tok.start, tokens[local[0] - 1].end, local[1]))
            i = local[0]
            continue
        if tok.low in REGION_ADJECTIVE_FIRST:
            skip = _region_adjective(tokens, i)
            if skip:
                i = skip  # 'North American' names no side: its 'American' is not the USA
                continue
        if tok.low not in FIRST_WORDS and (tok.text[-1] != "s" or _low(tok) not in FIRST_WORDS):
            i += 1  # (_low differs from tok.low only for a possessive, which ends in 's')
            continue
        found = None
        words: list[str] = []
        for j in range(i, min(n, i + MAX_PHRASE + 1)):
            t = tokens[j]
            if not t.is_word:
                if t.text == "." and j == i + 1 and tok.low == "st" and t.start == tok.end:
                    continue  # 'St. Kitts and Nevis', 'St. Lucia': the stop of 'Saint' written short
                break
            words.append(t.low)
            phrase = tuple(words)
            code = SIDE_PHRASES.get(phrase)
            if code is None and t.text[-1] == "s" and t.text.endswith(("'s", "’s")):
                code = SIDE_PHRASES.get(tuple(words[:-1] + [_low(t)]))
            if code is not None:
                found = (j + 1, code)
            if phrase not in _PHRASE_STARTS:
                break  # no longer phrase starts with these words (nor with them and a possessive after)
        if found:
            out.append(SideMention(i, found[0], tok.start, tokens[found[0] - 1].end, found[1]))
            i = found[0]
        else:
            i += 1
    return out


def _region_adjective(tokens: list[Token], i: int) -> int:
    """The end index of a region's adjective ('North American') starting at tokens[i]; 0 if none."""
    words: list[str] = []
    for j in range(i, min(len(tokens), i + 3)):
        if not tokens[j].is_word:
            break
        words.append(tokens[j].low)
        if tuple(words) in REGION_ADJECTIVES:
            return j + 1
    return 0


def _local_force(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """(end index, country) of '<City|State> [State|Metropolitan...] Police' starting at tokens[i]; None if none."""
    n = len(tokens)
    for size in (1, 2, 3, 4):
        end = i + size
        if end >= n or not tokens[end - 1].is_word or not tokens[end - 1].is_cap:
            return None
        k = end
        while k < n and tokens[k].low in LOCAL_FORCE_GAP and tokens[k].is_cap:
            k += 1
        if k < n and tokens[k].low == "police":
            words = tuple(_low(t) for t in tokens[i:end])
            if not tokens[k].is_cap:
                # ('Queensland police', 'Sindh police': a state's or province's force in lower case; not a city's,
                # whose name many other words share)
                code = REGION_COUNTRY.get(" ".join(words))
            else:
                code = place_country(words) or (place_country(tuple(t.low for t in tokens[i:k])) if k > end else None)
            if code is not None:
                return end, code
    return None


def sides_in(text: str, aliases: dict[str, str] | None = None) -> list[str]:
    return [m.code for m in find_sides(tokenize(text), aliases)]


def first_side(text: str | None, aliases: dict[str, str] | None = None) -> str | None:
    if not text:
        return None
    found = sides_in(text, aliases)
    return found[0] if found else None


_ACRONYM_ALIAS_BOUNDARY = pattern("side.acronym_alias_boundary", r"[.;:,)]\s|\s(?:and|between|with)\s")
_ABBREVIATED = pattern("side.abbreviated_name", r"(?:(?:[A-ZÀ-Þ][\w'’.-]*|of|the|for|on|in|against|to|de|del|la|des|du|"
                                                r"&)\s+)*(?:[A-ZÀ-Þ][\w'’.-]*)\s*$")


# an office's own acronym ('Inspector-General of Police (IGP) of Sierra Leone'): a title many countries write, no agency
_OFFICE_ACRONYMS = frozenset(fold(w) for w in json_data("phrases.json")["office_heads"] if " " not in w)


def acronym_aliases(text: str) -> dict[str, str]:
    """'the Australian Federal Police (AFP)' makes 'AFP' mean AUS for this release; 'the Inspector-General of Police
    (IGP) of Sierra Leone' makes no alias: an office's acronym names the office, and 'the IGP' may be any country's."""
    aliases: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        if not acr.isupper() or fold(acr) in _OFFICE_ACRONYMS:
            continue
        # 'Sashastra Seema Bal (SSB) of India and the Armed Police Force (APF) of Nepal': the country after wins
        after = _OF_AFTER.match(text, m.end())
        sides = sides_in(after.group(1)) if after else []
        if sides:
            if acr not in _KNOWN:
                aliases[acr] = sides[0]
            continue
        before = text[max(0, m.start() - 120):m.start()]
        before = _ACRONYM_ALIAS_BOUNDARY.split(before)[-1]
        # only the name the acronym abbreviates: 'at INTERPOL X at the National Police Service (NPS)' is no
        # INTERPOL acronym; 'the Australian Federal Police (AFP)' is Australia's
        named = _ABBREVIATED.search(before)
        sides = sides_in(named.group(0)) if named else []
        if sides and acr not in _KNOWN:
            aliases[acr] = sides[-1]
    # (an agency's acronym comes with its article: 'the AFP'; a literal 'he ' keeps the search fast)
    bare = {m.group(1) for m in _BARE_ACRONYM.finditer(text) if m.start() and text[m.start() - 1] in "tT"}
    for acr in bare - aliases.keys() - _KNOWN:
        # 'the Philippine Coast Guard ... according to the PCG': the initials of a name the text spells out
        if fold(acr) in _OFFICE_ACRONYMS or acr in CASED_ACRONYMS:
            continue
        spelled = _spelled_out(acr).search(text)
        found = set(sides_in(spelled.group(0))) if spelled else set()
        if len(found) == 1:
            aliases[acr] = found.pop()
    return aliases


INITIALS = "side.initials"
_BARE_ACRONYM = pattern(INITIALS, r"he ([A-Z]{3,5})\b", doc="an acronym the text never explains in brackets means the name "
                                                          "whose initials it is, when the text spells that name out and "
                                                          "it names one side ('the Australian Federal Police ... the AFP')")


@lru_cache(maxsize=512)
def _spelled_out(acr: str) -> re.Pattern:
    # one capitalised word per letter, 'of', 'the', 'and', 'for' between them
    link = r"\s+(?:(?:of|the|and|for|on)\s+)*"
    return twin(r"\b" + link.join(letter + r"[\w'’-]*" for letter in acr) + r"\b")  # (side.initials' facts)
