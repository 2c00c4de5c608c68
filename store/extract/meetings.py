"""Splitting a release into meetings and telling whether it reports one at all."""

from __future__ import annotations

import datetime as dt
import re

from whomet.store.extract.calendar_words import WEEKDAY
from whomet.store.extract.rules import case_blind, decision, needing, pattern, phrases
from whomet.store.extract.tables import json_data

from whomet.store.extract.header import (ON_DATE, _relative, next_day_at_start, on_date_at_start, parse_date_at,
                                         range_start)
from whomet.store.extract.lexicon import city_country
from whomet.store.extract.positions import HEAD_WORDS
from whomet.store.extract.places import MEETING_CUE
from whomet.store.extract.sides import first_side
from whomet.store.extract.text import Sentence
from whomet.store.names import fold

MEETING_PRESENT = phrases("meeting.present", json_data("phrases.json")["meeting_cues"], re.I, closed=False)
_KINDS = [(kind, case_blind(f"meeting.kind_{kind.replace(' ', '_')}", rx)) for kind, rx in (
    ("working group meeting", r"working group"), ("video conference", r"video ?conferenc"),
    ("ceremony", r"ceremony"), ("workshop", r"workshop"), ("council meeting", r"\bcouncil\b"),
    ("talks", r"\btalks\b"), ("visit", r"\bvisit"), ("meeting", r"\bmeet|meeting"))]
# further wordings, one rule each: 'called on', 'X were discussed ... by A and B', 'attended', 'saw the signing of'
EXTRA_CUES = [needing(phrases(f"meeting.{name}", words, re.I, closed=False))
              for name, words in json_data("phrases.json")["meeting_cue_rules"].items() if not name.startswith("_")]


# A meeting only announced, planned or proposed ('will be discussed at a meeting planned for next year',
# 'a meeting ... is scheduled for April') is not one the release reports.
_FUTURE = pattern("meeting.future", r"\b(?:will|would|shall|planned|scheduled|next|upcoming|forthcoming|to be held|is expected|are expected|"
                     r"proposed to hold|intends?|plans? to|due to|"
                     # a delegation setting off tells a visit to come ('The delegation left for Germany on 14 May')
                     r"(?:leaves|left|departs|departed|set\s+(?:off|out))\s+for)\b", re.I)


# Cues that tell a past event by themselves ('met', 'was held', 'signed'): only a modal right before them
# ('will be held', 'to be signed') makes them future; noun cues ('a meeting of') are judged by their sentence.
_PAST_CUE = pattern("meeting.past_cue", r"(?:met|held|took place|hosted|received|visited|signed|chaired|co-chaired|convened|gathered|"
                       r"reached|concluded)\b", re.I)  # 'held a working meeting' counts as 'held'; so 'an agreement reached'

_MODAL_BEFORE = pattern("meeting.modal_before", r"\b(?:will|would|shall|to|could|may|might|should)\s+(?:be\s+|have\s+)?(?:\w+\s+)?$", re.I)


_EARLIER_YEAR = pattern("meeting.earlier_year", r"\b(?:in|since|back in)\s+((?:19|20)\d\d)\b|\b(?:last year|years ago|a year ago)\b", re.I)


def _earlier(text: str, a: int, b: int, year: int | None) -> bool:
    """The clause text[a:b] dates its event in an earlier year ('signed an agreement in 2019')."""
    for m in _EARLIER_YEAR.finditer(text, a, b):
        if m.group(1) is None or (year is not None and int(m.group(1)) < year):
            return True
    return False


def _cues(text: str, start: int):
    yield from MEETING_PRESENT.finditer(text, start)
    for rx in EXTRA_CUES:
        yield from rx.finditer(text, start)


def reports_meeting(text: str, start: int, year: int | None = None) -> bool:
    for m in _cues(text, start):
        if _PAST_CUE.search(m.group()) and not _MODAL_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            ends = [x for x in (text.find(". ", m.end()), text.find("\n", m.end()), text.find(",", m.end())) if x != -1]
            if not _earlier(text, m.start(), min(ends) if ends else len(text), year):
                return True
            continue
        a = max(text.rfind(". ", start, m.start()), text.rfind("\n", start, m.start()), start)
        ends = [x for x in (text.find(". ", m.end()), text.find("\n", m.end())) if x != -1]
        b = min(ends) if ends else len(text)
        if not _FUTURE.search(text, a, b):
            return True
    return False


_MEETING_WORD = pattern("meeting.split_meeting_word", r"\b(?:meeting|talks|met|received|held|visit\w*|welcomed|hosted|signed|"
                                                      r"called\s+(?:up)?on|courtesy\s+call)\b")
# A page listing dated items, each a visit of its own: a paragraph that opens with a full date and a dash
# ('28 August 2024 – The Secretary General met ...').
_DATED_ITEM = pattern("meeting.dated_item", r"\s*[–—-]+\s+(?=[A-Z])")


def _dated_item_at_start(text: str, start: int, end: int, ref: dt.date | None) -> dt.date | None:
    d, pos = parse_date_at(text, start, ref)
    if d is None or pos > end or not _DATED_ITEM.match(text, pos, end):
        return None
    return d


# Another day with another partner: a sentence opening 'On 12 June,' or 'On Wednesday,' inside a paragraph, or
# a paragraph whose first sentence dates itself ('..., held talks with Y in Vilnius on 12 June'), starts a
# meeting of its own only when it names a side the meeting so far did not.
_WEEKDAY_OPENER = pattern("meeting.other_day_partner", r"\s*(?:(?:Later|Earlier|Also)\s+on|On)\s+(" + WEEKDAY + r"),?\s")


# Another city with another partner ('Later in Krakow, X held talks with Y'): a round of talks in another city is
# a meeting of its own (SCHEMA.md), on the day of the meeting before it
_OTHER_CITY = pattern("meeting.other_city_partner", r"\s*(?:(?:Later|Afterwards|Subsequently|Then)(?:\s+that\s+day)?,?\s+)?"
                      r"[Ii]n\s+((?:[A-Z][\w'’-]+\s?){1,3}),?\s")
# A paragraph that says it tells another meeting ('In another engagement, ...', 'Separately, ...') and names a side
_SEPARATE = phrases("meeting.separate", json_data("phrases.json")["separate_meeting_openers"], closed=False)
# '..., X attended the meeting, accompanied by Y': a sentence referring back to the meeting told is of that meeting,
# whatever opens it ('Meanwhile, according to the police, X attended the meeting')
_SAME_MEETING = pattern("meeting.same_meeting", r"\b(?:attended|during|at|after|following|in)\s+the\s+(?:[\w-]+\s+)?"
                                                r"(?:meeting|talks|session)\b(?!\s+(?:of|on|with|between)\b)")
# A paragraph whose subject 'also' meets someone ('The Minister also held an introductory meeting with the Ambassador of
# X', 'Y also met with Z'): another meeting when a person in it is of a side no person of the meeting so far was
_ALSO_MET = pattern("meeting.also_met", r"\s*(?:The\s+(?:[\w'’-]+\s+){1,3}?|(?:[A-Z][\w.'’-]*\s+){1,5})(?:also|then)\s+"
                    r"(?:(?:took|used)\s+the\s+opportunity\s+to\s+meet|met|received|welcomed|"
                    r"had\s+(?:a|an)\s+(?:[\w-]+\s+)?meeting|held\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|talks)|"
                    r"held\s+(?:[\w-]+\s+)?talks|called\s+on|paid\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:call|visit)\s+(?:on|to))\b")
# What came next, or a meeting with someone ('Subsequently, ...', 'Also today, ...', 'When meeting with X, ...'): another
# meeting when it names a side nobody of the meeting so far was on and that meeting already had two parties
_SEQUENCE = phrases("meeting.sequence_opener", json_data("phrases.json")["sequence_meeting_openers"], closed=False)
# A paragraph whose subject meets, receives or welcomes someone ('He met with the Ambassador of X', 'Minister A received
# B', 'Additionally, she held talks with C', 'Meanwhile, D had welcomed on Saturday E'): another meeting when it names
# someone of a side nobody of the meeting so far was on and that meeting already had two parties (a host receiving
# envoys one after another; a delegation's second round with another body)
_PARAGRAPH_MEETS = pattern("meeting.paragraph_meets", r"\s*(?:(?:Additionally|In\s+addition|Meanwhile|Moreover|Furthermore|"
                           r"Also|Later|Then|Next|Afterwards),?\s+)?"
                           r"(?:([Hh]e|[Ss]he|[Tt]hey)\s+|The\s+(?:[\w'’-]+\s+){1,4}?|(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|the)\s+){0,2}){1,7}?)"
                           r"(?:also\s+|then\s+|later\s+|had\s+|has\s+)?"
                           r"(?:met\b|received\b|welcomed\b|hosted\b|called\s+on\b|held\s+(?:[\w-]+\s+)?(?:talks|discussions)\s+with\b|"
                           r"(?:had|held)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?meeting\s+with\b|"
                           r"(?:participated|took\s+part)\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+with\b)")
_ALSO_SUBJECT = pattern("meeting.also_subject", r"\s*The\s+((?:[A-Z][\w.'’-]*\s+){1,4})also\b")


def same_day_opener(text: str, start: int, end: int) -> bool:
    """A sentence that opens another meeting of the same visit or day ('In another engagement, ...', 'X also met', 'Also
    today, ...', 'On the sidelines of the forum, ...')."""
    return bool(_SEPARATE.match(text, start, end) or _ALSO_MET.match(text, start, end)
                or _SEQUENCE.match(text, start, end))


# 'On 16 February, the Vietnamese delegation met with X': a meeting whose subject is a delegation named by its side
_DELEGATION_SUBJECT = pattern("meeting.delegation_subject", r"\s*(?:(?:On|In|Later|Then|After|Afterwards|Subsequently)\b[^,.;]{0,40},\s*)?"
                              r"[Tt]he\s+((?:[A-Z][\w'’-]+\s+){1,2})(?:police\s+|visiting\s+)?(?:delegation|side|team|guests|visitors)\s+"
                              r"(?:also\s+|then\s+|later\s+)?(?:met|held|called|paid|visited|had|travell?ed|went|moved|continued|"
                              r"proceeded)\b")


def delegation_subject(text: str, start: int, end: int, aliases) -> str | None:
    """The side of the delegation a meeting's first sentence has as its subject ('the Vietnamese delegation met'), or
    None."""
    m = _DELEGATION_SUBJECT.match(text, start, end)
    return first_side(m.group(1), aliases) if m else None


# 'On Tuesday morning, he held talks with X', 'Later that day, she visited Y': a pronoun subject after a fronted adverbial
_PRONOUN_SUBJECT = pattern("meeting.pronoun_subject", r"\s*(?:[A-Z][^,.;]{1,60},\s+)?(?:he|she|they)\s+(?:also\s+|then\s+|later\s+)?"
                                                      r"(?:met|held|had|received|welcomed|hosted|visited|called|paid|signed|"
                                                      r"toured|attended)\b")


def pronoun_meets(text: str, start: int, end: int) -> bool:
    """A meeting told by 'He also met X', 'Additionally, she received Y', 'On Tuesday, he held talks with Z': its subject
    is one of the meeting before."""
    m = _PARAGRAPH_MEETS.match(text, start, end)
    return bool(m and m.group(1)) or _PRONOUN_SUBJECT.match(text, start, end) is not None


def also_subject(text: str, start: int, end: int) -> str | None:
    """The office a meeting told by 'The Deputy Minister also met ...' names its subject by ('Deputy Minister')."""
    m = _ALSO_MET.match(text, start, end) and _ALSO_SUBJECT.match(text, start, end)
    return m.group(1).strip() if m else None


# 'The talks were continued in the Central Criminal Police in the city of Vantaa': a round of talks in another city
# is a meeting of its own (SCHEMA.md), the same day, with the people of the meeting before
_CONTINUED = pattern("meeting.continued_elsewhere", r"\s*(?:(?:Then|Later|Afterwards),?\s+)?(?:The\s+|the\s+)?"
                     r"(?:talks|meeting|discussions|consultations|negotiations)\s+(?:were\s+|was\s+)?(?:then\s+)?"
                     r"(?:continued|resumed|went\s+on|moved)\b")
_CAP_WORDS = pattern("meeting.capitalised_words", r"\b[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}")


def continued_elsewhere(text: str, start: int, end: int) -> bool:
    """A meeting told as the talks before going on elsewhere ('The talks were continued in Vantaa')."""
    return _CONTINUED.match(text, start, end) is not None


def _new_city(text: str, start: int, end: int, cities_before: set[str]) -> bool:
    for m in _CAP_WORDS.finditer(text, start, end):
        words = m.group().split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[-k:])
            if city_country(name):
                if fold(name) not in cities_before:
                    return True
                break
    return False


_CITY_IN = pattern("meeting.city_in", r"\b(?:in|at)\s+((?:[A-Z][\w'’-]+\s?){1,3})")


def _other_city_at_start(text: str, start: int, end: int, cities_before: set[str]) -> bool:
    m = _OTHER_CITY.match(text, start, end)
    return bool(m and city_country(m.group(1).strip()) and fold(m.group(1).strip()) not in cities_before)


def _cities(text: str, start: int, end: int) -> set[str]:
    return {fold(m.group(1).strip()) for m in _CITY_IN.finditer(text, start, end) if city_country(m.group(1).strip())}


def _weekday_at_start(text: str, start: int, end: int, ref: dt.date | None) -> dt.date | None:
    m = _WEEKDAY_OPENER.match(text, start, end)
    return _relative("on " + m.group(1).lower(), ref) if m and ref is not None else None


def _dated_inside(text: str, start: int, end: int, ref: dt.date | None) -> dt.date | None:
    for m in ON_DATE.finditer(text, start, end):
        d, _ = parse_date_at(text, m.end(), ref)
        if d is not None:
            return d
    return None


def two_parties(present: list[list[tuple[int, str | None]]], first: int, idx: int, home: str | None) -> bool:
    """Sentences [first, idx) name two people not both of one known side: a meeting that already had its partner.
    Someone whose side is not settled yet is taken as of `home`, the publisher's side (the host fallback's)."""
    seen: dict[int, str | None] = {}
    for sent in present[first:idx]:
        seen.update((pid, side or home) for pid, side in sent)
    sides = set(seen.values())
    return len(seen) >= 2 and (len(sides) > 1 or None in sides)


def _new_party(present: list[list[tuple[int, str | None]]], sides: list[set[str]], first: int, idx: int,
               home: str | None) -> bool:
    """Sentence idx names a side that no one of sentences [first, idx) was on: a person's side no one met was on, or a
    side phrase nothing before named."""
    met: set[str | None] = set()
    for k in range(first, idx):
        met.update(side or home for _, side in present[k])
        if home is None and any(side is None for _, side in present[k]):
            met.update(sides[k])  # someone whose side is not known yet may be of any side their sentence names
    # (a lead's 'guests from A, B and C' names every side; the people met one by one tell which is new)
    if any(side is not None and side not in met for _, side in present[idx]):
        return True
    ids = {pid for k in range(first, idx) for pid, _ in present[k]}
    if any(side is None and pid not in ids for pid, side in present[idx]) and sides[idx] - met:
        return True  # someone new whose side is not known yet, in a sentence naming a side no one met was on
    # a side phrase nothing before named, in a sentence of no one met before
    return not any(side in met for _, side in present[idx]) and bool(sides[idx] - met - set().union(*sides[first:idx]))


# 'X held talks separately with A and B', 'met separately with', 'held separate meetings with': one meeting each
_SEPARATELY = needing(pattern("meeting.separately", r"\b(?:separately\s+with|met\s+separately|(?:held|had)\s+separate\s+"
                                            r"(?:[\w-]+\s+)?(?:talks|meetings)\s+with)\b", re.I))


# 'On June 22 and 23, X met with A and B, respectively': days paired with the people met, one meeting each (a 'respectively'
# that pairs offices or sides, 'met A and B, the police chiefs of X and Y respectively', pairs no days and tells one)
_DAYS_RESPECTIVELY = pattern("meeting.days_respectively", r"\brespectively\b")
_TWO_DAYS = pattern("meeting.two_days", r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+)?and\s+\d{1,2}(?:st|nd|rd|th)?\b|"
                                        rf"\b{WEEKDAY}\s+and\s+(?:on\s+)?{WEEKDAY}\b")
_MET_VERB = pattern("meeting.met_verb", r"\b(?:meet|met|meeting)(?:\s+with)?\s+|\b(?:held|had|hold)\s+(?:[\w-]+\s+)?"
                                        r"(?:talks|meetings)\s+with\s+|\b(?:received|called\s+on)\s+")
# 'The Minister received Japan's Ambassador A, Russia's Ambassador B and Italy's Ambassador C': envoys of several
# countries received or met in a row, each a call of its own (as when told a paragraph each)
_ENVOYS_MET = pattern("meeting.envoys_one_by_one", r"\b(?:received|met(?:\s+with)?|welcomed)\s+")
_ENVOY_OFFICE = pattern("meeting.envoy_office", r"\b(?:Ambassador|High\s+Commissioner|Charg[ée]\s+d['’]\s?Affaires)\b", re.I)
# ('received the ambassadors of A, B and C together', 'a joint briefing for ...'): one event for all of them
_ENVOYS_TOGETHER = pattern("meeting.envoys_together", r"\b(?:jointly|together|joint|collectively|group|working\s+(?:breakfast|lunch|dinner))\b",
                           re.I)


def met_separately(text: str, sent: Sentence, mentions) -> tuple[int, list] | None:
    """Where a sentence says people were met one by one ('held talks separately with the Lebanese and Palestinian
    ministers, A and B'; 'received the Ambassadors of X, A, and of Y, B', every one an envoy) and who (of `mentions`, a
    callable giving the sentence's mentions): two or more, each of a known side of their own; else None."""
    cue = _SEPARATELY.search(text, sent.start, sent.end)
    if cue is None and _DAYS_RESPECTIVELY.search(text, sent.start, sent.end) and _TWO_DAYS.search(text, sent.start, sent.end):
        cue = _MET_VERB.search(text, sent.start, sent.end)
    envoys = cue is None
    if envoys:
        cue = _ENVOYS_MET.search(text, sent.start, sent.end)
        if cue is not None and _ENVOYS_TOGETHER.search(text, sent.start, sent.end):
            return None
    if cue is None:
        return None
    met = []
    for m in sorted(mentions(), key=lambda m: m.start):
        if m.start >= cue.end() and not m.person.passing and m.person not in met:
            met.append(m.person)
    if envoys and not all(p.position and _ENVOY_OFFICE.search(p.position) for p in met):
        return None
    sides = {p.side for p in met}
    return (cue.start(), met) if len(met) >= 2 and None not in sides and len(sides) == len(met) else None


# '... met officials of the State Department before travelling to Miami to meet with General X': another meeting in
# another city told in the same sentence, from the travel on
_TRAVEL_ON = needing(pattern("meeting.travel_on", r"(?:(?:(?<=\bbefore )|(?<=\bthen )|(?<=\blater )|(?<=\balso ))(?:travel(?:l)?ing|travel(?:l)?ed|"
                                          r"heading|headed|proceeding|proceeded)\s+to|(?<=\balso )visited|"
                                          # 'the delegation went on to Gdansk for talks with X'
                                          r"(?:went|moved|continued)\s+on\s+to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
                                          r"(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,4},?\s+(?:to\s+meet|"
                                          r"where\s+(?:he|she|they|it)\s+(?:met|held\s+talks|was\s+received|were\s+received)|"
                                          r"to\s+hold\s+talks|for\s+talks|for\s+a\s+meeting)\b", re.I))


def travel_on(text: str, sent: Sentence) -> int | None:
    """Where a sentence goes on to a meeting in another city ('before travelling to Miami to meet with X'), or None."""
    found = _TRAVEL_ON.search(text, sent.start, sent.end)
    return found.start() if found else None


# 'The ministers' meeting was preceded by a senior officials meeting led by A and B': another meeting, of the people
# named from the cue on, told in the same sentence
_PRECEDED_BY = needing(pattern("meeting.preceded_by", r"\b(?:was|were|had\s+been)\s+(?:preceded|followed)\s+by\s+(?:a|an|the)\s+"
                                              r"(?:[\w'’-]+\s+){0,4}?(?:meeting|session|talks|consultations)\b", re.I))


def preceded_by(text: str, sent: Sentence) -> int | None:
    """Where a sentence tells another meeting before or after the one it names ('was preceded by a meeting of
    officials led by A and B'), or None."""
    found = _PRECEDED_BY.search(text, sent.start, sent.end)
    return found.start() if found else None


_ONE_SENTENCE_CUES = ("separate", "espectively", "travel", "heading to", "headed to", "proceed", "preceded by", "followed by", "on to", "also visited",
                      "mbassador",
                      "High Commissioner", "Affaires")


def two_in_one_cues(text: str) -> list[int]:
    """Where a release has a word that met_separately or travel_on needs: the sentences to try them on."""
    found = []
    for cue in _ONE_SENTENCE_CUES:
        at = text.find(cue)
        while at != -1:
            found.append(at)
            at = text.find(cue, at + 1)
    return found


def _also_new(people_sides: list[set[str]], persons_in: list[int], first: int, idx: int) -> bool:
    """The meeting so far had someone of a side of their own or two people (someone met: a partner to part from)."""
    return bool(set().union(*people_sides[first:idx])) or sum(persons_in[first:idx]) >= 2


ANOTHER_OFFICIAL = decision("meeting.another_official", "a paragraph whose subject (also) meets someone nobody named before, "
                                                         "of a side the meeting so far had but not the side of its first "
                                                         "person ('Kang also met up with X, Secretary of Foreign Affairs of "
                                                         "the Philippines' after talks with the Philippine police chief), once "
                                                         "that meeting had two parties, is a meeting of its own")


def _another_official(present: list[list[tuple[int, str | None]]], first: int, idx: int, home: str | None) -> bool:
    """Sentence idx names someone new of a side the meeting [first, idx) had, not the side of its first person (its
    subject: the one who goes on to meet), and of those it names again at most one side's; that meeting had two
    parties. (The subject's own staff, 'He then met the press officer of the ministry', is no other meeting.)"""
    if not two_parties(present, first, idx, home):
        return False
    seen = {pid: side or home for k in range(first, idx) for pid, side in present[k]}
    again = {seen[pid] for pid, _ in present[idx] if pid in seen}  # the subject named again ('Zielinski also met')
    subject = next((side or home for k in range(first, idx) for _, side in present[k] if side or home), None)
    return subject is not None and len(again) <= 1 and any(
        pid not in seen and side and side != subject and side in seen.values() and side not in again
        for pid, side in present[idx])


# 'He met the deputy governors of both prisons', 'X met with the New York police commissioner', 'X also took part in a
# meeting with the Director General of Y and the President of Z': a partner named by office alone, no name
UNNAMED_PARTNER = decision("meeting.unnamed_partner", "a paragraph whose subject, one of the meeting before, meets someone "
                                                       "named by office alone (no name), an office no one of that meeting "
                                                       "held, once that meeting had a partner, is a meeting of its own")
# the partner's phrase: to the end of the clause ('... to discuss', '..., and', 'and discussed')
_PARTNER_END = pattern("meeting.unnamed_partner_end", r"[,;.:(]|\s(?:to|and\s+(?:discussed|reviewed|exchanged|agreed)|on|"
                                                      r"during|where|who|which|for)\s")
_APPEAL_BEFORE = pattern("meeting.unnamed_partner_appeal", r"\bcalled\s+(?:up)?on\s*$")
# ('During his working trip to the U.S., X met with ...': the setting a subject's sentence opens with)
_FRONTED_SETTING = pattern("meeting.unnamed_partner_setting", r"\s*(?:During|On|At|In|While|After)\s[^,;]{1,80}?,\s+")
_POSSESSIVE_COUNTERPART = pattern("meeting.unnamed_partner_counterpart", r"\s*(?:his|her|their|its)\s", re.I)


def _unnamed_partner(text: str, start: int, end: int, offices_before: list[str]) -> bool:
    """text[start:end], after a meeting verb, names an office's holder or officials and no office held by anyone named
    before: an unnamed partner ('the deputy governors of both prisons', 'officials at the Bureau of Immigration'); 'his
    counterpart' and 'the Minister' alone refer back."""
    if _POSSESSIVE_COUNTERPART.match(text, start, end):
        return False
    stop = _PARTNER_END.search(text, start, end)
    if stop and stop.group().strip() == "to" and _APPEAL_BEFORE.search(text, max(0, start - 12), start):
        return False  # 'called on the Lao leader to create ...': an appeal, no call paid
    words = [fold(w) for w in text[start:stop.start() if stop else end].split()]
    heads = {w if w in HEAD_WORDS else w[:-1] for w in words if w in HEAD_WORDS or (w.endswith("s") and w[:-1] in HEAD_WORDS)}
    if not heads:
        return False
    if len(words) <= 2 and not words[-1].endswith("s"):
        return False  # 'the Minister', 'the Commissioner': one named before, said again
    before = [fold(office).split() for office in offices_before]
    return not all(any(h in office for office in before) for h in heads)


UNDATED_PAGE = dt.date(2001, 12, 31)  # a year with no 29 February: 'On February 29' stays no date, as with no year
# the date rules that read a day written out, not counted from the page's date
UNDATED_DAY_RULES = frozenset({"date.dateline", "date.dateline_on_date", "date.dateline_range", "date.on_date",
                               "date.attributive", "date.range"})
UNDATED_DAYS = decision("meeting.undated_days", "a page with no year of its own: its days are told apart in a year "
                                                "standing in for it, so that another day still splits a meeting")


def split(text: str, sents: list[Sentence], ref: dt.date | None, first_date: dt.date | None,
          explicit: bool, sides: list[set[str]] | None = None,
          people_sides: list[set[str]] | None = None, persons_in: list[int] | None = None,
          present: list[list[tuple[int, str | None]]] | None = None,
          home: str | None = None, offices: list[list[str]] | None = None) -> list[tuple[int, int, dt.date | None]]:
    """Sentence index ranges [(first, last+1, item date)] of each meeting; the item date is the date the split
    gives the meeting (a dated item '9 July 2024 – ...', the day before's for talks in another city), else None.
    `sides[i]` are the sides sentence i names (not the publisher's), `people_sides[i]` those of its people, `persons_in[i]` how many people take part in it."""
    if not sents:
        return []
    # a page that shows no year still tells two days apart ('On January 16, ...' then 'Two days later, on January 18,
    # ...'): its days are compared in a year standing in for the page's (the meetings' dates are read elsewhere)
    undated, page_ref, ref = ref is None, ref, ref or UNDATED_PAGE  # (a weekday counts from the page's own date only)
    sides = sides or [set() for _ in sents]
    people_sides = people_sides or [set() for _ in sents]
    persons_in = persons_in or [0 for _ in sents]
    present = present or [[] for _ in sents]  # each sentence's people (id, side as found so far), every mention
    offices = offices or [[] for _ in sents]  # the offices of each sentence's people
    bounds = [0]
    met_on: set[int] = set()  # the first sentences of meetings told by their subject meeting someone (PARAGRAPH_MEETS)
    item_dates: dict[int, dt.date] = {}
    current_date, current_explicit = first_date, explicit
    last_par = sents[0].paragraph
    # an opening paragraph that announces a visit over several days ('from 4 to 6 September') without a
    # day of its own: the paragraph dated by its first day continues it, later days are meetings of their own
    intro = " ".join(text[x.start:x.end] for x in sents if x.paragraph == last_par)
    start_day = range_start(intro, ref)
    absorb = start_day is not None and not any(parse_ok(intro, m.end(), ref) for m in ON_DATE.finditer(intro))
    # an undated opening (a headline, a general lead) is told by the first dated paragraph; so is a headline that
    # dates the visit it names ('Visit by X on 6 February 2018 to Y'): the story below tells that same visit
    absorb = absorb or not current_explicit or _headline_alone(text, sents)

    def new_partner(idx: int) -> bool:
        told = set().union(*sides[bounds[-1]:idx])
        return bool(sides[idx] - told) and bool(told)

    for idx, s in enumerate(sents):
        if idx == 0:
            continue
        if s.paragraph == last_par:
            if idx - bounds[-1] > 1 and (text.find(" also ", s.start, s.end) != -1 or text.find(" then ", s.start, s.end) != -1) \
                    and _ALSO_MET.match(text, s.start, s.end) and two_parties(present, bounds[-1], idx, home) \
                    and _new_party(present, sides, bounds[-1], idx, home) and any(side for _, side in present[idx]):
                # '... They discussed X. The Minister also met the Ambassador of Y.': someone of a side no one met was on
                bounds.append(idx)
                if current_date is not None and current_explicit:
                    item_dates[idx] = current_date
                continue
            d = on_date_at_start(text, s.start, s.end, ref) or _weekday_at_start(text, s.start, s.end, page_ref)
            if d is None or absorb or not current_explicit or d == current_date \
                    or not (new_partner(idx) or (_someone_new(present, bounds[-1], idx)
                                                 and two_parties(present, bounds[-1], idx, home))) \
                    or not _MEETING_WORD.search(text, s.start, s.end):
                continue
            bounds.append(idx)
            current_date = d
            continue
        last_par = s.paragraph
        d = on_date_at_start(text, s.start, s.end, ref)
        item = None if d is not None else _dated_item_at_start(text, s.start, s.end, ref)
        d = d or item
        if d is None and current_date is not None and current_explicit:
            n = next_day_at_start(text, s.start, s.end)
            if n is not None:
                d = current_date + dt.timedelta(days=n)
        if d is None and absorb:
            # 'From 21 to 22 March the minister visited ...' then 'On Friday, he met X': the day of the meeting
            d = _weekday_at_start(text, s.start, s.end, page_ref)
            item = d
            if d is None:
                # '... signed the minutes after their talks in Lima on March 17': the lead's day, told inside
                d = _dated_inside(text, s.start, s.end, ref)
        other_day = False
        if d is None and not absorb:
            d = _weekday_at_start(text, s.start, s.end, page_ref) or _dated_inside(text, s.start, s.end, ref)
            other_day = d is not None
        if d is None and _SEPARATE.match(text, s.start, s.end) and idx - bounds[-1] > 1 \
                and not _SAME_MEETING.search(text, s.start, s.end) \
                and (sides[idx] or (idx + 1 < len(sents) and people_sides[idx + 1] - set().union(*people_sides[bounds[-1]:idx]))) \
                and _MEETING_WORD.search(text, s.start, s.end):
            # 'In another engagement, the IGP met ...': another meeting, the same day (its partner may be one a
            # lead announcing both named already)
            bounds.append(idx)
            if current_date is not None and current_explicit:
                item_dates[idx] = current_date
            continue
        if d is None and _SEQUENCE.match(text, s.start, s.end) and _MEETING_WORD.search(text, s.start, s.end) \
                and two_parties(present, bounds[-1], idx, home) and _new_party(present, sides, bounds[-1], idx, home):
            bounds.append(idx)
            if current_date is not None and current_explicit:
                item_dates[idx] = current_date
            continue
        if d is None and idx - bounds[-1] > 1 and _ALSO_MET.match(text, s.start, s.end) \
                and ((people_sides[idx] - set().union(*people_sides[bounds[-1]:idx])
                      and _also_new(people_sides, persons_in, bounds[-1], idx))
                     or _another_official(present, bounds[-1], idx, home)):
            bounds.append(idx)
            if current_date is not None and current_explicit:
                item_dates[idx] = current_date
            continue
        if d is None and (idx - bounds[-1] > 1 or not _headline_alone(text, sents[bounds[-1]:])) \
                and _PARAGRAPH_MEETS.match(text, s.start, s.end) \
                and (two_parties(present, bounds[-1], idx, home) or (bounds[-1] in met_on and any(
                    side for k in range(bounds[-1], idx) for _, side in present[k]))) \
                and ((_new_party(present, sides, bounds[-1], idx, home)
                      and any(side and side not in set().union(*sides[bounds[-1]:idx]) for _, side in present[idx]))
                     or _another_official(present, bounds[-1], idx, home)):
            # (a meeting opened by 'He met X' had its subject in the meeting before: X alone is its second party; a
            # side the meeting so far named, 'received the ambassadors of A and B', is one met there)
            bounds.append(idx)
            met_on.add(idx)
            if current_date is not None and current_explicit:
                item_dates[idx] = current_date
            continue
        told = None
        if d is None and idx - bounds[-1] > 1:
            fronted = _FRONTED_SETTING.match(text, s.start, s.end)
            told = _PARAGRAPH_MEETS.match(text, fronted.end() if fronted else s.start, s.end)
        if told is not None:
            # 'He met the deputy governors of both prisons': its subject one of the meeting before, its partner named by
            # office alone (the subject the only one named: "A's advisers" names A), an office no one of that meeting held
            named = {pid for pid, _ in present[idx]}
            if (told.group(1) and not named or len(named) == 1) and not _someone_new(present, bounds[-1], idx) \
                    and two_parties(present, bounds[-1], idx, home) and _unnamed_partner(
                        text, told.end(), s.end, [o for k in range(bounds[-1], idx) for o in offices[k]]):
                bounds.append(idx)
                met_on.add(idx)
                if current_date is not None and current_explicit:
                    item_dates[idx] = current_date
                continue
        if d is None and idx - bounds[-1] > 0 and _CONTINUED.match(text, s.start, s.end) and _new_city(
                text, s.start, s.end, _cities(text, sents[bounds[-1]].start, sents[idx - 1].end)
                | {fold(m.group()) for m in _CAP_WORDS.finditer(text, sents[bounds[-1]].start, sents[idx - 1].end)}):
            bounds.append(idx)
            if current_date is not None and current_explicit:
                item_dates[idx] = current_date
            continue
        if d is None and not absorb and current_explicit and current_date is not None and new_partner(idx) \
                and _MEETING_WORD.search(text, s.start, s.end) and _other_city_at_start(
                    text, s.start, s.end, _cities(text, sents[bounds[-1]].start, sents[idx - 1].end)):
            bounds.append(idx)
            item_dates[idx] = current_date  # the same day, in another city
            continue
        if d is not None and absorb:
            current_date, current_explicit, absorb = d, True, False
            if item is not None:
                item_dates[0] = item
            continue
        if d is None or not current_explicit or d == current_date:
            continue
        if other_day and (not (new_partner(idx) or (_someone_new(present, bounds[-1], idx)
                                                    and two_parties(present, bounds[-1], idx, home)))
                          or not _MEETING_WORD.search(text, s.start, s.end)):
            continue
        par_text = " ".join(text[x.start:x.end] for x in sents[idx:] if x.paragraph == s.paragraph)
        if not MEETING_CUE.search(par_text) or not _MEETING_WORD.search(par_text):
            continue
        bounds.append(idx)
        if item is not None:
            item_dates[idx] = item
        current_date = d
    bounds.append(len(sents))
    if undated:
        item_dates.clear()  # days of the stand-in year tell meetings apart, never date one
    return [(bounds[i], bounds[i + 1], item_dates.get(bounds[i])) for i in range(len(bounds) - 1)]


def _someone_new(present: list[list[tuple[int, str | None]]], first: int, idx: int) -> bool:
    """Sentence idx names someone taking part whom no sentence of [first, idx) named."""
    before = {pid for k in range(first, idx) for pid, _ in present[k]}
    return any(pid not in before for pid, _ in present[idx])


def _headline_alone(text: str, sents: list[Sentence]) -> bool:
    """The first paragraph is a headline: one line of at most 30 words with no closing stop, and the text goes on."""
    first = sents[0]
    line = text[first.start:first.end].rstrip()
    return len(sents) > 1 and sents[1].paragraph != first.paragraph and "\n" not in line and \
        not line.endswith((".", "!", "?", ":", ";", ",", '"', "”")) and len(line.split()) <= 30


def parse_ok(text: str, pos: int, ref) -> bool:
    return parse_date_at(text, pos, ref)[0] is not None


def kind_of(text: str) -> str:
    for kind, rx in _KINDS:
        if rx.search(text):
            return kind
    return "meeting"
