"""Rank vocabularies (data/ranks.json): military, police, militia, justice, internal service, civil and Turkish ranks.

Ranks are composed (prefix + base + service suffix) into a set of folded token tuples,
so 'Police Colonel-General', 'Colonel General of Militia' and 'Major General of the
Internal Service' are all known; matching takes the longest phrase at a token.
"""

from __future__ import annotations

from itertools import product

from whomet.store.extract.lexicon import key
from whomet.store.extract.rules import decision
from whomet.store.extract.tables import json_data

_DATA = json_data("ranks.json")
STAFF_AFTER_OF = decision("rank.staff_after_of", "'Staff' right after 'of' closes an office ('Chief of Staff Brigadier "
                          "X', 'Chief of Staff Lieutenant General X'); it opens no Gulf staff grade there ('Staff Major "
                          "General X')")
_BASE_MILITARY: list[str] = _DATA["military"]
_BASE_POLICE: list[str] = _DATA["police"]

RANKS: set[tuple[str, ...]] = set()
for base in _BASE_MILITARY + _BASE_POLICE:
    RANKS.add(key(base))
for base in _DATA["staff_bases"]:
    RANKS.add(key(f"Staff {base}"))  # Gulf staff grades ('Staff Major General')
for base, service in product(_BASE_MILITARY, _DATA["services"]):
    RANKS.add(key(f"{base} of {service}"))
for prefix, base in product(_DATA["prefixes"], _BASE_MILITARY + _DATA["prefixed_bases"]):
    RANKS.add(key(f"{prefix} {base}"))
# A bare 'Inspector General' is an office (Inspector General of Police); with 'Police' first it is a rank.
RANKS.discard(key("Inspector General"))
# ... but right before a name ('Inspector General Krishna Murti') it is the rank: see match_rank(before_name=True)
_BARE_OFFICE_RANKS = {key(r) for r in _DATA["bare_office_ranks"]}
BARE_OFFICE_RANKS = _BARE_OFFICE_RANKS
OFFICE_GRADES: set[tuple[str, ...]] = set()  # written-out grades that are offices in apposition after a name
# Commonwealth police grades, written out or abbreviated right before a name ('Assistant Inspector-General
# of Police Halima ...', 'DIG Chinedu Okafor', 'COP Owusu-Mensah'). Written out, they are ranks only when a
# name follows at once; with a comma ('the Inspector-General of Police, Mr. X') they are the office.
for _grade in _DATA["police_grades"]:
    for _form in (_grade, _grade.replace("Inspector General", "Inspector-General")):
        RANKS.add(key(f"{_form} of Police"))
        if "Inspector" in _form or _form == "Commissioner":
            # after a name and a comma the grade that heads a force is its office ('X, Commissioner of Police.')
            OFFICE_GRADES.add(key(f"{_form} of Police"))
POLICE_ABBREVIATIONS = frozenset(_DATA["police_abbreviations"])
for _abbr in POLICE_ABBREVIATIONS:
    RANKS.add((_abbr.lower(),))
PNP_RANKS = frozenset(_DATA["pnp_ranks"])
MAX_RANK = max(len(r) for r in RANKS)
RANK_WORDS = frozenset(w for r in RANKS for w in r) - {"of", "the", "de"}  # ("Capitan de Navio": a name's particle too)
_FIRST = frozenset(r[0] for r in RANKS)
# 'Secretary General', 'Director General': 'General' after an office word is part of the office.
_OFFICE_BEFORE_GENERAL = frozenset(_DATA["office_before_general"])


# Abbreviated military and police ranks, written with or without stops ('Lt. Gen.', 'Maj Gen', 'Brig. Gen.').
_ABBR = set(_DATA["abbreviation_words"])
ABBR_RANKS = {tuple(r.split()) for r in _DATA["abbreviated_ranks"]}
# Abbreviations that are a rank even without a stop when a name follows ('Gen Kale Kayihura').
_BARE_ABBR = frozenset(_DATA["abbreviations_without_stop"])
_FULL_WORDS = frozenset(_DATA["abbreviation_full_words"])
_HYPHENED_ABBR = frozenset(" ".join(r) for r in ABBR_RANKS if len(r) > 1)  # 'Lt-Gen' folds to 'lt gen'
# the words match_rank reads on from (grades, bare office ranks, abbreviations, first words of ranks): for any other
# word it answers None at once; and the word sequences a longer rank starts with
_RANK_STARTS = frozenset({"deputy", "senior", "assistant", "additional", "inspector", "inspector-general", "commander"}) \
    | _HYPHENED_ABBR | _ABBR | _FIRST | PNP_RANKS
_RANK_PREFIXES = frozenset(r[:m] for r in RANKS for m in range(1, len(r)))
HYPHENED_ABBREVIATION = decision("rank.hyphened_abbreviation", "an abbreviated rank written as one hyphened word "
                                  "before a name: 'Lt-Gen X', 'Maj-Gen X'")
ABBREVIATION_THEN_WORD = decision("rank.abbreviation_then_word", "an abbreviation before a rank word written out "
                                  "needs no stop: 'Lt General X', 'Police Lt General X'")


def _match_abbr(tokens, i: int) -> int | None:
    words: list[str] = []
    best = None
    k = i
    n = len(tokens)
    dotted = False
    while k < n and len(words) < 4:
        t = tokens[k]
        if not (t.is_word and t.is_cap and t.low in _ABBR):
            break
        words.append(t.low)
        k += 1
        if k < n and tokens[k].text == "." and tokens[k].start == t.end:
            k += 1
            dotted = True
        if tuple(words) in ABBR_RANKS and (dotted or len(words) > 1 or tokens[k - 1].text != "."):
            best = k
            best_len = len(words)
    if best is None or not dotted and not any(len(w) <= 4 for w in words):
        return None
    if not dotted and len(words) == 1 and words[0] in _BARE_ABBR and best < n and tokens[best].is_word \
            and tokens[best].is_cap and not tokens[best].text.isupper():
        return best  # 'Gen Kale Kayihura': a rank abbreviation without its stop, glued to the name
    if not dotted and len(words) == 1 and words[0] in _BARE_ABBR and best + 3 < n and tokens[best].text == "(" \
            and tokens[best + 1].low in ("r", "retd", "ret", "rtd", "retired") and tokens[best + 2].text == ")" \
            and tokens[best + 3].is_cap:
        return best  # 'Brig (R) X': the same, retired (people.py keeps '(R)' in the rank)
    # a bare 'Police' / 'Vice' alone is no rank; 'Lt General', 'Police Lt General': an abbreviation before a rank
    # word written out needs no stop (rank.abbreviation_then_word)
    return best if any(w not in ("police", "vice", "rear", "pol") for w in words) and (
        dotted or best_len > 1 and (words[best_len - 1] in _FULL_WORDS or words[0] != "police")) else None


# Commonwealth grades written out right before a name, with or without their acronym in brackets, are ranks
# wherever they stand ('led by Deputy Inspector General Eliud Lagat', 'Senior Deputy Inspector General (SDIG) X').
_GRADES_BEFORE_NAME = {key(g) for base in _DATA["grades_before_name"]
                       for g in (base, base.replace("Inspector General", "Inspector-General"))}


def _grade_before_name(tokens, i: int) -> int | None:
    n = len(tokens)
    for size in (5, 4, 3, 2):
        end = i + size
        if end > n or tuple(t.low for t in tokens[i:end]) not in _GRADES_BEFORE_NAME:
            continue
        if not all(t.is_cap for t in tokens[i:end]):
            return None
        k = end
        if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper():
            k += 3
        if k < n and tokens[k].is_word and tokens[k].is_cap:
            return end
        return None
    return None


def match_rank(tokens, i: int, before_name: bool = False) -> int | None:
    """End index (exclusive) of the longest rank starting at tokens[i], or None."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok.low not in _RANK_STARTS:
        return None
    if tok.low == "staff" and i and tokens[i - 1].low == "of":
        return None  # STAFF_AFTER_OF: 'Chief of Staff Brigadier X': 'Staff' closes the office; no 'Staff Brigadier'
    if tok.low in ("deputy", "senior", "assistant", "additional") and tok.is_cap:
        end = _grade_before_name(tokens, i)
        if end is not None:
            return end
    if before_name and tok.low in ("inspector", "inspector-general", "commander", "deputy", "assistant"):
        best = match_rank(tokens, i)
        if best is None or best <= i + 1:
            for size in (2, 1):
                words = tuple(t.low for t in tokens[i:i + size])
                if words in _BARE_OFFICE_RANKS and all(t.is_cap for t in tokens[i:i + size]) and i + size < len(tokens) \
                        and tokens[i + size].is_word and tokens[i + size].is_cap:
                    return i + size
        return best
    if tok.low in _HYPHENED_ABBR and "-" in tok.text and tok.is_cap and i + 1 < len(tokens):
        # HYPHENED_ABBREVIATION: 'Lt-Gen X', 'Maj-Gen X'
        end = i + 2 if tokens[i + 1].text == "." and tokens[i + 1].start == tok.end else i + 1
        return end if end < len(tokens) and tokens[end].is_word and tokens[end].is_cap else None
    if tok.low in _ABBR and tok.is_cap and tok.low not in _FULL_WORDS:  # a full word only follows an abbreviation
        end = _match_abbr(tokens, i)
        if end is not None:
            return end
    if not tok.is_word or not tok.is_cap or (tok.low not in _FIRST and tok.low not in PNP_RANKS):
        return None
    if tok.text in POLICE_ABBREVIATIONS:
        return i + 1
    if tok.low in PNP_RANKS:
        # Philippine police grades written as one word ('PBGen. Arnold Ibay', 'PCOL Jean Fajardo'), or split after
        # the 'P' grade's first part ('PLt. Gen. X': PLtGen)
        end = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == tok.end else i + 1
        if end < len(tokens) and tok.low + tokens[end].low in PNP_RANKS and tokens[end].is_cap:
            nxt = tokens[end]
            end = end + 2 if end + 1 < len(tokens) and tokens[end + 1].text == "." and tokens[end + 1].start == nxt.end \
                else end + 1
        return end
    if tok.text.isupper() and len(tok.text) > 1:
        return None
    if tok.low == "general" and i > 0 and tokens[i - 1].low in _OFFICE_BEFORE_GENERAL:
        return None
    best = None
    words: list[str] = []
    for j in range(i, min(len(tokens), i + MAX_RANK)):
        t = tokens[j]
        if not t.is_word:
            break
        words.append(t.low)
        phrase = tuple(words)
        if phrase in RANKS and (t.is_cap or t.low in ("of", "the")) and tokens[j].is_cap:
            best = j + 1
        if phrase not in _RANK_PREFIXES:
            break
    return best


LOWER_RANK = decision("rank.lower_case", "a rank written in lower case after a comma, 'and', 'by' or 'with', right "
                      "before a capitalised name: 'the Chief of the State Border Guard, general X'")
_LOWER_RANK_AFTER = frozenset({",", "and", "by", "with"})
_LOWER_BASES = {key(b) for b in _BASE_MILITARY}


def match_lower_rank(tokens, i: int) -> int | None:
    """End index of a military rank written in lower case ('general', 'lieutenant colonel') at tokens[i] when a
    capitalised name follows it and a comma, 'and', 'by' or 'with' comes before it; else None."""
    n = len(tokens)
    if i == 0 or not (tokens[i - 1].low in _LOWER_RANK_AFTER or tokens[i - 1].is_word and tokens[i - 1].is_cap):
        return None  # after a capitalised word: the office ends there ('Minister of X major-general A. Y')
    best = None
    words: list[str] = []
    for j in range(i, min(n, i + 3)):
        t = tokens[j]
        if not t.is_word or not t.text.islower():
            break
        words.extend(t.low.split())
        if tuple(words) in _LOWER_BASES:
            best = j + 1
    if best is None or best + 1 >= n or not (tokens[best].is_word and tokens[best].is_cap):
        return None
    nxt = tokens[best + 1]
    if nxt.is_word and nxt.is_cap or len(tokens[best].text) == 1 and nxt.text == "." and best + 2 < n \
            and tokens[best + 2].is_cap:
        return best  # a name, or an initial and a surname ('major-general A. Ahmedov')
    return None

