"""Rank vocabularies: military, police, militia, justice, internal service, civil and Turkish ranks.

Ranks are composed (prefix + base + service suffix) into a set of folded token tuples,
so 'Police Colonel-General', 'Colonel General of Militia' and 'Major General of the
Internal Service' are all known; matching takes the longest phrase at a token.
"""

from __future__ import annotations

from itertools import product

from whomet.store.extract.lexicon import key

_BASE_MILITARY = [
    "General", "Army General", "General of the Army", "Colonel General", "Colonel-General", "Lieutenant General",
    "Lieutenant-General", "Major General", "Major-General", "Brigadier General", "Brigadier-General", "Brigadier",
    "Senior Lieutenant General", "Senior Colonel", "Colonel", "Lieutenant Colonel", "Lieutenant-Colonel", "Major",
    "Captain", "Lieutenant", "Senior Lieutenant", "First Lieutenant", "Second Lieutenant", "Junior Lieutenant",
    "Sergeant", "Senior Sergeant", "Junior Sergeant", "Staff Sergeant", "Master Sergeant", "Sergeant Major",
    "Warrant Officer", "Senior Warrant Officer", "Ensign", "Senior Ensign", "Corporal", "Private",
    "Marshal", "Field Marshal", "Air Marshal", "Admiral", "Vice Admiral", "Vice-Admiral", "Rear Admiral",
    "Rear-Admiral", "Commodore", "Captain First Rank", "Captain Second Rank", "Captain Third Rank",
    "Captain of the First Rank", "Captain of the Second Rank", "Lieutenant Commander", "Commandant",
]
_BASE_POLICE = [
    "Commissioner", "Chief Commissioner", "Commissioner General", "Deputy Commissioner General",
    "Divisional Commissioner", "Principal Commissioner", "Quaestor", "Chief Quaestor", "General Quaestor",
    "Vice Quaestor", "Deputy Quaestor", "Prefect", "Police Prefect", "Chief Police Commissioner",
    "Commissaire", "Commissaire Divisionnaire", "Contrôleur Général", "Comisario", "Comisario Principal",
    "Inspector Principal", "Chief Police Inspector", "Chief Police Officer", "Police Major", "Police Captain", "Chief Inspector", "Inspector", "Chief Superintendent",
    "Superintendent", "Senior Superintendent", "Assistant Superintendent", "Deputy Superintendent",
    "Police Chief", "First Class Police Chief", "Second Class Police Chief", "Third Class Police Chief",
    "Fourth Class Police Chief", "General Inspector", "Inspector General", "Commissioner of Police",
    "Chief Commissioner of Police", "Colonel of Police", "State Counsellor of Justice", "State Councillor of Justice",
    "Senior Counsellor of Justice", "Counsellor of Justice", "Actual State Counsellor", "Actual State Councillor",
    "Active State Councillor of the Civil Service", "Lieutenant General of Justice",
    # gendarmerie and Latin American police grades ('Commandant General', 'Comisario General')
    "Commandant General", "Commandant Major", "Commandant Principal", "Principal Commandant", "Chief Commandant",
    "Comisario General", "Comisario Mayor", "Commissioner Major", "General Commissioner", "Major Commissioner",
    "Delegate", "Chief Delegate", "Federal Police Delegate", "Police Delegate",
    "Inspector Mayor", "Prefecto", "Prefecto General", "Sub-Commissioner", "Subcomisario", "Deputy Commissioner",
    "Assistant Commissioner", "Senior Assistant Commissioner", "Assistant Inspector General",
    # British and Nordic detective and constable grades
    "Detective Constable", "Detective Sergeant", "Detective Inspector", "Detective Chief Inspector",
    "Detective Superintendent", "Detective Chief Superintendent", "Detective Sergeant Major", "Police Constable",
    "Superintendent General", "Senior Superintendent General", "Police Master", "Superintendent Supervisor", "Senior Inspector",
    "Constable", "Senior Constable", "Chief Constable", "Deputy Chief Constable", "Assistant Chief Constable",
]
_SERVICES = ["Police", "the Police", "Militia", "the Militia", "Justice", "the Internal Service", "Internal Service",
             "the Customs Service", "Customs Service", "Customs", "the Tax Service", "Tax Police", "Civil Defence",
             "Civil Protection", "the Civil Protection Service", "Internal Troops", "the Internal Troops",
             "Aviation", "the Border Service", "Border Service", "State Security", "the Guard", "Gendarmerie",
             "the National Guard", "the Emergency Service", "Internal Affairs", "Civil Service",
             "the Rescue Service", "Rescue Service", "the Prosecutor's Office", "Medical Service", "the Medical Service"]
_PREFIXES = ["Police", "Militia", "Border Guard", "Gendarmerie", "Customs", "Army", "Air Force", "Naval"]

RANKS: set[tuple[str, ...]] = set()
for base in _BASE_MILITARY + _BASE_POLICE:
    RANKS.add(key(base))
for base in ("Major General", "Brigadier", "Brigadier General", "Colonel", "Lieutenant Colonel", "Lieutenant General",
             "Major", "General"):
    RANKS.add(key(f"Staff {base}"))  # Gulf staff grades ('Staff Major General')
for base, service in product(_BASE_MILITARY, _SERVICES):
    RANKS.add(key(f"{base} of {service}"))
for prefix, base in product(_PREFIXES, _BASE_MILITARY + ["Commissioner General", "Inspector General",
                                                         "Commissioner", "Chief Commissioner", "Inspector",
                                                         "Chief Inspector", "Superintendent", "Brigadier",
                                                         "Chief Superintendent", "Senior Superintendent"]):
    RANKS.add(key(f"{prefix} {base}"))
# A bare 'Inspector General' is an office (Inspector General of Police); with 'Police' first it is a rank.
RANKS.discard(key("Inspector General"))
# ... but right before a name ('Inspector General Krishna Murti') it is the rank: see match_rank(before_name=True)
_BARE_OFFICE_RANKS = {key("Inspector General"), key("Inspector-General"), key("Commander"), key("Deputy Commander"),
                      key("Assistant Commissioner"), key("Deputy Commissioner")}
BARE_OFFICE_RANKS = _BARE_OFFICE_RANKS
OFFICE_GRADES: set[tuple[str, ...]] = set()  # written-out grades that are offices in apposition after a name
# Commonwealth police grades, written out or abbreviated right before a name ('Assistant Inspector-General
# of Police Halima ...', 'DIG Chinedu Okafor', 'COP Owusu-Mensah'). Written out, they are ranks only when a
# name follows at once; with a comma ('the Inspector-General of Police, Mr. X') they are the office.
for _grade in ("Inspector General", "Deputy Inspector General", "Assistant Inspector General", "Commissioner",
               "Additional Inspector General", "Additional Deputy Inspector General", "Senior Deputy Inspector General",
               "Deputy Commissioner", "Assistant Commissioner", "Senior Assistant Commissioner",
               "Chief Superintendent", "Superintendent", "Assistant Superintendent", "Deputy Superintendent",
               "Senior Superintendent"):
    for _form in (_grade, _grade.replace("Inspector General", "Inspector-General")):
        RANKS.add(key(f"{_form} of Police"))
        if "Inspector" in _form:
            OFFICE_GRADES.add(key(f"{_form} of Police"))
POLICE_ABBREVIATIONS = frozenset({"IGP", "DIG", "AIG", "AIGP", "DIGP", "CP", "DCP", "ACP", "CSP", "SP", "DSP", "ASP", "COP", "SSP",
                                  "SACP", "CSUPT", "SUPT"})
for _abbr in POLICE_ABBREVIATIONS:
    RANKS.add((_abbr.lower(),))
PNP_RANKS = frozenset({"pgen", "pltgen", "pmgen", "pbgen", "pcol", "pltcol", "pmaj", "pcpt", "pcapt", "plt", "pltjg",
                       "pems", "pcms", "psms", "pmsg", "pssg", "pcpl", "patrolman", "pat"}) - {"patrolman", "pat"}
MAX_RANK = max(len(r) for r in RANKS)
RANK_WORDS = frozenset(w for r in RANKS for w in r) - {"of", "the"}
_FIRST = frozenset(r[0] for r in RANKS)
# 'Secretary General', 'Director General': 'General' after an office word is part of the office.
_OFFICE_BEFORE_GENERAL = frozenset({"secretary", "director", "inspector", "attorney", "consul", "governor",
                                    "procurator", "prosecutor", "commander", "commissioner", "controller",
                                    "auditor", "solicitor", "surgeon", "postmaster", "adjutant", "deputy"})


# Abbreviated military and police ranks, written with or without stops ('Lt. Gen.', 'Maj Gen', 'Brig. Gen.').
_ABBR = {"lt", "gen", "maj", "brig", "col", "capt", "cpt", "adm", "vice", "rear", "cmdr", "cdr", "supt", "insp",
         "sgt", "cpl", "pol", "police", "wo", "ltc", "cdre"}
_ABBR_BASES = ("lt gen|maj gen|brig gen|lt col|col|gen|capt|cpt|maj|lt|sgt|ltc|supt|insp")
ABBR_RANKS = {tuple(f"{prefix} {r}".split()) for prefix in ("pol", "police") for r in _ABBR_BASES.split("|")}
ABBR_RANKS |= {tuple(r.split()) for r in """lt gen|maj gen|brig gen|lt col|col|gen|capt|cpt|maj|lt|adm|vice adm|rear adm|
cmdr|cdr|supt|insp|sgt|cpl|brig|police lt gen|police maj gen|police brig gen|police col|police lt col|pol col|
pol lt col|pol maj gen|pol lt gen|pol gen|police gen|police capt|police maj|ltc|cdre""".replace("\n", "").split("|")}


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
    if best is None or not dotted and not any(len(w) <= 4 for w in words):
        return None
    # a bare 'Police' / 'Vice' alone is no rank
    return best if any(w not in ("police", "vice", "rear", "pol") for w in words) and dotted else None


# Commonwealth grades written out right before a name, with or without their acronym in brackets, are ranks
# wherever they stand ('led by Deputy Inspector General Eliud Lagat', 'Senior Deputy Inspector General (SDIG) X').
_GRADES_BEFORE_NAME = {key(g) for base in ("Deputy Inspector General", "Senior Deputy Inspector General",
                                           "Assistant Inspector General", "Additional Inspector General",
                                           "Senior Assistant Inspector General")
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
    if tok.low in _ABBR and tok.is_cap:
        end = _match_abbr(tokens, i)
        if end is not None:
            return end
    if not tok.is_word or not tok.is_cap or (tok.low not in _FIRST and tok.low not in PNP_RANKS):
        return None
    if tok.text in POLICE_ABBREVIATIONS:
        return i + 1
    if tok.low in PNP_RANKS:
        # Philippine police grades written as one word ('PBGen. Arnold Ibay', 'PCOL Jean Fajardo')
        return i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == tok.end else i + 1
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
        if tuple(words) in RANKS and (t.is_cap or t.low in ("of", "the")) and tokens[j].is_cap:
            best = j + 1
    return best
