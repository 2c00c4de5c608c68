"""Who is on which side, who led, and which side hosts.

Each introduced person gets a side from, in order: a side named in their own office
('Minister of Internal Affairs of the Republic of Azerbaijan') or a demonym before it; a side
right after the name ('X of Ukraine', 'X from Lithuania', 'X (Latvia)', 'X representing
INTERPOL'); a side in the titles after the name ('X, Deputy Secretary, Australia's Department
of Home Affairs'); 'and her deputy, Y'; the nearest side phrase before them in the sentence
('The Kazakh delegation also included ...', 'on the Omani side, by ...'; not a dateline's
place, not a guest the person receives); a delegation named after them ('..., who headed the
Serbian delegation'); a title the sentence opens with ('The minister was accompanied by ...');
the delegation an earlier sentence named ('The delegation, led by its Director, X'). Later
passes: 'respectively' lists, paired demonyms, 'his <Demonym> counterpart' and the subject of
a visit ('X arrived in Vilnius': not the visited side), 'The Polish minister' naming an earlier
unsided minister. Whoever is left gets one decision in meeting_members over the evidence of the
sides they are not on: the host's side when it allows, else the publisher's, else the other party
the release names.
Heads are the first person after 'headed by', 'led by', 'chaired by', '– by', 'under the
chairmanship of' (all co-chairs after 'co-chaired by A and B', 'respectively'), the subject of
'led their respective delegations', or a person followed by '..., who led/headed/chaired',
', leading a delegation', 'was appointed Chairman'. 'Represented by' makes no head.
"""

from __future__ import annotations

import re
from itertools import chain

from whomet.store.extract.lookahead import start_apart
from whomet.store.extract.rules import pattern, twin

from whomet.store.extract.people import Mention, People, Person
from whomet.store.extract.rules import (anchored, case_blind, decision, guarded, holds_any, lowered, needed_words, needing, needs,
                                        opening_words, pattern)
from whomet.store.extract.lexicon import AGENCY_NAMES, COUNTRY_NAMES, city_country, key
from whomet.store.extract.side_clauses import MEETING_PARTNER, fronted_span, in_fronted_setting
from whomet.store.extract.sides import SideMention, find_sides, first_side, sides_in
from whomet.store.extract.tables import json_data
from whomet.store.extract.text import tokenize
from whomet.store.names import fold
from whomet.store.sides import is_body


def _opening_marks(regex: str) -> tuple[str, ...] | None:
    r"""The characters of the class a pattern opens with, when each is a literal mark outside ASCII ('[–—]\s*by' ->
    ('–', '—')): every match holds one; None for any other opening."""
    from re import _constants as C, _parser

    tree = _parser.parse(regex)
    if not tree.data or tree.data[0][0] is not C.IN:
        return None
    items = tree.data[0][1]
    if not items or any(op is not C.LITERAL or av < 128 for op, av in items):
        return None
    return tuple(chr(av) for _op, av in items)


class _Triggers:
    """Several regexes searched one by one (a leading \\b with re.I makes one big alternation slow);
    matches that start inside a word ('called by') are dropped, the rest come back in text order."""

    def __init__(self, rule_id: str, *named: tuple[str, str]) -> None:
        """`named`: (what the pattern reads, its regex); each registers as rule `<rule_id>_<what>`."""
        self.rule = rule_id
        patterns = [p for _name, p in named]
        self._rx = [pattern(f"{rule_id}_{name}", p, re.I) for name, p in named]
        # the same patterns on lower-cased text without re.I (much faster); capitals become any letter
        lows = [p.replace("[A-Z]", "[^\\W\\d_]") for p in patterns]
        # one opening with '(?:^|...)' is searched without its '^' and matched apart at the text's start (start_apart)
        apart = [start_apart(p) for p in lows]
        self._low = [twin(p if split is None else split[0]) for p, split in zip(lows, apart)]
        self._at_start = [None if split is None else twin(split[1]) for split in apart]
        # the words each lower-case twin's matches need (rules.needed_words), or the marks one opening with a class of
        # them needs ('[–—]\s*by'): a text holding none is not searched
        self._needs = [needed_words(p) or _opening_marks(p) for p in lows]
        # ... and those whose every match opens with one of a few words ('headed|led|chaired ... by'): tried where those
        # words stand (rules.anchored), not at every character
        self._opening = [opening_words(p if split is None else split[0]) for p, split in zip(lows, apart)]

    def finditer(self, text: str):
        found = []
        low = lowered(text) or text.lower()  # (the release's lower case, kept for its case-blind patterns)
        if len(low) == len(text):
            quads = [(rx, at_start, low, opening) for rx, at_start, needs, opening
                     in zip(self._low, self._at_start, self._needs, self._opening) if needs is None or holds_any(low, needs)]
        else:  # a letter whose lower case is longer: offsets would move
            quads = [(rx, None, text, None) for rx in self._rx]
        for rx, at_start, subject, opening in quads:
            first = at_start.match(subject) if at_start is not None else None
            pos = first.end() if first else 0
            found_here = anchored(rx, subject, opening, pos) if opening else rx.finditer(subject, pos)
            for m in chain((first,), found_here) if first else found_here:
                if m.start() and (text[m.start() - 1].isalnum() and text[m.start()].isalnum()):
                    continue
                found.append(_Span(m.start(), m.end(), text[m.start():m.end()]))
        found.sort(key=lambda m: m.start())
        return iter(found)


class _Span:
    """A match found on the lower-cased text, with offsets and text of the original."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


# 'chaired by videoconference a meeting with A and B', 'led by video link': the means, not the one who leads
_BY_MEANS = r"(?!\s+(?:a\s+|the\s+)?(?:video|tele|phone|audio|online|virtual|web|zoom|means\b))"
HEAD_BEFORE = _Triggers(
    "head.led_by",
    ("verb_by", r"(?:headed|led|chaired|presided over|guided|spearheaded)(?:\s+respectively|\s+jointly)?"
                r"(?:\s+(?:on|from|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+side)?\s+by\b" + _BY_MEANS),
    ("dash_by", r"[–—]\s*by\b"),
    # 'a delegation led Minister X' (no 'by'), 'delegation group leaded by': how pages are really written
    ("without_by", r"delegation\s+(?:group\s+)?(?:led|leaded|headed)\s+(?!by\b|to\b|in\b|on\b|at\b|for\b|a\b|an\b|the\b|"
                   r"and\b|with\b|from\b|its\b|his\b|her\b|their\b|talks\b|discussions\b|meetings?\b)"),
    ("leaded_by", r"(?:leaded)\s+by\b"),
    # 'Heading a delegation, <Name> arrived in ...': the fronted participle names the subject that follows
    # ... or the inverted 'Leading the Lithuanian delegation was <Name>'
    ("fronted_heading", r"(?:^|\.\s+|\n)(?:heading|leading)\s+(?:a|the|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|side)\s*"
                        r"(?:,|\s(?:was|were)\b)"),
    ("under_the_chairmanship", r"under the (?:joint\s+|co-)?(?:chairmanship|leadership|co-chairmanship|presidency|guidance|command|direction) of\b"),
    ("at_the_head_of", r"(?:at|on) the head of (?:the|a|an|its|their)\s+[^.;,]{0,60}?\b(?:delegation|side|team)s?\s+"
                       r"(?:was|were|stood|is|are)\b"),
    # 'a Lithuanian delegation, at the head of which was the Commander ..., X': the relative form
    ("at_the_head_of_which", r"(?:delegation|side|team)s?\s*,\s*(?:at|on) the head of which (?:was|were|stood|is|are)\b"),
    # 'The head of the Latvian delegation at the meeting was Colonel X': the one the inverted clause names
    ("head_of_was", r"(?:^|\.\s+|\n|,\s+)(?:the\s+)?(?:head|leader|chief)\s+of\s+the\s+[^.;,]{0,60}?\b(?:delegation|side|team)\s+"
                    r"(?:[^.;,]{0,40}?\s+)?(?:was|is)\s+(?!led\b|headed\b|made\b|composed\b|also\b)"),
)
# 'the transitional government led by A', 'the eastern forces, led by General B', 'the rebel movement headed by C': who
# governs or commands a state, an army or a party, said of it in passing; a delegation, team or side led by someone is
# the meeting's ('a government delegation led by A' ends in 'delegation')
_RULING_BODY_BEFORE = pattern("head.ruling_body", r"\b(?:government|administration|regime|junta|cabinet|forces|army|militias?|"
                                                  r"rebels|insurgents|movement|party|coalition|factions?)\s*,?\s*\Z", re.I)
# the clause an elliptic '– by' continues: 'represented by' there makes no head
_REPRESENTED_BEFORE = needing(pattern("head.represented_before", r"\brepresented\s+by\b(?![^.]*\b(?:headed|led|chaired)\s+by\b)[^.]*$", re.I))
_HEADS_OF = r"heads\s+of\s+(?:the\s+)?(?:\w+\s+)?delegations?\b\s*(?::|[–—]|,|\s+were\b)"
HEADS_LIST = case_blind("head.heads_list", r"(?:\b(?:by|were|are|included|including)\s+(?:the\s+)?|(?:^|\n|[.:]\s+)\s*(?:The\s+)?)"
                        + _HEADS_OF)
# The list's own words without what leads to them, on the lower-cased text: they open with a literal the engine scans for,
# where the whole pattern (its '^' alternative) is tried at every position; a text without them has no list (~30 us a release)
_HEADS_OF_LOW = twin(_HEADS_OF)


def may_list_heads(text: str) -> bool:
    """False when HEADS_LIST cannot match in text (its closing words are not there); True when it may."""
    if "eads of" not in text:
        return False
    low = lowered(text)
    return low is None or _HEADS_OF_LOW.search(low) is not None
# ('Head of the EU Delegation to Georgia' is a mission's head, an envoy: no head of a delegation at the meeting)
_HEAD_OFFICE = pattern("head.head_office", r"(?:the\s+)?(?:(?:team\s+)?(?:head|leader|chief|chairman|chairperson)\s+of\s+the\s+"
                          r"(?:[\w'’-]+\s+){0,3}?(?:delegation|delegates|side)\b|(?:head|leader|chief)\s+of\s+delegation\b|(?:[\w'’-]+\s+)?delegation\s+"
                          r"(?:head|leader|chief)\b|"
                          # 'the Chairman of the 43rd Conference, General X': the chair of this meeting
                          r"(?:chairman|chairperson|chairwoman|chair|co-chairman|co-chair)\s+of\s+the\s+(?:[\w'’-]+\s+){0,4}?"
                          r"(?:meeting|conference|session|summit|talks|forum|round|dialogue|consultations)\b)", re.I)
_MISSION_TO = pattern("head.mission_to", r"\s+(?:to|in)\s+(?:the\s+)?", re.I)
# 'co-chaired on the Omani side by A, <office>, and on the Saudi side by B': the side each co-chair heads, before 'by'
_SIDE_OF_CO_HEAD = r"(?:(?:on|for|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?side\s+)?"
# 'A co-chaired the meeting with B', 'jointly chaired the session with': the one after 'with' is a co-chair
_CO_CHAIRED_WITH = pattern("head.co_chaired_with", r"\b(?:co-?chaired|co-?chairing|jointly\s+chaired)\s+(?:(?:the|a|an|this|their)\s+)?"
                                                   r"(?:[\w'’-]+\s+){0,5}?with\s+|"
                                                   # 'A chaired the meeting together with B'
                                                   r"\bchaired\s+(?:(?:the|a|an|this|their)\s+)?(?:[\w'’-]+\s+){0,5}?together\s+with\s+", re.I)
# Co-chairs listed together: 'co-chaired by A, and B' makes both heads.
# Chairing shared by two named together: 'chaired by A and B', 'under the chairmanship of A and <office> B'.
CO_HEAD = pattern("head.co_head", r"\b(?:co-?chaired|chaired|jointly (?:chaired|led|headed))\s+" + _SIDE_OF_CO_HEAD + r"by\b"
                  + _BY_MEANS + "|"
                  r"\bunder the (?:(?:co-|joint\s+)?(?:chairmanship|co-chairmanship|presidency)|joint\s+leadership) of\b", re.I)
_LIST_NEXT = pattern("head.list_next", r"\A\s*[,;]\s*(?:and\s+)?(?:by\s+)?(?:the\s+|a\s+|an\s+)?\Z", re.I)
# 'A and B led their respective delegations' / 'headed the respective sides': the verb after the subject
# 'co-chaired by A, member of the Council, Commander of X; and B': the rest of A's titles, then 'and'
# ('co-chaired by A, <office> of the Ghana Police Service, and B': the office's owner after it)
_CO_APPOSITION = pattern("head.co_apposition", r"\A(?:\s*,|\s+of\s+the\s)[^.;:()]*?[,;]\s*and\s+" + _SIDE_OF_CO_HEAD +
                                               r"(?:by\s+)?(?:the\s+)?\Z|"
                                               r"\A\s*,[^.;:()]*?;\s*\Z")
_SEMICOLON_AND = pattern("head.semicolon_and", r";\s*and\b")
_GAP_VERB = pattern("head.gap_verb", r"\b(?:[a-z]+ed|was|were|is|are|has|had|met|said|held|who|which|while)\b")
RESPECTIVE_LED = pattern("head.respective_led", r"\b(?:led|headed|chaired|co-chaired|lead|head|chair|co-chair|"
                            r"(?:were|are|will\s+be)\s+(?:heading|leading|chairing))\s+(?:their|the)\s+"
                            r"respective\s+(?:national\s+)?(?:delegations|sides|teams)\b", re.I)
_NOT_SUBJECT = pattern("head.not_subject", r"\b(?:accompanied|assisted|joined|attended|received|welcomed|met|including|"
                          r"included)\b|;", re.I)
RESPECTIVELY = pattern("head.respectively", r"\b(?:headed|led|represented|chaired)\s+respectively\s+by\b|"
                          r"\brespectively\s+(?:headed|led|represented|chaired)\s+by\b|"
                          # 'led by A and B respectively'
                          r"\b(?:headed|led|represented|chaired)\s+by\b(?=[^.;]{0,200}\brespectively\b)", re.I)
_AND_NEXT = pattern("head.and_next", r"\A(?:\s+(?:of|from)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
                       # ('chaired by A of Chile and B': the first one's side after the name)
                       r"\s*,?\s*(?:and|as well as)\s+" + _SIDE_OF_CO_HEAD + r"(?:by\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
                       # ('and his Rwandan counterpart Police X': a title word the name did not take)
                       r"(?:(?:his|her|their|its)\s+(?:[A-Z][\w'’-]*\s+)?(?:counterpart|colleague|opposite number)\s*,?\s*"
                       r"(?:[A-Z][\w'’.-]*\s+){0,2})?\Z",
                       re.I)
# '..., who headed the Serbian delegation' / ', chaired the committee': the object must be a delegation or a
# meeting; '..., who heads the Cybercrime Unit' tells an office, not a head of delegation
_HEAD_OBJECT = (r"(?:\s+(?:on\s+\w+day\s+)?(?:over\s+)?(?:the|a|an|his|her|their|its|this|both)?\s*(?:[\w'’-]+\s+){0,5}?"
                # ('who led the delegates of the ministry'; 'led a high-powered delegate' as a real page writes it)
                r"(?:delegations?|delegates?|meetings?|sessions?|talks|side|team|commission|committee|council|working group|group|"
                r"dialogue|consultations|conference|videoconference|video conference|video call|summit|forum|visit|round|negotiations|"
                r"guests|visitors|(?<=[a-z] )one|"
                # 'who led some members of the Management Board', 'led senior officers of the Directorate'
                r"(?:members|officers|officials)(?=\s+of\b)|"
                r"proceedings|event|ceremony)\b)")
# 'Ms X, from June 21 to 26 led a delegation', 'X, on Monday, headed the delegation': the time said between name and verb
_TIME_BETWEEN = (r"(?:(?:from|between)\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}(?:\s+[A-Z][a-z]+)?)\s+(?:to|and|until|[-–])\s+"
                 r"(?:[A-Z][a-z]+\s+)?\d{1,2}(?:\s+[A-Z][a-z]+)?|on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|\w+day))"
                 r"(?:,?\s+\d{4})?\s*,?\s+")
HEAD_AFTER = guarded("head.head_after", r"\A\s*,?\s*(?:who\s+)?(?:" + _TIME_BETWEEN + r")?(?:also\s+|had\s+|has\s+|is\s+|was\s+|jointly\s+)?(?:headed|led|chaired|co-chaired|leading|"
                        r"heading|chairing|co-chairing|heads|leads|chairs|co-chairs|was leading|was heading|presided)\b"
                        + _HEAD_OBJECT + "|"
                        r"\A\s*,?\s*(?:who\s+)?(?:[\w-]+\s+){0,9}?at the (?:head|helm) of\b|"
                        # 'X was in charge of the Chilean delegation'
                        r"\A\s*,?\s*(?:who\s+)?(?:was\s+|is\s+)?in charge of (?:the|a|an|its|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:delegation|team|side)\b|"
                        # 'X on Sunday arrived in the capital, Riyadh, on the top of a security delegation'
                        r"\A\s*,?\s*(?:who\s+)?(?:[\w'’-]+,?\s+){0,12}?on (?:the\s+)?top of (?:a|an|the|his|her|its|their)\s+"
                        r"(?:[\w-]+\s+){0,4}?(?:delegation|team)\b|"
                        # 'X, Director General, NCB led the Indian delegation': the agency closing the office
                        r"\A\s*,\s*(?-i:[A-Z]{2,}[A-Za-z&/]*)\s+(?:led|headed|chaired|co-chaired)\b" + _HEAD_OBJECT + "|"
                        # 'with Colonel X at its head', 'X, as head of the Polish delegation,'
                        # ('X represented Kenya as head of delegation')
                        r"\A\s*,?\s*at (?:its|their|the) head\b|\A\s*,?\s*(?:represented\s+(?:[\w'’-]+\s+){1,3}?)?as (?:the\s+)?"
                        r"(?:head of|leader of|chief of) (?:(?:the|a|an|its|his|her)\s+)?"
                        r"(?:[\w'’-]+\s+){0,3}?(?:delegation|team|side)\b|\A\s*,?\s*as (?:its|their) (?:head|leader|chief)\b|"
                        # 'X, as chairman, opened the session', 'X, in his capacity as chair,'
                        r"\A\s*,?\s*(?:as|in (?:his|her) capacity as)\s+(?:the\s+)?(?:chairman|chairperson|chairwoman|chair|co-chair|"
                        r"co-chairman|co-chairperson)\b(?![\w-])(?!\s+of\s+the\s+(?:board|company|committee|commission)\b)|"
                        # 'X (head of delegation)', 'X, Head of Delegation,', 'X, delegation leader,'
                        r"\A\s*[,(]\s*(?:the\s+)?(?:(?:head|leader|chief)\s+of\s+(?:the\s+)?delegation|"
                        # ('X, the Chilean team leader,', 'X, the visiting delegation head,')
                        r"(?:(?-i:[A-Z])[\w'’-]*\s+|visiting\s+)?(?:delegation\s+(?:head|leader|chief)|team\s+leader))\s*[,)]|"
                        # 'The delegation comprised X (leader) and Y'
                        r"\A\s*\(\s*(?:head|leader)\s*\)|"
                        # 'X, <office>, was appointed Chairman; and Y ... Vice-Chairman': the chair of the meeting
                        r"\A\s*,?\s*(?:who\s+)?(?:was|had been|has been|is)\s+(?:unanimously\s+)?(?:appointed|elected|named|"
                        r"designated)\s+(?:as\s+)?(?:the\s+)?(?:chairman|chairperson|chairwoman|chair)\b(?![\w-])", re.I)
# 'X, a veteran of two missions, led a delegation to': over words in commas the office did not take
HEAD_AFTER_TITLE = pattern("head.head_after_title", r"\s*,\s*(?:[^,.;]|(?<=\b[A-Z])\.){3,140}?,\s*(?:also\s+)?(?:led|headed)\s+"
                                                   r"(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team)\b", re.I)
def _led_ahead(text: str, start: int) -> bool:
    ahead = text[start:start + 200]
    return " led " in ahead or " headed " in ahead


# ('A and Colonel B of Lithuania co-chaired the session': the head verb right after the side)
_SIDE_AFTER_NAME = pattern("head.side_after_name", r",?\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5}"
                                                   r"(?=\s*,|\s+(?:jointly\s+)?(?:co-chaired|chaired|co-led|presided)\b|"
                                                   # 'X of Kenya was leading the delegation'
                                                   r"\s+(?:was|is|has|had)\s+(?:led|headed|leading|heading)\b|"
                                                   # 'X of Chile led a delegation' (not 'led their respective delegations')
                                                   r"\s+(?:led|headed|leading|heading)\b(?!\s+(?:their|the)\s+respective\b))")
_LEADING_ACRONYM = pattern("head.leading_acronym", r"\s*\([A-Z][A-Za-z/.-]{1,14}\)")
# 'A and B co-chaired the meeting': the verb after B makes both heads when the two are joined by 'and'.
_PLURAL_HEAD_VERB = pattern("head.plural_head_verb", r"\A\s*,?\s*(?:jointly\s+)?(?:co-chaired|chaired|led|headed|co-chair|chair|lead|head|presided)\b", re.I)
HOSTED_BY = case_blind("host.hosted_by", r"\b(?:hosted|organi[sz]ed)\s+by\b")


def _received_by(verbs: str) -> str:
    """'was (also) <verb> (at/in/on <venue>) by', 'have been received by': the passive that names the host after 'by'."""
    return rf"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+)?(?:{verbs})\s+(?:(?:at|in|on)\s+[^.;,]{{0,80}}?\s+)?by\b"


# (searched over a meeting's text: case-blind; GUEST_PASSIVE, searched in short spans, as written)
RECEIVED_BY = case_blind("host.received_by", _received_by("received|recieved|welcomed|hosted|met"))
RECEIVED = needing(pattern("host.received", r"\b(?:received|recieved|welcomed|hosted)\b"))  # 'recieved': a common typo
AGENCY_SUBJECT = decision("host.agency_subject", "no one named before 'received', 'welcomed' or 'hosted' in its sentence: "
                                                 "the agency or country its subject names receives ('The Ghana Immigration "
                                                 "Service has hosted ...', 'The Ministry of Interior of Qatar welcomed ...')")
VISIT_TO = needing(pattern("host.visit_to", r"\bvisit\s+to\s+", re.I))
# 'X paid a courtesy call on the Minister of the Interior, Y', 'called on Y': the one called on receives the caller
CALLED_ON = pattern("host.called_on", r"\b(?:(?:called|calls|calling)\s+on\s+|paid\s+(?:a\s+|an\s+)?(?:courtesy\s+|working\s+|"
                                      r"official\s+|farewell\s+|introductory\s+)?(?:call|visit)\s+(?:on|to)\s+)", re.I)
_LEADS_NAMED = pattern("side.leads_named", r"\A\s*,?\s*(?:who\s+)?(?:also\s+)?(?:headed|led|chaired|co-chaired|heads|leads|"
                          r"represented|leading|heading|was heading|was leading|is leading|is heading|"
                          r"(?:was\s+|is\s+)?at\s+the\s+head\s+of|(?:was\s+|is\s+)?in\s+charge\s+of)\s+(?:the|a|an)?\s*"
                          # 'is leading the 11-member Bangladesh delegation', 'the high-level Omani team'
                          r"(?:(?:\w+-(?:member|strong|level|ranking)|senior|official)\s+)?\Z", re.I)
ELLIPTIC_HEAD = case_blind("head.elliptic_head", r"\bdelegations?\s+by\b|\bside\s+by\b|,\s+and\s+(?:also\s+)?by\b")
# '..., and the Lithuanian by X', '..., and the Polish one by Y': the noun left out after a demonym (capitals as
# written: no re.I)
_ELLIPTIC_DEMONYM = pattern("head.elliptic_demonym", r"\band\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+one)?\s+by\b")
# 'The Finnish guests were received at the regional headquarters in Solna by X': X is the host's
GUEST_PASSIVE = pattern("host.guest_passive", _received_by("received|welcomed|hosted|met|greeted"), re.I)
# 'A delegation of the Maldives Police Service led by X called on the Inspector General of Police, Y': Y is the host's
GUEST_CALL = pattern("host.guest_call", r"\b(?:called on|calls on|paid (?:a\s+)?(?:courtesy\s+|working\s+)?(?:call|visit)\s+(?:on|to)|"
                        r"met with|meets with|was received by|were received by|"
                        # 'a Lithuanian delegation ... held talks with X': X is who they met
                        # ('held talks in Warsaw with X')
                        r"(?:held|had) (?:\w+\s+)?(?:talks|a\s+meeting|meetings)(?:\s+(?:in|at|on)\s+[^,.;]{1,40}?)?\s+with|"
                        r"held (?:a\s+)?(?:\w+\s+)?meeting with)\b", re.I)
# 'the Finnish delegation travelled to Narva, where the Head of the station, Major X, ...': X is local.
_CLAUSE = r"(?:[^.;]|(?<=\b[A-Z])\.)*?"  # no sentence end, initials ('named after E. Aliev') allowed
GUEST_MOTION = pattern("host.guest_motion", rf"\b(?:travell?ed|arrived|went|came|proceeded|moved on)\s+(?:to|in|at)\b{_CLAUSE}\bwhere\b|"
                          rf"\bvisited\b{_CLAUSE}\bwhere\b", re.I)
_NATIONAL_OFFICE = pattern("side.national_office", r"\bNational (?:Central )?Bureau\b|\bNCB\b|\bnational (?:office|focal point|contact point)\b",
                              re.I)
_PRONOUN_SUBJECT = pattern("side.pronoun_subject", r"\s*(?:He|She)\s+(?:was|is|had been)\s+(?:also\s+)?(?:accompanied|assisted|joined)\b")
# 'on the sidelines of the 88th session of the INTERPOL General Assembly': a body naming an event is nobody's side
_EVENT_OF = pattern("side.event_of", r"\b(?:session|sessions|meeting|conference|summit|sidelines|framework|forum|congress|assembly|"
                       r"exercise|course|seminar|workshop|symposium)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# 'a meeting on Afghanistan chaired by X', 'Speaking about Syria, Y said': a country a meeting or a speech is about is its
# topic, nobody's side
_TOPIC_OF = pattern("side.topic_of", r"\b(?:meeting|meetings|talks|dialogue|conference|discussions?|summit|consultations|"
                                     r"briefing|forum|speaking|spoke|speech|statement)\s+(?:on|about|regarding|concerning)\s+"
                                     r"(?:the\s+)?(?:situation\s+in\s+)?\Z", re.I)
# 'on a working visit to Nigeria', 'arrived in Russia': a country named as a destination is nobody's side.
# ('The Georgian delegation to Armenia also includes X': where the delegation went, not X's side; 'received the visiting
# Chinese delegation headed by X': 'visiting' after an article describes the guests, who are X's side)
_DESTINATION = pattern("side.destination", r"\b(?:visit|visits|trip|travell?ed|came|arrived|arrival|went|welcome|invitation)\s+(?:to|in)\s+"
                          r"(?:the\s+)?$|(?<!the )(?<!a )\bvisiting\s+(?:the\s+)?$|\b(?:delegation|delegations|mission|team)\s+to\s+"
                          r"(?:the\s+)?$",
                       re.I)
# the object of a welcome, then a verb of the sentence's own before the person (not a relative clause's: 'received the
# Polish delegation, which included X' keeps X Polish)
_WELCOMED_BEFORE = pattern("side.welcomed_object", r"\b(?:welcome|welcomed|welcoming|receive|received|receiving|greet|greeted|"
                                                   r"greeting)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}\Z", re.I)
_MAIN_VERB_AFTER = pattern("side.main_verb_after", r"(?:(?!\b(?:which|who|that)\b)[^.;])*?\b(?:included|includes|were|was|"
                                                   r"are|is)\b")
# 'Certificates were presented to officers of the Uganda Police by the Director, X': X is the agent, the
# side named before 'by' is the recipients'
_BY_AGENT = pattern("side.by_agent", r"\bby\s+(?:the\s+)?$", re.I)
_OTHER_BY = pattern("side.other_by", r"\b(?:led|headed|chaired|co-chaired|accompanied|represented|received|joined|welcomed|hosted|"
                       r"organi[sz]ed|attended)\s+by\b", re.I)
_PASSIVE_VERB = pattern("side.passive_verb", r"\b(?:was|were)\s+(?:\w+\s+)?(?:presented|awarded|handed|given|conferred|bestowed|granted|"
                           r"decorated|delivered|opened|chaired)\b", re.I)
# 'X was accompanied by Y', 'X, accompanied by Y, met ...'
_SUBJECT_JOINED = pattern("side.subject_joined", r"\s*(?:,\s*|(?:was|were|is|had been)\s+)(?:also\s+)?(?:accompanied|assisted|joined)\s+by\b",
                          re.I)
ACCOMPANIED = needing(pattern("side.accompanied", r"\b(?:accompanied|assisted|joined)\s+by\b", re.I))
# 'X of Ukraine', 'X of the Polish Border Guard', 'X of the Royal Thai Police', 'X from Lithuania', 'X from the
# State Border Guard of Latvia', 'X representing INTERPOL'
_OF_SIDE_AFTER = pattern("side.of_after_name", r",?\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,4}|"
                                               r",?\s+representing\s+(?:the\s+)?")
# 'X, signed for Haiti', 'X signed the protocol on behalf of Peru', 'while X signed on the Jordanian side': the side a person
# signed or spoke for
_SIGNED_FOR = pattern("side.signed_for", r",?\s+(?:signed|signing|spoke|speaking)\s+(?:(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
                                         r"(?:document|agreement|protocol|memorandum|accord)\s+)?(?:for|on behalf of|on(?=\s+the\s+[A-Z][\w'’-]*\s+side\b))\s+"
                                         r"(?:the\s+)?")
# 'X, <office>, along with a number of the UAE officers', '..., in addition to officials from Oman': the group that
# comes with a person is of the person's side (side.own_group)
_OWN_GROUP_BEFORE = pattern("side.own_group_before", r"\s*,?\s*(?:along\s+with|together\s+with|accompanied\s+by|in\s+addition\s+to)"
                                             r"\s+(?:(?:a\s+number\s+of|several|some|senior|other|his|her|their)\s+)*"
                                             r"(?:(?:officers|officials|members|staff)\s+(?:of|from)\s+)?(?:the\s+)?")
_OWN_GROUP_AFTER = pattern("side.own_group_noun", r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:officers|officials|members|staff|"
                                                 r"delegation)\b")
OWN_GROUP = decision("side.own_group", "'X, <office>, along with a number of the UAE MoI officers; and Y, <office>, in "
                                       "addition to officials from Oman': the group that comes with a person is of the "
                                       "person's side")
# 'Colonel X (Lithuania), Major Y (Latvia)': the side in brackets right after the name
_BRACKET_SIDE = pattern("side.bracket_after", r"\s*\(\s*(?:the\s+)?")
_BRACKET_CLOSE = pattern("side.bracket_close", r"\s*\)")
_SIDE_NOUN = {"delegation", "delegations", "side", "sides", "party", "team", "one"}  # 'led the Lithuanian one'


OWN_OFFICE = decision("side.own_office", "the side named in the person's own office: 'Minister of Internal Affairs of Azerbaijan'")
DEMONYM_OFFICE = decision("side.demonym_office", "a demonym before the office: 'Moroccan Minister of the Interior X'")
ACCOMPANIED_SIDE = "side.accompanied"
# the companions end where the clause turns to the ones met ('joined by Y for meetings with Z', 'to hold talks with Z')
_TALKS_WITH = needing(pattern("side.companions_meet", r"\b(?:meetings?|talks|discussions|consultations)\s+with\b|\bto\s+meet\b"))
_BARE_AND = pattern("side.bare_and", r"\s*,?\s+and\s+(?:the\s+)?")
# the list of one owner's people ends with the clause's verb or its end: ', and C were also present', ', and C.'
_OWNED_LIST_END = pattern("side.owned_list_end", r"\s*(?:,\s*(?:and\s+)?(?=[A-Z])|(?:and\s+)(?=[A-Z])|[.;]|\s+(?:were|was|also|attended|"
                                                 r"accompanied|joined|took)\b)")
# (capitalised words of the office the next name did not keep may come after the comma: ', Passports and')
_OWNED_LIST_NEXT = pattern("side.owned_list_next", r"\s*,\s*(?:and\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,3}\Z")
BETWEEN_PARTIES = decision("side.between_parties", "'a meeting between a DEA mission and President X', 'talks between the "
                                                   "Kenyan delegation and Minister Y': the second party is not of the "
                                                   "first party's side")
# 'between <the first party> and <titles> X': the second party's titles after the 'and' (no clause between)
_BETWEEN_SECOND = pattern("side.between_second", r"[^,;.()]{0,40}?\s+and\s+(?:the\s+|his\s+|her\s+)?[^,;.]{0,60}\Z")
_BETWEEN_BEFORE = pattern("side.between_before", r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}\Z", re.I)
SHARED_DEMONYM = decision("side.shared_demonym", "'Croatian Interior Minister A and Justice Minister B': B holds another office of "
                                                 "A's country")
TITLE_BEFORE = decision("side.title_before", "the side named in a title before the name that the office did not keep, or in "
                                             "a later mention's title: 'Vice President of the European Commission X'")
NEAREST_BEFORE = decision("side.nearest_before", "the nearest side phrase before the person in the sentence: 'The Kazakh delegation included X'")
SUBJECT_TITLE = decision("side.subject_title", "'The minister was accompanied by X': the side of the earlier person with that title")
decision("side.respectively", "'The delegations of A and B were headed respectively by X and Y'")
HOST_FALLBACK = decision("side.host_fallback", "no side in the text: the host's, else the publisher's (a guess)")
OFFICE_CITY = decision("side.office_city", "an office of a city whose country the lexicon knows, with no side named: "
                                           "'the Police Commissioner of Chicago X'")
# the city an office ends on ('Police Commissioner of New York City', 'Mayor of Tbilisi')
_CITY_WORD = pattern("side.city_word", r"\s+City\Z")
_OFFICE_OF_CITY = pattern("side.office_of_city", r"\bof\s+(?:the\s+)?((?:[A-ZÀ-Þ][\w'’.-]*\s+){0,2}[A-ZÀ-Þ][\w'’.-]*)\Z")
COUNTERPART = decision("side.counterpart", "the same office of a named country elsewhere is the counterpart: the publisher's side")


def side_of_person(person: Person, aliases) -> str | None:
    """The side an office names ('Minister of Internal Affairs of the Republic of Azerbaijan' -> AZE).

    A body's national office ('Interpol National Central Bureau Lagos') is staffed by the country's
    own police: it names no side of its own."""
    if not person.position:
        return None
    words = person.position.split()
    if len(words) >= 4 and words[1] == "and" and words[-1].endswith("s"):
        return None  # 'Czech and Slovak Prime Ministers' (office.plural_shared): two owners, the pair says whose
    if " to " in person.position:
        # 'Ambassador to the Philippines', 'Envoy to Kazakhstan': the country of the post is not the envoy's side
        side = next((a.code for a in find_sides(tokenize(person.position), aliases)
                     if not _posted(person.position, a.start)), None)
    else:
        found = find_sides(tokenize(person.position), aliases)
        side = found[0].code if found else None
        if len(found) > 1 and key(person.position[found[0].start:found[0].end]) in AGENCY_NAMES:
            # 'Minister of Homeland Security of the Republic of Malawi': a country the office is of, over an agency's
            # name that names none (side.own_office)
            owner = next((a for a in found[1:] if _OF_BEFORE.search(person.position, 0, a.start)
                          and key(person.position[a.start:a.end]) in COUNTRY_NAMES), None)
            side = owner.code if owner is not None else side
    if side and is_body(side) and _NATIONAL_OFFICE.search(person.position):
        return None
    return side


_OF_BEFORE = pattern("side.of_before", r"\bof\s+(?:the\s+)?\Z")


def _posted(position: str, at: int) -> bool:
    """Whether the side phrase at `at` in an office is the country an envoy is posted to ('Ambassador to X')."""
    before = position[max(0, at - 8):at]
    return (before.endswith("to ") or before.endswith("to the ")) and bool(_POST_OF_ENVOY.search(position, 0, at))


# an envoy's office up to the country of the post: 'Extraordinary and Plenipotentiary Ambassador to Kazakhstan'
POST_COUNTRY = "side.post_country"
_POST_OF_ENVOY = pattern(POST_COUNTRY, r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:-[Gg]eneral)?|[Cc]harg[ée] d['’][Aa]ffaires|"
                                          r"[Aa]ttach[ée]|[Hh]igh [Cc]ommissioner|[Rr]epresentative|[Ll]iaison [Oo]fficer)\b"
                                          # (the office's own acronym may come between: 'Chargé d’Affaires (CdA) to X')
                                          r"(?:[^,;()]|\([A-Za-z]{2,6}\)){0,40}?\bto\s+(?:the\s+)?\Z",
                         doc="'Ambassador to the Philippines X': the country of the post is not the envoy's side (the "
                             "office names none); with no side of their own, the envoy is never on the post's side")


# a later mention's title read for a side: capitalised words, links and office nouns, no clause ('Luxembourg Justice
# minister X'; not 'the President of Hungary, handed the Order to X')
_CLEAN_TITLE = pattern("side.clean_title", r"(?:(?:[A-ZÀ-Þ][\w'’.-]*|of|the|for|on|in|and|de|to|\([A-Z]{2,9}\)|"
                                           r"minister|secretary|commissioner|director|chief|head|commander|president|"
                                           r"ambassador|envoy|general|deputy|official)\s+)+")


_CALL_BY = pattern("side.call_by", r"\b(?:call|calls|visit|visits)\s+by\s+(?:an?\s+|the\s+)?$", re.I)
_CALLED_ON = pattern("side.called_on", r"\b(?:on|to)\b")


def _quoted_before(text: str, a: int, b: int) -> bool:
    """A quotation closes between a side phrase and a person ('"... the Australian service ...," said X'): the phrase
    was said by X, it does not introduce X."""
    gap = text[a:b]
    # a straight quote closes after a word or a comma ('...," said X'), it opens before one ('"in the presence of X')
    return "\u201d" in gap or bool(_CLOSING_QUOTE.search(gap))


# (a comma may follow it: '... that Europol is", said X')
_CLOSING_QUOTE = pattern("side.closing_quote", r'[^\s"]"(?:[\s,]|$)')


LEADS_NAMED = "side.leads_named"


def _leads_named(m: Mention, found: list[SideMention], toks, text: str) -> SideMention | None:
    """The side of the delegation a person leads, named right after: 'X is leading the Indian delegation', 'X led a
    high-level delegation of the Lithuanian police'."""
    for a in found:
        if a.start < m.end:
            continue
        if a.j < len(toks) and toks[a.j].low in _SIDE_NOUN and _LEADS_NAMED.match(text[m.end:a.start]):
            return a
        if _LEADS_DELEGATION_OF.match(text[m.end:a.start]):
            return a
    return None


# (also an agreement made with a partner's government: 'will sign an agreement with the government of Colombia')
_MEETING_WITH = pattern("side.meeting_with", r"\b(?:meeting|meetings|talks|consultations|dialogue|call|cooperation|co-operation|"
                                             r"relations|ties|partnership|agreement|memorandum|deal)(?:\s+(?:in|on)\s+[\w-]+"
                                             r"(?:\s+[\w-]+)?)?\s+with\s+(?:the\s+)?(?:(?:government|governments|authorities)\s+of\s+"
                                             r"(?:the\s+)?)?\Z", re.I)
_PAIR_LINK = pattern("side.pair_link", r"\s*(?:,\s*(?:and\s+)?|and\s+|[-–/]\s*)(?:the\s+)?\Z")


def _paired_starts(found: list[SideMention], text: str) -> set[int]:
    out: set[int] = set()
    for a1, a2 in zip(found, found[1:]):
        if a1.code != a2.code and a2.start - a1.end <= 12 and _PAIR_LINK.match(text, a1.end, a2.start):
            out.update((a1.start, a2.start))
    return out


_LEADS_DELEGATION_OF = pattern("side.leads_delegation_of", r"\A\s*,?\s*(?:who\s+)?(?:also\s+)?(?:headed|led|heads|leads|leading|"
                                                          r"heading|was leading|was heading|is leading|is heading|"
                                                          r"(?:was\s+|is\s+)?at the head of)\s+"
                                                          r"(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team)\s+"
                                                          # ('a delegation of the Carabineros of Chile': an agency's
                                                          # own words before its country)
                                                          r"(?:of|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}?"
                                                          r"(?:of\s+(?:the\s+)?)?\Z", re.I)
VISITED_AGENCY = "side.visited_agency"
_VISITED_BEFORE = pattern("side.visited_before", r"\b(?:visited|called at|called on|went to|arrived at|toured)\s+(?:the\s+)?"
                                                 r"(?:[A-Z][\w-]*\s+){0,2}\Z")
# (nothing between the agency and the one met but its own words and 'and met with its ...')
_AND_MET = pattern(VISITED_AGENCY, r"[^.;,]{0,40}?(?:\s+and|,?\s+where\s+(?:they|he|she|the\s+\w+))\s+(?:also\s+)?(?:met|"
                                   r"held\s+(?:a\s+)?(?:meeting|talks)|had\s+(?:a\s+)?(?:meeting|talks))(?:\s+with)?\s+"
                                   r"(?:the\s+|its\s+|their\s+)?[^.;]*\Z",
                   doc="'called at the Royal Thai Police and met with the Commander of its Crime Division, X': the one met "
                       "at a visited agency is the agency's (the nearest side phrase, over the meeting verb between)")
_MET_BETWEEN = pattern("side.met_between", r"\b(?:met|meets|received|receives|welcomed|welcomes|hosted|hosts|greeted|visited|"
                                           r"visits)\b")

# 'Poland has awarded Police Minister X the Order ...': a side that awards a person is not that person's (a state's
# award goes to the guest it honours)
_AWARD_BETWEEN = needing(pattern("side.award_between", r"\b(?P<aux>(?:was|were|been|being|is|are|be)\s+)?"
                                                 r"(?:awarded|decorated|conferred|bestowed)\b"))
# ... but not one it awards as its own ('Tanzania also decorated its own officer, X'), nor one told of as awarded
# ('The Kenyan team, which was awarded certificates, included X': the side is the one awarded, not the awarder)
_AWARD_OWN = pattern("side.award_own", r"\b(?:its|their|own)\b")


def _awards_between(text: str, lo: int, hi: int) -> bool:
    """AWARD_BETWEEN: text[lo:hi] holds a verb by which the side before it awards someone else, the person at hi."""
    for v in _AWARD_BETWEEN.finditer(text, lo, hi):
        if v.group("aux") is None and _AWARD_OWN.search(text, v.end(), hi) is None:
            return True
    return False


def _between_first(a: SideMention, m: Mention, text: str) -> bool:
    """BETWEEN_PARTIES: the side phrase `a` is in the first party of 'between <first> and <second>' and `m` the second."""
    return " and " in text[a.end:m.lo] and bool(_BETWEEN_BEFORE.search(text, max(0, a.start - 40), a.start)) and \
        bool(_BETWEEN_SECOND.match(text, a.end, m.lo))


def _destination(a: SideMention, text: str, lo: int) -> bool:
    """Whether the side phrase `a` is named as where someone went ('on a visit to Ghana', 'visiting Ghana'); not a
    demonym after 'visiting', which names the visitor ('visiting Japanese Vice Admiral X')."""
    dest = _DESTINATION.search(text, max(lo, a.start - 40), a.start)
    return bool(dest) and not (dest.group()[0] in "vV" and dest.group().lower().startswith("visiting")
                               and key(text[a.start:a.end]) not in COUNTRY_NAMES)


def _nearest_counts(a: SideMention, m: Mention, text: str, sentences, claimed: set[int], paired: set[int],
                    here: list[Mention], fronted: tuple[int, int, bool] | None) -> bool:
    """Whether the side phrase `a` before person `m` in the sentence is a side the person can take."""
    if in_fronted_setting(a.start, m, here, fronted):
        return False  # 'During the visit of the Latvian delegation, X briefed ...': the scene, not X's side
    if a.start in claimed or a.start in paired:
        # 'X of Ukraine met Y', 'X, who led the Lithuanian delegation, met Y': a side another person's words took is
        # theirs; 'the meeting between the Polish and Lithuanian police was chaired by X': a pair is both sides
        return False
    if _VISITED_BEFORE.search(text, max(0, a.start - 30), a.start) and \
            _AND_MET.match(text, a.end, m.lo):
        return True  # 'the delegation called at the Royal Thai Police and met with its Commander, X': X is the agency's
    if GUEST_PASSIVE.search(text, a.end, m.lo) or GUEST_MOTION.search(text, a.end, m.lo) or GUEST_CALL.search(text, a.end, m.lo):
        return False  # 'The Thai delegation was received by P': the anchor is the guest, not P's side
    if _WELCOMED_BEFORE.search(text, max(0, a.start - 30), a.start) and _MAIN_VERB_AFTER.match(text, a.end, m.lo):
        return False  # 'Dignitaries present to welcome the AFP ... included X': the guests welcomed, not X's side
    if _destination(a, text, 0) or _EVENT_OF.search(text, max(0, a.start - 60), a.start) or \
            _TOPIC_OF.search(text, max(0, a.start - 40), a.start) or _posted(text[max(0, a.start - 60):a.end], a.start - max(0, a.start - 60)):
        return False  # ('the Senegalese ambassador to Spain, X': the country of the post is not the envoy's)
    if _between_first(a, m, text):
        return False  # 'a meeting between a DEA mission and President X': the first party's side is not the second's
    if _quoted_before(text, a.end, m.lo) or _MET_BETWEEN.search(text, a.end, m.lo) or _awards_between(text, a.end, m.lo):
        return False  # '"... the Lithuanian service," said X'; 'The Lithuanian delegation met Y'
    window = max(0, a.start - 40)
    if text.find(" with ", window, a.start) != -1 and _MEETING_WITH.search(text, window, a.start):
        return False  # 'The meeting with the FBI was chaired by X': the partner met, not X's side
    if text.find(" by ", window, a.start) != -1 and _CALL_BY.search(text, window, a.start) and \
            _CALLED_ON.search(text, a.end, m.lo):
        return False  # 'a courtesy call by a U.S. Embassy delegation on Inspector General X': X is called on
    # 'Certificates were presented to officers of the Uganda Police by the Director, X': the recipients' side
    return not (_BY_AGENT.search(text[a.end:m.lo]) and not _OTHER_BY.search(text, a.end, m.lo)
                and _PASSIVE_VERB.search(text, sentences[m.sentence].start, a.start))


def _title_side(m: Mention, text: str, aliases) -> str | None:
    """The side a mention's title before the name names ('Vice President of the European Commission X'); not a
    body's national office ('Head of INTERPOL National Central Bureau, X': the country's own police)."""
    if m.lo >= m.name_start:
        return None
    title = text[m.lo:m.name_start]
    side = first_side(title, aliases)
    if side and is_body(side) and _NATIONAL_OFFICE.search(title):
        return None
    return side


def assign_sides(people: People, sentences, anchors: dict[int, list[SideMention]], text: str, aliases) -> None:
    by_sentence: dict[int, list[Mention]] = {}
    for m in people.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    claimed: set[int] = set()  # the starts of side phrases that gave a person named before them their side
    paired: dict[int, set[int]] = {}  # per sentence, the starts of side phrases named in pairs ('Polish and Lithuanian')
    fronted: dict[int, tuple[int, int, bool] | None] = {}  # per sentence, the adverbial it opens with (side_clauses)
    own_words: dict[int, SideMention] = {}  # a later mention's side in its own words after the name, by id(mention)
    for m in people.mentions:
        if not m.new:
            # 'Petraitis, who heads the Lithuanian Border Guard, thanked Y': the phrase is Petraitis's words, not Y's
            found = anchors.get(m.sentence)
            own = _own_words_side(m, found, by_sentence.get(m.sentence, []), text) \
                if found and found[-1].start >= m.end else None
            if own is not None:
                own_words[id(m)] = own
                claimed.add(own.start)
            continue
        p = m.person
        side = side_of_person(p, aliases)
        rule = OWN_OFFICE
        if p.side_hint:
            # 'Japanese Ambassador to Poland X', 'X, Ukraine's ambassador to Poland': the demonym or owner in front
            # of the office names the side; a country further inside the office may be where the post is
            side, rule = p.side_hint, p.side_hint_rule or DEMONYM_OFFICE
        if side is None and (p.position is None or text.find("elegat", m.lo, m.name_start) != -1):
            # 'the Head of the UN Office on Drugs and Crime in the region, jurist X': a title the office did not keep
            # ('the team leader of the Mozambican delegates Mr X, Commander of ...': the delegation's, over the office)
            side, rule = _title_side(m, text, aliases), TITLE_BEFORE
        if side is None:
            # 'Major General X of Ukraine', 'X of the Polish Border Guard': the side named right after the person
            for a in anchors.get(m.sentence, []):
                if a.start < m.name_end:
                    continue
                after = _OF_SIDE_AFTER.match(text, m.end, a.start)
                if a.start >= m.end and after and after.end() == a.start:
                    side, rule = a.code, "side.of_after_name"
                    claimed.add(a.start)
                    break
                signed = _SIGNED_FOR.match(text, m.end, min(len(text), a.end + 8))
                if a.start >= m.end and signed and signed.end() == a.start:
                    side, rule = a.code, "side.signed_for"
                    claimed.add(a.start)
                    break
                group = _OWN_GROUP_BEFORE.match(text, m.end, a.start)
                if a.start >= m.end and group and group.end() == a.start and (
                        "officers" in group.group() or "officials" in group.group() or "members" in group.group()
                        or "staff" in group.group() or _OWN_GROUP_AFTER.match(text, a.end)):
                    side, rule = a.code, OWN_GROUP
                    claimed.add(a.start)
                    break
                bracket = _BRACKET_SIDE.match(text, m.name_end, a.start)
                if bracket and bracket.end() == a.start and _BRACKET_CLOSE.match(text, a.end):
                    side, rule = a.code, "side.bracket_after"
                    claimed.add(a.start)
                    break
        if side is None:
            own = _apposition_side(m, anchors.get(m.sentence, []), by_sentence.get(m.sentence, []), text)
            if own is not None:
                side, rule = own.code, APPOSITION
                claimed.add(own.start)
        if side is None and p.position:
            # 'Croatian Interior Minister A and Justice Minister B': the demonym opens a list of one country's offices
            prev = [x for x in by_sentence.get(m.sentence, []) if x.end <= m.lo]
            # (two names joined by a bare 'and', the first not closing a list: 'A, US Counselor B and Federal Secretary C')
            # ("Pakistan's Ambassador A, <office> B, and <office> C were also present": a list of titled names the
            # owner opens goes on with commas; not the two parties of 'a meeting between Chinese Ambassador A and
            # Executive Secretary B')
            shared = prev and prev[-1].person.side_rule in (DEMONYM_OFFICE, SHARED_DEMONYM) and (
                _BARE_AND.fullmatch(text, prev[-1].end, m.lo) and (
                    prev[-1].person.side_rule == SHARED_DEMONYM
                    or not (len(prev) > 1 and _LIST_NEXT.match(text[prev[-2].end:prev[-1].lo])))
                or _OWNED_LIST_NEXT.match(text, prev[-1].end, m.lo) and _OWNED_LIST_END.match(text, m.end)
                and " to " not in (prev[0].person.position or "")) and \
                not _BETWEEN_BEFORE.search(text, max(sentences[m.sentence].start, prev[-1].lo - 40), prev[-1].lo)
            # (not after an envoy's office: 'Indian Ambassador to Nepal A, Home Secretary B and IGP C' lists the hosts)
            if shared:
                other = prev[-1].person.position or ""
                # (the same office twice is two counterparts: 'Polish Interior Minister A and Interior Minister B')
                if fold(p.position) not in fold(other):
                    side, rule = prev[-1].person.side, SHARED_DEMONYM
        if side is None:
            # 'General X, and her deputy, Colonel Y': Y is on X's side
            prev = [x for x in by_sentence.get(m.sentence, []) if x.end <= m.lo]
            if prev and _HIS_DEPUTY.match(text, prev[-1].end, m.start):
                if prev[-1].person.side is not None:
                    side, rule = prev[-1].person.side, HIS_DEPUTY
                else:
                    p.side_of = prev[-1].person
        if side is None:
            spans = [(x.lo, x.end) for x in by_sentence.get(m.sentence, [])]
            # 'the Lithuanian Police Commissioner General X met Y': the demonym before X's office is X's, not Y's
            free = [a for a in anchors.get(m.sentence, [])
                    if not any(lo <= a.start < hi or (x is not m and 0 <= x.lo - a.end <= 2 and not text[a.end:x.lo].strip())
                               for x, (lo, hi) in zip(by_sentence.get(m.sentence, []), spans))]
            before = [a for a in free if a.end <= m.lo and not _in_dateline(a, sentences[m.sentence].start, text)]
            # 'The Thai delegation was received by P': the anchor is the guest, not P's side
            # only the nearest side phrase that still counts is read: test from the nearest back
            if m.sentence not in paired:
                paired[m.sentence] = _paired_starts(anchors.get(m.sentence, []), text)
            if before and m.sentence not in fronted:
                fronted[m.sentence] = fronted_span(sentences[m.sentence].start, sentences[m.sentence].end, text)
            awarder = before[-1] if before and _awards_between(text, before[-1].end, m.lo) else None
            first_party = before[-1] if before and _between_first(before[-1], m, text) else None
            nearest = next((a for a in reversed(before) if _nearest_counts(a, m, text, sentences, claimed, paired[m.sentence],
                                                                  by_sentence.get(m.sentence, []), fronted.get(m.sentence))),
                           None)
            before = [nearest] if nearest is not None else []
            acc = [x for x in ACCOMPANIED.finditer(text, sentences[m.sentence].start, m.lo)]
            if acc and (_MET_BETWEEN.search(text, acc[-1].end(), m.lo) or _TALKS_WITH.search(text, acc[-1].end(), m.lo)):
                # 'X was joined by Ambassador Y for meetings with Z': Z is the one met, not a companion
                acc = []
            if acc:
                subject = [x for x in by_sentence.get(m.sentence, []) if x.end <= acc[-1].start()]
                prior = [x for x in subject if x.person.side]
                if subject and subject[-1].person.side is None and subject[-1].person is not p and \
                        _SUBJECT_JOINED.match(text, subject[-1].end) and (not before or before[-1].end < subject[-1].start):
                    # 'while Vasiljević was joined by X': X is on Vasiljević's side, settled later from the host
                    p.side, p.side_of = None, subject[-1].person
                    continue
                if prior and (not before or before[-1].end < prior[-1].start):
                    side, rule = prior[-1].person.side, ACCOMPANIED_SIDE
                    p.side_of = prior[-1].person  # a later pass that corrects the companion's side corrects this one
                elif not prior and _PRONOUN_SUBJECT.match(text, sentences[m.sentence].start):
                    # 'He was accompanied by ...': the person the previous sentence ended on (whose side may be
                    # settled later, from the host)
                    earlier = [x for x in people.mentions if x.end <= sentences[m.sentence].start]
                    if earlier and (not before or before[-1].end <= acc[-1].start()):
                        if earlier[-1].person.side is None and earlier[-1].person is not p:
                            p.side, p.side_of = None, earlier[-1].person
                            continue
                        side, rule = earlier[-1].person.side, "side.pronoun_subject"
            if side is None:
                # '<Name> is leading the Indian delegation': the delegation the person leads, named right after
                led = _leads_named(m, free, sentences[m.sentence].tokens, text)
                if led is not None:
                    side, rule = led.code, LEADS_NAMED
                    claimed.add(led.start)
            if side is None and before:
                side, rule = before[-1].code, NEAREST_BEFORE
            if side is None and awarder is not None and p.not_side is None and not is_body(awarder.code):
                p.not_side, p.not_side_rule = awarder.code, "side.award_between"  # AWARD_BETWEEN
            if side is None and first_party is not None and p.not_side is None and not is_body(first_party.code):
                p.not_side, p.not_side_rule = first_party.code, BETWEEN_PARTIES
        if side is None and (p.position and _OF_THE_DELEGATION.match(p.position) or
                             text.find("elegation", max(0, m.lo - 40), m.lo) != -1 and
                             _DELEGATION_HEAD_BEFORE.search(text, max(0, m.lo - 40), m.lo) or _LEADS_GUESTS.match(text, m.end)):
            # 'Colonel X, head of the delegation, thanked the hosts': the delegation a sentence before named
            side = _named_delegation(anchors, sentences, m.sentence + 1, text)
            rule = "side.guest_delegation"
        if side is None:
            ref = _subject_reference(people, sentences[m.sentence], text, p)
            if ref is not None and (_MET_BETWEEN.search(text, sentences[m.sentence].start, m.lo)
                                    or GUEST_CALL.search(text, sentences[m.sentence].start, m.lo)):
                # 'The Secretary General also met with X': X is the one met, not on the Secretary General's side
                p.apart_from, p.apart_rule = ref, MEETING_PARTNER
                ref = None
            if ref is not None and ref.side is None:
                p.side_of = ref  # 'The minister was accompanied by X': the minister's side is settled later
            side, rule = (ref.side if ref else None), SUBJECT_TITLE
        if side is None and (_GUEST_DELEGATION.search(text, sentences[m.sentence].start, m.lo)
                             or _THE_DELEGATION.match(text, sentences[m.sentence].start, m.lo)
                             or _IN_THE_DELEGATION.search(text, sentences[m.sentence].start, m.lo)) \
                and not GUEST_PASSIVE.search(text, sentences[m.sentence].start, m.lo) \
                and not _MET_BEFORE.search(text, sentences[m.sentence].start, m.lo):
            # (not 'The delegation was received by X', 'The delegation met X': X receives it)
            side, rule = _named_delegation(anchors, sentences, m.sentence, text), "side.guest_delegation"
            if side is None:
                # 'X led a delegation to the Marshall Islands. The delegation, including Y, ...': X's side
                leader = _delegation_leader(people, sentences[m.sentence].start, text) or \
                    _delegation_leader(people, m.lo, text)
                if leader is not None and leader is not p:
                    sent = next((x for x in leader.mentions if x.sentence == m.sentence and
                                 _SENT_A_DELEGATION.match(text, x.end, m.lo)), None)
                    if sent is not None:
                        leader.passing = True  # SENT_DELEGATION: who sent the delegation is not in it
                    if leader.side is not None:
                        side, rule = leader.side, "side.guest_delegation"
                    else:
                        p.side_of = leader
        if side is None and m.sentence and _THE_DELEGATION_LED_BY.search(text, max(sentences[m.sentence].start,
                                                                                  m.start - 80), m.start):
            # 'X met the delegation headed by Y' with 'a Turkish police delegation' named a sentence or more before: Y
            # heads that one (side.guest_delegation; the verb before the delegation is its host's, not Y's)
            side, rule = _named_delegation(anchors, sentences, m.sentence, text), "side.guest_delegation"
        if side is None and m.sentence and _LIST_GOES_ON.match(text, sentences[m.sentence].start) and \
                not _GAP_VERB.search(text, sentences[m.sentence].start, sentences[m.sentence].end):
            # 'The other members of the Dominican delegation are A and B. Likewise, <office>, C; <office>, D.'
            prev = by_sentence.get(m.sentence - 1, [])
            if prev and prev[-1].person.side is not None and not prev[-1].person.guessed:
                side, rule = prev[-1].person.side, LIST_GOES_ON
        if side is None and m.sentence:
            # 'The Polish delegation:' then one name a line: the heading's side, until a line that is no list item
            side, rule = _list_heading(m.sentence, sentences, anchors, by_sentence, text), LIST_HEADING
        if side is None and p.position:
            # 'the Police Commissioner of New York City X': a city's office is its country's, when the text says no side
            city = _OFFICE_OF_CITY.search(p.position)
            if city is not None:
                side = city_country(city.group(1)) or city_country(_CITY_WORD.sub("", city.group(1)))
                rule = OFFICE_CITY
        if side is None and p.position and m.sentence:
            # 'Frontex Deputy Executive Director visits Estonia ... led by Ms X, Deputy Executive Director for ...'
            side, rule = _office_named_before(p, m, sentences, anchors, by_sentence, people, text), OFFICE_NAMED_BEFORE
        p.side = side
        p.side_rule = rule if side is not None else None
        if side is None and p.position and " to " in p.position and p.not_side is None:
            # 'Ambassador to the Philippines X' with no side of their own: never the side of the post
            post = next((a.code for a in find_sides(tokenize(p.position), aliases)
                         if _posted(p.position, a.start)), None)
            if post is not None and not is_body(post):
                p.not_side, p.not_side_rule = post, POST_COUNTRY
    _companions(people, text)
    for m in people.mentions:
        # 'Franco Frattini visits ...' then 'Vice President of the European Commission Franco Frattini': a later title
        p = m.person
        if m.new or p.side_of is not None:
            continue
        if p.side is not None:
            # a phrase near the first mention gave the side; the person's own words at a later one weigh more
            # ('X met Y in Vilnius. ... X, who heads the Latvian Border Guard, thanked ...')
            if p.side_rule == NEAREST_BEFORE:
                own = own_words.get(id(m))
                if own is not None and own.code != p.side:
                    old_side, p.side, p.side_rule = p.side, own.code, LATER_OWN_WORDS
                    for q in people.persons:
                        if q.side_of is p and q.side == old_side and q.side_rule in _FOLLOWING_RULES:
                            q.side = own.code  # 'X was accompanied by Y': Y follows X's corrected side
            continue
        own = own_words.get(id(m))
        if own is not None:
            p.side, p.side_rule = own.code, LATER_OWN_WORDS
            continue
        if _CLEAN_TITLE.fullmatch(text, m.lo, m.name_start):
            side = _title_side(m, text, aliases)
            if side is not None:
                p.side, p.side_rule = side, TITLE_BEFORE
                continue
        # 'X ... . X also led the Indian delegation to the dialogue'
        led = _leads_named(m, anchors.get(m.sentence, []), sentences[m.sentence].tokens, text)
        if led is not None:
            p.side, p.side_rule = led.code, LEADS_NAMED
            continue
        # 'Visiting Minister X said ... . The Mongolian delegation, headed by X, later visited ...'
        head_of = next((a for a in reversed(anchors.get(m.sentence, [])) if a.end <= m.lo), None)
        if head_of is not None and _DELEGATION_LED_BY.fullmatch(text, head_of.end, m.lo):
            p.side, p.side_rule = head_of.code, LATER_LED_BY


COMPANION_SUBJECT = decision("side.companion_subject", "'A, <office> B and C accompanied X': the companions who are the "
                                                     "subject are on X's side (settled with X's)")
_ACCOMPANIED_ACTIVE = pattern("side.accompanied_active", r"\s+(?:also\s+)?(?:accompanied|escorted|joined)\s+(?!by\b)(?:the\s+)?")
_COMPANION_NEXT = pattern("side.companion_next", r"\s*,?\s*(?:and|as well as)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")
_ACCOMPANIED_WORDS = needs(_ACCOMPANIED_ACTIVE)


def _companions(people: People, text: str) -> None:
    """'A, B, and C accompanied X on the visit': the subjects, with no side of their own, go with X."""
    if not holds_any(text, _ACCOMPANIED_WORDS):
        return
    mentions = people.mentions
    for k, x in enumerate(mentions):
        after = text[x.end:x.end + 20]
        verb = _ACCOMPANIED_ACTIVE.match(text, x.end) if "ccompan" in after or "scort" in after or "joined" in after \
            else None
        if verb is None or k + 1 >= len(mentions) or mentions[k + 1].lo != verb.end() or \
                mentions[k + 1].sentence != x.sentence:
            continue
        leader = mentions[k + 1].person
        subject = [x]
        for y in reversed(mentions[:k]):
            if y.sentence != x.sentence or not _COMPANION_NEXT.fullmatch(text, y.end, subject[0].lo):
                break
            subject.insert(0, y)
        for y in subject:
            q = y.person
            if q is leader or q.side is not None or q.side_of is not None or q.not_side is not None:
                continue
            if leader.side is not None:
                q.side, q.side_rule = leader.side, COMPANION_SUBJECT
            else:
                q.side_of = leader


LATER_OWN_WORDS = decision("side.later_own_words", "a side in a later mention's own words, after the name ('X, who heads "
                                                   "the Latvian Border Guard', 'X of Latvia', 'X (Latvia)'): over none, or "
                                                   "over the nearest side phrase of the first mention")
OFFICE_NAMED_BEFORE = decision("side.office_named_before", "an office told before with its side and no name ('the Deputy "
                                                           "Executive Director of Frontex will visit Estonia'), then held by "
                                                           "the one person of that office: 'led by X, Deputy Executive "
                                                           "Director for ...'")
# the office's head words: up to its field or owner ('Deputy Executive Director' of '... for Standing Corps Management')
_OFFICE_CORE = pattern("side.office_core", r"(?:[A-Z][\w-]*\s+){1,3}[A-Z][\w-]*(?=\s+(?:for|of|at|in|on)\b|\s*,|\Z)")
_OWNER_GAP = pattern("side.owner_gap", r"\s*(?:\([A-Z][\w-]{1,9}\)\s*)?(?:['’]s\s+)?")


def _office_named_before(p: Person, m: Mention, sentences, anchors: dict[int, list[SideMention]],
                         by_sentence: dict[int, list[Mention]], people: People, text: str) -> str | None:
    core = _OFFICE_CORE.match(p.position)
    if core is None:
        return None
    words = core.group(0)
    if text.find(words, 0, sentences[m.sentence].start) == -1:
        return None  # (never said before)
    if sum(1 for q in people.persons if q.position and words in q.position) != 1:
        return None  # (two of that office: the unnamed one may be either)
    for idx in range(m.sentence):
        if by_sentence.get(idx):
            continue  # (a sentence naming people: the office there may be theirs)
        s = sentences[idx]
        at = text.find(words, s.start, s.end)
        while at != -1:
            for a in anchors.get(idx, []):
                # '<Frontex> Deputy Executive Director', '(Frontex) Deputy ...', 'Deputy Executive Director of <Frontex>'
                if a.end <= at and _OWNER_GAP.fullmatch(text, a.end, at) or \
                        a.start >= at + len(words) and _OF_OWNER.fullmatch(text, at + len(words), a.start):
                    return a.code
            at = text.find(words, at + 1, s.end)
    return None


_OF_OWNER = pattern("side.of_owner", r"\s+of\s+(?:the\s+)?")


LIST_GOES_ON = decision("side.list_goes_on", "a sentence with no verb that opens with 'Likewise,', 'Also,', 'In addition,' "
                                             "and lists titled names goes on with the list before it: the side of the last "
                                             "person the sentence before named")
_LIST_GOES_ON = pattern("side.list_goes_on_words", r"\s*(?:Likewise|Also|In addition|Additionally|Moreover|Furthermore|Besides|"
                                                  r"Similarly|As well as)\s*,")
LIST_HEADING = decision("side.list_heading", "a list under a side heading ('The Polish delegation:', 'For Haiti, the "
                                             "participants were:') then one name a sentence or line: the heading's side "
                                             "for each, until a sentence that names another side or no one")
_HEADING = pattern("side.heading_colon", r"[^\n:]{1,80}:\s*")


def _list_heading(at: int, sentences, anchors: dict[int, list[SideMention]], by_sentence: dict[int, list[Mention]],
                  text: str) -> str | None:
    """The side of the heading a list item sits under: the sentences from the heading down are list items (people,
    no side phrase of their own)."""
    if anchors.get(at):
        return None
    for i in range(at - 1, max(-1, at - 40), -1):
        found = anchors.get(i)
        s = sentences[i]
        if found:
            # the heading may run on into the first item ('The Polish delegation: General A, Commander ...')
            colon = text.find(":", found[-1].end, min(s.end, s.start + 80))
            heading = colon != -1 and _HEADING.fullmatch(text, s.start, colon + 1) and \
                not any(x.lo < colon for x in by_sentence.get(i, []))
            return found[0].code if heading and len({a.code for a in found}) == 1 else None
        if not by_sentence.get(i):
            return None
    return None


LATER_LED_BY = decision("side.later_led_by", "a later mention that heads a named delegation ('The Mongolian delegation, "
                                             "headed by X'), for a person the first mention gave no side")
_DELEGATION_LED_BY = pattern("side.delegation_led_by", r"\s+(?:delegation|team)\s*,?\s*(?:which\s+was\s+|was\s+)?"
                                                      r"(?:headed|led)\s+by\s+(?:the\s+)?")
_FOLLOWING_RULES = frozenset({ACCOMPANIED_SIDE, "side.pronoun_subject", "side.his_deputy"})


def _own_words_side(m: Mention, found: list[SideMention], same_sentence: list[Mention], text: str) -> SideMention | None:
    """The side a mention's own words after the name give: 'X of Latvia', 'X (Latvia)', an apposition."""
    for a in found:
        if a.start < m.end:
            continue
        if a.start - m.end > 200:
            return None  # (no title after a name runs that long)
        after = _OF_SIDE_AFTER.match(text, m.end, a.start)
        if after and after.end() == a.start:
            return a
        bracket = _BRACKET_SIDE.match(text, m.name_end, a.start)
        if bracket and bracket.end() == a.start and _BRACKET_CLOSE.match(text, a.end):
            return a
        break
    return _apposition_side(m, found, same_sentence, text)


HIS_DEPUTY = decision("side.his_deputy", "'General X and her deputy, Colonel Y': Y is on X's side")
_HIS_DEPUTY = pattern("side.his_deputy_words", r"\s*,?\s*(?:and|as well as|with)\s+(?:his|her)\s+(?:first\s+)?(?:deputy|deputies|"
                      r"assistant|adviser|advisor|aide|spokesperson|chief of staff)\s*,?\s*(?:the\s+)?\Z", re.I)
APPOSITION = decision("side.apposition", "the first side named in the titles after a name: 'X, Deputy Secretary, "
                                         "Australia's Department of Home Affairs', 'X, Permanent Representative of Latvia'")
# the titles in apposition after a name: capitalised words, 'of the', commas, an acronym in brackets; no verb
_APPO_WORD = r"(?:[A-ZÀ-Þ][\w'’.-]*|\([A-Z]{2,9}\)|\([A-Z][a-z]{2,15}\))"  # ('Deputy Secretary (International)')
_APPO_LINK = r"(?:of|the|for|on|in|at|and|de|del|to)"
_APPO_TITLE = rf"(?:the\s+)?{_APPO_WORD}(?:\s+(?:{_APPO_WORD}|{_APPO_LINK}))*"
# (a title may open with a lower-case office word: 'X, commander of U.S. Coast Guard Forces')
_APPO_LOWER = r"(?:(?:deputy\s+|first\s+|acting\s+)?(?:commander|head|chief|director|member|president|minister|secretary|" \
              r"representative|officer|official|expert|adviser|advisor|ambassador|attach[eé]|consul|spokesperson|spokesman)\s+)"
# a whole title in lower case between commas ('X, chief executive officer, the Australian Customs Service')
_APPO_LOWER_TITLE = r"(?:(?!(?:who|which|said|says|met|and|was|is)\b)[a-z][a-z-]*\s+){0,3}(?:officer|commandant|commander|" \
                    r"director|chief|head|minister|secretary|representative|adviser|advisor|attach[eé]|consul|spokesperson|" \
                    r"spokesman|president|chairman|chairperson|commissioner|inspector|coordinator|manager)"
# 'X, the newly appointed European Commissioner for ...'
_APPO_NEW = r"(?:(?:newly|recently)\s+)?(?:(?:appointed|elected|designated|new|incoming|outgoing)\s+)?" \
            r"(?:(?:senior|high-ranking|top|visiting|former|veteran|leading)\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?"
# an office's head word, capitalised ('Minister', 'Director'): the words of phrases.json office_heads
_APPO_HEAD = "(?:" + "|".join(sorted((w.capitalize() for w in json_data("phrases.json")["office_heads"]
                                      if w.isalpha() and len(w) > 4), key=len, reverse=True)) + ")"
_APPOSITION_GAP = pattern("side.apposition_gap", rf"(?:\s*,\s*(?!and\b)(?:(?:{_APPO_TITLE}|{_APPO_LOWER_TITLE})\s*,\s*(?!and\b))*|"
                                                 # (a predicate with no comma: 'X who is Lithuania's Vice-Minister', 'X
                                                 # is the Latvian consul'; not 'X is visiting Ghana')
                                                 rf"\s+(?=(?:who\s+)?(?:is|was|serves\s+as)\s+(?!visiting\b))|"
                                                 # (an office's head word right after the name: 'Dr. X Minister for
                                                 # Foreign Affairs, Trade and Industry of Mauritius')
                                                 rf"\s+(?={_APPO_HEAD}\b)(?:{_APPO_TITLE}\s*,\s*(?!and\b))*)"
                                                 # ('X, the police attaché of Lithuania', 'X, who is Lithuania's Vice-Minister')
                                                 rf"(?:(?:(?:who\s+)?(?:is|was|serves\s+as)\s+|who\s+(?:heads|leads|commands|represents)\s+)?"
                                                 rf"(?:(?:the|an?)\s+(?:[a-z][\w-]*\s+)?(?=[a-z]))?"
                                                 rf"(?:{_APPO_LOWER}(?:(?:of|at|for|to|from|with)\s+)?)?(?:the\s+|an?\s+)?{_APPO_NEW}"
                                                 rf"(?:{_APPO_WORD}(?:\s+(?:{_APPO_WORD}|{_APPO_LINK}))*\s+)?)?")
_TO_BEFORE = pattern("side.to_before", r"\bto\s+(?:the\s+)?\Z")


def _apposition_side(m: Mention, found: list[SideMention], same_sentence: list[Mention], text: str) -> SideMention | None:
    for a in found:
        if a.start < m.name_end:
            continue
        if any(m.name_end <= x.start < a.start or x.lo <= a.start < x.end for x in same_sentence if x is not m):
            return None  # another person's titles ('X, INTERPOL Policy Analyst, Y')
        gap = _APPOSITION_GAP.fullmatch(text, m.name_end, a.start)
        if gap is None or _TO_BEFORE.search(text, m.name_end, a.start) or _destination(a, text, m.name_end):
            return None  # 'X, Ambassador to Georgia': where the post is, not whose; 'X, visiting Ghana,': where X went
        if is_body(a.code) and _NATIONAL_OFFICE.search(text, m.name_end, min(len(text), a.end + 40)):
            return None  # 'X, Head of INTERPOL National Central Bureau Accra': the country's own police
        return a
    return None




# 'SANTA RITA, Guam — X ...': the place of a dateline opening the sentence names where, not whose
# ('For Haiti, the participants were: ...' opens with a preposition: no place line)
_DATELINE_BEFORE = pattern("side.dateline_before", r"\s*(?!(?:For|From|On|In|At|By|With|To|Of|As|After|During)\s)"
                                                   r"(?:[A-Z][\w.'’-]*[\s,]+){1,4}")
_DATELINE_AFTER = pattern("side.dateline_after", r"\s*(?:,\s*[\w .,]{0,25}?)?\s*(?:\([^)]{0,30}\)\s*)?(?:[—–]|--|-\s|:\s)")


def _in_dateline(a: SideMention, sentence_start: int, text: str) -> bool:
    if a.start - sentence_start > 60:
        return False
    head = _DATELINE_BEFORE.match(text, sentence_start, a.start)
    return bool(head and head.end() == a.start and _DATELINE_AFTER.match(text, a.end))


# 'The visiting delegation was headed by X': the delegation an earlier sentence named ('a delegation from Bahrain')
_GUEST_DELEGATION = pattern("side.guest_delegation", r"\b(?:the|this)\s+(?:(?:visiting|guest|foreign|incoming)\s+(?:delegation|team|side)|visitors|guests)\b",
                               re.I)
# 'The delegation, led by its Director General, X': the delegation a sentence before named
# ('It was headed by X' after a sentence naming the delegation)
# ('The four-member delegation', 'The team headed by X')
_THE_DELEGATION = pattern("side.the_delegation", r"\s*(?:(?:The|This)\s+(?:[a-z][\w-]*\s+){0,2}(?:delegation|team|mission)\b|"
                                                 r"It\s+was\s+(?:headed|led)\s+by\b)")
# 'Also in the delegation were X and Y', 'Members of the delegation: X', 'The delegation also included X'
_IN_THE_DELEGATION = needing(pattern("side.in_the_delegation", r"\b(?:[Ii]n|[Oo]f|[Jj]oined|[Ii]ncluded in)\s+the\s+delegation\b(?!\s+of\b|\s+from\b)|"
                                                       # 'approved a delegation comprising, <office>, A; ...'
                                                       r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team)\s*,?\s+(?:comprising|"
                                                       r"consisting of|made up of|composed of|comprised of)\b|"
                                                       r"\b[Tt]he\s+delegation\s+(?:also\s+)?(?:included|includes|comprised|"
                                                       r"consisted|was composed)\b"))
_DELEGATION_FROM = pattern("side.delegation_from", r"\b(?:delegation|team)\s+(?:from|of|(?:led|headed)\s+by)\s+(?:the\s+)?$", re.I)
# ('a three-member Iraqi police delegation', 'the Polish Border Guard delegation')
_DELEGATION_AFTER = pattern("side.delegation_after", r"\s*(?:(?!(?:and|or|with|of|the|to|in|for|at|on)\s)[\w-]+\s+){0,2}?"
                                                     r"(?:delegation|team)\b", re.I)


OF_THE_DELEGATION = _OF_THE_DELEGATION = pattern("side.of_the_delegation", r"(?:the\s+)?(?:(?:head|leader|chief|chairman|member)s?\s+of\s+(?:the\s+)?"
                                                        r"(?:visiting\s+|guest\s+|foreign\s+)?delegation|"
                                                        r"delegation\s+(?:head|leader|chief))\Z", re.I)
# 'Delegation head Colonel X' (a title the office did not take): the head of the delegation named before
_DELEGATION_HEAD_BEFORE = pattern("head.delegation_head_before", r"\b(?:[Dd]elegation(?:['’]s)?\s+(?:head|leader|chief)|"
                                                                 r"(?:[Hh]ead|[Ll]eader)\s+of\s+(?:the\s+)?delegation|"
                                                                 # 'the team leader of the Mozambican delegates Mr X'
                                                                 r"(?:[Hh]ead|[Ll]eader)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?"
                                                                 r"(?:delegation|delegates|visitors|guests)(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?|"
                                                                 # 'The Head of the A delegation, X and that of the B
                                                                 # delegation, Y': Y heads B's
                                                                 r"\band\s+that\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?delegation)\s*,?\s*\Z")
# 'Vice-Minister X, who headed the guests, thanked ...': the delegation a sentence before named
_LEADS_GUESTS = pattern("side.leads_guests", r"\s*,?\s*(?:who\s+)?(?:headed|led|heads|leads|was heading|was leading)\s+the\s+"
                                             r"(?:guests|visitors|(?:visiting\s+|guest\s+)?delegation)\b")
# 'met the delegation headed by Y', 'received the visiting team, led by Y': Y heads the delegation named before
_THE_DELEGATION_LED_BY = pattern("side.the_delegation_led_by", r"\bthe\s+(?:[a-z][\w-]*\s+){0,2}(?:delegation|team)\s*,?\s+"
                                                             r"(?:headed|led)\s+by\s+(?:the\s+)?\Z")
_MET_BEFORE = pattern("side.met_before", r"\b(?:met|meets|visited|called on|held talks with|thanked|briefed)\b")
_LED_A_DELEGATION = pattern("side.led_a_delegation", r"(?:[^.;]|(?<=\b[A-Z])\.){0,160}?\b(?:led|headed|leading|heading|approved|"
                                                     r"sent|dispatched|deployed|constituted)\s+(?:a|the|an|his|her)\s+"
                                                     r"(?:[\w-]+\s+){0,3}?(?:delegation|team)\b")
# 'The Chairman, X, had approved a delegation comprising A, B and C': X sent the delegation and stayed home
_SENT_A_DELEGATION = pattern("person.sent_delegation_verb", r"(?:[^.;]|(?<=\b[A-Z])\.){0,60}?\b(?:had\s+)?(?:approved|sent|dispatched|"
                                                       r"deployed|constituted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                                                       r"(?:delegation|team)\s*,?\s+(?:comprising|consisting|made up|composed|"
                                                       r"comprised|including)\b")
SENT_DELEGATION = decision("person.sent_delegation", "'The Chairman, X, approved a delegation comprising A and B': A and B "
                                                     "are of X's side, and X, who sent them, is not present")


def _delegation_leader(people: People, before: int, text: str) -> Person | None:
    """The last person named before `before` whose clause says they led a delegation."""
    earlier = [x for x in people.mentions if x.end <= before]
    for x in reversed(earlier[-4:]):
        if _LED_A_DELEGATION.match(text, x.end, before):
            return x.person
    return None


def _named_delegation(anchors, sentences, idx: int, text: str) -> str | None:
    # (the nearest delegation named before, a paragraph or two back: 'A Colombian delegation visits Chile ... The
    # delegation comprised of X')
    for back in range(idx - 1, max(-1, idx - 8), -1):
        for a in reversed(anchors.get(back, [])):
            if _DELEGATION_FROM.search(text, max(0, a.start - 40), a.start) or _DELEGATION_AFTER.match(text, a.end):
                return a.code
    return None


# 'X met on Wednesday with his Czech counterpart Y': the demonym names the other party's side, not X's
_HIS_BEFORE = pattern("side.his_before", r"\b(?:his|her|their)\s+\Z", re.I)
_COUNTERPART_AFTER = pattern("side.counterpart_after", r"\s*(?:counterparts?|colleagues?|opposite numbers?|hosts?|guests?|"
                                                       r"interlocutors?|partners?)\b", re.I)
# (after the subject: ', accompanied by Z,' and a weekday may come between)
_MET_DEMONYM = pattern("side.met_demonym", r"(?:\s*,[^,.;]{1,80},)?\s+(?:on\s+\w+day\s+)?(?:met|met with|meets|meets with|held talks with|"
                                           r"received|receives|welcomed|hosted)\s+(?:the\s+)?(?=[A-Z])")
_HIS_COUNTERPART = pattern("side.his_counterpart", r"\b(?:his|her|their)\s+counterparts?\s*,?\s*\Z", re.I)
NOT_COUNTERPART = decision("side.not_counterpart", "'X met his Czech counterpart': X is not on the counterpart's side; "
                                                  "when the host would be that side, X is the publisher's")


def counterpart_sides(people: People, sentences, anchors: dict[int, list[SideMention]], text: str) -> None:
    """Mark the subjects of 'his <Demonym> counterpart' with the side they are not on (settled per meeting)."""
    for idx, found in anchors.items():
        for a in found:
            if not (_HIS_BEFORE.search(text, max(0, a.start - 8), a.start) and _COUNTERPART_AFTER.match(text, a.end)):
                continue
            after = [x for x in people.mentions if x.sentence == idx and x.lo >= a.end]
            for x in people.mentions:
                if x.sentence == idx and x.end <= a.start and x.person.side is None:
                    x.person.not_side, x.person.not_side_rule = a.code, NOT_COUNTERPART
            for x in after[1:]:
                # 'with his Russian counterpart A, Interior Minister B said': the demonym is A's, and not B's side
                if x.new and x.person.side == a.code and x.person.side_rule == NEAREST_BEFORE and \
                        not any(b.start > a.end and b.end <= x.lo for b in found):
                    x.person.side = x.person.side_rule = None
                    x.person.not_side, x.person.not_side_rule = a.code, NOT_COUNTERPART
    for x in people.mentions:
        # 'X met the Lithuanian Vice-Minister Y': the demonym opening the office of the one met is not X's side
        met = _MET_DEMONYM.match(text, x.end) if x.person.side is None and x.person.not_side is None else None
        if met is None:
            continue
        a = next((a for a in anchors.get(x.sentence, []) if a.start == met.end()), None)
        y = next((y for y in people.mentions if y.sentence == x.sentence and y.lo <= met.end() < y.name_start), None)
        if a is not None and y is not None and y.person.side == a.code and not is_body(a.code):
            x.person.not_side, x.person.not_side_rule = a.code, NOT_COUNTERPART
    for y in people.mentions:
        # 'X held talks with his counterpart Y, the Chinese Minister of Public Security': Y's own side is not X's
        side = y.person.side
        if side is None or is_body(side) or y.person.guessed or text.find("ounterpart", max(0, y.lo - 16), y.lo) == -1 \
                or not _HIS_COUNTERPART.search(text, max(0, y.lo - 30), y.lo):
            continue
        for x in people.mentions:
            if x.sentence == y.sentence and x.end <= y.lo and x.person.side is None and x.person.not_side is None \
                    and x.person is not y.person:
                x.person.not_side, x.person.not_side_rule = side, NOT_COUNTERPART


# 'X arrived in Vilnius', 'X paid a working visit to Lithuania': X is a visitor there, not of the host's side
_VISITOR_VERB = pattern("side.visitor_verb", r"\b(?:arrived|arrives|arriving)\s+(?:\w+\s+)?(?:in|at)\s+|"
                        r"\b(?:paid|pays|paying|made|makes|was on|is on|on)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?visit\s+to\s+|"
                        # 'X was accompanied by Y during his official visit to Croatia'
                        r"\b(?:during|in the course of)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?visit\s+to\s+|"
                        r"\b(?:travell?ed|travels|came|went|flew)\s+to\s+|"
                        # 'X led an interagency delegation to Mexico'
                        r"\b(?:led|leads|leading|headed|heads|heading)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:delegation|team|mission)\s+to\s+|"
                        # 'A high-level delegation led by A, B and C visited Ghana'
                        r"\bvisited\s+(?=(?:the\s+)?[A-Z])|"
                        # 'X and Y are in Jordan for a three-day visit', 'X is currently in Cyprus', 'X is visiting
                        # Ghana': the subject of a stay in a country is a guest there (a capital next: the place words)
                        r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|presently\s+|already\s+)?(?:in|visiting)\s+"
                        r"(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# "Marcos' visit to Japan", "Ortega's visit to Chile": the owner of the visit, the name right before, is the visitor
# (the words between may be a duration written with a hyphen: "X's recent five-day visit to", 'on his three-day work visit to')
_OWNED_VISIT = pattern("side.owned_visit", r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\s+", re.I)
# 'A delegation led by A, <titles>, B, <titles>, and C visited Ghana': everyone the delegation lists is the subject
_LED_LIST_SUBJECT = pattern("side.led_list_subject", r"\b(?:delegation|team|mission)\s*,?\s*(?:led|headed)\s+by\s+", re.I)
_VISITOR_WORDS = ("arriv", "visit ", "visited ", "travel", "came ", "went ", "flew ", "delegation to ", "team to ", "mission to ",
                  "trip to ", "is in ", "are in ", "was in ", "were in ", "currently in ", "visiting ")
_PLACE_WORDS = pattern("side.place_words", r"(?:the\s+)?((?:[A-Z][\w'’-]*)(?:[\s-]+[A-Z][\w'’-]*){0,2})")
_RETURNING = pattern("side.returning", r"\b(?:before|after|upon|on)\s+(?:returning|their return|his return|her return)\s+"
                                      r"(?:home\s+)?to\s+", re.I)
RETURNING_HOME = decision("side.returning_home", "'X ... before returning to Hong Kong': the subject's own side")
_PARTICIPANT_VERB = pattern("side.participant_verb", r"\b(?:(?:participated|participates|took part|takes part)\s+in|"
                                                    r"attended|attends)\s+(?!by\b)(?:the\s+)?", re.I)
_OBJECT_PHRASE = pattern("side.object_phrase", r"[^,.;:]{1,120}")
BODY_PARTICIPANT = decision("side.body_participant", "'X participated in the Frontex Board meeting': X is not the body's; "
                                                     "when the host would be the body, X is the publisher's")
VISITOR = decision("side.visitor", "'X arrived in Vilnius': X is not on the side of the country visited; when the host "
                                   "would be that side, X is the publisher's")


def visitor_sides(people: People, sentences, anchors: dict[int, list[SideMention]], text: str, aliases) -> None:
    """Mark the unsided subjects of a visit with the side of the country they went to, and of a body's meeting
    with the body (settled per meeting); '... before returning to Hong Kong' gives the subject's own side."""
    _delegation_hosts(people, sentences, anchors, text)
    with_people = {x.sentence for x in people.mentions}
    for idx, sent in enumerate(sentences):
        if idx not in with_people:
            continue
        low = text[sent.start:sent.end].lower()
        if any(w in low for w in _VISITOR_WORDS):
            _visit(people, idx, sent, text, aliases)
        if "eturn" in low:
            _returning(people, idx, sent, text, aliases)
        if "particip" in low or "part in" in low or "attended the" in low or "attends the" in low:
            _body_participant(people, idx, sent, text, aliases)


# 'During his visit to Lithuania, X met Y': a fronted visit tells of the subject after its comma
_FRONTED_VISIT = pattern("side.fronted_visit", r"\s*(?:During|In the course of|On)\s+(?:his|her|their|the|a|an)\s+"
                                               r"(?:[\w-]+\s+){0,2}?visit\s+to\s+[^,;.]*,")


HOSTS_DELEGATION = decision("side.hosts_delegation", "'X, who hosted the delegation', 'X received the Gambian delegation': X "
                                                   "is not on the side of the delegation received (named there or a few "
                                                   "sentences before)")
_HOSTED_DELEGATION = pattern("side.hosted_delegation", r"\s*,?\s*(?:who\s+)?(?:also\s+|warmly\s+|personally\s+)?(?:received|hosted|"
                                                       r"welcomed|greeted)\s+(?:the|a|an)\s+((?:[\w'’-]+\s+){0,3}?)"
                                                       r"(?:delegation|team|visitors|guests|mission)\b")
_HOSTED_WORDS = needs(_HOSTED_DELEGATION)


def _delegation_hosts(people: People, sentences, anchors: dict[int, list[SideMention]], text: str) -> None:
    if not holds_any(text, _HOSTED_WORDS):
        return
    for x in people.mentions:
        p = x.person
        if p.side is not None or p.not_side is not None or "ed " not in text[x.end:x.end + 40]:
            continue
        hosted = _HOSTED_DELEGATION.match(text, x.end)
        if hosted is None:
            continue
        # ('the Polish delegation', 'the delegation from Poland')
        inside = [a for a in anchors.get(x.sentence, []) if hosted.start(1) <= a.start < hosted.end(1) or
                  a.start >= hosted.end() and _OF_SIDE_AFTER.fullmatch(text, hosted.end(), a.start)]
        guest = inside[0].code if inside else _named_delegation(anchors, sentences, x.sentence + 1, text)
        if guest is not None:
            p.not_side, p.not_side_rule = guest, HOSTS_DELEGATION


def _visit(people: People, idx: int, sent, text: str, aliases) -> None:
    verbs = list(_VISITOR_VERB.finditer(text, sent.start, sent.end))
    if ("'" in text[sent.start:sent.end] or "’" in text[sent.start:sent.end]) and "to " in text[sent.start:sent.end]:
        verbs += [v for v in _OWNED_VISIT.finditer(text, sent.start, sent.end) if text[v.start() - 1].isalnum()]
        verbs.sort(key=lambda v: v.start())  # (in text order: the first visit told marks its subject)
    for v in verbs:
        before = [x for x in people.mentions if x.sentence == idx and x.end <= v.start()]
        if not before:
            fronted = _FRONTED_VISIT.match(text, sent.start, sent.end)
            if fronted is not None and fronted.start() <= v.start() < fronted.end():
                before = [x for x in people.mentions if x.sentence == idx and x.lo >= fronted.end()][:1]
        if not text[v.start()].isalpha():
            # "Ortega's visit to Chile": the owner named right before (with or without the 's); "the minister's visit": no one named
            before = [x for x in people.mentions if x.sentence == idx and x.lo < v.start() <= x.end <= v.start() + 2]
            if not before:
                continue
        # the one the verb tells of: the last named before it, with those joined to it by 'and'
        subject = before[-1:]
        led = _LED_LIST_SUBJECT.search(text, sent.start, before[0].lo) if before else None
        if led is not None and not _GAP_VERB.search(text, before[-1].end, v.start()):
            subject = before  # (the titles of those listed tell no verb: 'A, Minister of X, B, ...')
            before = []
        for x in reversed(before[:-1]):
            joined = _SUBJECT_JOINED.match(text, x.end, subject[0].lo)  # 'X was accompanied by Y during his visit to'
            if not (_AND_NEXT.match(text[x.end:subject[0].lo]) or joined and subject[0].lo - joined.end() <= 60):
                break
            subject.insert(0, x)
        subject = [x for x in subject if x.person.side is None]
        if not subject:
            continue
        place = _PLACE_WORDS.match(text, v.end(), sent.end)
        if not place:
            continue
        words = place.group(1)
        dest = first_side(words, aliases)
        if dest is None and text[v.start()].isalpha() and not v.group().lower().startswith("visited"):
            # (a bare 'visited <City>' is often a headline of the page's own people, "X's visit to <City>" a visit told
            # in passing: only a country or agency counts there)
            parts = words.replace("-", " ").split()
            dest = next((c for n in range(len(parts), 0, -1) if (c := city_country(" ".join(parts[:n])))), None)
        if dest is not None:
            for x in subject:
                if x.person.not_side is None:
                    x.person.not_side, x.person.not_side_rule = dest, VISITOR


def _returning(people: People, idx: int, sent, text: str, aliases) -> None:
    for v in _RETURNING.finditer(text, sent.start, sent.end):
        # '... in Moscow before returning to Hong Kong': the subject goes home, to its own side
        before = [x for x in people.mentions if x.sentence == idx and x.end <= v.start()]
        place = _PLACE_WORDS.match(text, v.end(), sent.end)
        if not before or before[0].person.side is not None or not place:
            continue
        home = first_side(place.group(1), aliases) or city_country(place.group(1))
        if home is not None:
            before[0].person.side, before[0].person.side_rule = home, RETURNING_HOME


def _body_participant(people: People, idx: int, sent, text: str, aliases) -> None:
    for v in _PARTICIPANT_VERB.finditer(text, sent.start, sent.end):
        # 'X participated in the Frontex Board meeting': a body's meeting is attended by others than its staff
        before = [x for x in people.mentions if x.sentence == idx and x.end <= v.start()]
        if not before or before[-1].person.side is not None or before[-1].person.not_side is not None:
            continue
        obj = _OBJECT_PHRASE.match(text, v.end(), sent.end)
        bodies = [c for c in sides_in(obj.group(0), aliases) if is_body(c)] if obj else []
        if bodies:
            before[-1].person.not_side, before[-1].person.not_side_rule = bodies[0], BODY_PARTICIPANT


_NOT_NOUN = frozenset({"was", "were", "is", "are", "has", "had", "have", "who", "which", "and", "also", "said", "says",
                       "will", "would", "then", "thanked", "thanks", "met", "on", "in", "at", "of", "for", "to", "with"})
DEMONYM_REFERENCE = decision("side.demonym_reference", "'X met the Minister of Lithuania Y. The Polish minister ...': "
                                                      "the one earlier unsided person with that title is Polish")


def demonym_references(people: People, sentences, anchors: dict[int, list[SideMention]], text: str) -> None:
    """'The Polish minister was accompanied by ...' names the side of the earlier minister whose side the text
    had not said, when exactly one such minister was named and no minister of that side."""
    for idx, sent in enumerate(sentences):
        toks = sent.tokens
        found = anchors.get(idx, [])
        if len(toks) < 3 or toks[0].low != "the" or not found or found[0].i != 1 or found[0].j >= len(toks):
            continue
        # the head noun of 'The Malawian police chief': the last lower-case word after the demonym
        k = found[0].j
        while k + 1 < min(len(toks), found[0].j + 3) and toks[k + 1].is_word and toks[k + 1].text.islower() and \
                toks[k + 1].low not in _NOT_NOUN and not toks[k + 1].low.endswith(("ed", "ing")):
            k += 1
        code, word = found[0].code, toks[k].low
        titled = [p for p in people.persons if p.position and p.mentions and p.mentions[0].start < sent.start
                  and word in fold(p.position).split()]
        unsided = [p for p in titled if p.side is None and p.not_side != code]
        if len(unsided) == 1 and not any(p.side == code for p in titled):
            unsided[0].side, unsided[0].side_rule = code, DEMONYM_REFERENCE


def respective_sides(people: People, sentences, anchors: dict[int, list[SideMention]], text: str) -> None:
    """'The delegations of A, B and C were headed respectively by X, Y, and Z': X is A's, Y is B's, Z is C's."""
    for idx, sent in enumerate(sentences):
        if "respectively" not in text[sent.start:sent.end]:
            continue  # (every wording has the word)
        m = RESPECTIVELY.search(text, sent.start, sent.end)
        if not m:
            _respective_list(people, idx, sent, anchors.get(idx, []), text)
            continue
        sides: list[str] = []
        for a in anchors.get(idx, []):
            if a.end <= m.start() and a.code not in sides:
                sides.append(a.code)
        listed = [x for x in people.mentions if x.sentence == idx and x.start >= m.end() and x.new]
        if len(sides) >= 2 and len(sides) == len(listed):
            for side, x in zip(sides, listed):
                x.person.side, x.person.side_rule = side, "side.respectively"


_RESPECTIVELY_WORD = pattern("side.respectively_word", r"\brespectively\b")
_STRONG_SIDE = frozenset({OWN_OFFICE, DEMONYM_OFFICE})


def _respective_list(people: People, idx: int, sent, found: list[SideMention], text: str) -> None:
    """'A and B, chiefs of the Indonesian Police and the Australian Federal Police respectively' and 'Lebanese and
    Palestinian ministers, A and B, respectively': the names joined by 'and' take the sides listed, in order."""
    word = _RESPECTIVELY_WORD.search(text, sent.start, sent.end)
    if not word:
        return
    named = [x for x in people.mentions if x.sentence == idx and x.end <= word.start()]
    if len(named) < 2:
        return
    run = [named[-1]]
    for x in reversed(named[:-1]):
        gap = text[x.end:run[0].lo]
        if not (_AND_NEXT.match(gap) or _LIST_NEXT.match(gap)):
            break
        run.insert(0, x)
    if len(run) < 2:
        return
    after = [a for a in found if run[-1].end <= a.start and a.end <= word.start()]
    before = [a for a in found if a.end <= run[0].lo]
    if len(after) == len(run):
        sides = after
    elif len(before) >= len(run) and not after and all(" and " in text[a.end:b.start] or "," in text[a.end:b.start]
                                                       for a, b in zip(before[-len(run):], before[-len(run) + 1:])):
        sides = before[-len(run):]
    else:
        return
    if len({a.code for a in sides}) != len(sides):
        return
    for a, x in zip(sides, run):
        if x.person.side_rule not in _STRONG_SIDE:
            x.person.side, x.person.side_rule = a.code, "side.respectively"
            for q in people.persons:
                if q.side_of is x.person and q.side_rule == ACCOMPANIED_SIDE:
                    q.side = a.code  # 'Gen. A was accompanied by X': X follows A's corrected side


_PAIRED = pattern("side.paired", r"\s+and\s+\Z")
_PAIRED_NOUN = pattern("side.paired_noun", r"\A\s+(?:[\w-]+\s+){0,3}?(?:chiefs|ministers|heads|commanders|directors|counterparts|"
                          r"leaders|officials|representatives|delegations)\s*,?\s*\Z", re.I)


# 'the ministers of the interior of Lithuania and Poland, A and B': the plural office before the pair
_PAIRED_COMMA = pattern("side.paired_comma", r"\s*,\s*")
_PLURAL_OF = pattern("side.plural_of", r"\b(?:chiefs|ministers|heads|commanders|directors|leaders|representatives|"
                                       r"officials|delegations)\s+(?:of\s+(?:the\s+)?[\w\s]{0,40}?)?(?:of|from)\s+(?:the\s+)?\Z", re.I)
_PAIRED_SIDES_AND = pattern("head.paired_sides_and", r"\s*,?\s*and\s+")


def paired_sides(people: People, sentences, anchors: dict[int, list[SideMention]], text: str) -> None:
    """'Cambodian and Thai police chiefs, General A and Police General B, met': A is Cambodian, B Thai; 'the police
    chiefs of A, B and C, N1, N2 and N3': each in the list's order (SIDE_LIST)."""
    by_sentence: dict[int, list[Mention]] = {}
    for x in people.mentions:
        by_sentence.setdefault(x.sentence, []).append(x)
    for idx, found in anchors.items():
        for i, (a1, a2) in enumerate(zip(found, found[1:])):
            if not _PAIRED.match(text[a1.end:a2.start]):
                continue
            # SIDE_LIST: 'the police chiefs of A, B and C, N1, N2 and N3': the sides listed before 'and' with commas
            run = [a1, a2]
            k = i
            while k > 0 and _PAIRED_COMMA.fullmatch(text, found[k - 1].end, found[k].start):
                k -= 1
                run.insert(0, found[k])
            # (x.start, not x.lo: 'Czech and Slovak Prime Ministers A and B' gives A the plural office, office.plural_shared)
            listed = [x for x in by_sentence.get(idx, []) if x.start >= a2.end and x.new]
            if len(listed) < len(run):
                continue
            first = listed[0].lo if listed[0].lo >= a2.end else listed[0].start
            if not (_PAIRED_NOUN.match(text[a2.end:first]) or (
                    _PAIRED_COMMA.fullmatch(text, a2.end, first)
                    and _PLURAL_OF.search(text, max(0, run[0].start - 60), run[0].start))):
                continue
            n = len(run)
            if not _PAIRED_SIDES_AND.fullmatch(text[listed[n - 2].end:listed[n - 1].lo]) or not all(
                    _PAIRED_COMMA.fullmatch(text, listed[j].end, listed[j + 1].lo) for j in range(n - 2)):
                continue
            for a, x in zip(run, listed):
                x.person.side, x.person.side_rule = a.code, "side.paired"


def _subject_reference(people: People, sent, text: str, person: Person) -> Person | None:
    """'The minister was accompanied by ...': the earlier person with that title."""
    toks = sent.tokens
    if len(toks) < 2 or toks[0].low != "the":
        return None
    if any(m.lo <= toks[1].start < m.end for m in people.mentions):
        return None
    word = toks[1].low
    unsided = None
    for p in people.persons:
        if p is person or not p.position or not p.mentions:
            continue
        if p.mentions[0].start < sent.start and word in fold(p.position).split():
            if p.side is not None:
                return p
            unsided = unsided or p
    return unsided


# Heads named by a plural role in apposition to a list of names: 'Its co-chairs, A and B, signed', 'A of Poland and B of
# Chile, the co-chairs of the group,', 'with A and B as co-chairs', 'the heads of delegations, A and B, signed'
_ROLE_LIST = pattern("head.role_list", r"\b(?:co-?chairs|co-?chairmen|co-?chairpersons|co-?chairwomen|(?:heads|leaders)\s+of\s+"
                                       r"(?:the\s+)?(?:two\s+|both\s+|respective\s+)?delegations)\b", re.I)
# (the list after the role: 'co-chairs of the group, A'; before it: 'A and B, the co-chairs', 'A and B as co-chairs')
_ROLE_THEN_LIST = pattern("head.role_then_list", r"(?:\s+of\s+[^,.;:()]{1,60}?)?\s*[,:–—]\s*(?:the\s+)?\Z")
_LIST_THEN_ROLE = pattern("head.list_then_role", r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
                                                 r"(?:\s*,\s*(?:as\s+)?|\s+as\s+)(?:the\s+|its\s+|their\s+)?\Z")


def _role_list(mentions: list[Mention], text: str) -> None:
    """Every item of a list of names a plural role stands in apposition to (_ROLE_LIST): two or more, one sentence."""
    low = text.lower()
    if not any(word in low for word in ("co-chair", "cochair", "heads of", "leaders of")):
        return
    for trig in _ROLE_LIST.finditer(text):
        after = [m for m in mentions if m.lo >= trig.end()]
        before = [m for m in mentions if m.end <= trig.start()]
        listed: list[Mention] = []
        if after and after[0].lo - trig.end() < 80 and _ROLE_THEN_LIST.match(text, trig.end(), after[0].lo):
            listed = [after[0]]
            for m in after[1:]:
                gap = text[listed[-1].end:m.lo]
                if m.sentence != listed[0].sentence or not (_AND_NEXT.match(gap) or _LIST_NEXT.match(gap)):
                    break
                listed.append(m)
        elif before and _LIST_THEN_ROLE.match(text, before[-1].end, trig.start()):
            listed = [before[-1]]
            for m in reversed(before[:-1]):
                gap = text[m.end:listed[-1].lo]
                if m.sentence != listed[-1].sentence or not (_AND_NEXT.match(gap) or _LIST_NEXT.match(gap)):
                    break
                listed.append(m)
        if len({id(m.person) for m in listed}) >= 2:
            for m in listed:
                _head(m.person, "head.role_list")


def _head(person: Person, rule: str) -> None:
    if not person.head:
        person.head, person.head_rule = True, rule


_SENTENCE_END = pattern("head.sentence_end_after_trigger", r"\.(?:\s|$)")
# 'Mr.', 'Dr.', 'Gen.', 'Brig.': a rank or title abbreviated before a name does not end the clause
_ABBREVIATION_BEFORE_DOT = pattern("head.abbreviation_before_dot", r"\b(?:Mr|Mrs|Ms|Dr|H|E|[A-Z][a-z]?|Gen|Col|Maj|Lt|Capt|Brig|"
                                                                   r"Adm|Cdr|Cmdr|Sgt|Insp|Supt|Prof|Amb|Hon|Comm|Cdt)$")
_DELEGATIONS_WERE = pattern("head.delegations_were", r"\b(?:delegations|sides|parties)\s+(?:were|was)\s+(?:\w+\s+)?$")
_ABBREVIATION_BEFORE_END = pattern("head.abbreviation_before_sentence_end", r"\b(?:Mr|Mrs|Ms|Dr|[A-Z][a-z]?)$")


_WHOSE_LEADER = pattern("head.whose_leader", r"(?<=, )whose\s+(?:head|leader|chief)\s*,?\s*(?:was\s+|is\s+)?", re.I)
_DELEGATION_UNDER = pattern("head.delegation_under", r"(?<= )under\s+(?!the\b|a\b|an\b|its\b|their\b|this\b|his\b|her\b)"
                                                   r"(?=[A-Z])")
_DELEGATION_BEFORE_UNDER = pattern("head.delegation_before_under", r"\b(?:delegation|team)(?:\s+of\s+(?:the\s+)?"
                                                                   r"(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)?,?\s+\Z")
# a clause's verb between 'led by' and a person: the one 'led by' names was not found, the person is the verb's object
_VERB_BEFORE_HEAD = pattern("head.verb_before_head", r"\b(?:visited|met|meets|held|received|welcomed|signed|said|arrived|"
                                                     r"called on|discussed|thanked|paid|toured|attended|"
                                                     # 'Under the guidance of the leaders, A and B have made progress ...'
                                                     r"have\s+(?:\w+\s+)?(?:made|been|[a-z]+ed)|has\s+(?:\w+\s+)?(?:made|been|[a-z]+ed))\b")
# the end of a list of named people with their titles closed by 'and': ', and C, <titles>, engaged with'
_LED_LIST = pattern("head.led_list", r"[^.;:()]*?,\s*and\s+(?:[A-Z][\w'’.-]*\s+){1,6}?[A-Z][\w'’.-]*\s*,[^.;:()]*?,\s+"
                                     r"(?!and\b|who\b|which\b|as\b|while\b)(?:[a-z]+(?:ed|s)|met|held)\b")


# 'led by its Director General' with no name: the office (capitalised words) someone named elsewhere holds
_OFFICE_REFERENCE = pattern("head.office_reference", r"\s*(?:the|its|their|his|her)\s+((?:First\s+)?[A-Z][\w'’-]*"
                                                      r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,6})(?=\s*(?:[,;.]|\s[a-z]|\Z))")
# 'led by A, and B welcomed them': B is the subject of a clause of their own, not one more who led
_OWN_VERB = pattern("head.own_verb", r"\s*(?:[a-z]+ed|met|said|held|was|were|is|are|has|had|welcomes|receives|meets)\b")
# '(retired)' after a name, before the next one of a list
_ASIDE = pattern("head.aside", r"\A\s*\([^()]{1,30}\)")


def _office_holders(people: People, office: str) -> dict[int, Person]:
    """The people an office named without a name refers to ('led by its Director General', 'headed by the
    Commissioner', 'led by the Chilean Interior Minister'): those whose office or grade opens with its words, or
    whose office its words (an owner in front dropped) end with, of the owner's side when it names one."""
    words = office.lower()
    owner = first_side(office.split()[0]) if " " in office else None
    bare = words.split(None, 1)[1] if owner else words
    found = {}
    for p in people.persons:
        if p.passing or (owner and p.side and p.side != owner):
            continue
        for title in (p.position, p.rank):
            t = title.lower() if title else ""
            if t and (t.startswith(words) or (owner and (t.startswith(bare) or bare.endswith(" " + t) or bare == t))):
                found[id(p)] = p
    if not found:
        # the same office in other words ('headed by the Minister of Interior': 'Acting Minister of the Interior X',
        # 'Interior Minister X'): the same content words, no grade (deputy, vice ...) the reference does not have
        want = _office_words(bare)
        for p in people.persons:
            if p.passing or (owner and p.side and p.side != owner) or not p.position:
                continue
            have = _office_words(p.position)
            if want and want <= have and not (have - want) & _GRADE_WORDS:
                found[id(p)] = p
    return found


_GRADE_WORDS = frozenset({"deputy", "vice", "assistant", "under", "first", "second", "additional", "associate", "junior",
                          "senior", "chief", "director", "head", "secretary", "state"})
_TITLE_FILLER = frozenset({"the", "of", "for", "and", "acting", "a.i.", "interim", "current", "incumbent", "newly"})


def _office_words(title: str) -> frozenset[str]:
    """An office's content words, order and filler aside ('Minister of the Interior' and 'Interior Minister' alike)."""
    words = [w.strip(",.()") for w in title.lower().replace("-", " ").split()]
    if words and first_side(words[0]):
        words = words[1:]  # an owner in front: 'Sudanese Minister of Interior'
    return frozenset(w for w in words if w and w not in _TITLE_FILLER)


def _same_party(a: Person, b: Person) -> bool:
    """Nothing tells the two apart: the same side, or a side not known yet for one of them."""
    return a.side is None or b.side is None or a.side == b.side


def _led_list(text: str, start: int, stop: int) -> bool:
    """Whether the words after the first person 'led by' names are a list of more named people with their titles,
    closed by 'and' and followed by the clause's verb, with no verb before: then all of them led."""
    if text.find(", and ", start, stop) == -1:
        return False
    found = _LED_LIST.match(text, start, stop)
    return bool(found) and not _GAP_VERB.search(text, start, found.end() - 1 - len(found.group().rsplit(None, 1)[-1]))


def mark_heads(people: People, text: str) -> None:
    mentions = sorted(people.mentions, key=lambda m: m.start)
    triggers = list(HEAD_BEFORE.finditer(text))
    if "whose " in text:
        # 'a Lithuanian police delegation, whose leader, Colonel X, thanked the hosts'
        triggers = sorted(triggers + list(_WHOSE_LEADER.finditer(text)), key=lambda t: t.start())
    if " under " in text:
        # 'a five-member delegation of the Lithuanian Police under Colonel X' ('under' after a delegation only)
        under = [t for t in _DELEGATION_UNDER.finditer(text) if _DELEGATION_BEFORE_UNDER.search(text, max(0, t.start() - 70),
                                                                                                 t.start())]
        if under:
            triggers = sorted(triggers + under, key=lambda t: t.start())
    elliptic = []
    # (an elliptic head only continues a trigger before it in its sentence: none without triggers)
    elliptic_found = list(ELLIPTIC_HEAD.finditer(text)) if triggers else []
    if triggers and "and the " in text:
        elliptic_found = sorted(elliptic_found + list(_ELLIPTIC_DEMONYM.finditer(text)), key=lambda t: t.start())
    for trig in elliptic_found:
        # '..., and the German delegation by Dr. X' continues a 'was led by' clause
        sentence_start = max(text.rfind(". ", 0, trig.start()), text.rfind("\n", 0, trig.start()), 0)
        if any(sentence_start <= t.start() < trig.start() for t in triggers):
            triggers.append(trig)
            elliptic.append(trig)
    for trig in triggers:
        rule = "head.elliptic_head" if trig in elliptic else "head.led_by"
        stop = len(text)
        for ch in ";.":
            pos = text.find(ch, trig.end())
            # a dot in 'Mr.' / 'Dr.' is not the end of the clause
            while pos != -1 and pos > 0 and _ABBREVIATION_BEFORE_DOT.search(text[max(0, pos - 5):pos]):
                pos = text.find(ch, pos + 1)
            if pos != -1:
                stop = min(stop, pos)
        if trig.group().lstrip()[:1] in "–—" and _REPRESENTED_BEFORE.search(text, max(0, trig.start() - 400), trig.start()):
            continue  # '... was represented by A; the Armenian – by B': no head, as for A
        if rule == "head.led_by" and trig.group()[:1] in "lhLH" and \
                _RULING_BODY_BEFORE.search(text, max(0, trig.start() - 40), trig.start()):
            continue
        co = bool(CO_HEAD.match(text, trig.start()) or CO_HEAD.match(text, max(0, trig.start() - 3))) or \
            "respectively" in trig.group().lower() or "respectively" in text[trig.end():stop] or bool(
            _DELEGATIONS_WERE.search(text[max(0, trig.start() - 40):trig.start()]))
        while co and stop < len(text) and text[stop] == ";" and _SEMICOLON_AND.match(text, stop):
            # 'co-chaired by A, <titles>; and B, <titles>': the list goes on over '; and'
            nxt = [p for p in (text.find(";", stop + 1), text.find(". ", stop + 1)) if p != -1]
            stop = min(nxt) if nxt else len(text)
        first = None
        for m in mentions:
            if first is None and m.start >= trig.end() and m.start < stop and m.start - trig.end() < 300:
                if _VERB_BEFORE_HEAD.search(text, trig.end(), m.lo):
                    break  # 'headed by Oyunbat later visited Police Chief X': X is the one visited, no head

                _head(m.person, rule)
                first = m
                led = [m]
                # 'led by A, <titles>, B, <titles>, and C, <titles>, engaged with ...': all of them led
                listed = co or _led_list(text, m.end, stop)
            elif first is not None:
                if m.start >= stop:
                    break
                gap = text[first.end:m.lo]
                aside = _ASIDE.match(gap)
                joined = gap[aside.end():] if aside else gap
                if listed and (_AND_NEXT.match(joined) or _LIST_NEXT.match(joined) or (
                        len(gap) < 250 and _CO_APPOSITION.match(gap) and not _GAP_VERB.search(gap))):
                    _head(m.person, "head.co_head")  # 'co-chaired by A, and B' / 'respectively by A, B, and C'
                    first = m
                    continue
                if not listed and m.person is not first.person and (_AND_NEXT.match(joined) or _LIST_NEXT.match(joined)) \
                        and _same_party(led[0].person, m.person) and not _OWN_VERB.match(text, m.end):
                    # 'a mission headed by the Minister, A, and the Director of Police, B': both led it
                    _head(m.person, "head.led_and")
                    first = m
                    continue
                break
        if first is None:
            # 'a delegation led by its Director General visited ...' and 'General X, Director General of Y' elsewhere
            office = _OFFICE_REFERENCE.match(text, trig.end(), stop)
            named = _office_holders(people, office.group(1)) if office else {}
            if len(named) == 1:
                _head(next(iter(named.values())), "head.office_reference")
    for trig in (_CO_CHAIRED_WITH.finditer(text) if "haired" in text else ()):
        # 'A co-chaired the meeting with B': B chaired it too (A by head.head_after), the first one named after 'with'
        stop = _clause_end(text, trig.end())
        after = [m for m in mentions if trig.end() <= m.lo < stop]
        if after and not _VERB_BEFORE_HEAD.search(text, trig.end(), after[0].lo):
            _head(after[0].person, "head.co_chaired_with")
    _role_list(mentions, text)
    for trig in (RESPECTIVE_LED.finditer(text) if "espective" in text else ()):
        # 'A, <office>, and B, <office>, led their respective delegations': everyone the subject names
        before = [m for m in mentions if m.name_end <= trig.start()]
        if not before:
            continue
        subject = [m for m in before if m.sentence == before[-1].sentence]
        if _NOT_SUBJECT.search(text, subject[0].start, trig.start()):
            continue  # 'A met B, who was accompanied by C; they led their respective delegations': left alone
        for m in subject:
            _head(m.person, "head.respective_led")
    for trig in (HEADS_LIST.finditer(text) if may_list_heads(text) else ()):
        # 'attended by the heads of the delegations: A; B; and C': everyone listed to the sentence end
        end = len(text)
        for mm in _SENTENCE_END.finditer(text[trig.end():]):
            if not _ABBREVIATION_BEFORE_END.search(text[trig.end():trig.end() + mm.start()]):
                end = trig.end() + mm.start()
                break
        for m in mentions:
            if trig.end() <= m.lo < end and m.new:
                _head(m.person, "head.heads_list")
    counted = []
    if _COUNT_WORD.search(text):
        counted = [(t, "head.counted_heads") for t in _COUNTED_HEADS.finditer(text)] + \
                  [(t, "head.counted_subject") for t in _COUNTED_SUBJECT.finditer(text)]
    for trig, rule in counted:
        # 'co-chaired by the three police chiefs', 'the two ministers co-chaired the session': the first person named
        # of each of the first three sides; with nobody named before, those the sentence names after the count
        # ('co-chaired by the two Police Chiefs; IGP A and his Zambian counterpart, B')
        want = _NUMBER.get((trig.group(1) or "both").lower(), 2)
        before = [m for m in mentions if m.start < trig.start()]
        if not before:
            stop = _clause_end(text, trig.end())
            before = [m for m in mentions if trig.end() <= m.start < stop]
        seen: list[str] = []
        for m in before:
            if len(seen) >= want:
                break
            p = m.person
            side = p.side or "?"  # a host official whose side is settled later (from the host or publisher)
            if side not in seen and not p.passing:
                seen.append(side)
                _head(p, rule)
    for trig in _side_head_references(text):
        # 'The head of the Kazakh delegation noted ...' with no name: the first one named of that side
        if _NAME_NEXT.match(text, trig.end()):
            continue
        found = first_side(trig.group(1))
        same = [m.person for m in mentions if found and m.person.side == found and m.start < trig.start()
                and not m.person.passing]
        if same:
            _head(same[0], "head.side_head_reference")
    for trig in (_DEMONYM_LEADER.finditer(text) if " who " in text and (_WHO_LED.search(text) or "at the head of" in text)
                 else ()):
        # 'The Ivorian police chief, who was leading a five-member delegation': that side's first person named
        found = first_side(trig.group(1))
        if found is None:
            continue
        same = [m.person for m in mentions if m.person.side == found and m.start < trig.start()]
        if same:
            _head(same[0], "head.demonym_leader")
    for trig in (_PRONOUN_LED.finditer(text) if "e was lead" in text or "e led " in text or "e headed " in text or
                 "e was head" in text else ()):
        # 'X made the remarks at the meeting. He was leading a delegation ...': the one person the sentence before named
        if not _SENTENCE_OPENS.search(text, max(0, trig.start() - 4), trig.start()):
            continue
        before = [m for m in mentions if m.end <= trig.start()]
        if before:
            named = {id(m.person) for m in before if m.sentence == before[-1].sentence}
            if len(named) == 1:
                _head(before[-1].person, "head.pronoun_led")
    for p in people.persons:
        office = _HEAD_OFFICE.match(p.position) if p.position else None
        if office is None and p.position and " and " in p.position:
            # 'the Kenyan police chief and head of the delegation': a head's office joined to another
            at = p.position.find(" and ")
            while office is None and at != -1:
                office = _HEAD_OFFICE.match(p.position, at + 5)
                at = p.position.find(" and ", at + 5)
        if office and _mission_to_country(p.position, office.end()):
            continue
        if office or p.delegation_role:
            _head(p, "head.head_office")  # 'the Head of the Tajik delegation, Major General X'
    for m in mentions:
        window = text[max(0, m.lo - 60):m.start] if m.new else ""
        if ("elegat" in window or "guests" in window or "visitors" in window) and (
                _DELEGATION_HEAD_BEFORE.search(text, max(0, m.lo - 60), m.lo)
                or _DELEGATION_HEAD_BEFORE.search(text, max(0, m.lo - 60), m.start)):
            # (the title the name took may hold it: 'the team leader of the Mozambican delegates Mr X')
            _head(m.person, "head.delegation_head_before")
    for idx, m in enumerate(mentions):
        start = m.end
        if m.name_end < start and text.startswith((" (", "("), m.name_end):
            start = m.name_end  # a bracket the mention took: 'X (leader) and Y'
        acronym = _LEADING_ACRONYM.match(text, start, start + 20) if text.startswith((" (", "("), start) else None
        if acronym:  # '..., commander of X (CGFM/SG), led a delegation'
            start = acronym.end()
        elif text.startswith((" of ", " from ", ", of ", ", from "), start):
            # 'Colonel X of Lithuania, who led the delegation', 'A, of the Guardia Civil, and B, of the Royal
            # Gendarmerie, co-chaired the committee'
            named = _SIDE_AFTER_NAME.match(text, start, start + 80)
            if named:
                start = named.end()
        if text.startswith(("'s ", "’s "), start - 2):
            start -= 2  # "X's delegation": the mention took the possessive
        window = text[start:start + 140]
        if HEAD_AFTER.match(window) or (window.startswith(",") and _led_ahead(text, start) and
                                        HEAD_AFTER_TITLE.match(text, start, start + 200)) or (
                m.name_end < start and text.startswith(",", m.name_end) and _led_ahead(text, m.name_end)
                and HEAD_AFTER_TITLE.match(text, m.name_end, m.name_end + 200)):
            # (the titles in commas read from the name's end too: an office the mention took only part of)
            _head(m.person, "head.head_after")
            if idx and _PLURAL_HEAD_VERB.match(window):
                prev = mentions[idx - 1]
                prev_end = prev.end
                if text.startswith((", of ", ", from "), prev_end):
                    prev_side = _SIDE_AFTER_NAME.match(text, prev_end, prev_end + 80)
                    prev_end = prev_side.end() + 1 if prev_side and text.startswith(",", prev_side.end()) else prev_end
                if _AND_NEXT.match(text[prev_end:m.lo]) and prev.sentence == m.sentence:
                    _head(prev.person, "head.plural_head_verb")
                    # 'A, B and C jointly led the delegation': every item of the list the verb closes
                    k = idx - 1
                    while k and mentions[k - 1].sentence == m.sentence and \
                            text[mentions[k - 1].end:mentions[k].lo].strip() == ",":
                        k -= 1
                        _head(mentions[k].person, "head.plural_head_verb")


_PRONOUN_LED = pattern("head.pronoun_led", r"\b(?:He|She)\s+(?:was\s+|is\s+|had\s+|has\s+)?(?:also\s+)?"
                                            r"(?:leading|heading|led|headed)\s+(?:a|the|an|his|her)\s+(?:[\w'’-]+\s+){0,4}?"
                                            r"(?:delegation|team)\b")
_SENTENCE_OPENS = pattern("head.sentence_opens", r"(?:\A|[.!?\n])\s*\Z")


def _mission_to_country(position: str, end: int) -> bool:
    """'Head of the EU Delegation to Georgia': a mission posted to a country, headed by an envoy."""
    to = _MISSION_TO.match(position, end)
    if to is None:
        return False
    where = first_side(position[to.end():])
    return where is not None and not is_body(where)


# (what _DEMONYM_LEADER ends with, searched first: a text without it has no such leader)
_WHO_LED = pattern("head.who_led", r"\bwho\s+(?:was\s+|is\s+|has\s+|had\s+)?(?:also\s+)?(?:leading|led|headed|heading)\s")
# ('received his Libyan counterpart, who is currently visiting Cairo at the head of a security delegation': the reference
# by counterpart, and the head told by 'at the head of' after what the guest is doing)
_DEMONYM_LEADER = pattern("head.demonym_leader", r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+([A-Z][\w'’-]+)\s+(?:[A-Za-z]+\s+){0,3}?"
                             r"(?:[Cc]hief|[Mm]inister|[Cc]ommander|[Dd]irector|[Gg]eneral|guest|official|[Hh]ead|[Ss]ecretary|"
                             r"[Cc]ommissioner|counterpart|peer)"
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*,?\s+who\s+(?:was\s+|is\s+|has\s+|had\s+)?"
                             r"(?:also\s+)?(?:(?:leading|led|headed|heading)\s+|(?:[\w-]+\s+){0,5}?at the head of\s+)"
                             r"(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team)\b")
_COUNTED_HEADS = pattern("head.counted_heads", r"\b(?:co-?chaired|chaired|led|headed|presided over)\s+(?:jointly\s+)?by\s+(?:the\s+|their\s+)?"
                            r"(two|three|four|five|both)\s+(?:[\w-]+\s+){0,2}?(?:chiefs|ministers|heads|commanders|directors|"
                            r"leaders|generals|counterparts|officials|secretaries|chairmen|commissioners)\b", re.I)
_COUNT_WORD = needing(pattern("head.count_word", r"\b(?:two|three|four|five|both|Both) (?:\w+ ){0,2}?(?:[Cc]hiefs|[Mm]inisters|[Hh]eads|[Cc]ommanders|"
                         r"[Dd]irectors|[Ll]eaders|[Gg]enerals|[Cc]ounterparts|[Oo]fficials|[Ss]ecretaries|[Cc]hairmen|"
                         r"[Cc]ommissioners)\b"))
# the count as the subject: 'the two officials held talks and co-chaired a conference', 'Both ministers chaired the session'
_COUNTED_SUBJECT = needing(pattern("head.counted_subject", r"\b(?:the\s+(two|three|four|five)|both)\s+(?:[\w-]+\s+){0,2}?(?:chiefs|ministers|"
                              r"heads|commanders|directors|leaders|generals|counterparts|officials|secretaries|chairmen|"
                              r"commissioners)\b(?:\s+of\s+(?:the\s+)?(?:delegations?|police|agencies))?(?:\s+(?:also|then|jointly|"
                              r"together))?(?:\s+[a-z]+\s+[^.;]{1,60}?(?:,\s*and|,|\s+and))?\s+"
                              r"(?:co-chaired|co-led|co-presided|chaired|presided over|jointly (?:chaired|led|headed))\b", re.I))
# 'The head of the Kazakh delegation noted': the office as a reference, no name after it
_SIDE_HEAD_REFERENCE = pattern("head.side_head_reference", r"(?<=[Tt]he )(?:[Hh]ead|[Ll]eader|[Cc]hief)\s+of\s+the\s+"
                                                           r"([A-Z][\w'’-]+)\s+(?:delegation|side)\b")


def _side_head_references(text: str):
    """_SIDE_HEAD_REFERENCE where it matches: tried only where 'head of the', 'leader of the', 'chief of the' stand."""
    for word in ("ead of the ", "eader of the ", "hief of the "):
        at = text.find(word)
        while at != -1:
            found = _SIDE_HEAD_REFERENCE.match(text, at - 1)
            if found:
                yield found
            at = text.find(word, at + 1)
# (a name after the delegation's own words: 'The Head of the Cameroonian delegation to the session, Minister X')
_NAME_NEXT = pattern("head.name_next", r"(?:\s+(?:to|at|for)\s+[^,.;]{1,40},)?\s*,?\s*(?:[A-Z]|\()")


def _clause_end(text: str, start: int) -> int:
    ends = [p for p in (text.find(". ", start), text.find("\n", start)) if p != -1]
    return min(ends) if ends else len(text)
_NUMBER = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


# 'X received a letter of gratitude from ...': an award received, not a delegation
_RECEIVED_AN_AWARD = pattern("host.received_an_award", r"\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:medals?|orders?|"
                             r"badges?|certificates?|diplomas?|letters?\s+of|awards?|decorations?|gifts?|souvenirs?|plaques?|"
                             r"mementos?|honours?|honors?|cross|crosses|insignia|distinctions?|"
                             # (a guest receives a briefing: 'X received a briefing from the Principal')
                             r"briefings?)\b", re.I)
_PASSIVE_RECEIVED = pattern("host.passive_received", r"\b(?:was|were|be|been|being|is|are)\s+(?:also\s+)?$")


_HOSTED_FOR = pattern("host.hosted_for", r"\s(?:for|in honou?r of)\s+(?:the|a|an|their|his|her)\s")


def host_side(text: str, seg: tuple[int, int], people: People, aliases) -> str | None:
    """The side receiving the others in the meeting told in text[seg[0]:seg[1]]."""
    a, b = seg
    for m in HOSTED_BY.finditer(text, a, b):
        end = text.find(".", m.end(), b)
        clause = text[m.end():end if end != -1 else b]
        # ('hosted by the local police for the team from NZ Navy': the guests the host's words end before)
        guests = _HOSTED_FOR.search(clause)
        clause = clause[:guests.start()] if guests else clause
        # the party named first after 'by': a person ('hosted by Minister X') or a side phrase ('hosted by the New
        # Zealand Police and accompanied by Inspector Y': the police, not Y, host)
        named = find_sides(tokenize(clause), aliases)
        first = m.end() + named[0].start if named else b
        for p in people.persons:
            if p.mentions and m.end() <= p.mentions[0].lo < min(first, m.end() + len(clause)) and p.side:
                return p.side
        if named:
            return named[0].code
    for m in RECEIVED_BY.finditer(text, a, b):
        for mm in sorted(people.mentions, key=lambda x: x.start):
            if mm.start >= m.end() and mm.start - m.end() < 250:
                if mm.person.side:
                    return mm.person.side
                break
    for m in RECEIVED.finditer(text, a, b):
        if _PASSIVE_RECEIVED.search(text[max(a, m.start() - 16):m.start()]) or _RECEIVED_AN_AWARD.match(text, m.end(), b):
            continue
        # (a paragraph break ends a sentence too: a quotation opening a paragraph is no part of the one before)
        sentence_start = max(text.rfind(". ", a, m.start()), text.rfind("\n", a, m.start()), a)
        before = [mm for mm in people.mentions if sentence_start <= mm.start < m.start()]
        if before and before[0].person.side:
            return before[0].person.side
        if not before and m.start() - sentence_start <= 120:
            # AGENCY_SUBJECT: 'The Ghana Immigration Service has hosted ...', 'The Ministry of Interior of Qatar
            # welcomed ...': with no one named before the verb, its subject is the agency; its side receives
            named = sides_in(text[sentence_start:m.start()], aliases)
            if named and not is_body(named[-1]):
                return named[-1]
    return _body_headquarters(text, a, b, aliases)


def called_on_side(text: str, a: int, b: int, people: People) -> str | None:
    """The side of the one a caller 'paid a courtesy call on' or 'called on' in text[a:b] (the first person named after
    it in its sentence): where the call was, when the text names no venue. Not the host for the sides of the others
    (who is unnamed on which side the call does not say)."""
    seg = text[a:b]
    if "lled on" not in seg and "lls on" not in seg and "paid" not in seg:
        return None
    for m in CALLED_ON.finditer(text, a, b):
        stop = min((i for i in (text.find(". ", m.end(), b), text.find("\n", m.end(), b)) if i != -1), default=b)
        after = [mm for mm in people.mentions if m.end() <= mm.start < min(stop, m.end() + 160)]
        if after:
            return min(after, key=lambda mm: mm.start).person.side
    return None


# 'a visit to the headquarters of Europol', 'to the organisation's General Secretariat headquarters in Lyon': the body
# whose seat is visited receives the visitors (the city's country is only the venue)
_HQ_OF = pattern("host.headquarters_of", r"\b(?:headquarters|General Secretariat|secretariat)\s+of\s+(?:the\s+)?", re.I)
_ITS_HQ = pattern("host.its_headquarters", r"\b(?:organi[sz]ation|agency)['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:headquarters|secretariat)\b",
                  re.I)


def _body_headquarters(text: str, a: int, b: int, aliases) -> str | None:
    if text.find("eadquarters of", a, b) != -1 or text.find("ecretariat of", a, b) != -1:
        for m in _HQ_OF.finditer(text, a, b):
            side = first_side(text[m.end():min(b, m.end() + 80)], aliases)
            if side is not None and is_body(side):
                return side
    if not any(text.find(w, a, b) != -1 for w in ("rganisation’s", "rganization’s", "rganisation's", "rganization's",
                                                   "gency’s", "gency's")):
        return None
    for m in _ITS_HQ.finditer(text, a, b):
        named = [c for c in sides_in(text[a:m.start()], aliases) if is_body(c)]
        if named:
            return named[0]  # 'the organisation' is the body the text named first
    return None


# 'US Ambassador to Pakistan X', 'the Ambassador of Japan to Georgia': an envoy meets where posted
# 'Ambassador of Iran to Georgia', 'Head of the EU Delegation to Georgia' (a body's envoy)
_POSTED_TO = needing(pattern("host.posted_to", r"\b(?:Ambassador|Envoy|Charg[eé] d['’]Affaires|High Commissioner|Consul[- ]General|"
                                       r"Head\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:Delegation|Mission))\b"
                                            r"[^,;]*?\bto\s+(?:the\s+)?([A-Z].*)$", re.I))
_ENVOY = needing(pattern("host.envoy", r"\b(?:Ambassador|Envoy|Charg[eé] d['’]Affaires|High Commissioner)\b", re.I))
decision("host.ambassador_post", "no host in the text: the country an ambassador in the meeting is posted to")


def ambassador_post(people: People, first: int, last: int, aliases) -> str | None:
    """The country an envoy taking part in the meeting (introduced in sentences [first, last)) is posted to."""
    for p in people.persons:
        if not (first <= p.sentence < last) or p.passing or not p.position:
            continue
        m = _POSTED_TO.search(p.position)
        if m:
            post = first_side(m.group(1), aliases)
            if post and not is_body(post) and post != p.side:
                return post
        elif p.side and _ENVOY.search(p.position):
            # 'the Lithuanian Ambassador' with no post named: posted where the one other country in the meeting is
            others = {q.side for q in people.persons if first <= q.sentence < last and not q.passing and q.side
                      and q.side != p.side and not is_body(q.side)}
            if len(others) == 1:
                return others.pop()
    return None


def hosted_by_envoy(people: People, first: int, last: int, host: str) -> bool:
    """Whether an envoy of the host side takes part in the meeting introduced in sentences [first, last)."""
    return any(first <= p.sentence < last and not p.passing and p.side == host and p.position
               and _ENVOY.search(p.position) for p in people.persons)


def visit_country(text: str, a: int, b: int, aliases) -> str | None:
    for m in VISIT_TO.finditer(text, a, b):
        side = first_side(text[m.end():m.end() + 60].split(",")[0], aliases)
        if side:
            return side
    return None
