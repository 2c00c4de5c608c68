"""Stage: side phrases per sentence (countries, demonyms, bodies, acronyms) and the people named."""

from whomet.store.extract.doc import Doc
from whomet.store.extract.people import CITY_WORDS, COUNTRY_GIVEN_NAMES as _COUNTRY_GIVEN_NAMES, GIVEN_NAMES, NAMED_AFTER, STOP
from whomet.store.extract.rules import decision
from whomet.store.extract.sides import acronym_aliases, find_sides
from whomet.store.extract.tables import words
from whomet.store.names import fold

GIVEN_NAME_COUNTRY = decision("side.given_name_country", "a country's one-word name that is also a given name, right "
                                                         "before a capitalised word that is no office, rank, side, city or "
                                                         "agency word, opens a person's name: no side ('Jordan McGarvey')")

FORCE_HEAD_GRADE = decision("office.force_head_grade", "the grade a force's head alone holds, written before the name "
                                                       "('Inspector-General of Police X', 'IGP X', 'Commissioner of Police "
                                                       "X', 'Police Chief X'), is the person's office when the text gives "
                                                       "them no other, or only the same grade written short ('IGP', 'IG'); "
                                                       "with another office it stays the rank; a deputy's, an assistant's "
                                                       "or an additional grade of it ('Deputy Inspector-General of Police "
                                                       "X', 'Assistant Commissioner of Police X') likewise")
_FORCE_HEAD_GRADES = frozenset(fold(w) for w in words("force_head_grades.tsv"))
# a second-in-command's grade of a force head's ('Senior Deputy Inspector General', 'Assistant Commissioner of Police'):
# real gold (dev2, dev5, dev6, dev7) files it, alone before a name, as the office 4 times and as the rank 0 times (the
# short letters, 'Taiwo Bello (AIG)', are not read so: the gold keeps them the rank)
_UNDER_HEAD = ("senior deputy ", "deputy ", "assistant ", "additional ")
_UNDER_HEAD_SHORT = frozenset({"deputy inspector general", "senior deputy inspector general",
                               "assistant inspector general"})


def _force_head_grade(rank: str) -> bool:
    """FORCE_HEAD_GRADE: the grade of a force's head, or of its deputy, assistant or additional head."""
    g = fold(rank).replace("-", " ")
    if g in _FORCE_HEAD_GRADES or g in _UNDER_HEAD_SHORT:
        return True
    return any(g.startswith(u) and g[len(u):] in _FORCE_HEAD_GRADES for u in _UNDER_HEAD)


_OWNER_WORDS = frozenset({"of", "in", "to", "from", "for"})


def _given_name(tokens, m) -> bool:
    """Whether the side phrase m is a given name opening a person's name."""
    if m.j - m.i != 1 or m.j >= len(tokens) or tokens[m.i].low not in _COUNTRY_GIVEN_NAMES:
        return False
    if m.i > 0 and tokens[m.i - 1].low in _OWNER_WORDS or tokens[m.j].low in GIVEN_NAMES:
        return False  # 'Minister of Internal Affairs of Georgia Giorgi X': the country, then a name of its own
    nxt = tokens[m.j]
    if len(nxt.text) == 1 and nxt.is_cap and m.j + 2 < len(tokens) and tokens[m.j + 1].text == "." \
            and tokens[m.j + 1].start == nxt.end and nxt.start == tokens[m.i].end + 1:
        nxt = tokens[m.j + 2]  # 'Chad F. Morrow': a middle initial, then the surname
        if not (nxt.start == tokens[m.j + 1].end + 1 and len(nxt.text) > 1):
            return False
    elif nxt.start != tokens[m.i].end + 1:
        return False
    return nxt.is_word and nxt.is_cap and not nxt.text.isupper() and \
        nxt.low not in STOP and nxt.low not in CITY_WORDS and nxt.low not in NAMED_AFTER


def run(doc: Doc) -> None:
    doc.aliases = acronym_aliases(doc.work)
    for idx, s in enumerate(doc.sentences):
        found = find_sides(s.tokens, doc.aliases)
        if any(s.tokens[m.i].low in _COUNTRY_GIVEN_NAMES for m in found):
            found = [m for m in found if not _given_name(s.tokens, m)]
        doc.anchors[idx] = found
        mask = {i for m in found for i in range(m.i, m.j)}
        doc.people.scan(doc.work, s, idx, mask)
    for p in doc.people.persons:
        if p.rank is None or not _force_head_grade(p.rank):
            continue
        if p.position is None:
            p.position, p.rank = p.rank, None  # FORCE_HEAD_GRADE
        elif _abbreviates(p.rank, p.position) or _abbreviates(p.position, p.rank) or fold(p.rank) == fold(p.position):
            # 'IGP X' and 'the Inspector-General of Police' told apart, or 'IG X' later, or the grade told twice ('The
            # Inspector-General of Police (IGP), X' then 'Inspector-General of Police X'): one office, written out
            p.position, p.rank = max(p.position, p.rank, key=len), None


def _abbreviates(short: str, long: str) -> bool:
    """FORCE_HEAD_GRADE: 'IGP' or 'IG' for 'Inspector-General of Police' (its words' initials, 'of' left out)."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 4):
        return False
    initials = "".join(w[0] for w in long.replace("-", " ").split() if w[0].isupper())
    return len(initials) > len(short) - 1 and initials.startswith(short) and len(short) >= len(initials) - 1
