"""Side lexicon: country names, official names, demonyms and international bodies -> side codes.

Countries come from pycountry (one country source, shared with store.sides); demonyms, agencies,
body aliases, cities and regions from the tables in data/ (cities.tsv is generated from GeoNames
by tools/make_cities.py), read once at import. International bodies come from store.sides.BODIES
plus the usual aliases of their programmes and offices (data/bodies.tsv). Lookup is token
based: `SIDE_PHRASES` maps a tuple of folded
tokens to a code, so matching is a dict lookup per n-gram, not a giant regex.
"""

from __future__ import annotations

import re

from whomet.store.extract.rules import pattern, twin

from whomet.store.names import fold
from whomet.store.extract.tables import pairs, rows, words
from whomet.store.sides import BODIES, SHORT_NAMES

_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
WORD = pattern("lexicon.word", _WORD)
# A word of a name or phrase: letters, inner hyphens and apostrophes (one pattern for every module).
# ... with the characters before it, none a letter ([\W\d_] is what [^\W\d_] is not): each match of WORD and the gap
# before it tile the text up to the last word, so findall gives each word's offsets with no match object (words_at)
_WORD_AFTER_GAP = twin(r"([\W\d_]*+)(" + _WORD + ")")
_CLEAN = pattern("lexicon.clean", r"^[A-Za-z][A-Za-z '’.-]*$")
MAX_PHRASE = 7


def words_at(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each match of WORD in text, in order."""
    out = []
    pos = 0
    for gap, word in _WORD_AFTER_GAP.findall(text):
        start = pos + len(gap)
        pos = start + len(word)
        out.append((word, start, pos))
    return out


def key(phrase: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in WORD.findall(phrase))


BODY_SEAT = pairs("body_seats.tsv")
CITY_COUNTRY_EXTRA = pairs("cities_extra.tsv")


def _country_names() -> list[tuple[str, str]]:
    """(name, alpha-3) for every country: ISO, official and common names from pycountry, the short names
    analysts use (store.sides), and 'Korea, Republic of' read as 'Republic of Korea'."""
    import pycountry

    out, heads = [], []
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if not name:
                continue
            if ", " in name:
                head, _, tail = name.partition(", ")
                out.append((f"{tail} {head}", c.alpha_3))
                heads.append((head, c.alpha_3))  # 'Congo' of 'Congo, The Democratic Republic of the' comes last
            else:
                out.append((name, c.alpha_3))
    out.extend((name, code) for code, name in SHORT_NAMES.items())
    return out + heads


def _load() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    phrases: dict[tuple[str, ...], str] = {}
    for name, code in _country_names():
        if _CLEAN.match(name):
            phrases.setdefault(key(name), code)
    for table in ("country_names.tsv", "demonyms.tsv", "agencies.tsv"):
        for name, code in pairs(table).items():
            phrases[key(name)] = code
    for code, full in BODIES.items():
        phrases[key(code)] = code
        phrases[key(full)] = code
    for name, code in pairs("bodies.tsv").items():
        phrases[key(name)] = code
    for k, code in [(k, c) for k, c in phrases.items() if c in BODIES and "united" in k]:
        # a UN agency is also written with 'UN' for 'United Nations' ('the UN Development Programme'): its own side,
        # not the UN's (SCHEMA.md)
        at = next((i for i in range(len(k) - 1) if k[i:i + 2] == ("united", "nations")), None)
        if at is not None and len(k) > at + 2:
            phrases.setdefault((*k[:at], "un", *k[at + 2:]), code)
    for k in [k for k in phrases if k and k[0] == "the"]:
        phrases.setdefault(k[1:], phrases[k])
    for k in [k for k in phrases if len(k) >= 3 and k[0] != "the"]:  # 'the Republic of Latvia'
        phrases.setdefault(("the", *k), phrases[k])
    cities = {fold(name): code for name, code in pairs("cities.tsv").items()}
    for name, code in CITY_COUNTRY_EXTRA.items():
        cities[fold(name)] = code
    phrases = {k: v for k, v in phrases.items() if k and len(k) <= MAX_PHRASE}
    return phrases, cities


SIDE_PHRASES, CITY_COUNTRY = _load()
# The names of national agencies (data/agencies.tsv): a side an office names only by its agency ('Minister of Homeland
# Security of the Republic of Malawi' is Malawi's, not the USA's)
AGENCY_NAMES = frozenset(key(name) for name in pairs("agencies.tsv"))
# Countries by name only (no demonym, agency or body): 'held in Indonesia', 'currently visiting the United States'
COUNTRY_NAMES = {k: v for k, v in ((key(n), c) for n, c in _country_names() if _CLEAN.match(n)) if k and len(k) <= MAX_PHRASE}
COUNTRY_NAMES.update((key(n), c) for n, c in pairs("country_names.tsv").items())  # 'Turkey', 'UK': names pycountry lacks
COUNTRY_NAMES.update({("the", *k): v for k, v in list(COUNTRY_NAMES.items()) if k[0] != "the"})
# The capital of each country (data/capitals.tsv, generated): 'met in the capital' with no city named
CAPITALS = pairs("capitals.tsv")
# 'US Ambassador': acronyms that name a country only in capitals (data/cased_acronyms.tsv)
CASED_ACRONYMS = pairs("cased_acronyms.tsv")
# Single words that are never part of a person's name because they name a side.
SIDE_WORDS = frozenset(k[0] for k in SIDE_PHRASES if len(k) == 1)
# 'North American', 'Latin American': a region's adjective holding a demonym names no side (data/region_adjectives.tsv)
REGION_ADJECTIVES = frozenset(key(w) for w in words("region_adjectives.tsv"))
REGION_ADJECTIVE_FIRST = frozenset(k[0] for k in REGION_ADJECTIVES)
FIRST_WORDS = frozenset(k[0] for k in SIDE_PHRASES)


def city_country(city: str | None) -> str | None:
    return CITY_COUNTRY.get(fold(city)) if city else None


# Other countries with a city of the same name (data/city_alternates.tsv, generated): 'Hyderabad' is IND in the table
CITY_ALTERNATES: dict[str, frozenset[str]] = {}
for _name, _code in rows("city_alternates.tsv"):
    CITY_ALTERNATES[fold(_name)] = CITY_ALTERNATES.get(fold(_name), frozenset()) | {_code}


def city_country_among(city: str | None, sides: set[str]) -> str | None:
    """The city's country, or the one country of that city's name among `sides` when the table's is not
    ('in Hyderabad' at a meeting of Pakistani officials: PAK)."""
    code = city_country(city)
    if code is None or code in sides:
        return code
    others = CITY_ALTERNATES.get(fold(city), frozenset()) & sides
    return next(iter(others)) if len(others) == 1 else code


# States, provinces and emirates whose police forces are named after them ('Sindh Police', 'Sharjah Police').
REGION_COUNTRY = {fold(name): code for name, code in pairs("regions.tsv").items()}
# Words between a city or region and 'Police' in a force's name ('Lagos State Police Command').
LOCAL_FORCE_GAP = frozenset({"state", "provincial", "province", "metropolitan", "metro", "city", "regional", "municipal",
                             "county", "emirate", "capital"})


PLACE_FIRST = frozenset(name.split()[0] for name in list(CITY_COUNTRY) + list(REGION_COUNTRY) if name)


def place_country(words: tuple[str, ...]) -> str | None:
    """The country of a city, state, province or emirate given as folded words ('abu', 'dhabi')."""
    name = " ".join(words)
    return CITY_COUNTRY.get(name) or REGION_COUNTRY.get(name)
