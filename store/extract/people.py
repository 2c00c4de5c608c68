"""People: names with honorifics, initials and particles; their rank and position; later mentions.

A person is introduced by an anchored mention: a rank or honorific before a name, an
office title right before it, or a rank/office in apposition after it. Later mentions
(surname only, 'Mr. Xu', 'Otabek Rakhimov') resolve to the person first written in full.
"""

from __future__ import annotations

import re

from whomet.store.extract.rules import pattern
from dataclasses import dataclass, field

from whomet.store.extract.lexicon import (CAPITALS, CASED_ACRONYMS, CITY_COUNTRY, COUNTRY_NAMES, REGION_COUNTRY, SIDE_PHRASES, SIDE_WORDS, city_country,
                                          place_country)
from whomet.store.extract.lexicon import key as phrase_key
from whomet.store.sides import is_body
from whomet.store.extract.positions import (DELEGATION_ROLE_BEFORE, HEAD_WORDS, MODIFIERS, is_head, left_position,
                                             right_position)
from whomet.store.extract.ranks import ABBR_RANKS, BARE_OFFICE_RANKS, OFFICE_GRADES, POLICE_ABBREVIATIONS, RANK_WORDS, match_lower_rank, match_rank
from whomet.store.extract.rules import case_blind, decision, needing, pattern
from whomet.store.extract.earlier import told_as_earlier
from whomet.store.extract.tables import json_data, words
from whomet.store.extract.text import Sentence, Token, remember, tokenize
from whomet.store.names import fold

PARTICLES = frozenset({"de", "la", "del", "della", "der", "den", "van", "von", "da", "das", "do", "dos", "di",
                       "du", "le", "bin", "binti", "bint", "ibn", "y", "e", "ter", "ten", "zu", "af", "los", "las",
                       "des", "al", "el"})  # ('Salim bin Said al Maamari': the Arabic article written apart)
# 'Anti-Terrorist', 'Counter-Narcotics', 'Cross-Border': parts of agency names, never of a person's
_NOT_NAME_PREFIX = pattern("person.not_name_prefix", r"^(?:Anti|Counter|Cross|Inter|Trans|Non|Multi|Pan|Sub)-", re.I)
_ARABIC_PREFIX = pattern("person.arabic_prefix", r"^(?:al|el|ad|ash|as|ar|at|az|an|ul|ud)[-‐][A-ZÀ-Þ]")


def _arabic_prefix(word: str) -> bool:
    """'al-Sabah', 'el-Sisi': a lower-case particle joined to a name. Asked of every lower-case word
    of every sentence, so the hyphen is looked for before the pattern runs."""
    head = word[1:4]
    return ("-" in head or "‐" in head) and _ARABIC_PREFIX.match(word) is not None
HONORIFICS_DOTTED = frozenset(json_data("phrases.json")["honorifics_dotted"])
HONORIFIC_WORDS = {tuple(h.split()) for h in json_data("phrases.json")["honorifics"]}
# titles kept before a name when the office follows it ('Ambassador X, Head of the Asian Desk')
TITLES_BEFORE_OFFICE = {tuple(h.split()) for h in json_data("phrases.json")["titles_before_office"]}
TITLE_AFTER_OFFICE = decision("office.title_after_office", "'the Head of the Mission, Ambassador X': a title kept "
                              "before a name (titles_before_office) after an office and a comma is no part of the office")
READ_ON_BEHALF = decision("person.read_on_behalf", "the one whose remarks, speech or message someone else read ('the "
                                                   "remarks of X, which were read by Y') is not present")
_SPEECH_OF = pattern("person.speech_of", r"\b(?:remarks|speech|address|message|statement|greetings)\s+(?:from|of|by)\s+"
                                         r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|(?:of|the|and|for)\s+)*,?\s*\Z", re.I)
_READ_BY = pattern("person.read_by", r"\s*,?\s*(?:which|that)\s+(?:was|were|had been)\s+(?:delivered\s+and\s+)?read\s+"
                                     r"(?:out\s+)?(?:on\s+(?:his|her)\s+behalf\s+)?by\b|\s*,?\s*read\s+(?:out\s+)?by\b", re.I)
PHOTO_CREDIT = decision("person.photo_credit", "the one a caption credits ('Picture by X', 'Photo: X') took the picture "
                                               "and is not present")
_PHOTO_CREDIT = pattern("person.photo_credit_words", r"\b(?:[Pp]ictures?|[Pp]hotos?|[Pp]hotographs?|[Ii]mages?|PHOTO|PICTURE)"
                                                     r"(?:\s+(?:by|credit)|\s*(?:credit\s*)?:)\s*(?:-\s*)?\Z")
def _photo_words(window: str) -> bool:
    """PHOTO_CREDIT: whether a window before a name holds a caption's word at all (most do not: no search then)."""
    return "hoto" in window or "HOTO" in window or "icture" in window or "ICTURE" in window or "mage" in window


_EXCELLENCY_FIRST = pattern("office.excellency_first", r"^(?:h\.?\s?e\.?|his excellency|her excellency)\s+")
TITLE_BEFORE_OFFICE = decision("office.title_before_office", "'Ambassador X, Head of the Desk': the office after the name")
_HON_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _w in sorted(HONORIFIC_WORDS, key=len, reverse=True):
    _HON_BY_FIRST.setdefault(_w[0], []).append(_w)
_HON_FIRST = frozenset(HONORIFICS_DOTTED | {w[0] for w in HONORIFIC_WORDS} | {"h", "he"})
HIS_EXCELLENCY_LETTERS = decision("person.his_excellency_letters", "'HE' or 'H E' in capitals before a name is His "
                                  "Excellency: 'Minister of X HE Sheikh Y' (the office ends before it)")
# words that go on a title string once an honorific opened it ('Pehin Datu Kerma Setia CP Dato Paduka Seri X'):
# never a name's first word on their own
HONORIFIC_TITLE_WORDS = frozenset(json_data("phrases.json")["honorific_title_words"])
HONORIFIC_CHAIN = decision("person.honorific_chain", "a title string: an honorific, then more honorifics, title words "
                           "and an abbreviation between them, all before the name ('Pehin Datu Kerma Setia CP Dato "
                           "Paduka Seri X')")


def _honorific_chain(toks: list[Token], j: int) -> int:
    """The end of a title string that an honorific opened and that goes on at toks[j]."""
    n = len(toks)
    while j < n:
        h = match_honorific(toks, j)
        if h:
            j = h
        elif toks[j].is_cap and toks[j].low in HONORIFIC_TITLE_WORDS and j + 1 < n and toks[j + 1].is_cap:
            j += 1
        elif toks[j].is_cap and toks[j].low in _TITLES_AFTER_RANK and j + 2 < n and toks[j + 1].is_cap \
                and toks[j + 2].is_cap:
            j += 1  # TITLE_AFTER_RANK: 'Honorable Engineer X Y': a profession's title after an honorific too
        elif toks[j].text == "H" and j + 3 < n and toks[j + 1].text == "." and toks[j + 2].is_cap and toks[j + 3].is_cap:
            j += 2  # 'Drs H. Muhammad X': 'H.' (Haji) after another honorific
        elif toks[j].text in POLICE_ABBREVIATIONS and j + 1 < n and toks[j + 1].is_cap and (
                toks[j + 1].low in HONORIFIC_TITLE_WORDS or match_honorific(toks, j + 1)):
            j += 1
        else:
            break
    return j
ACRONYM_THEN_OF = decision("office.acronym_then_of", "'X, Head of the Cyber Police Department (CPD) of Ukraine,': "
                                                   "an office in apposition goes on after an acronym in brackets")
PLURAL_OFFICE = decision("person.plural_office", "office words in the plural ('Deputy Ministers X and Y') are no "
                                                  "name words either")
STOP = frozenset(fold(w) for w in words("not_name_words.tsv")) | HEAD_WORDS | MODIFIERS | RANK_WORDS | SIDE_WORDS | \
    frozenset(w + "s" for w in HEAD_WORDS if " " not in w)
CITY_WORDS = frozenset(CITY_COUNTRY)
PASSING = pattern("person.passing", r"\b(?:passed away|was killed|were killed|died|deceased|the late|in memory of|tribute to|"
                     r"unable to attend|could not attend|was injured|were injured|injured|wounded|detained|arrested|"
                     # ('surveillance on suspected criminals': a plural of people in general tells of no one named)
                     r"suspected(?!\s+[a-z]+s\b)|charged with|was charged|convicted|sentenced|victim|promulgated|signed a decree|"
                     r"accused|fugitive|in custody|a former|who was killed|extradited|wanted for)\b", re.I)
_PASSING_WORDS = frozenset("""passed killed died deceased late memory tribute unable attend injured wounded detained
arrested suspected charged convicted sentenced victim promulgated decree accused fugitive custody former extradited
wanted""".split())
# A passing word tells of the one it names ('the late X', 'in memory of X', 'X, who was killed'), not of the one who acts
# on them before it: 'X posthumously awarded the medal to the late Y', 'X paid tribute to the fallen': X is there.
_ACTS_BEFORE_PASSING = pattern("person.acts_before_passing", r"\b(?:awarded|presented|conferred|handed|decorated|"
                               r"honou?red|paid|laid|unveiled|met|received|hosted|welcomed)\b")
_BOUNDARY = pattern("person.boundary", r"(?:\b(?:by|were|was|is|are|included|includes|including|attended|with|welcomed|received|"
                       r"met|and from|as well as)\b|[;:()])", re.I)


_RETIRED = frozenset({"ret", "retd", "rtd", "retired", "r"})
HONORIFIC_INSIDE = decision("person.honorific_inside", "a known honorific inside what reads as a name: the title "
                            "string ends there and the name follows ('Pfr Drs H. <Name>')")
RETIRED = decision("person.retired", "'(Ret)' after a rank, before the name, is part of the rank as written")
# 'is also expected to meet DCI Director X', 'will meet the Minister X tomorrow': a meeting still to come
_FUTURE_MEET = pattern("person.future_meet", r"\b(?:(?:expected|scheduled|due|set|going|planned)\s+to|will)\s+(?:also\s+)?"
                       r"(?:meet|hold talks with|call on|visit|(?:have|hold)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}"
                       r"(?:meeting|talks)\s+with)\b[^.;]{0,80}$")
_COUNTERPART_BEFORE = pattern("person.counterpart", r"\bcounterparts?\s*,?\s*$")
_LEADER_BEFORE = pattern("person.leader_before", r"\b(?:led|headed|chaired|co-chaired)\s+by\s+$")
_LEADER_AFTER = pattern("person.leader_after", r"\s*,?\s*(?:who\s+)?(?:was\s+)?(?:at the head of|leading|heading|who led|who headed)\s+"
                           r"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:delegation|team|side)\b")


def _acts_before_passing(text: str, end: int, stop: int) -> bool:
    """The person ending at `end` is the subject of an act done before the sentence's passing words (ACTS_BEFORE_PASSING)."""
    m = PASSING.search(text, end, stop)
    return m is not None and _ACTS_BEFORE_PASSING.search(text, end, m.start()) is not None


SURNAME_INITIALS = decision("person.surname_initials", "a surname and dotted initials: 'Komlichenko S.G.'")
_SURNAME_INITIALS = pattern("person.surname_initials_form", r"^[A-ZÀ-Þ][\w'’-]+\s+(?:[A-Z]\.){2,3}$")
GIVEN_NAME = decision("person.given_name", "two or more name words starting with a known given name "
                                          "(data/given_names.tsv), no title needed: 'attended by Amina Yusuf'")
# A name found by what it is stands in a sentence about who took part, not one about a suspect or a street.
_TAKING_PART = pattern("person.given_name_context", r"\b(?:met|meet|meeting|talks|delegations?|attended|included|including|"
                       r"accompanied|joined|comprised|consisted|led|headed|chaired|received|welcomed|hosted|"
                       r"visit(?:ed|ing)?|signed|endorsed|gathering|represented|participated|participating|participants?|present)\b", re.I)
# Words that end the name of a place or an institution named after a person ('Sheikh Zayed Road').
NAMED_AFTER = _NAMED_AFTER = frozenset(words("named_after_words.tsv"))


ABBREVIATED_GIVEN_NAME = decision("person.abbreviated_given_name", "a given name written short (data/phrases.json "
                                  "abbreviated_given_names: 'Md', 'Mohd') opens a name like the given name itself: "
                                  "'Md Karim Hossain led the delegation'")


_ABBREVIATED_GIVEN = frozenset(json_data("phrases.json")["abbreviated_given_names"])


def _given_names() -> frozenset[str]:
    honorifics = HONORIFICS_DOTTED | {w for h in HONORIFIC_WORDS for w in h}
    return frozenset(low for low in (fold(n) for n in words("given_names.tsv"))
                     if low not in STOP and low not in honorifics and low not in CITY_WORDS
                     and (low,) not in SIDE_PHRASES) | _ABBREVIATED_GIVEN


def _given_name_at(toks: list[Token], j: int, k: int) -> bool:
    """toks[j:k] is a person's name because it starts with a given name, standing free: not inside a longer
    capitalised phrase (a title or an institution before it, 'Road' or 'Foundation' in or after it)."""
    g = j
    while g + 2 < k and _initial(toks, g) and len(toks[g].text) == 2:
        g += 2  # INITIAL_BEFORE_GIVEN: 'Jn. Marie X': an abbreviated given name, then a known one
    low = toks[g].low
    if low not in GIVEN_NAMES and not (low in _CITY_GIVEN_NAMES and k - g >= 2 and (
            j == 0 or toks[j - 1].low not in _PLACE_PREPOSITIONS)):
        return False  # CITY_GIVEN_NAME: 'David A. Fenwick', 'Chester Halloway' (never 'in David ...')
    if not all(toks[x].is_cap for x in range(j, k) if toks[x].is_word) or toks[g].text.isupper():
        return False  # (a name in capitals needs a title: 'PHOTO: ANNA NOWAK' is a credit)
    if j > 0 and toks[j - 1].is_word and (toks[j - 1].is_cap and toks[j - 1].low not in STOP
                                          or toks[j - 1].low in ("the", "a", "an")) and not (
            j > 1 and toks[j - 2].low == "of" and (toks[j - 1].low,) in SIDE_PHRASES) and not (
            j > 1 and toks[j - 2].low in ("in", "at") and city_country(toks[j - 1].text) and k - j >= 2):
        # ('In Jurmala Serhii Petrenko met ...': a known city after 'in' is the scene, the name stands free after it)
        return False  # 'the Sava River': an article makes a place or a thing of it (not 'Commissioner of Sweden X Y')
    # (after an agency's or an office's word the name stands free: 'an official of the Interior Ministry Amir
    # Rahimi', 'Ministers Anna Nowak (Poland) and ...')
    if j > 0 and toks[j - 1].low in ("in", "near"):
        return False  # GIVEN_NAME_AFTER_IN: 'the forum in Lian Yungang': with no title, a place
    if j > 0 and toks[j - 1].text in ('"', "“", "«", "'", "‘"):
        return False  # 'the terminal “Kwai Chung”': a quoted name is a thing's
    if any(toks[x].low in _NAMED_AFTER for x in range(j, min(k + 1, len(toks)))):
        return False
    return not (k < len(toks) and toks[k].is_word and toks[k].is_cap)


BRACKET_REMARK = decision("rank.bracket_remark", "a remark in lower-case words in brackets between a rank and a name "
                          "('Capitan de Navio (a rank like a captain's) Juan X') leaves the rank and the name as they are")


def _bracket_remark_end(toks: list[Token], j: int, masked: set[int]) -> int | None:
    """BRACKET_REMARK: the index after the brackets opening at toks[j] when a name of two words or more follows."""
    close = next((x for x in range(j + 2, min(len(toks), j + 14)) if toks[x].text == ")"), None)
    if close is None or close + 1 >= len(toks):
        return None
    nm = match_name(toks, close + 1, masked)
    return close + 1 if nm is not None and nm[1] >= 2 else None


RANK_ENDS_NAME = decision("person.rank_ends_name", "an abbreviated rank with its stop after capitalised words "
                          "('Air Force Reserve Maj. X') ends them: the rank opens the name after it")
GIVEN_NAME_AFTER_IN = decision("person.given_name_after_in", "words that open with a given name right after 'in' or "
                               "'near', with no title, name a place: 'the forum in Lian Yungang' (person.given_name "
                               "does not read them)")
RANK_BEFORE = decision("person.rank_before", "a rank before a name: 'Major General Ruslan Abdullayev'")
HONORIFIC = decision("person.honorific", "an honorific before a name: 'Mr. Xu', 'Datuk Seri Ayob Khan'")
RANK_AFTER = decision("person.rank_after", "a rank in apposition after a name: 'Ruslan Abdullayev, Major General,'")
OFFICE_BEFORE = decision("person.office_before", "an office right before a full name: 'Minister of Internal Affairs Ruslan Abdullayev'")
DASH_APPOSITION = decision("office.dash_apposition", "a dash with a blank each side after a name, before a capitalised "
                           "office word, opens an appositive as a comma does: 'Major General X – Minister of the Interior "
                           "held talks', 'his counterpart Y – State Counselor and Minister of Public Security'")
ARTICLE_APPOSITION = decision("office.article_apposition", "'the' and a capitalised office word right after a name "
                              "open an appositive with no comma, as captions and lists write it: 'signed by Lord X the "
                              "Minister of Police and Y the High Commissioner', 'handed over by Commissioner General Z the "
                              "Inspector General of Police'")
_DASHES = frozenset({"–", "—", "-"})
OFFICE_AFTER = decision("person.office_after", "an office in apposition after a full name: 'Ruslan Abdullayev, Deputy Minister,'")


POSSESSIVE_NAME = decision("person.possessive_name", "a name with a possessive 's is the name without it: "
                           "\"Colonel X Y's delegation\" names X Y, whom a later 'Y' is")
INITIALS_WITHOUT_STOPS = decision("person.initials_without_stops", "after a rank or an honorific, two or three "
                                  "capitals before a surname are initials: 'DIG AK Singh', 'Mr MK Rao'")
RANK_SERVICE = decision("rank.service_letters", "a service's letters between a rank and a name end the rank: "
                        "'Major General BG X', 'Colonel SG X' (not a side's or a rank's letters)")
WORD_BEFORE_HONORIFIC = decision("office.word_before_honorific", "a word after a grade and before an honorific ends "
                                 "the office, which the grade opens: 'Inspector General of Police (IGP) Ruritania Dr X' "
                                 "(the office as written, no rank)")
OFFICE_WORDS_BEFORE_NEXT = decision("office.words_before_next", "capitalised words that are no given names after an "
                                    "office, then a comma, a rank or honorific and a name: the office's words, the "
                                    "name's office ('Director-General Human Resource, COP/Mr X')")
OFFICE_OWNER = decision("person.office_owner", "a name whose possessive an office word follows ('President X's "
                        "adviser on Y, Z') owns the office the next name holds: X is only mentioned, the office is Z's, "
                        "owner included")
EARLIER_VISIT = decision("person.earlier_visit", "a name in the possessive before 'visit' that the clause dates before "
                         "the meeting ('agreed during Commissioner X's visit to Y last year') is an earlier meeting's "
                         "guest, not someone present")
OTHER_VISIT = decision("person.other_visit", "the one whose state visit, or whose visit still being prepared, a "
                       "clause names ('the agreements of the state visit to X by President Y', 'in preparation for "
                       "President Y's visit') is another event's guest, not someone present")
# ('the State visit to Cambodia by General Secretary X', 'the state visit of President of Y X to Z'): a head of state's
# visit, told as a noun phrase, is never the agencies' meeting the release reports
_STATE_VISIT_BY = pattern("person.state_visit_by", r"\bstate\s+visit\s+(?:to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?"
                          r"(?:by|of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,9}\Z", re.I)
# "in preparation for President X's visit", 'ahead of X's trip': a visit still to come
_VISIT_TO_COME = pattern("person.visit_to_come", r"\b(?:preparations?\s+for|prepar(?:e|ing)\s+for|ahead\s+of|in\s+the\s+run-up\s+to)"
                         r"\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,6}\Z", re.I)
_HOLDING_MODIFIERS = frozenset({"acting", "special", "joint", "interim"})
MODIFIED_GRADE = decision("office.modified_grade", "a grade after 'Acting', 'Special', 'Joint' or 'Interim' is an office "
                          "held, not a rank: 'Acting Commissioner of Police X'")
_UNIT_FIELDS = frozenset(json_data("phrases.json")["unit_fields"])
RANK_SERVICE_LETTER = decision("rank.service_letter", "a service's capital letter and a slash glued before a rank "
                               "are part of it, as written: 'P/Gen. X', 'P/Col. Y' (the police's grades)")
TITLE_AFTER_RANK = decision("person.title_after_rank", "a profession's title written out between a rank or an "
                            "honorific and a name (phrases.json titles_after_rank) is an honorific, no office: "
                            "'Brigadier Engineer X', 'Major General Doctor X'")
_TITLES_AFTER_RANK = frozenset(json_data("phrases.json")["titles_after_rank"])
GRADE_FIELD = decision("office.grade_field", "a grade's letters and the field a unit works in (phrases.json "
                       "unit_fields) make an office, not a "
                       "rank and a name: 'DIG Logistics X', 'directed the AIG Training to ...' (the office 'DIG Logistics')")
GRADE_THEN_RANK = decision("person.grade_then_rank", "a force's whole grade right before another rank is the office: "
                           "'Inspector General of Police CG X' (the office, then the rank 'CG')")
RANK_SLASH_HONORIFIC = decision("rank.slash_honorific", "a rank's letters, a slash and an honorific before a name: 'COP/Mr "
                                "X', 'ACP/Mrs Y': the letters are the rank, the office before them ends there")
OFFICE_THEN_RANK = decision("person.office_then_rank", "a grade word that ends an office right before a rank is the "
                            "office's: 'Myanmar Police Chief Lt-Gen X' (the office, then the rank)")
WHOLE_GRADE = decision("office.whole_grade", "an office that is a whole grade stays the office: 'the Deputy "
                                            "Inspector-General of Police, Datuk X' (not 'Deputy' + a rank)")


def _rank_at_end(office: str) -> tuple[str | None, str | None]:
    """'Chief of Indonesian National Police General, Drs X': the shortest rank that ends the office is the rank
    (not when its last word is an office word: 'Deputy National Police Commissioner' is an office)."""
    toks = tokenize(office)
    words = [t for t in toks if t.is_word]
    if len(words) < 3:
        return None, office
    n = len(toks)
    if match_rank(toks, 0) == n:
        return None, office  # WHOLE_GRADE
    for s in range(n - 1, 0, -1):
        if match_rank(toks, s) == n and toks[s].is_cap and not is_head(toks[-1].text) and \
                any(is_head(t.text) for t in toks[:s]):
            if s > 1 and match_rank(toks, s - 1) == n and _owned(toks, s - 1):
                return None, office  # OWNED_GRADE: "Grenada's Deputy Commissioner of Police X"
            rest = office[:toks[s].start].rstrip(" ,")
            return office[toks[s].start:], rest or None
    return None, office


_ITS_OFFICE = pattern("office.its_office", r"\b(?:its|their)\s+[a-z]+\s+$")
AGENCY_LOWER_OFFICE = decision("office.agency_lower_office", "'Perak Police chief Datuk X', 'Thailand's National "
                               "Police chief Police General X': a lower-case office word after an agency's capitalised "
                               "name is the office before a rank or an honorific too (a delegation's head is no agency's "
                               "office: 'Delegation head Colonel X')")


def _agency_lower_office(segment: str) -> bool:
    """AGENCY_LOWER_OFFICE: the segment ends in one to three lower-case words after a capitalised word or a bracket."""
    if not segment.endswith(" "):
        return False
    tail = segment[-80:].split()
    x = len(tail) - 1
    while x >= 0 and len(tail) - x <= 3 and tail[x].isalpha() and tail[x].islower() and len(tail[x]) >= 3:
        x -= 1
    if x < 0 or x == len(tail) - 1 or len(tail) - 1 - x > 3:
        return False
    w = tail[x]
    return w.endswith(")") or w[0].isupper() and w != "Delegation"
_ON_BEHALF = pattern("person.on_behalf", r"\bon behalf of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w'’-]*\s+|(?:of|the|and|for)\s+)*"
                        r"(?:[A-Z][\w'’-]*)?\s*,?\s*$")
# People named only as the object of a meeting still to come, or as the authority a meeting follows the
# directives of: 'is also expected to meet X', 'based on the directives of ... the Crown Prince, X',
# 'conveyed the greetings of X'. The rest of the clause after the phrase, up to a full stop or semicolon.
_NOT_PRESENT = pattern("person.not_present", r"\b(?:(?:is|are|was|were)\s+(?:also\s+)?(?:expected|scheduled|due|set|slated)\s+to\s+"
                       r"(?:meet|call on|hold talks with|visit)|will\s+(?:also\s+)?(?:meet|call on|hold talks with)|"
                       r"(?:the\s+)?(?:directives?|instructions?|directions?|guidance|patronage|(?:political\s+)?will|vision)\s+of|"
                       r"(?:greetings|regards|best wishes|a message|the message|a letter|the letter)\s+(?:of|from)|"
                       r"(?:greetings|regards|best wishes)\s+to)\b"
                       r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.)*$", re.I)
# 'the administration of President X': the office holder right after (not 'congratulated the governments of A and B,
# saying ..., and so did Ambassador X', who is there)
_TERM_OF = pattern("person.term_of", r"\b(?:administrations?|governments?|presidency|tenure)\s+of\s+(?:the\s+)?"
                                     r"(?:[A-Z][\w'’.-]*\s+){0,6}(?:and\s+(?:[A-Z][\w'’.-]*\s+){0,4})?\Z")
_FORMER_TITLE = pattern("person.former_title", r"(?:\bformer\s+|\bthe\s+then\s+|\berstwhile\s+|\bex-)(?:[\w'’.-]+,?\s+){0,8}\Z",
                        re.I)
_FORMER_WORDS = frozenset({"former", "then", "erstwhile"})
_NOT_PRESENT_WORDS = frozenset("""expected scheduled due set slated will directive directives instruction instructions
direction directions guidance patronage greetings regards wishes message letter vision administration administrations
government governments presidency tenure""".split())
# 'a statement signed by X, spokesman': who signed the release, not who met (the name right after 'by')
_STATEMENT_AUTHOR = needing(pattern("person.statement_author", r"\b(?:statement|release|communiqu[eé]|post)\s+(?:on\s+[^.;]{1,50}?,\s*)?"
                            r"(?:signed|issued|released|posted|sent)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}"
                            r"(?:[A-Z][\w'’.-]*,\s+)?$"))
# (the first signer's office in capitalised words, then 'and' and the second: ', Upper West Regional Minister and Mr B')
_CO_SIGNER_AFTER = pattern("person.co_signer_after", r"(?:\s*,\s*(?:[A-Z][\w'’.-]*|of|the|for|in)(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|in))*"
                                                     r"\s*,?)?\s+and\s+(?:the\s+)?(?:Mr|Mrs|Ms|Dr|[A-Z][\w'’-]*\s+[A-Z])")
# The last word of a building, a road or an institution: 'Jogoo House', 'Harambee Avenue' are no people


def _monument_words(window: str) -> bool:
    """The words MONUMENT_OF looks for, tried first as plain substrings (asked for every new person)."""
    return "statue" in window or "monument" in window or "mausoleum" in window or "portrait" in window \
        or "bust" in window or "memorial" in window


_MONUMENT_OF = pattern("person.monument_of", r"\b(?i:statues?|monuments?|mausoleum|portraits?|busts?|memorial)\s+"
                       r"(?:of|to)\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?)*$",
                       doc="a name after 'the statues of', 'the monument to', 'the mausoleum of' is the person a monument "
                           "shows, not someone present: 'laid flowers at the monument to X'")
_BUILDING_WORDS = frozenset({"house", "building", "road", "street", "avenue", "boulevard", "airport", "stadium",
                             "hospital", "mosque", "palace", "centre", "center", "complex", "highway", "museum",
                             "library", "hotel", "academy", "university", "school", "college", "institute"})
# English nouns no surname ends like: 'the Security and Prosperity Partnership', 'the General Patrol Dog Capabilities'
_THING_ENDING = pattern("person.thing_named", r"\w{3}(?:ship|tion|sion|ities|ness|ism|ogy|ics)s?$",
                        doc="capitalised words read as a name whose last word is an English noun ('... Partnership', "
                            "'... Capabilities', '... Operations') name a thing, not a person")
_SERVICE_WORDS = frozenset({"border", "guard", "police", "militia", "gendarmerie", "customs", "army", "air", "force", "naval"})


@dataclass
class Person:
    name: str
    rank: str | None
    position: str | None
    sentence: int
    start: int
    end: int
    tokens: tuple[str, ...]
    side: str | None = None
    head: bool = False
    passing: bool = False
    side_hint: str | None = None  # a demonym or owner before the office ('Japanese Ambassador X')
    side_hint_rule: str | None = None  # the rule that gave side_hint when not the office's own demonym
    rule: str = ""  # the rule that introduced the person (rules.py)
    side_rule: str | None = None
    head_rule: str | None = None
    guessed: bool = False  # the side is a fallback (the host's or the publisher's), not read from the text
    delegation_role: bool = False  # 'the head of the X delegation, <office> <name>': the role dropped from the office
    not_side: str | None = None  # 'X met his Czech counterpart', 'X arrived in Vilnius': a side X is not on
    not_side_rule: str | None = None
    side_of: "Person | None" = None  # 'X was accompanied by Y' with X's side settled later: Y is on X's side
    apart_from: "Person | None" = None  # 'X received Y', 'Y met X' (side_clauses.py): Y, unsided, is not on X's side
    apart_rule: str | None = None
    mentions: list["Mention"] = field(default_factory=list)


@dataclass
class Mention:
    start: int  # first char of the rank/honorific/name
    name_start: int
    name_end: int
    end: int  # end including an appositive rank/office
    lo: int  # start including a preceding office title
    sentence: int
    person: Person | None = None
    new: bool = False


# word -> whether it can be a word of a name: a test of the word alone, asked for most capitalised tokens of
# a release (~80)
_NAME_WORD: dict[str, bool] = {}


def is_name_token(tok: Token) -> bool:
    known = _NAME_WORD.get(tok.text)
    if known is None:
        known = remember(_NAME_WORD, tok.text, _is_name_word(tok))
    return known


def _is_name_word(tok: Token) -> bool:
    t = tok.text
    if not t[0].isalpha():
        return False
    if not t[0].isupper():
        return _arabic_prefix(t)
    if _arabic_prefix(t):
        return True
    if len(t) >= 2 and t.isupper():
        return False
    if not t.isalpha() and any(ch.isdigit() for ch in t):
        return False
    if "-" in t and _NOT_NAME_PREFIX.match(t):
        return False
    low = tok.low
    if low in STOP or low.split(" ")[0] in STOP:
        return False
    # "the Attorney General's Chambers": an office's possessive is no name word
    return low[-1] != "s" or low[:-1] not in STOP or not t.endswith(("'s", "’s"))


_TITLE_QUALIFIERS = frozenset({"regional", "district", "provincial", "county", "municipal", "metropolitan", "local",
                               "area", "city", "divisional", "zonal", "sector"})
# an acronym or a short proper name in brackets inside an office ('(IGP)', 'Special Detachment 88 (Densus 88)')
_ACR_PAREN = pattern("person.acr_paren", r"\((?:[A-Z][A-Z0-9]{1,7}(?:/[A-Z][A-Z0-9]{1,7}){0,3}|[A-Z]\w+(?:\s+[A-Z\d][\w-]*){0,2})\)")
def key_words(toks: list[Token]) -> tuple[str, ...]:
    return tuple(t.low for t in toks if t.is_word)


def _in_title(toks: list[Token], j: int) -> bool:
    """Whether the capitalised words right before toks[j] open an office title ('Deputy National Police ...')."""
    k = j - 1
    while k >= 0 and j - k <= 4 and toks[k].is_word and toks[k].is_cap:
        if toks[k].low in _TITLE_QUALIFIERS or toks[k].low in ("national", "deputy", "assistant", "federal", "royal", "high"):
            return True
        k -= 1
    return False


PLACE_AFTER_TITLE = decision("person.place_after_title", "'Inspector General of Police Punjab X', 'Police "
                             "Commissioner Delhi X': a city or region right after a title is the title's, not the name's")
PLACE_BEFORE_NAME = decision("person.place_before_name", "'met in Warsaw Ostap Kovalenko': a city right after 'in' or "
                             "'at' is not the first word of the name that follows it")
_OWNER_SIDE = pattern("side.owner_before_office", r"(?:^|\s)((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+\w[^,;]*$",
                      doc="'Egypt's Assistant Minister X', 'X, Egypt's Assistant Minister': the owner of an office is "
                          "its holder's side")


_OTHER_CONJUNCT = pattern("side.owner_other_conjunct", r"\b(?:and|as well as)\b|&")


def _owner_side(phrase: str, office_at: int = 0) -> str | None:
    """The side an owner before an office names; `office_at`: where in `phrase` the office starts.

    The owner must own this office: "with Iran's Interior Ministry official A and the chief of staff of the
    Armenian Army B" gives B nothing from 'Iran's' (an 'and' between the owner and the office parts them)."""
    if "'s" not in phrase and "’s" not in phrase:
        return None
    m = _OWNER_SIDE.search(phrase)
    if m is None or _OTHER_CONJUNCT.search(phrase, m.end(1), office_at):
        return None
    return SIDE_PHRASES.get(phrase_key(m.group(1)))


_LOWER_OFFICE_OF = pattern("office.lower_office_of", r"^(?:[A-Z][\w-]*(?:['’]s)?\s+)?(?:[a-z]+\s+){0,3}?[a-z]+\s+(?:of|for)\s+(?:(?!(?:the|an?|his|her|its|their)\b)[a-z]+(?:\s+|$)){1,4}$",
                           doc="a lower-case office with its field right before a name is the name's title: "
                               "'deputy director for security affairs X', 'chief of staff X', with an owner or a "
                               "demonym first: 'Salvadoran minister of justice and public security X' (the office "
                               "word is checked by left_position)")
PLACE_NOUN_END = decision("office.place_noun_end", "'Chief of Police of Lviv region X': a lower-case place noun "
                          "(data/phrases.json office_place_nouns) can end an office right before a name")
_PLACE_NOUNS = frozenset(json_data("phrases.json")["office_place_nouns"])
COUNTRY_THEN_RANK = decision("rank.country_then_rank", "'... of the Russian Federation Police Colonel General X': "
                             "after a country's name, 'Police' opens the rank, it ends no office")


def _country_before(toks: list[Token], j: int) -> bool:
    """COUNTRY_THEN_RANK: toks[j] follows a country's name ('Russian Federation', 'Ukraine')."""
    return any(SIDE_PHRASES.get(key_words(toks[a:j])) for a in range(max(0, j - 3), j))


OWNED_GRADE = decision("office.owned_grade", "a grade word after an owner or an agency's acronym is an office: "
                                            "'Iran's Police Chief X', 'Federal Police (AFP) Commissioner X'")


OWNER_WORD_GRADE = decision("office.owner_word_grade", "a commissioner's or chief's grade right after a country, a "
                            "demonym or an agency's acronym (a 'Police' between them too) is an office, as written: "
                            "'Samoa Police Commissioner X', 'Tongan Police Deputy Commissioner X', 'the AFP Commissioner X', "
                            "'PNB Deputy Inspector General X'; "
                            "also a force's own name ('Federal Police', 'Sabah Police') and 'Commissioner General' "
                            "('Zimbabwe Police Commissioner General X', 'EFP Commissioner General X')")


_SERVICE_NOUNS = frozenset({"police", "coast", "guard", "customs", "gendarmerie", "navy", "border"})
# words that name a force with its service noun, without a country: 'Federal Police', 'National Police'
_FORCE_OWNER_WORDS = frozenset({"federal", "national", "royal", "state"})


def _owned(toks: list[Token], j: int) -> bool:
    """OWNED_GRADE: toks[j] follows 'Iran's' or an agency's acronym in brackets; OWNER_WORD_GRADE: a country,
    a demonym or an acronym opening the phrase ('Samoa Police', 'the AFP'), not one after 'of' (COUNTRY_THEN_RANK)."""
    if j > 0 and toks[j - 1].is_cap and toks[j - 1].text.endswith(("'s", "’s")):
        return True
    if j > 3 and toks[j - 1].text == ")" and toks[j - 3].text == "(" and toks[j - 2].text.isupper() \
            and toks[j - 4].is_cap:
        return True
    o = j - 1
    while o > 0 and j - o <= 2 and toks[o].low in _SERVICE_NOUNS:
        o -= 1  # 'Samoa Police Commissioner', 'Japan Coast Guard Commandant': the service between owner and grade
    if o < 0 or not toks[o].is_word or not toks[o].is_cap or (o > 0 and toks[o - 1].is_word and toks[o - 1].is_cap
                                                              and toks[o - 1].low != "the"):
        return False
    if o > 0 and toks[o - 1].low == "of":
        return False
    t = toks[o]
    if (o < j - 1 or toks[j].low in _SERVICE_NOUNS) and (t.low in _FORCE_OWNER_WORDS or t.low in REGION_COUNTRY):
        return True  # 'Federal Police Commissioner General X', 'Sabah Police Commissioner X': the force's own name
    if t.text.isupper() and len(t.text) >= 2 and t.text.isalpha() and t.text not in POLICE_ABBREVIATIONS:
        return True  # 'the AFP Commissioner', 'PNG Police Commissioner'
    return (t.low,) in SIDE_PHRASES and t.low in SIDE_WORDS


# countries whose one-word name is also a given name (find_people leaves them unmasked when they open a name)
COUNTRY_GIVEN_NAMES = frozenset(fold(w) for w in words("given_name_countries.tsv"))
_OPEN_QUOTES = frozenset({'"', "“", "«", "‘", "„"})
_NAME_SUFFIXES = frozenset({"Jr", "Sr"})
_INNER_NAME_WORDS = frozenset({"The", "Van", "Thi", "Duc", "Minh", "Quoc", "Dinh", "Hong"})
_GIVEN_NAME_WORDS = frozenset({"Per"})


def _initial(toks: list[Token], k: int) -> bool:
    t = toks[k]
    return (t.is_word and t.text[0].isupper() and len(t.text) <= 2 and t.text.isalpha()
            and k + 1 < len(toks) and toks[k + 1].text == "." and toks[k + 1].start == t.end)


MIDDLE_INITIALS = decision("person.middle_initials", "initials run together between a given name and a surname belong "
                          "to the name: 'Grace E.O. Adeyemi' (after a surname and before a comma or the end they are "
                          "the given names' initials: 'Komlichenko S.G.')")


CAPS_SURNAME = decision("person.caps_surname", "a surname written in capitals after given names, closing the name: "
                        "'CG Emmanuel K. GASANA,' (one word of three letters or more, not a side or stop word)")


def _caps_surname(toks: list[Token], k: int) -> bool:
    t = toks[k]
    return (t.is_word and len(t.text) >= 3 and t.text.isalpha() and t.text.isupper() and t.low not in STOP
            and t.text not in _POSTNOMINALS  # ('X Y APM': a medal's letters after the name, POSTNOMINALS)
            and (t.low,) not in SIDE_PHRASES and (k + 1 >= len(toks) or not toks[k + 1].is_word
                                                   or not toks[k + 1].is_cap))  # ('X SIRRO and his delegation')


CAPS_NAME = decision("person.caps_name", "a whole name written in capitals, two to four words, one of them a known "
                     "given name: 'Police General JONAS PETRAITIS' (an acronym chain like 'NATO EU' has none)")


CAPS_FAMILY_FIRST = decision("person.caps_family_first", "a family name in capitals, then a known given name: 'Commandant "
                             "SATO Kenji' (the Japanese official style), the two words one name")


def _caps_family_first(toks: list[Token], j: int) -> tuple[int, int] | None:
    """CAPS_FAMILY_FIRST: (end, words) of 'SATO Kenji' at toks[j]."""
    n = len(toks)
    t = toks[j]
    if not (len(t.text) >= 3 and t.text.isalpha() and t.low not in STOP and t.text not in CASED_ACRONYMS
            and t.text not in POLICE_ABBREVIATIONS and (t.low,) not in SIDE_PHRASES and j + 1 < n):
        return None
    g = toks[j + 1]
    if not (g.is_word and g.is_cap and not g.text.isupper() and g.low in GIVEN_NAMES and g.start == t.end + 1):
        return None
    return None if j + 2 < n and toks[j + 2].is_word and toks[j + 2].is_cap else (j + 2, 2)


def _caps_name(toks: list[Token], j: int, masked: set[int]) -> tuple[int, int] | None:
    """CAPS_NAME: (end, words) of a name in capitals at toks[j]."""
    k = j
    n = len(toks)
    while k < n and k - j < 4 and k not in masked and toks[k].is_word and len(toks[k].text) >= 2 and \
            toks[k].text.isupper() and toks[k].text.replace("-", "").isalpha() and toks[k].low not in STOP \
            and toks[k].text not in CASED_ACRONYMS and (toks[k].low,) not in SIDE_PHRASES:
        k += 1
    if k - j < 2 or (k < n and toks[k].is_word and toks[k].is_cap):
        return None
    if not any(toks[x].low in GIVEN_NAMES for x in range(j, k)) or place_country(key_words(toks[j:k])):
        return None  # 'SANTA RITA, Guam': a dateline's place
    return k, k - j


_DOTTED_RANK_WORDS = frozenset(r[0] for r in ABBR_RANKS)


# days that are given names too (West Africa: 'Sunday', 'Monday', 'Friday'), inside a name only (person.weekday_name)
_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
WEEKDAY_NAME = decision("person.weekday_name", "a day's name between a known given name and a capitalised surname is a "
                        "middle name ('Joseph Sunday Okon'), never on its own")


def match_name(toks: list[Token], j: int, masked: set[int]) -> tuple[int, int] | None:
    """(end index, number of name words) of a name starting at toks[j]."""
    k = j
    n = len(toks)
    words = 0
    while k < n and len(toks[k].text) <= 2 and _initial(toks, k) and k not in masked:  # (an initial: one or two letters)
        k += 2
        words += 1
    while k < n and k not in masked:
        t = toks[k]
        if words and t.low in _DOTTED_RANK_WORDS and k + 1 < n and toks[k + 1].text == "." \
                and toks[k + 1].start == t.end:
            break  # RANK_ENDS_NAME: 'Air Force Reserve Maj. X': a dotted rank opens the next name, it ends none
        if words and len(t.text) == 1 and _initial(toks, k) and k + 2 < n and _initial(toks, k + 2) \
                and len(toks[k + 2].text) == 1 and toks[k + 2].start == toks[k + 1].end:
            e = k + 4
            while e + 1 < n and _initial(toks, e) and len(toks[e].text) == 1 and toks[e].start == toks[e - 1].end:
                e += 2
            if e < n and e not in masked and len(toks[e].text) > 1 and is_name_token(toks[e]) \
                    and toks[e].start > toks[e - 1].end:
                k = e  # MIDDLE_INITIALS: 'Grace E.O. Adeyemi': initials run together between the given name and the surname
                continue
            break  # 'Komlichenko S.G.': initials after the surname, taken below
        if words and len(t.text) <= 2 and _initial(toks, k) and k + 2 < n and k + 2 not in masked and (
                is_name_token(toks[k + 2]) or _caps_surname(toks, k + 2)) and t.text.isupper():
            k += 2  # a middle initial: 'Gregory O. Coleman'
        elif words and len(t.text) == 1 and t.text.isupper() and t.is_word and k + 1 < n and k + 1 not in masked \
                and is_name_token(toks[k + 1]) and toks[k + 1].start == t.end + 1:
            k += 1  # a middle initial written without its stop: 'Emmanuel K Gasana'
        elif is_name_token(t):
            k += 1
            words += 1
        elif words and _caps_surname(toks, k):
            k += 1  # 'Emmanuel K. GASANA,': person.caps_surname
            words += 1
            break
        elif words and t.low in _WEEKDAY_NAMES and toks[k - 1].low in GIVEN_NAMES and k + 1 < n and k + 1 not in masked \
                and is_name_token(toks[k + 1]) and toks[k + 1].start == t.end + 1 and t.start == toks[k - 1].end + 1:
            k += 1  # WEEKDAY_NAME: 'Joseph Sunday Okon': a day's name between a given name and a surname is a name
            words += 1
        elif words and t.text in _INNER_NAME_WORDS and k + 1 < n and k + 1 not in masked and is_name_token(toks[k + 1]):
            k += 1  # 'Pham The Tung', 'Nguyen Van An': a capitalised function word inside a name
            words += 1
        elif not words and t.low in COUNTRY_GIVEN_NAMES and k not in masked and k + 1 < n and k + 1 not in masked \
                and (is_name_token(toks[k + 1]) or _initial(toks, k + 1)):
            k += 1  # 'Jordan McAllister', 'Chad F. Morrow': side.given_name_country left the country word unmasked
            words += 1
        elif not words and t.text in _GIVEN_NAME_WORDS and k + 1 < n and k + 1 not in masked and is_name_token(toks[k + 1]) \
                and k > 0:
            k += 1  # 'Per Engström': a given name that is also an English word, never first in a sentence
            words += 1
        elif t.text in ("-", "‐") and words and toks[k - 1].low in _ARTICLES and k + 1 < n and k + 1 not in masked \
                and is_name_token(toks[k + 1]) and (t.start == toks[k - 1].end or toks[k + 1].start == t.end):
            k += 1  # ARTICLE_HYPHEN_SPACED: 'Bassam Khalid Al -Mansour', 'Al- Hasan': the article's hyphen set apart
        elif t.low in PARTICLES and words and k + 1 < n and t.text[0].islower() and (
                is_name_token(toks[k + 1]) or toks[k + 1].low in PARTICLES):
            k += 1
        else:
            break
    while k > j and toks[k - 1].low in PARTICLES and toks[k - 1].text[0].islower():
        k -= 1
    if words == 0 or not (is_name_token(toks[k - 1]) or words > 1 and _caps_surname(toks, k - 1)):
        return None
    if k + 1 < n and k not in masked and _initial(toks, k) and len(toks[k].text) == 1 and toks[k].start == toks[k - 1].end + 1:
        end = k
        while end + 1 < n and _initial(toks, end) and len(toks[end].text) == 1 and (
                end == k or toks[end].start == toks[end - 1].end):
            end += 2
        if end + 1 >= n or toks[end].text in (",", ";", ")") or not toks[end].is_cap:
            return end, words + (end - k) // 2  # 'Komlichenko S.G.': a surname, then the initials of the given names
    return k, words


BODY_SHORT_NAME = decision("office.body_short_name", "an international body's short name written as a word in brackets "
                           "closes the office like an acronym: 'X, Executive Director of the European Union Agency for "
                           "Asylum (EUAA)', '... for Law Enforcement Cooperation (Europol),'")


def _body_name(tok: Token) -> bool:
    """'(Europol)', '(Frontex)': an international body's short name, written as a word (BODY_SHORT_NAME)."""
    code = SIDE_PHRASES.get((tok.low,)) if tok.is_cap else None
    return code is not None and is_body(code)


# an agency's acronym written with a small 'of' ('MoI', 'MoFA', 'MoHA'): a capital, then capitals and one small 'o'
_MIXED_ACRONYM = pattern("office.mixed_acronym", r"[A-Z]o[A-Z]{1,3}")


def _acronym_in_brackets(toks: list[Token], m: int) -> int | None:
    """The index after '(DGSN)' or '(CGFM/SG)' (acronyms joined by slashes) opening at toks[m]; None if none."""
    n = len(toks)
    if m + 2 >= n or toks[m].text != "(" or not (toks[m + 1].text.isupper() or _body_name(toks[m + 1])
                                                  or _MIXED_ACRONYM.fullmatch(toks[m + 1].text)):
        return None
    x = m + 2
    while x + 1 < n and toks[x].text == "/" and toks[x + 1].text.isupper() and x - m < 8:
        x += 2
    return x + 1 if x < n and toks[x].text == ")" else None


INITIALS_OPEN_NAME = decision("person.initials_open_name", "in a list of titled names, dotted initials right after an "
                              "office's capitalised words open the next name, and the office is that person's, not an "
                              "appositive of the name before: 'A, the Secretary of the Council of X T. K. B, ...'")


def _initials_open_name(toks: list[Token], m: int, masked: set[int]) -> bool:
    """INITIALS_OPEN_NAME: toks[m] is a dotted initial set apart ('T. K. Surname', 'N. P.Surname'; not 'U.S.') after a
    capitalised word, opening a name that ends in a surname."""
    t = toks[m]
    if not (t.text.isupper() and t.text.isalpha() and m + 2 < len(toks) and toks[m + 1].text == "."
            and toks[m + 1].start == t.end and toks[m + 2].start > toks[m + 1].end and toks[m - 1].is_word
            and toks[m - 1].is_cap and len(toks[m - 1].text) > 1 and not is_name_token(toks[m - 1]) and m not in masked):
        return False  # ('Emmanuel K. Gasana': a middle initial)
    nm = match_name(toks, m, masked)
    return nm is not None and nm[1] >= 2 and len(toks[nm[0] - 1].text) >= 3


def _acronym_dot(toks: list[Token], m: int) -> bool:
    """toks[m] is a dot inside 'U.S.' or 'U.A.E.' (letters and dots written together), not a full stop."""
    if toks[m].text != "." or m == 0 or len(toks[m - 1].text) != 1 or not toks[m - 1].text.isupper() or \
            toks[m].start != toks[m - 1].end:
        return False
    glued_after = m + 1 < len(toks) and toks[m + 1].start == toks[m].end and len(toks[m + 1].text) == 1
    glued_before = m >= 2 and toks[m - 2].text == "." and toks[m - 1].start == toks[m - 2].end
    return glued_after or glued_before


def _office_after_paren(toks: list[Token], text: str, k: int, close: int) -> tuple[str, int] | None:
    """(office, end offset) of ', <office>' right after the bracket closing at toks[close]; None if none."""
    n = len(toks)
    if close <= k + 1 or close + 2 >= n or toks[close].text != ")" or toks[close + 1].text != ",":
        return None
    inner = [t for t in toks[k + 1:close] if t.is_word]
    if not inner or len(inner) > 6 or not all(t.is_cap or t.low in ("of", "the") for t in inner):
        return None
    m = close + 2
    while m < n and toks[m].text not in (",", ";", ".", "(", ")") and toks[m].low != "who":
        m += 1
    if m + 2 < n and toks[m].text == "(" and toks[m + 2].text == ")" and toks[m + 1].text.isupper():
        m += 3
    if m <= close + 2:
        return None
    pos = right_position(text[toks[close + 2].start:toks[m - 1].end])
    return (pos, toks[m - 1].end) if pos else None


AGENCY_AFTER_COMMA = decision("office.agency_after_comma", "an office in apposition goes on over its agency after a "
                              "comma: 'X, Home Secretary, Ministry of Home Affairs, and Y'")
_AGENCY_STARTS = frozenset(json_data("phrases.json")["agency_starts"])
_AGENCY_ENDS = frozenset(json_data("phrases.json")["agency_ends"])
_AGENCY_CONNECTORS = frozenset({"of", "the", "for", "on", "and"})


COUNTRY_AFTER_COMMA = decision("office.country_after_comma", "a country or a body named after the office's comma, "
                               "closing the appositive, stays in it as written and gives the side: 'X, Commissioner of "
                               "Police, Guyana and Col. Y', 'X, Executive Director, CARICOM IMPACS, who'")


def _country_after_comma(toks: list[Token], m: int, masked: set[int]) -> int:
    """COUNTRY_AFTER_COMMA: the end of ', <country or body>' after an office that stops at toks[m] (a comma), when
    only the side's name (and an acronym of its unit) comes before the clause goes on; else m."""
    n = len(toks)
    if m + 1 >= n or toks[m].text != "," or m + 1 not in masked:
        return m
    e = m + 1
    while e < n and e in masked:
        e += 1
    while e < n and toks[e].is_word and toks[e].text.isupper() and len(toks[e].text) >= 2 and toks[e].is_cap:
        e += 1  # 'CARICOM IMPACS': a unit's acronym after its body
    if e >= n or toks[e].text in (",", ".", ";", ")") or toks[e].low == "and" \
            or toks[e].is_word and toks[e].text[0].islower():
        return e
    return m


def _agency_after_comma(toks: list[Token], k: int, m: int) -> int:
    """The end of an appositive office that stops at toks[m]: past ', Ministry of ...' when an agency's name,
    capitalised words only, follows the comma (AGENCY_AFTER_COMMA); else m."""
    n = len(toks)
    # (', the Australian Customs Service,': an article before the agency, which then closes the appositive)
    art = m + 2 < n and toks[m].text == "," and toks[m + 1].text == "the" and toks[m + 2].is_cap
    if m <= k + 1 or m + 1 >= n or toks[m].text != "," or not (toks[m + 1].is_cap or art):
        return m
    if art:
        m0, m = m, m + 1
    if match_rank(toks, m + 1) or match_honorific(toks, m + 1):
        return m0 if art else m  # 'AIGP X, Director of Operations, ACP Y and SSP Z': a roll call goes on
    e = m + 2
    while e < n and toks[e].is_word and (toks[e].is_cap or toks[e].low in _AGENCY_CONNECTORS):
        if toks[e].low == "and" and (e + 1 >= n or not toks[e + 1].is_cap or _and_next_person(toks, e, set())):
            break  # '..., Ministry of Home Affairs and the ...', '... Department and Mr Y': not the agency's own 'and'
        e += 1
    while e > m + 2 and toks[e - 1].low in _AGENCY_CONNECTORS:
        e -= 1
    if art:
        if (e >= n or toks[e].text in (",", ".", ";")) and (toks[m + 1].low in _AGENCY_STARTS
                                                          or toks[e - 1].low in _AGENCY_ENDS):
            return e
        return m0
    if e < n and toks[e].is_word and toks[e].is_cap:
        return m
    # the agency's name starts with an agency word ('Ministry of ...') or ends with one ('Immigration Bureau')
    # (after an owner: ', Australia's Department of Home Affairs')
    owned = toks[m + 1].text.endswith(("'s", "’s")) and m + 2 < e
    if toks[m + 1 + owned].low in _AGENCY_STARTS or toks[e - 1].low in _AGENCY_ENDS:
        return e
    # 'Minister of Justice, Public Security and Migration of Ukraine': a list of portfolios goes on over the comma
    if any(t.low == "of" for t in toks[k + 1:m]) and toks[m + 1].low in STOP and \
            any(t.low == "and" for t in toks[m + 2:e]):
        return e
    return m


_LOWER_WORD = pattern("office.lower_word", r"\b[a-z]")
SECOND_OFFICE = decision("office.second_office", "a second office after a comma that closes the sentence goes on with "
                         "the first: 'X, the Ambassador Extraordinary and Plenipotentiary, Permanent Representative of "
                         "Latvia to the EU.'")


def _second_office(toks: list[Token], text: str, k: int, m: int, masked: set[int]) -> int:
    """SECOND_OFFICE: the end of the appositive that stops at toks[m] (a comma), past a second office that runs to the
    sentence's end; else m."""
    n = len(toks)
    if m <= k + 1 or m + 1 >= n or toks[m].text != "," or not toks[m + 1].is_cap:
        return m
    if not (is_head(toks[m + 1].text) or toks[m + 1].low in MODIFIERS):
        return m
    e = m + 1
    while e < n and toks[e].text not in (",", ";", ".", "(", ")") or e < n and _acronym_dot(toks, e):
        e += 1
    if e < n and toks[e].text != ".":
        return m
    if any(t.is_word and not t.is_cap and t.low not in _AGENCY_CONNECTORS and t.low not in ("to", "in", "at")
           for t in toks[m + 1:e]):
        return m  # a clause, not a title: 'Police Spokesperson, Deputy Minister X received ...'
    if _next_person_at(toks, m + 1, e, masked) or not right_position(text[toks[k + 1].start:toks[m - 1].end]):
        return m
    return e if right_position(text[toks[m + 1].start:toks[e - 1].end]) else m


ROLL_CALL = decision("person.roll_call", "after a name and a comma, a rank or honorific right before another name "
                     "goes on with the next person, not an office of the first ('A, Deputy Inspector General B and C')")


TITLE_OF_NEXT = decision("office.title_of_next", "'A, the Chief of the Defence Force, General B and ...': an "
                         "office opened by 'the' between two commas, with a rank or honorific and a name right after "
                         "it, is the title of the next person in the list, not an appositive of A")


OFFICE_THEN_NAME = decision("person.office_then_name", "in a list of titled names, 'A, Foreign Minister Tavita Sefo and "
                            "...': an office word, then two or more name words that close the item, is the next person "
                            "(given names the lexicon does not know too), not A's appositive")


# what closes an item of a roll call after its name: the next item's 'and', or the clause's own verb ('..., his Russian
# counterpart A, Interior Minister B C said that ...': B C is the speaker, not part of A's office)
_ITEM_CLOSERS = frozenset("""and said says stated noted told added stressed emphasized emphasised expressed underlined
highlighted explained announced thanked welcomed""".split())


def _bare_name_item(toks: list[Token], a: int, masked: set[int]) -> bool:
    """TITLE_OF_NEXT: toks[a] opens a roll call's item that is a bare name (a known given name and a surname) closed by
    the list's ', and' or 'and'."""
    if a >= len(toks) or toks[a].low not in GIVEN_NAMES:
        return False
    nm = match_name(toks, a, masked)
    if nm is None or nm[1] < 2 or nm[0] >= len(toks):
        return False
    e = nm[0]
    return toks[e].low == "and" or toks[e].text == "," and e + 1 < len(toks) and toks[e + 1].low == "and"


def _next_person_at(toks: list[Token], a: int, b: int, masked: set[int]) -> bool:
    """Whether toks[a:b] opens with a rank or an honorific followed at once by a name of two words or more."""
    r = match_rank(toks, a, before_name=True) or match_honorific(toks, a)
    if r and r + 1 < b and toks[r].text == "/" and match_honorific(toks, r + 1):
        r = match_honorific(toks, r + 1)  # 'A, COP/Mr B': RANK_SLASH_HONORIFIC
    if r and r == b and b + 3 < len(toks) and toks[b].text == "(" and toks[b + 1].low in _RETIRED and \
            toks[b + 2].text == ")":
        r = b + 3  # 'A, Rear Admiral (Retd) B': the roll call goes on with B
        b = len(toks)
    if r and r < b:
        nm = match_name(toks, r, masked)
        if nm is not None and nm[1] >= 2:
            return True
        if not any(t.low in _HON_FIRST for t in toks[r:b]):
            return False
    # 'A, Director of Reforms B C, Deputy Director D E': an office, then a name that a given name opens
    if not any(is_head(t.text) for t in toks[a:min(b, a + 4)]):
        return False
    for x in range(a + 1, b - 1):
        if toks[x].is_word and not toks[x].is_cap and toks[x].low not in _AGENCY_CONNECTORS and toks[x].low != "from":
            return False  # a clause ('... together with Colonel B'), not a title before a name
        if toks[x - 1].is_cap and is_head(toks[x - 1].text) and toks[x].is_cap and not is_head(toks[x].text) \
                and toks[x].low not in MODIFIERS and toks[x].low not in _AGENCY_CONNECTORS:
            # OFFICE_THEN_NAME: 'A, Foreign Affairs Minister Kila Waneu and ...': the office word, then a name that
            # closes the item (unknown given names too)
            nm = match_name(toks, x, masked)
            if nm is not None and nm[1] >= 2 and (nm[0] == b or nm[0] < b and toks[nm[0]].low in _ITEM_CLOSERS):
                return True
        # ('A, Advisor from the Defence Force Lieutenant Commander B C': B's title)
        h = match_honorific(toks, x) if toks[x].low in _HON_FIRST else None
        if h and h < b:
            # 'A, Deputy Commissioner ‘Administration’ Mr B C, ...': an office, an honorific, a name (person.roll_call)
            nm = match_name(toks, h, masked)
            return nm is not None and nm[1] >= 2 and (nm[0] == b or nm[0] < b and toks[nm[0]].low == "and")
        if (_given_first(toks[x]) or toks[x].text in _FAMILY_NAMES_FIRST) and (
                toks[x - 1].is_cap or toks[x - 1].low in ("of", "for")):
            nm = match_name(toks, x, masked)
            return nm is not None and nm[1] >= 2 and (nm[0] == b or nm[0] < b and toks[nm[0]].low == "and")
    return False


AND_NEXT_PERSON = decision("office.and_next_person", "an office in apposition ends before 'and' and the next person's "
                           "name (a given name, a rank or an honorific opening it): 'A, deputy director of the Central "
                           "Office and Jean Paul B, director of ...'")


def _and_next_person(toks: list[Token], m: int, masked: set[int]) -> bool:
    """AND_NEXT_PERSON: toks[m] is an 'and' that a person's name follows, itself followed by a comma, a stop or a
    lower-case word (not '... of Public Security and Migration')."""
    a = m + 1
    if a + 1 < len(toks) and toks[a].low == "the" and toks[a + 1].is_cap and match_honorific(toks, a + 1):
        a += 1  # 'A, Minister of X and the Honourable B, Minister of Y'
    elif a + 1 < len(toks) and toks[a].low == "the" and toks[a + 1].is_cap:
        # 'A, Director of X and the Guest of Honour, Dr B, ...': another title, its comma, then a titled name
        x = a + 1
        while x < len(toks) and x - a <= 7 and (toks[x].is_cap and toks[x].is_word or toks[x].low in ("of", "the")):
            x += 1
        if x + 1 < len(toks) and x > a + 1 and toks[x].text == "," and (
                match_rank(toks, x + 1, before_name=True) or match_honorific(toks, x + 1)):
            return True
    if a >= len(toks) or not toks[a].is_cap:
        return False
    r = match_rank(toks, a, before_name=True) or match_honorific(toks, a)
    if r:
        a = r
    elif not _given_first(toks[a]):
        return False
    nm = match_name(toks, a, masked)
    if nm is None or nm[1] < 2:
        return False
    e = nm[0]
    return e >= len(toks) or not toks[e].is_word or not toks[e].is_cap


def _office_then_person(toks: list[Token], a: int, masked: set[int]) -> bool:
    """Whether the office words at toks[a] ('Minister', 'Deputy Minister') are followed at once by a name of two words."""
    x = a
    while x < len(toks) and toks[x].is_word and toks[x].is_cap and (is_head(toks[x].text) or toks[x].low in MODIFIERS):
        x += 1
    nm = match_name(toks, x, masked) if x > a and x < len(toks) else None
    return nm is not None and nm[1] >= 2


def _shared_gap(gap: str) -> bool:
    """PLURAL_SHARED_OFFICE: 'A and B', 'A of Peru and B' (a country after A) between two holders of a plural office."""
    if gap == " and ":
        return True
    end = next((e for e in (", and ", " and ", ", ") if gap.endswith(e)), None)
    if not (gap.startswith(" of ") and end and len(gap) < 40):
        return False  # ('the interior ministers of these nations, A of X, B of Y and C of Z': a list too)
    return all(w[0].isupper() for w in gap[4:-len(end)].split() if w not in ("the", "of"))


def _plural_office(position: str | None) -> bool:
    """PLURAL_SHARED_OFFICE: an office in the plural ('Prime Ministers', 'interior ministers')."""
    last = position.rsplit(" ", 1)[-1] if position else ""
    return last.endswith("s") and not is_head(last) and is_head(last[:-1])


def _given_first(tok: Token) -> bool:
    """A capitalised word that is a known given name ('Jean-Pierre': its first part)."""
    return tok.is_word and tok.is_cap and (tok.low in GIVEN_NAMES or tok.low.split(" ")[0] in GIVEN_NAMES)


TITLE_WORDS_BEFORE_NAME = decision("person.title_words_before_name", "capitalised words that are no given names, "
                                   "before a given name, with no rank or honorific: the end of the title ('Director "
                                   "of Reforms Peter Odhiambo', 'Directeur de la Police Judiciaire Paul Roux')")


AFTER_COMMA = decision("person.name_after_comma", "a name right after an office's comma opens there, a first given "
                       "name the lexicon lacks too: 'the Commissioner of Operations, Hamisi Rajabu Mwakyusa'")


HEAD_WORD_ENDS_TITLE = decision("person.head_word_ends_title", "after an office's head word ('Secretary', "
                                "'Director'), a capitalised word that is no office, agency or unit word opens the name, "
                                "a given name the lexicon does not know too: 'Additional Secretary Zarvish Tamal Raja'")


NOUN_BEFORE_NAME = decision("person.noun_before_name", "an agency's last word or a unit's field ('Intelligence', "
                            "'Administration', 'Operations': phrases.json agency_ends, unit_fields) opening what reads as "
                            "a name of three words or more is the title's last word")
FAMILY_NAME_FIRST = decision("person.family_name_first", "a Korean, Chinese or Vietnamese family name written first "
                             "(data/phrases.json family_names_first) opens the name, not the title before it: "
                             "'Department Director Ri Song Chol'")
_FAMILY_NAMES_FIRST = frozenset(json_data("phrases.json")["family_names_first"])


POSTNOMINALS = decision("person.postnominals", "letters after a name for an honour, a degree or a seat ('SC', 'MP', "
                        "'QC', 'OBE') before a comma: the appositive after them is the person's ('X SC MP, Attorney "
                        "General, and Y')")
_POSTNOMINALS = frozenset("SC MP QC KC OBE MBE CBE KBE DBE GCMG KCMG CMG PhD JP QPM KPM APM PSM AM AO AC DSO MC "
                          "SAN OON OFR CON GCON MON".split())
def _title_words_before(toks: list[Token], j: int, k: int) -> int:
    """TITLE_WORDS_BEFORE_NAME: the index where the name starts inside toks[j:k] (j when it starts there)."""
    if toks[j].text in _FAMILY_NAMES_FIRST:
        return j  # FAMILY_NAME_FIRST
    if j > 0 and toks[j - 1].text == "," and toks[j].is_word and toks[j].low not in _AGENCY_ENDS \
            and toks[j].low not in _UNIT_FIELDS:
        return j  # AFTER_COMMA: 'the Commissioner of Operations, Hamisi Rajabu X': the office ended at its comma
    if j > 0 and toks[j - 1].is_cap and is_head(toks[j - 1].text) and toks[j].low not in STOP \
            and toks[j].low not in _AGENCY_ENDS and toks[j].low not in _UNIT_FIELDS:
        return j  # HEAD_WORD_ENDS_TITLE: 'Additional Secretary Zarvish Tamal Raja': the office ended at its head word
    if j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word and (toks[j - 1].low in _PORTFOLIO_ENDS or (
            toks[j - 1].low,) in COUNTRY_NAMES) and toks[j].low not in STOP and toks[j].low not in _AGENCY_ENDS \
            and toks[j].low not in _UNIT_FIELDS and not city_country(toks[j].text):
        return j  # PORTFOLIO_ENDS_TITLE: 'Minister of Interior Keo Ratha Vuth', 'Minister of Interior of Djibouti Said X'
    x = j
    while x < k - 2 and toks[x].is_word and (toks[x].low in _AGENCY_ENDS or toks[x].low in _UNIT_FIELDS) \
            and toks[x].low not in _EVERY_GIVEN_NAME:
        x += 1  # NOUN_BEFORE_NAME: 'Deputy Head of Syrian Intelligence Omar X': an agency's last word ends the title
    if x > j:
        return x
    for x in range(j + 1, k - 1):
        t = toks[x]
        if not t.is_word:
            return j
        if t.low in PARTICLES and not t.is_cap:
            continue  # 'Director of the Servicio de Migración Juan X': an agency's own-language words go on
        if t.low in _EVERY_GIVEN_NAME or t.low in PARTICLES or t.low.split(" ")[0] in _EVERY_GIVEN_NAME:
            return x if _given_first(t) and x > j and sum(1 for y in range(x, k) if toks[y].is_word) >= 2 else j
    return j


PORTFOLIO_ENDS_TITLE = decision("person.portfolio_ends_title", "a portfolio word or a country closing an office ('... of "
                                "Interior', '... of Djibouti', '... of Counter Narcotics') ends the title: the capitalised "
                                "word after it opens the name, a given name the lexicon lacks too ('Minister of Interior "
                                "Keo Ratha Vuth')")
_PORTFOLIO_ENDS = frozenset(json_data("phrases.json")["portfolio_ends"])


NAMED_PLACE = decision("person.named_place", "a name that capitalised words ending in a place or institution word "
                       "follow is that place's: 'the IGP Smart Conference Hall', 'Minister X Y Memorial Hospital'")


RANK_OF_COUNTRY = decision("rank.of_country", "a rank with its service, then 'of' and a country, right before a name: "
                           "'General of the Police of the Russian Federation X' (the country is the rank's, as written)")


def _rank_country_end(toks: list[Token], j: int) -> int | None:
    """RANK_OF_COUNTRY: the index after 'of (the) <country>' at toks[j] when a capitalised name word follows."""
    a = j + 1 + (toks[j + 1].low == "the")
    for size in (4, 3, 2, 1):
        b = a + size
        if b < len(toks) and toks[a].is_cap and toks[b - 1].is_cap and SIDE_PHRASES.get(key_words(toks[a:b])) \
                and toks[b].is_word and toks[b].is_cap and is_name_token(toks[b]):
            return b
    return None


def _names_a_place(toks: list[Token], k: int) -> bool:
    """NAMED_PLACE: toks[k:] go on with up to three capitalised words, the last a word of data/named_after_words.tsv,
    and no capitalised word after it."""
    n = len(toks)
    for x in range(k, min(n, k + 3)):
        t = toks[x]
        if not (t.is_word and t.is_cap):
            return False
        if t.low in _NAMED_AFTER:
            return not (x + 1 < n and toks[x + 1].is_word and toks[x + 1].is_cap)
    return False


# 'Chargé d’Affaires X', 'Ministre de l’Intérieur X': an elided particle glued to a capitalised word ends a title
_ELIDED_CAP = pattern("office.elided_capital", r"^[dl][’'][A-ZÀ-Þ]")
# A page's list of other articles: a label line ('Related Stories', 'Read also:', 'MOST POPULAR') and what follows it
# up to a blank line or a line of dashes alone (the list's end marker: '-'), or the rest of the label's own line
_JUNK_LABEL = pattern("person.page_list", r"(?im)^[ \t]*(?:related(?:\s+(?:stories|news|articles|posts|content))?|"
                      r"read\s+(?:also|more)|also\s+read|see\s+also|more\s+(?:news|stories|in\s+[\w ]{1,30})|"
                      r"most\s+(?:read|popular|viewed|shared)|popular(?:\s+(?:news|posts|stories))?|"
                      r"latest(?:\s+(?:news|posts|stories|in\s+[\w ]{1,30}))?|recommended(?:\s+for\s+you)?|"
                      r"you\s+may\s+also\s+like|trending(?:\s+now)?|top\s+stories|other\s+news(?:\s+in\s+[\w ]{1,30})?)"
                      r"[ \t]*(?::|$)",
                      doc="a person named under a page's list of other articles ('Related Stories', 'Read also:') "
                          "is no member")
_BLANK_LINE = pattern("person.blank_line", r"\n[ \t]*(?:[-–—_=*]{1,40}[ \t]*)?\n")


def _in_junk_block(text: str, at: int) -> bool:
    """PAGE_LIST: text[at] stands in the block (up to a blank line) a page-list label opens."""
    lo = max(0, at - 800)
    block = lo
    for m in _BLANK_LINE.finditer(text, lo, at):
        block = m.end()
    return _JUNK_LABEL.search(text, block, at) is not None


_SENT_MESSAGE = pattern("person.sent_message", r"\s*(?:,\s*[^,.;]{0,80},)?\s*(?:also\s+|had\s+|has\s+)?sent\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:written\s+|video\s+|"
                        r"congratulatory\s+|welcome\s+)?(?:message|greetings|letter|congratulations|regards)\b",
                        doc="'Prime Minister X sent a message of greetings to the participants': the sender of a message "
                            "is not there")
_FUTURE_SUBJECT = pattern("person.future_subject", r"\s*(?:,\s*[^,.;]{0,80},)?\s*(?:will|(?:is|are)\s+(?:expected|scheduled|"
                          r"due|set|slated)\s+to)\s+(?:(?:also|soon|certainly|then|first)\s+)*(?:meet|visit|hold|call\s+on|"
                          r"travel|receive|host|pay)\b",
                          doc="'President X will meet with President Y on Tuesday': the subject of a meeting still to come "
                              "is not at this one")
SPOKESPERSON_SOURCE = decision("person.spokesperson_source", "a spokesperson or press officer first named as the one "
                               "who said or told something ('ministry spokesman X said', 'X, police spokesperson, told "
                               "reporters') is the release's source; one named among those present is a member")
_PRESS_OFFICE = pattern("person.press_office", r"\b(?:spokes(?:man|woman|person)|press (?:secretary|officer|attach[eé])|"
                        r"public relations|media (?:officer|relations|adviser|advisor))\b", re.I)
_SPEECH_AFTER = pattern("person.speech_after", r"\s*,?\s*(?:has\s+|had\s+|also\s+)?(?:said|says|told|stated|added|noted|"
                        r"explained|announced|confirmed|disclosed|revealed)\b")
QUOTED_ONLY = decision("person.quoted_only", "a person first named inside someone's quoted words ('“... as our "
                       "friend General X knows,” he said') is spoken of, not present; not when the quoted sentence "
                       "tells who took part (a quoted statement: 'in the presence of X', 'X met')")


def _inside_quote(text: str, at: int) -> bool:
    """Whether text[at] stands inside quoted speech opened earlier in its paragraph (curly or straight quotes)."""
    para = text.rfind("\n", max(0, at - 1500), at) + 1
    before = text[max(para, at - 1500):at]
    if "“" in before or "”" in before:
        return before.count("“") > before.count("”")
    return before.count('"') % 2 == 1 and "“" not in text[at:at + 400]


HON_WITHOUT_STOP = decision("person.hon_without_stop", "'Hon' written without its stop before a name of two "
                            "capitalised words or more is the honorific: 'the Minister of Police, Hon Anna Kera'")


def match_honorific(toks: list[Token], j: int) -> int | None:
    n = len(toks)
    if j >= n:
        return None
    t = toks[j]
    if t.low not in _HON_FIRST:
        return None
    if t.low in HONORIFICS_DOTTED and t.is_cap:
        if j + 1 < n and toks[j + 1].text == "." and toks[j + 1].start == t.end:
            return j + 2
        if t.low in ("mr", "mrs", "ms", "dr", "drs"):
            return j + 1
        if t.text == "Rt" and j + 1 < n and toks[j + 1].text == "Hon":
            return j + 1  # 'Rt Hon Lord X' (Right Honourable): the chain goes on with 'Hon
        # HON_WITHOUT_STOP: 'Hon Tevita X': 'Hon' before two capitalised words (a name) is the honorific
        return j + 1 if t.text == "Hon" and j + 2 < n and toks[j + 1].is_word and toks[j + 1].is_cap \
            and toks[j + 2].is_word and toks[j + 2].is_cap else None
    if t.text == "H" and j + 3 < n and toks[j + 1].text == "." and toks[j + 2].text == "E" and toks[j + 3].text == ".":
        return j + 4
    if t.text == "HE" or t.text == "H" and j + 1 < n and toks[j + 1].text == "E":
        # HIS_EXCELLENCY_LETTERS: 'HE Sheikh X', 'H E X' (His Excellency without stops), never the pronoun 'He'
        end = j + 1 if t.text == "HE" else j + 2
        return end if end < n and toks[end].is_word and toks[end].is_cap else None
    if not t.is_cap:
        return None
    # "Dato' Sri X": an apostrophe glued to a word of the honorific is part of it (person.honorific)
    idx = [x for x in range(j, min(n, j + 8)) if not (toks[x].text in ("'", "’") and toks[x].start == toks[x - 1].end)]
    for words in _HON_BY_FIRST.get(t.low, ()):
        if len(idx) >= len(words) and tuple(toks[x].low for x in idx[:len(words)]) == words:
            end = idx[len(words) - 1] + 1
            if end < n and toks[end].text in ("'", "’") and toks[end].start == toks[end - 1].end:
                end += 1
            return end
    return None


MONONYM = decision("person.mononym", "one name word in apposition after a country's office and a comma, before a "
                   "preposition or a stop: 'the Indonesian Ambassador to Poland, Hermanto, in a ceremony' (names of one "
                   "word; not a field: 'Head of Division, Training,'); or right after an office before a verb when the "
                   "word stands in the text twice more: 'Visiting Minister Oyunbat said', later 'Oyunbat said'")
_AFTER_MONONYM = frozenset({"in", "at", "on", "during", "who", ",", ".", ";"})


def _mononym(toks: list[Token], j: int, k: int, l_pos: str | None, segment: str, text: str = "") -> bool:
    """MONONYM: toks[j] (one word, k == j + 1) names a person by itself."""
    if not l_pos or not l_pos[0].isupper() or k != j + 1 or k >= len(toks):
        return False
    t = toks[j]
    if not (t.text.isalpha() and not t.text.isupper() and t.low not in CITY_WORDS and t.low not in REGION_COUNTRY
            and (t.low,) not in SIDE_PHRASES and not _NOUN_ENDING.search(t.low)):
        return False
    if not segment.rstrip().endswith(","):
        # MONONYM_SAID_AGAIN: 'Visiting Minister Oyunbat said ...' and the one word said again alone later
        if toks[k].is_word and toks[k].low in _SPEECH_VERBS and is_head(l_pos.rsplit(" ", 1)[-1]) \
                and text.count(t.text + " ") >= 3:
            return True
        # MONONYM_OWNED_OFFICE: 'led by NCB Director General Anand while ...', 'including APF Chief Gurung, officials
        # from ...': an office its agency's acronym or a country opens, one word, then the clause goes on
        first = l_pos.split(" ", 1)[0]
        return toks[k].low in _AFTER_OWNED_MONONYM and is_head(l_pos.rsplit(" ", 1)[-1]) and " " in l_pos and (
            first.isupper() and first.isalpha() and len(first) >= 2 or (fold(first),) in SIDE_PHRASES) \
            and t.low not in STOP
    return toks[k].low in _AFTER_MONONYM and any(w.low in SIDE_WORDS for w in tokenize(l_pos))  # 'Indonesian Ambassador'
_AFTER_OWNED_MONONYM = frozenset({"while", "whereas", ",", ".", ";"})
_SPEECH_VERBS = frozenset({"said", "says", "told", "stated", "added", "noted", "stressed", "thanked", "expressed",
                           "welcomed", "emphasised", "emphasized", "underlined", "highlighted", "explained", "met",
                           "visited", "received", "signed", "also"})
# English noun endings: 'Head of Division, Training,' names a field, not a person
_NOUN_ENDING = pattern("person.noun_ending", r"(?:ing|tion|sion|ment|ance|ence|ity|ics|ness|ure|ship|ism|ogy|ary|ery)s?$")


_MEMBER_OF = pattern("office.member_of_body", r"\b[Aa]s\s+(?:a\s+)?member\s+of\s+(?:the\s+|its\s+)?\Z")
FULLER_OFFICE = decision("office.fuller_later", "a later mention writes the office in full ('Interior Minister X' in "
                         "a headline, 'Federal Interior Minister X' in the text), or names one the first did not: it "
                         "is the person's office")
SURNAME_FIRST = decision("person.surname_first", "a person first named by the surname alone ('IGP X takes AIG Y to "
                         "...' in a headline) takes the full name written later ('IGP Ali X'): one person")
SURNAME_WITHOUT_ARTICLE = decision("person.surname_without_article", "a surname said again without its Arabic "
                                   "article is the same person: 'Hamdan' for 'Mohammad Al-Hamdan'")
ARTICLE_HYPHEN_SPACED = decision("person.article_hyphen_spaced", "an Arabic article whose hyphen stands apart from "
                                 "it or from the name ('Al -Mansour', 'Al- Hasan') is still joined to the name")
NAME_CHAIN_PREFIX = decision("person.name_chain_prefix", "an Arabic name said again cut after a 'bin' link is the "
                             "same person: 'Sheikh Saif bin Rashid' for 'Sheikh Saif bin Rashid bin Saif Al Marri'")
NAME_PREFIX = decision("person.name_prefix", "a long name (four words or more) said again by its first two words alone is "
                       "the same person, when it is the only one they open: 'Mohd Faizal' for 'Mohd Faizal Ahmad Shah "
                       "Al-Amin', as Malay and Arabic names are shortened")
_NASAB = frozenset({"bin", "ibn", "bint", "binti"})
_ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "ar", "at", "az", "an", "ul", "ud"})


SPELLING_VARIANT = decision("person.spelling_variant", "a name said again with a letter changed, added or dropped in "
                            "one or two words after the same given name ('Dawit Kerano' then 'Dawit Kerana', 'William "
                            "Kamara Lenu' then 'William Kamarah Lennu') is the same person, named as first written")


def _one_apart(a: str, b: str) -> bool:
    """Whether a and b differ by exactly one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _letters_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """SPELLING_VARIANT: the words of two names (given name left out) alike but for one or two words one letter apart,
    each of four letters or more."""
    apart = 0
    for x, y in zip(a, b):
        if x == y:
            continue
        if len(x) < 4 or not _one_apart(x, y):
            return False
        apart += 1
    return 0 < apart <= 2


def _bare_surname(word: str) -> str | None:
    """'al hamdan' (folded 'Al-Hamdan') -> 'hamdan'; None for a word with no article."""
    first, _, rest = word.partition(" ")
    return rest if rest and first in _ARTICLES and " " not in rest else None


class People:
    """All persons of one release, in order of introduction."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self._page_list: bool | None = None  # whether the release has a page-list label at all (PAGE_LIST)
        self._page_listed: set[int] = set()  # persons passing only for standing under a page-list label
        self._office_words: set[str] = set()  # words the release used as an office's own (GRADE_FIELD, WORD_BEFORE_HONORIFIC)

    def _has_page_list(self, text: str) -> bool:
        if self._page_list is None:
            self._page_list = _JUNK_LABEL.search(text) is not None
        return self._page_list

    def resolve(self, toks: tuple[str, ...]) -> Person | None:
        if not toks:
            return None
        best = None
        inner = []
        prefixed = []
        for p in self.persons:
            if toks == p.tokens:
                return p
            pset = set(p.tokens)
            if set(toks) <= pset and (toks[-1] == p.tokens[-1] or (len(toks) == 1 and toks[0] == p.tokens[0])):
                best = best or p
            elif len(toks) >= 3 and len(p.tokens) > len(toks) and p.tokens[:len(toks)] == toks and \
                    any(t in _NASAB for t in toks):
                best = best or p  # NAME_CHAIN_PREFIX: 'Saif bin Rashid' for 'Saif bin Rashid bin Saif Al Marri'
            elif len(toks) == 1 and len(p.tokens) >= 3 and toks[0] in p.tokens[1:-1]:
                inner.append(p)  # 'Vargas' for 'Jorge Luis Vargas Valencia': the first of two surnames
            elif len(toks) == 1 and len(p.tokens) >= 2 and _bare_surname(p.tokens[-1]) == toks[0]:
                best = best or p  # SURNAME_WITHOUT_ARTICLE: 'Dr Hamdan' for 'Mohammad Al-Hamdan'
            elif len(toks) == 2 and len(p.tokens) >= 4 and p.tokens[:2] == toks:
                prefixed.append(p)  # NAME_PREFIX: 'Mohd Faizal' for 'Mohd Faizal Ahmad Shah Al-Amin'
        if best is None and len(inner) == 1:
            best = inner[0]
        if best is None and len(prefixed) == 1:
            best = prefixed[0]
        if best is None and len(toks) >= 2 and len(toks[-1]) >= 4:
            # SPELLING_VARIANT: 'Dawit Kerano' written 'Dawit Kerana' further on: the same given name, each other word
            # one letter apart, at most two letters in all; or the given name one letter apart before the same other
            # words ('Irakli Beradze' written 'Yirakli Beradze')
            same = [p for p in self.persons if len(p.tokens) == len(toks) and (
                p.tokens[0] == toks[0] and _letters_apart(p.tokens[1:], toks[1:])
                or p.tokens[1:] == toks[1:] and len(toks[-1]) >= 5 and _letters_apart(p.tokens[:1], toks[:1]))]
            if len(same) == 1:
                best = same[0]
        if best is None and len(toks) >= 2 and all(len(t) == 1 for t in toks[:-1]):
            # 'A. Ivanov' for 'Alexei Ivanov': initials, then the surname, said again
            same = [p for p in self.persons if len(p.tokens) > len(toks) - 1 and p.tokens[-1] == toks[-1]
                    and all(g.startswith(i) for g, i in zip(p.tokens, toks[:-1]))]
            if len(same) == 1:
                best = same[0]
        return best

    def _complete_surname(self, key: tuple[str, ...], name: str, rank: str | None, position: str | None) -> Person | None:
        """SURNAME_FIRST: the one person first named by this full name's surname alone ('IGP X' in a headline, then
        'IGP Ali X') takes the full name; None when there is none or more than one."""
        short = [p for p in self.persons if p.tokens == key[-1:] or (
            len(p.tokens) >= 2 and p.tokens[-1] == key[-1] and all(len(t) == 1 for t in p.tokens[:-1])
            and len(p.tokens) <= len(key) and all(g.startswith(i) for g, i in zip(key, p.tokens[:-1])))]
        # ('V. Eyvazov' first, 'Vilayat Eyvazov' later: the initials said first)
        if len(short) != 1:
            return None
        p = short[0]
        p.name, p.tokens = name, key
        p.rank = p.rank or rank
        if position and (p.position is None or len(position) > len(p.position)):
            p.position = position  # the office written with the full name, when fuller
        return p

    def scan(self, text: str, sent: Sentence, sidx: int, side_mask: set[int]) -> None:
        toks = sent.tokens
        n = len(toks)
        prev_end = sent.start
        lows = {t.low for t in toks}
        passing = bool(_PASSING_WORDS.intersection(lows)) and bool(PASSING.search(text, sent.start, sent.end))
        not_present = bool(_NOT_PRESENT_WORDS.intersection(lows))
        former = bool(_FORMER_WORDS.intersection(lows)) or "ex-" in text[sent.start:sent.end]
        i = 0
        title_end = -1  # where an office that GRADE_FIELD closed ends: a name starts there, whole
        # the tokens that may open a name: a capitalised word, a lower-case rank word, a word with a hyphen ('al-Sabah');
        # the loop goes from one to the next (the others it would only step over, one by one)
        opens = [x for x, t in enumerate(toks) if t.is_cap or t.low in RANK_WORDS or "-" in t.text or "‐" in t.text]
        o, n_opens = 0, len(opens)
        while True:
            while o < n_opens and opens[o] < i:
                o += 1
            if o == n_opens:
                break
            i = opens[o]
            tok = toks[i]
            lower_rank = None
            if i in side_mask or not tok.is_word or not (tok.is_cap or _arabic_prefix(tok.text)):
                lower_rank = match_lower_rank(toks, i) if tok.is_word and i not in side_mask and tok.low in RANK_WORDS \
                    else None
                if lower_rank is None:
                    i += 1
                    continue
            j = i
            rank = rank_side = None
            hon = False
            r_end = lower_rank or match_rank(toks, j, before_name=i > 0 and toks[i - 1].text == ",")
            if r_end is None and len(tok.text) == 1 and tok.text.isupper() and i + 2 < n and toks[i + 1].text == "/" \
                    and toks[i + 1].start == tok.end and toks[i + 2].start == toks[i + 1].end:
                r_end = match_rank(toks, i + 2)  # RANK_SERVICE_LETTER: 'P/Gen. X': the service's letter, then the rank
            if r_end and j > 0 and toks[j - 1].is_cap and toks[j - 1].low in _TITLE_QUALIFIERS:
                r_end = None  # 'Regional Police Chief Per Engström': the grade is part of an office title
            elif r_end and j > 0 and toks[j - 1].is_cap and toks[j - 1].low in _HOLDING_MODIFIERS:
                r_end = None  # MODIFIED_GRADE: 'Acting Commissioner of Police X', 'Special Commissioner of Police X'

            elif r_end and (toks[r_end - 1].low in ("commissioner", "chief", "commandant", "inspector-general")
                            or r_end - j >= 2 and toks[r_end - 1].low == "general"
                            and toks[r_end - 2].low in ("commissioner", "inspector")) and (
                    _in_title(toks, j) or _owned(toks, j)):
                r_end = None  # 'Deputy National Police Commissioner Diana Sörensen': an office, not a grade
            elif r_end and r_end - j >= 3 and key_words(toks[r_end - 2:r_end]) == ("of", "police") \
                    and toks[r_end - 3].low in ("commissioner", "chief") and _owned(toks, j):
                i = r_end  # OWNED_GRADE: "Grenada's Deputy Commissioner of Police X": the whole grade is the office
                continue
            if r_end and r_end - j > 1 and j > 0 and toks[j - 1].is_word and toks[j - 1].is_cap \
                    and toks[j - 1].low not in HEAD_WORDS and not _country_before(toks, j):
                # 'Chief of the State Border Guard General X': the service word ends the office, the rank follows
                for k in range(j + 1, r_end):
                    if toks[k - 1].low not in _SERVICE_WORDS:
                        break
                    if match_rank(toks, k) == r_end:
                        i = j = k
                        break
            if r_end and lower_rank is None and (toks[r_end - 1].low in HEAD_WORDS or key_words(toks[j:r_end])
                                                 in OFFICE_GRADES) and r_end < n and match_rank(toks, r_end):
                i = r_end  # OFFICE_THEN_RANK: the grade word ends an office, the rank follows
                continue  # (GRADE_THEN_RANK: 'Inspector General of Police CG X': the force's grade is the office)
            if r_end:
                r_start = toks[j].start
                rank = text[r_start:toks[r_end - 1].end]
                j = r_end
                if j + 2 < n and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper() \
                        and toks[j + 1].low not in _RETIRED:
                    j += 3  # 'Commissioner of Police (CP) Eric Habimana'
                elif j + 2 < n and toks[j].text == "(" and toks[j + 1].low in _RETIRED:
                    close = j + 2 if toks[j + 2].text == ")" else j + 3 if j + 3 < n and toks[j + 3].text == ")" else 0
                    if close:
                        j = close + 1  # 'Police Commissioner General (Ret) Gories Mere': person.retired
                        rank += text[toks[r_end - 1].end:toks[close].end]  # kept in the rank, as written
                elif j + 3 < n and toks[j].text == "(" and toks[j + 1].is_word and toks[j + 1].text.islower() \
                        and _bracket_remark_end(toks, j, side_mask):
                    j = _bracket_remark_end(toks, j, side_mask)  # BRACKET_REMARK: 'Capitan de Navio (a rank like a
                    # captain's) X': a remark in brackets between the rank and the name
                elif j + 2 < n and toks[j].low == "of" and key_words(toks[i:r_end]) not in OFFICE_GRADES \
                        and _rank_country_end(toks, j):
                    a, j = j + 1 + (toks[j + 1].low == "the"), _rank_country_end(toks, j)
                    rank = text[r_start:toks[j - 1].end]  # RANK_OF_COUNTRY: 'General of the Police of Russia X'
                    rank_side = SIDE_PHRASES.get(key_words(toks[a:j]))
                elif j + 1 < n and 2 <= len(toks[j].text) <= 4 and toks[j].text.isupper() and toks[j].text.isalpha() \
                        and toks[j + 1].is_cap and is_name_token(toks[j + 1]) and (toks[j].low,) not in SIDE_PHRASES \
                        and toks[j].text not in POLICE_ABBREVIATIONS and not match_rank(toks, j) \
                        and not match_honorific(toks, j) and (match_name(toks, j + 1, side_mask) or (0, 0))[1] >= 2:
                    # (initials written without stops are followed by a surname alone: 'DIG AK Singh')
                    rank += text[toks[j - 1].end:toks[j].end]
                    j += 1  # RANK_SERVICE: 'Major General BG X': the service's letters end the rank
                if toks[r_end - 1].text in POLICE_ABBREVIATIONS and j < n and toks[j].text == ",":
                    rank = None  # 'Head of Unit, DIG' is not a rank before a name
                    j = r_end
            if rank and j + 1 < n and toks[j].is_cap and fold(toks[j].text) not in _EVERY_GIVEN_NAME and \
                    (city_country(toks[j].text) or fold(toks[j].text) in REGION_COUNTRY) and \
                    (match_honorific(toks, j + 1) or (match_name(toks, j + 1, side_mask) or (0, 0))[1] >= 2):
                j += 1  # PLACE_AFTER_TITLE: 'Inspector General of Police Islamabad Dr. X': the city is the title's
            elif rank and j + 1 < n and toks[j].is_cap and toks[j].is_word and is_name_token(toks[j]) \
                    and len(toks[j].text) >= 4 and toks[j - 2].low not in _RETIRED and toks[j].low not in _EVERY_GIVEN_NAME and match_honorific(toks, j + 1) and (
                    j + 2 >= n or toks[j + 1].text != "." or toks[j + 1].start != toks[j].end):
                self._office_words.add(toks[j].low)
                i = j + 1  # WORD_BEFORE_HONORIFIC: 'Inspector General of Police (IGP) Punjab Dr X': an honorific opens
                continue  # the name, the word before it ends the office
            if rank and j + 3 < n and toks[j].text == "(" and match_honorific(toks, j + 1) and \
                    toks[match_honorific(toks, j + 1)].text == ")":
                j = match_honorific(toks, j + 1) + 1  # 'Lt. Col. (Dr.) X': an honorific in brackets after the rank
                hon = True
            if rank and r_end == j and toks[j - 1].text in POLICE_ABBREVIATIONS and j < n and toks[j].is_cap \
                    and toks[j].is_word and toks[j].low in _UNIT_FIELDS:
                self._office_words.add(toks[j].low)
                i = title_end = j + 1  # GRADE_FIELD: 'DIG Logistics X', 'Additional IGP Training': the unit's word
                continue  # makes an office
            if rank and j + 1 < n and toks[j].text == "/" and toks[j].start == toks[j - 1].end \
                    and match_honorific(toks, j + 1):
                j += 1  # RANK_SLASH_HONORIFIC: 'COP/Mr X', 'ACP/Mrs Y': the rank, then the honorific
            h_end = match_honorific(toks, j)
            if h_end is None and rank and j + 2 < n and toks[j].low in _TITLES_AFTER_RANK and toks[j].is_cap \
                    and (match_name(toks, j + 1, side_mask) or (0, 0))[1] >= 2:
                h_end = j + 1  # TITLE_AFTER_RANK
            if h_end:
                hon = True
                j = _honorific_chain(toks, h_end)
            if rank is None and hon:
                r2 = match_rank(toks, j)
                if r2:
                    rank = text[toks[j].start:toks[r2 - 1].end]
                    j = r2
            nm = match_name(toks, j, side_mask) if j < n else None
            if nm is None and j < n and toks[j].is_cap and toks[j].text.isupper():
                nm = _caps_name(toks, j, side_mask) or _caps_family_first(toks, j)
                if nm is None and (rank or hon) and 2 <= len(toks[j].text) <= 3 and toks[j].text.isalpha() \
                        and j + 1 < n and toks[j + 1].start == toks[j].end + 1 and (toks[j].low,) not in SIDE_PHRASES \
                        and toks[j].text not in POLICE_ABBREVIATIONS:
                    after = match_name(toks, j + 1, side_mask)  # INITIALS_WITHOUT_STOPS: 'DIG AK Singh'
                    nm = (after[0], after[1] + 1) if after is not None else None
            if nm is not None and nm[1] >= 3:
                # 'Pfr Drs H. <Name>': a known honorific inside what reads as a name ends a title
                # string that starts with an unknown word; the name follows it (person.honorific_inside)
                for x in range(j + 1, min(nm[0] - 2, j + 4)):
                    h = match_honorific(toks, x)
                    if h and h < nm[0] - 1:
                        h = _honorific_chain(toks, h)
                        nm2 = match_name(toks, h, side_mask)
                        if nm2 is not None and nm2[0] == nm[0] and nm2[1] >= 2:
                            j, nm, hon = h, nm2, True
                        break
            if nm is None:
                i = max(i + 1, j if (rank or hon) else i + 1)
                continue
            k, words = nm
            if not rank and not hon and words >= 3 and (toks[j].low not in _EVERY_GIVEN_NAME or j > 0 and toks[j - 1].low in (
                    "in", "at", "to", "from") and city_country(toks[j].text)) and j != title_end and (
                    j == 0 or toks[j - 1].low != "by"):
                # (after 'led by', 'attended by' the capitalised words open the name: 'led by Mohabir Anil X SC')
                x = _title_words_before(toks, j, k)
                if x > j:
                    words -= sum(1 for y in range(j, x) if toks[y].is_word)
                    i = j = x
            if not rank and not hon and words >= 3 and j > 0 and toks[j - 1].low in ("in", "at") \
                    and city_country(toks[j].text):
                j += 1  # PLACE_BEFORE_NAME
                words -= 1
                i = j
            elif words >= 3 and j > 0 and (rank or hon or is_head(toks[j - 1].text)) and toks[j].is_cap and (
                    city_country(toks[j].text) or fold(toks[j].text) in REGION_COUNTRY) \
                    and fold(toks[j].text) not in _EVERY_GIVEN_NAME:  # 'Salem', 'Hassan': cities, and given names
                j += 1  # 'Inspector General of Police Punjab Imran Ghani': person.place_after_title
                words -= 1
            name = text[toks[j].start:toks[k - 1].end]
            if k + 1 < n and toks[k - 1].text in _NAME_SUFFIXES and toks[k].text == "." and toks[k].start == toks[k - 1].end:
                k += 1  # 'Jose Nartatez Jr., Deputy Chief': the suffix's stop is no sentence end
                name = text[toks[j].start:toks[k - 1].end]
            if not rank and not hon and j > 0 and toks[j - 1].low in ("in", "at", "to", "from") and city_country(name):
                i = k  # 'attaché in Kuala Lumpur, ...': a place, not a person
                continue
            if k < n and toks[k].is_cap and _names_a_place(toks, k):
                i = k  # 'the IGP Smart Conference Hall': person.named_place
                continue
            if not rank and not hon and j > 0 and toks[j - 1].text in _OPEN_QUOTES and toks[j - 1].end == toks[j].start:
                i = k  # 'the container terminal “Kwai Chung”': a quoted name is a thing's, an operation's
                continue
            if rank and not hon and k < n and toks[k].text == "," and place_country(key_words(toks[j:k])):
                i = k  # 'Additional Inspector General of Police Karachi, X': a grade and a city make an office
                continue
            key = tuple(t.low for t in toks[j:k] if t.text != ".")
            if toks[k - 1].text.endswith(("'s", "’s")) and len(toks[k - 1].text) > 3:
                if k < n and toks[k].is_word and is_head(toks[k].text) and not (k + 1 < n and toks[k + 1].low == "of") \
                        and self.resolve(key[:-1] + (fold(toks[k - 1].text[:-2]),)) is None:
                    i = k  # OFFICE_OWNER: "President X's adviser on Y, Z": X only owns Z's office, as written
                    continue
                if k < n and toks[k].low in ("visit", "trip") and told_as_earlier(text, toks[k].start, sent.end, None):
                    i = k  # EARLIER_VISIT: "during Commissioner X's visit to Y in June last year": another, earlier
                    continue  # meeting's guest
                if k < n and toks[k].low in ("visit", "trip") and "visit" not in text[sent.start:toks[i].start] and \
                        _VISIT_TO_COME.search(text, max(sent.start, toks[i].start - 80), toks[i].start):
                    i = k  # OTHER_VISIT: "in preparation for President X's visit": a visit still to come
                    continue
                name = name[:-2]  # POSSESSIVE_NAME: "Colonel X Y's delegation" names X Y
                key = key[:-1] + (fold(toks[k - 1].text[:-2]),)
            start = toks[i].start
            # appositive after the name: ', Lieutenant General of Justice,' or ', Deputy Minister,'
            end = toks[k - 1].end
            if k < n and toks[k].text in _POSTNOMINALS:
                k2 = k
                while k2 < n and toks[k2].text in _POSTNOMINALS:
                    k2 += 1
                if k2 >= n or toks[k2].text in (",", ".", ";"):
                    k = k2  # POSTNOMINALS: 'X SC MP, Attorney General': the letters after a name are no part of it
            elif k + 2 < n and toks[k].text == "," and toks[k + 1].text in _POSTNOMINALS and toks[k + 2].text == ",":
                k += 2  # POSTNOMINALS: 'Hon. X, MP, Minister of Y': the letters between commas too
            elif k + 3 < n and toks[k].text == "(" and toks[k + 1].text in _POSTNOMINALS and toks[k + 2].text == ")" \
                    and toks[k + 3].text == ",":
                k += 3  # POSTNOMINALS: 'Hon. X (MP), Minister of Y': the letters in brackets too
            r_rank = r_pos = None
            app_end = end
            paren = k < n and toks[k].text == "(" and k + 1 < n and toks[k + 1].is_word and (
                toks[k + 1].is_cap or k + 2 < n and toks[k + 2].text == ")" and is_head(toks[k + 1].text))
            # ('Mrs. X (interpreter)': one lower-case office word in brackets)
            # DASH_APPOSITION: 'Major General X – Minister of the Interior held ...': a dash set apart by blanks
            # before a capitalised office word opens an appositive, as a comma does
            dash = not paren and k + 1 < n and toks[k].text in _DASHES and toks[k].start > toks[k - 1].end \
                and toks[k + 1].is_cap and (is_head(toks[k + 1].text) or fold(toks[k + 1].text) in MODIFIERS)
            # ARTICLE_APPOSITION: 'signed by Lord X the Minister of Police and Y the High Commissioner': 'the' and a
            # capitalised office word right after a name open an appositive with no comma (captions, lists); the name
            # anchored by its own title or given name ('received in Al Qurum the Commander of ...' is a place's)
            dash = dash or not paren and k + 2 < n and toks[k].text == "the" and toks[k + 1].is_cap \
                and (rank or hon or toks[j].low in _EVERY_GIVEN_NAME) \
                and (is_head(toks[k + 1].text) or fold(toks[k + 1].text) in MODIFIERS or (
                    (toks[k + 1].low,) in SIDE_PHRASES and toks[k + 1].low in SIDE_WORDS and toks[k + 2].is_cap
                    and (is_head(toks[k + 2].text) or fold(toks[k + 2].text) in MODIFIERS)))
            if k < n and (toks[k].text == "," or paren or dash):
                m = k + 1
                while m < n and (toks[m].text not in (",", ";", ".", "(", ")") or _acronym_dot(toks, m)) \
                        and toks[m].low != "who" and not (toks[m].low == "and" and _and_next_person(toks, m, side_mask)) \
                        and not (len(toks[m].text) == 1 and m > k + 2 and _initials_open_name(toks, m, side_mask)):
                    m += 1
                titled_next = m < n and len(toks[m].text) == 1 and toks[m].is_word  # INITIALS_OPEN_NAME
                if titled_next:
                    pass  # 'A, Secretary of the Council of X T. K. B, ...': the words after A's comma are B's title
                elif paren:
                    # 'Villanueva (Director, Anti-Cybercrime Group)': the office in brackets, commas included
                    close = next((x for x in range(k + 1, min(n, k + 30)) if toks[x].text == ")"), None)
                    m = close if close is not None and close >= k + 2 else k + 1
                elif _acronym_in_brackets(toks, m):
                    m = _acronym_in_brackets(toks, m)  # '... National Security (DGSN)': the acronym belongs to the office
                    if m + 2 < n and toks[m].low == "of" and (toks[m + 1].is_cap or toks[m + 1].low == "the"
                                                              and toks[m + 2].is_cap):
                        # ACRONYM_THEN_OF
                        while m < n and toks[m].text not in (",", ";", ".", "(", ")") and toks[m].low != "who":
                            m += 1
                    elif m + 2 < n and toks[m].low == "and" and toks[m + 1].is_cap and is_head(toks[m + 1].text) \
                            and not _and_next_person(toks, m, side_mask) and not _office_then_person(toks, m + 1, side_mask):
                        # JOINED_OFFICES: 'X, President of the People's Party (CPP) and President of the Senate,'
                        m += 1
                        while m < n and toks[m].text not in (",", ";", ".", "(", ")") and toks[m].low != "who":
                            m += 1
                elif m + 1 < n and toks[m].text == "," and toks[m + 1].text.isupper() and len(toks[m + 1].text) >= 2 \
                        and toks[m + 1].text.isalpha() and (m + 2 >= n or toks[m + 2].text in (",", ".", ";")
                                                            or toks[m + 2].is_word and toks[m + 2].text.islower()) \
                        and toks[m + 1].text not in POLICE_ABBREVIATIONS:
                    m += 2  # 'Director General, SSB': the agency's acronym after a comma belongs to the office
                elif not paren:
                    m0 = m
                    m = _country_after_comma(toks, m, side_mask)
                    if m == m0:
                        m = _agency_after_comma(toks, k, m)
                    if m > m0 and _acronym_in_brackets(toks, m):
                        m = _acronym_in_brackets(toks, m)  # ', Director General, Narcotics Control Bureau (NCB)'
                        if m + 1 < n and toks[m].low == "of" and (toks[m + 1].is_cap or toks[m + 1].low == "the"):
                            # ACRONYM_THEN_OF: ', Deputy Secretary General, National Narcotics Control Commission
                            # (NNCC) of China.'
                            while m < n and toks[m].text not in (",", ";", ".", "(", ")") and toks[m].low != "who" \
                                    and not (toks[m].low == "and" and _and_next_person(toks, m, side_mask)):
                                m += 1
                    m = _second_office(toks, text, k, m, side_mask)
                after_paren = _office_after_paren(toks, text, k, m) if paren else None
                if titled_next:
                    pass
                elif after_paren is not None:
                    # 'Lim Teck Huat (Assistant Commissioner of Police), Director of the CID': the rank in
                    # brackets, the office after them
                    r_rank = text[toks[k + 1].start:toks[m - 1].end]
                    r_pos, app_end = after_paren
                elif m > k + 1 and _next_person_at(toks, k + 1, m, side_mask):
                    pass  # 'A, Deputy Inspector General B and Superintendent C': the roll call goes on, no appositive
                elif m > k + 2 and toks[k + 1].low == "the" and m + 1 < n and toks[m].text == "," \
                        and _next_person_at(toks, m + 1, n, side_mask):
                    pass  # TITLE_OF_NEXT: 'A, the Chief of the Defence Force, General B': B's title, not A's
                elif m > k + 1 and j > 0 and toks[j - 1].is_cap and is_head(toks[j - 1].text) and m + 1 < n \
                        and toks[m].text == "," and _bare_name_item(toks, m + 1, side_mask):
                    pass  # TITLE_OF_NEXT: 'signed by Commissioner A, Austrian Minister of the Interior, B C, and ...':
                    # A holds a title already; the office between the commas is the next item's, B C's
                elif m > k + 1:
                    phrase = text[toks[k + 1].start:toks[m - 1].end]
                    rr = match_rank(toks, k + 1)
                    if rr == m and tuple(t.low for t in toks[k + 1:m]) in OFFICE_GRADES:
                        rr = None  # ', Inspector General of Police,' after a name: the office
                    if rr == m:
                        r_rank = phrase
                        app_end = toks[m - 1].end
                    else:
                        r_pos = right_position(phrase)
                        if r_pos:
                            app_end = toks[m - 1].end
                            if paren:
                                app_end = toks[m].end
                            cut = phrase.find(r_pos)
                            if cut >= 0 and _LOWER_WORD.search(phrase, cut + len(r_pos)):
                                # '<office> along with Y': the office ends at the clause; Y is read on
                                app_end = toks[k + 1].start + cut + len(r_pos)
            hint, hint_rule = rank_side, (RANK_OF_COUNTRY if rank_side else None)
            seg_start = prev_end
            for b in _BOUNDARY.finditer(text, prev_end, start):
                if b.group() in "()" and _ACR_PAREN.search(text, max(0, b.start() - 24), b.end() + 24):
                    continue  # 'The Inspector-General of Police (IGP), X': the acronym belongs to the office
                seg_start = b.end()
            segment = text[seg_start:start]
            # a lower-case office word right before a bare name is its title ('National Guard chief <Name>');
            # before a rank it describes ('his deputy Colonel X')
            # ... and before a rank when it is the office of an agency ('led by its commander Brigadier General X')
            l_pos = left_position(segment, lower_last=not (rank or hon) or bool(_ITS_OFFICE.search(segment))
                                  or _agency_lower_office(segment)) \
                if segment.strip(" ,") else None
            known = self.resolve(key)
            lo = start
            if l_pos:
                lo = seg_start + max(0, segment.find(l_pos))
            owner = _owner_side(text[seg_start:lo + len(l_pos)], lo - seg_start) if l_pos else None
            if owner is None and r_pos and k + 1 < n:
                owner = _owner_side(text[toks[k + 1].start:app_end])
            if owner is not None:
                hint, hint_rule = owner, None
            if l_pos and not text[seg_start:start].rstrip().endswith(","):
                # 'Moroccan Minister of the Interior Abdelkarim Bennani': the demonym gives the side
                first_word = l_pos.split()[0]
                code = SIDE_PHRASES.get((fold(first_word),)) if fold(first_word) in SIDE_WORDS else None
                if code and l_pos.split()[1:2] == ["and"]:
                    code = None  # 'Czech and Slovak Prime Ministers A and B': two owners, the pair says whose (side.paired)
                if code and not is_body(code) and not first_word.isupper() and len(l_pos.split()) > 1:
                    hint, hint_rule = code, None  # the office stays as written, demonym included
                elif first_word in CASED_ACRONYMS and len(l_pos.split()) > 1:
                    hint, hint_rule = CASED_ACRONYMS[first_word], None  # 'US Ambassador X': the side, office as written
            if l_pos and not rank and not hon and not text[seg_start:start].rstrip().endswith(","):
                # an office right before a bare name: the name must not be part of the title itself
                before = toks[j - 1] if j else None
                after = toks[k] if k < n else None
                if (before is not None and before.is_word and not before.is_cap and not is_head(before.text)
                        and not _ELIDED_CAP.match(before.text)
                        and before.low not in _PLACE_NOUNS and not _LOWER_OFFICE_OF.search(l_pos)) or (
                        after is not None and after.is_word and after.is_cap):
                    l_pos = None  # ('National Guard chief <Name>': a lower-case office word right before is one)
            if l_pos and _MEMBER_OF.search(text, max(seg_start, lo - 24), lo):
                l_pos = None  # 'As a member of the Executive Committee of X, Y': a seat on a body, not Y's office
            if l_pos and not rank and not r_rank:
                rank, l_pos = _rank_at_end(l_pos)
            if l_pos and ", " in l_pos:
                head, _, title = l_pos.rpartition(", ")
                # ('<office>, H.E. Ambassador X': an honorific, then a kept title)
                words_after = _EXCELLENCY_FIRST.sub("", fold(title)).split()
                if (tuple(words_after) in TITLES_BEFORE_OFFICE or tuple(fold(title).split()) in HONORIFIC_WORDS) \
                        and is_head(head.split()[0]):
                    l_pos = head  # TITLE_AFTER_OFFICE: 'the Head of the Mission, Ambassador X', '<office>, His
                    # Excellency, General X': the office before it
            if l_pos and r_pos and l_pos[0].islower() and r_pos[0].isupper():
                l_pos = None  # 'a representative of AFRIPOL, Dr. X, Head of the Secretariat': the title after wins
            if l_pos and r_pos and not rank and not r_rank and phrase_key(l_pos) in BARE_OFFICE_RANKS:
                # 'led by Inspector General Krishna Murti, Head of the Division': the title before is the rank
                rank, l_pos = l_pos, None
            if l_pos and r_pos and not rank and not r_rank and phrase_key(l_pos) in TITLES_BEFORE_OFFICE:
                l_pos = None  # TITLE_BEFORE_OFFICE: 'Ambassador X, Head of the Asian Desk' holds the office after
            mononym = words == 1 and bool(l_pos) and not (rank or hon or r_rank) and _mononym(toks, j, k, l_pos, segment, text)
            anchored = bool(rank or hon or r_rank or (words >= 2 and (l_pos or r_pos)) or mononym)
            shared_anchor = False
            if not anchored and words >= 2 and not (l_pos or r_pos) and self.mentions and \
                    self.mentions[-1].sentence == sidx and self.mentions[-1].person is not None and \
                    _plural_office(self.mentions[-1].person.position) and _shared_gap(text[self.mentions[-1].end:start]):
                anchored = shared_anchor = True  # PLURAL_SHARED_OFFICE: B and C of 'the interior ministers of these
                # nations, A of X, B of Y and C of Z'

            if not anchored and words >= 2 and (_LEADER_BEFORE.search(text, max(sent.start, start - 40), start)
                                                or _LEADER_AFTER.match(text, end)):
                anchored = True  # 'led by Petra Lundh;', 'with Sigríður Björk Guðjónsdóttir at the head of ...'
            if not anchored and words >= 2 and "counterpart" in text[max(sent.start, start - 16):start] and \
                    _COUNTERPART_BEFORE.search(text, max(sent.start, start - 16), start):
                anchored = True  # 'with his Jordanian counterpart, Mazen al-Tarawneh': person.counterpart
            given = initials = False
            if not anchored and known is None and _SURNAME_INITIALS.search(name):
                anchored = initials = True  # 'headed by the deputy head Komlichenko S.G.': the official style
            if not anchored and known is None and words >= 2 and _given_name_at(toks, j, k) and \
                    _TAKING_PART.search(text, sent.start, sent.end):
                anchored = given = True  # 'attended by Amina Yusuf and ...': a name by what it is, no title needed
                if city_country(name) or place_country(key):
                    anchored = given = False  # PLACE_NAMED_LIKE_PERSON: 'Santo Domingo.- The minister met ...'

            if anchored and l_pos and not (rank or hon or r_rank or r_pos or given) and k + 1 < n and toks[k].text == "," \
                    and not any(toks[x].low in _EVERY_GIVEN_NAME or _initial(toks, x) or toks[x].text in _FAMILY_NAMES_FIRST
                                for x in range(j, k)) and (match_rank(toks, k + 1, before_name=True)
                                                           or match_honorific(toks, k + 1)) \
                    and _next_person_at(toks, k + 1, n, side_mask):
                i = k  # OFFICE_WORDS_BEFORE_NEXT: 'Director-General Human Resource, COP/Mr X': the office's words, X's
                continue
            mention = Mention(start, toks[j].start, end, end, lo, sidx)
            if known is None and words >= 2 and anchored:
                known = self._complete_surname(key, name, rank or r_rank, l_pos or r_pos)
            if known is not None and (words < 2 or known.tokens == key or set(key) <= set(known.tokens)
                                      or all(len(w) == 1 for w in key[:-1])  # 'O. Kovalenko' again
                                      or len(key) == len(known.tokens) and (
                                          key[0] == known.tokens[0] and _letters_apart(known.tokens[1:], key[1:])
                                          or key[1:] == known.tokens[1:] and _letters_apart(known.tokens[:1], key[:1]))):
                mention.person = known
                if self._page_listed and id(known) in self._page_listed and not _in_junk_block(text, start):
                    known.passing = False  # PAGE_LIST: a headline under 'Read more' told again in the body
                    self._page_listed.discard(id(known))
                if known.rank is None and (rank or r_rank) and (known.sentence == sidx or r_rank):
                    known.rank = rank or r_rank
                office = l_pos or r_pos
                if office and (known.position is None or len(office) > len(known.position)
                               and office.endswith(" " + known.position)):
                    known.position = office  # FULLER_OFFICE: 'Interior Minister X' in a headline, 'Federal Interior
                    # Minister X' in the text
                mention.end = app_end if (r_rank or r_pos) else end
            elif anchored and (words >= 2 or rank or hon or mononym) and not (words <= 2 and key[-1] in _BUILDING_WORDS) \
                    and not (words == 1 and key[0] in self._office_words) \
                    and not (not hon and (_THING_ENDING.search(key[-1]) and not (words >= 2 and key[0] in
                                                                                   _EVERY_GIVEN_NAME)
                                          or key[-1] in _UNIT_FIELDS or key[-1] in _AGENCY_ENDS)):
                # THING_NAMED: 'General Patrol Dog Capabilities', 'Head, Data/Digital Intelligence, X'' (a known given
                # name first reads as a person's: 'Ahmad Nasution')
                shared = None
                if not (l_pos or r_pos) and self.mentions and self.mentions[-1].sentence == sidx and \
                        _shared_gap(text[self.mentions[-1].end:start]):
                    before = self.mentions[-1].person
                    if before is not None and _plural_office(before.position):
                        shared = before.position  # PLURAL_SHARED_OFFICE: B of 'Prime Ministers A and B'
                person = Person(name=name, rank=rank or r_rank, position=l_pos or r_pos or shared, sentence=sidx,
                                start=toks[j].start, end=end, tokens=key,
                                passing=passing and not _acts_before_passing(text, end, sent.end), side_hint=hint,
                                side_hint_rule=hint_rule,
                                rule=((ABBREVIATED_GIVEN_NAME if toks[j].low in _ABBREVIATED_GIVEN else GIVEN_NAME)
                                      if given else MONONYM if mononym
                                      else SURNAME_INITIALS if initials and not (rank or hon)
                                      else RANK_BEFORE if rank else HONORIFIC if hon else RANK_AFTER if r_rank
                                      else OFFICE_BEFORE if l_pos and words >= 2 else OFFICE_AFTER if r_pos and words >= 2
                                      else "office.plural_shared" if shared_anchor
                                      else "person.leader_before" if _LEADER_BEFORE.search(
                                          text, max(sent.start, start - 40), start) else "person.leader_after"))
                if rank and r_rank is None and l_pos is None and r_pos is None:
                    pass
                if not l_pos and r_pos is None and r_rank and rank is None:
                    person.rank = r_rank
                if l_pos and r_pos is None and r_rank is None:
                    pass
                if text.find("behalf", max(sent.start, start - 160), start) != -1 and \
                        _ON_BEHALF.search(text, max(sent.start, start - 160), start):
                    person.passing = True  # 'on behalf of the Inspector General of Police, X': X is absent
                elif former and _FORMER_TITLE.search(text, max(sent.start, lo - 24), start):
                    person.passing = True  # 'former Minister X', 'the then Commander X': an office no longer held
                elif not_present and (_NOT_PRESENT.search(text, max(sent.start, start - 200), start)
                                      or _TERM_OF.search(text, max(sent.start, lo - 80), lo)):
                    person.passing = True  # 'is expected to meet X', 'the directives of ... X': X takes no part here
                elif " by" in text[max(sent.start, lo - 160):start] and \
                        _STATEMENT_AUTHOR.search(text, max(sent.start, lo - 160), lo) and \
                        not _CO_SIGNER_AFTER.match(text, end, min(sent.end, end + 160)):
                    person.passing = True  # 'a statement signed by X': the release's author
                    # (not 'the communique signed by A, <office>, and B': two signers are the meeting's parties)
                if not person.passing and "visit" in text[max(sent.start, lo - 160):lo] and \
                        _STATE_VISIT_BY.search(text, max(sent.start, lo - 160), lo):
                    person.passing = True  # OTHER_VISIT: 'the state visit to X by President Y': another event's guest
                if not person.passing and " read " in text[end:min(sent.end, end + 160)] and \
                        _SPEECH_OF.search(text, max(sent.start, lo - 60), lo) and \
                        _READ_BY.match(text, app_end if r_pos or r_rank else end):
                    person.passing = True  # READ_ON_BEHALF: 'the remarks of X, which were read by Y': Y is there
                if not person.passing and lo > sent.start and _photo_words(text[max(sent.start, lo - 24):lo]) and \
                        _PHOTO_CREDIT.search(text, max(sent.start, lo - 24), lo):
                    person.passing = True  # PHOTO_CREDIT: 'Picture by X', 'Photo: X': who took the picture
                if not person.passing and _SENT_MESSAGE.match(text, app_end if r_pos or r_rank else end):
                    person.passing = True  # SENT_MESSAGE: 'Prime Minister X sent a message of greetings'
                if not person.passing and _monument_words(text[max(sent.start, start - 80):start].lower()) and \
                        _MONUMENT_OF.search(text, max(sent.start, start - 80), start):
                    person.passing = True  # MONUMENT_OF: 'laid flowers at the statues of X and Y'
                if not person.passing and ("will" in text[end:end + 120] or " to " in text[end:end + 120]) and \
                        _FUTURE_SUBJECT.match(text, app_end if r_pos or r_rank else end):
                    person.passing = True  # FUTURE_SUBJECT: 'President X will meet President Y on Tuesday
                if not person.passing and self._has_page_list(text) and _in_junk_block(text, start):
                    person.passing = True  # PAGE_LIST: under 'Related Stories', 'Read also:', 'Most popular'
                    self._page_listed.add(id(person))
                if not person.passing and person.position and _PRESS_OFFICE.search(person.position) and \
                        _SPEECH_AFTER.match(text, app_end if r_pos else end):
                    person.passing = True  # SPOKESPERSON_SOURCE: 'spokesman X said', 'X, police spokesperson, told'
                if not person.passing and _inside_quote(text, start) and not _TAKING_PART.search(text, sent.start, sent.end) \
                        and "presence" not in text[sent.start:start]:
                    person.passing = True  # QUOTED_ONLY: first named in someone's quoted words
                window = text[max(sent.start, start - 120):start]
                if ("meet" in window or "visit" in window or "call on" in window or "talks" in window) \
                        and _FUTURE_MEET.search(window):
                    person.passing = True  # 'is also expected to meet DCI Director X': not met yet
                if l_pos and lo > seg_start and DELEGATION_ROLE_BEFORE.search(text, seg_start, lo):
                    person.delegation_role = True
                self.persons.append(person)
                mention.person = person
                mention.new = True
                mention.end = app_end
                if l_pos and r_pos:
                    # the appositive belongs to this person only when it is a rank
                    mention.end = end
            else:
                i = k
                continue
            mention.lo = lo
            mention.person.mentions.append(mention)
            self.mentions.append(mention)
            prev_end = mention.end
            # continue after the consumed appositive
            i = k
            while i < n and toks[i].start < mention.end:
                i += 1


GIVEN_NAMES = _given_names()
_EVERY_GIVEN_NAME = frozenset(fold(n) for n in words("given_names.tsv")) | _ABBREVIATED_GIVEN
_CAPITAL_WORDS = frozenset(fold(c) for c in CAPITALS.values())  # 'Doha', 'Lima', 'Baku': read as the city only
CITY_GIVEN_NAME = decision("person.city_given_name", "a known given name that is also a city's name ('David', "
                           "'Chester', 'Douglas') opens a name of two words or more when no preposition of place is "
                           "before it and the whole name is no place: 'signed by David A. Fenwick'")
_CITY_GIVEN_NAMES = frozenset(low for low in _EVERY_GIVEN_NAME
                              if low in CITY_WORDS and low not in GIVEN_NAMES and low not in STOP
                              and (low,) not in SIDE_PHRASES and low not in _CAPITAL_WORDS)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "of", "via", "outside", "inside", "around"})
