"""Awards: who handed what to whom ('X handed medals "..." to representatives of the Y police',
'X awarded Y the badge', 'the breastplate was presented by the minister to Y', 'the Turkish
guest presented the minister with a plaque'). One entry per recipient side."""

from __future__ import annotations

import datetime as dt
import re

from whomet.store.extract.calendar_words import WEEKDAY
from whomet.store.extract.rules import case_blind, decision, pattern, phrases
from whomet.store.extract.tables import json_data
from dataclasses import dataclass, field

from whomet.store.extract.earlier import may_tell_earlier, told_as_earlier
from whomet.store.extract.people import People, Person
from whomet.store.extract.sides import find_sides
from whomet.store.extract.text import tokenize
from whomet.store.names import fold

_PHRASES = json_data("phrases.json")
# (searched in every sentence of a meeting: its lower-case twin, its words looked for once a meeting, rules.CaseBlind.within)
VERB = case_blind("award.verb", r"\b(?:" + "|".join(_PHRASES["award_verbs"]) + r")\b")
_STRONG = {"awarded", "decorated", "conferred", "bestowed"}
NOUN = phrases("award.noun", _PHRASES["award_nouns"], re.I)
_CUT = pattern("award.cut", r"\bfor (?:their|his|her|the|long|its|many|a|outstanding|excellent|active|great|contribution|"
                  r"services|merit)\b|\bin recognition\b|\bon the occasion\b|\bwho\b|\bwhich\b|\bin gratitude\b|"
                  r"\bas a token\b|\bmarking\b|\bon behalf of\b|\bin the presence of\b", re.I)
# ('his foreign peer', 'the visiting counterpart': a peer is a counterpart, 'foreign' or 'visiting' says nothing more)
_REF_SOURCE = (r"\b(?:the|his|her|their|its)\s+(?:([A-Z][a-z]+)\s+)?(?:(?:foreign|visiting)\s+)?(minister|guests?|hosts?|"
               r"commander|chief|head|official|director|chairman|colleagues?|counterparts?|peers?|ambassador|inspector[- ]general|"
               r"deputy minister|igp|commissioner|secretary general|president|consul\s+general|consul|partners?)\b")
REF = pattern("award.ref", _REF_SOURCE, re.I)
_REPRESENTED = pattern("award.represented", r"\brepresented\s+by\s+(?:the\s+)?[^.;,]{0,40}$", re.I)
_EXCHANGED = case_blind("award.exchanged", r"\bexchanged\s+(?:[\w-]+\s+){0,3}?(?:gifts|souvenirs|mementos|mementoes|plaques|tokens|presents|"
                        r"pennants|badges|medals|shields|crests|commemorative\s+\w+)\b", re.I)
# 'the two sides presented gifts to each other': an exchange told with a verb of giving (read only in a sentence that
# says 'each other' or 'one another')
_EXCHANGED_EACH = pattern("award.exchanged_each_other", r"\b(?:presented|gave|offered|handed(?:\s+over)?)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:gifts|souvenirs|mementos|mementoes|plaques|tokens|presents|pennants|badges|medals)\s+to\s+"
                          r"(?:each\s+other|one\s+another)\b", re.I)
# ('The meeting ended with an exchange of souvenirs', '... of mementos between the delegations': the nominal exchange,
# nobody named and no 'between' a pair, is the same)
_EXCHANGED_PASSIVE = pattern("award.exchanged_passive", r"\b(?:gifts|souvenirs|mementos|mementoes|plaques|tokens|presents|pennants|"
                             r"badges|medals|shields|crests)\s+(?:of\s+[\w\s]{1,30}?\s+)?(?:were|have\s+been)\s+(?:also\s+)?exchanged\b|"
                             r"\bexchange\s+of\s+(?:[\w-]+\s+)?(?:gifts|souvenirs|mementos|mementoes|plaques|tokens|presents|"
                             r"pennants|badges|shields|crests)\b(?!\s+between\b(?!\s+(?:the\s+two|both|the)\s+(?:sides|delegations|parties|teams|"
                             r"countries|forces)\b))", re.I)
# 'it ended with an exchange of tokens between A and B', 'the exchange of gifts between the two chiefs': a nominal exchange
# between two people named after it
_EXCHANGE_BETWEEN = pattern("award.exchange_between", r"\bexchange\s+of\s+(?:[\w-]+\s+)?(?:gifts|souvenirs|mementos|mementoes|"
                            r"plaques|tokens|presents|pennants|badges|medals)\s+between\s+", re.I)
# 'officials from both sides exchanged commemorative shields', 'the delegations exchanged gifts': no one named
# gives, each side gives the other (one entry per recipient side, no giver)
_EXCHANGED_SIDES = pattern("award.exchanged_sides", r"\b(?:both|the\s+two|the|each)\s+(?:sides|delegations|parties|teams)\b"
                           r"[^,.;:]{0,60}$", re.I)
_HEADS_OF = pattern("award.exchanged_heads_of", r"\b(?:heads?|leaders?|chiefs?)\s+of\s+(?:the\s+|both\s+|each\s+|the\s+two\s+)?(?:[\w-]+\s+)?"
                       r"(?:delegations?|sides?|parties|teams?)\b", re.I)
# The same award told twice: '..., which X handed over to him' / '; the award was presented by X' gives the giver
# of an award told without one; 'X decorated two officers with medals. The medals were awarded to A and B' names
# the recipients of an award told with a group; 'The medal, which China awards to ..., was presented to him by Y' too.
_BACK_GIVER = pattern("award.same_award", r"\bwhich\b[^.;]{0,80}$|\b(?:the|this|these)\s+(?:[^.;,]{0,60}?\s)?(?:awards?|medals?|orders?|"
                      r"decorations?|badges?|honours?|honors?|distinctions?|insignia|certificates?)(?:\s*,\s*(?:which|that)\s+"
                      r"[^.;]{1,140}?,)?\s+(?:was|were)\s+(?:also\s+)?$", re.I)
# An award a state gives, nobody present named as giver: 'by decree of the President of Ukraine', 'the Government
# of Ukraine awarded', 'on behalf of the Ukrainian State': the state's side gives
_STATE = pattern("award.state_giver", r"(?:\b(?:[Bb]y|[Uu]nder)\s+(?:a\s+)?(?:decree|order|resolution|decision)\s+of\s+|"
                 r"\b(?:[Bb]y|[Oo]n behalf of|[Ff]rom)\s+|^|(?<=[.;]\s))(?:the\s+|The\s+)?(?:[A-Z][\w'’-]+\s+){0,2}"
                 r"(?:President|Government|Head of State|King|Emir|Sultan|Cabinet|State)\b"
                 r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3})?")
# 'X handed the order over on behalf of the President': X acts for the one said to award it, and gives it
_ON_BEHALF = pattern("award.retold_on_behalf", r"\bon\s+behalf\s+of\b", re.I)
# an award told again by a definite noun ('with the award', 'the medal'), its own name not given again
_RETOLD = pattern("award.retold", r"\b(?:the|this|these)\s+(?:awards?|medals?|orders?|decorations?|honou?rs?|distinctions?|"
                  r"insignia|badges?|prizes?|cross|crosses)\b(?!\s+(?:of|for)\b)", re.I)
_PRONOUN = pattern("award.same_award_pronoun", r"(?:to\s+)?(?:him|her|them)", re.I)
# 'to the ...', 'to Ukrainian cadets', 'to border guards of both countries': where the recipients begin ('to' before
# a verb, 'to mark', is not)
_TO_RECIPIENTS = pattern("award.to_group", r"(?<![\"“])(?<!according\s)(?<!due\s)(?<!thanks\s)(?<!addition\s)\bto\s+(?=the\b|a\b|an\b|his\b|her\b|their\b|its\b|two\b|three\b|four\b|five\b|"
                         r"six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|(?:thir|four|fif|six|seven|eigh|nine)teen\b|"
                         r"(?:twen|thir|for|fif)ty\b|dozens\b|some\b|\d+\s|several\b|[A-Z]|all\b|each\b|both\b|(?:[a-z][\w-]*\s+){0,2}(?:"
                         + "|".join(_PHRASES["award_group_nouns"]) + r")\b)")
# '... to police officers of both countries': the group is of every side of the meeting
_BOTH_SIDES = pattern("award.both_sides", r"\b(?:of|from)\s+(?:both|the\s+two|all\s+(?:the\s+)?(?:participating\s+)?)\s*"
                      r"(?:countries|sides|delegations|parties|states)\b", re.I)
_ALL_HEADS = pattern("award.all_heads", r"\s*(?:all|each|every)?\s*(?:of\s+)?(?:the\s+)?(?:heads?|leaders?|chiefs?)\s+of\s+(?:all\s+|each\s+)?"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,2}?delegations?\b", re.I)
QUOTED = pattern("award.quoted", r"[\"“«]([^\"”»]{2,150})[\"”»]")
_KIND = [(kind, phrases(f"award.kind_{kind}", words, re.I)) for kind, words in _PHRASES["award_kinds"].items()]


# 'The guests were presented with souvenirs': recipients named by a reference, as the subject of a passive verb
_REF_SUBJECT = pattern("award.passive_ref_subject", r"\b(?:the|his|her|their)\s+(?:[A-Z][a-z]+\s+)?(?:guests|hosts|visitors|"
                       r"delegation|delegates|colleagues|counterparts|partners|side|sides)\b(?=[^,;]{0,20}$)", re.I)
# 'gave his guest a book', 'awarded X the Order of Merit': the thing after the recipient (two objects, no 'to')
_DOUBLE_OBJECT = pattern("award.double_object", r"\s+(?:a|an|the|his|her|its|their)\s+(?=(?:[\w'’-]+\s+){0,4}?" + NOUN.pattern + ")",
                         re.I)
# an award's own name without quotes: capitalised words with 'of', 'the', 'for' between them, one of them an award
# noun ('the Order of the Polar Star', 'the Hungarian Order of Merit', 'the Medal of Merit of the Border Guard')
# (an award's own name in its language counts too: 'the Cruz al Mérito Policial', 'the Ordre national du Mérite',
# 'the Medalla de Oro', with the particles that join its words)
_NAMED_AWARD = pattern("award.named", r"(?<![\w\"“«])((?:[A-Z][\w'’-]*\s+(?:(?:of|for|in)\s+(?:the\s+)?|and\s+)?)*"
                       r"(?:Orders?|Medals?|Cross(?:es)?|Badges?|Stars?|Certificates?|Diplomas?|Insignia|Decorations?|Awards?|"
                       r"Prizes?|Cruz|Orden|Medalla|Condecoraci[oó]n|M[ée]daille|Ordre|Croix|Medaille|Verdienstkreuz|Ehrenzeichen|"
                       r"Medaglia|Ordine|Croce|Medalha|Ordem)\b(?:\s+(?:(?:of|for|in|with|al|del|de|du|des|der|f[üu]r|da|do|"
                       r"della|al)\s+(?:the\s+|la\s+|el\s+)?|(?<=Service\s)to\s+the\s+|and\s+|national\s+)?[A-Z][\w'’-]*)*)")
RETOLD_GROUP = decision("award.retold_group", "'two officers of X were awarded ... The medals were pinned on A and B by C': A "
                                              "and B, whose side was a guess, are the group of X; C hands the award and gives it")
NAMED_BEFORE = decision("award.named_before", "'the medal' or 'It' handed with no name and no giver takes the award's name "
                                              "told before in the meeting ('to receive the Great Wall Medal ... It was presented')")
GROUP_NAMED_AFTER = decision("award.group_named_after", "'X decorated three officers of Y with ... The officers, A, B and C, "
                                                        "...': A, B and C (their side a guess) are the group's, Y's")
_GROUP_NAMED = pattern("award.group_named_after_opening", r"\W*(?:The|These|Those|All\s+the|All)\s+(?:[\w-]+\s+){0,2}?(?:"
                       + "|".join(_PHRASES["award_group_nouns"]) + r"|recipients|awardees|laureates)\s*(?:,|:|\s(?:were|are)\b)")
_REF_PASSIVE_SUBJECT = pattern("award.passive_ref_person", _REF_SOURCE + r"(?=[^,;]{0,20}$)", re.I)
# 'Among those awarded the medal "For Merit" were A and B': the recipients follow the verb 'were'
_AMONG_THOSE = pattern("award.among_those", r"\W*Among\s+(?:those|the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*$", re.I)
_PRESENTATION_BY = pattern("award.presentation_by", r"\bby\s+")
_RECEIVED_BY = pattern("award.received_by", r"\s+by\b")
# 'Among those awarded the medal were A and B' tells the ceremony; '... are A and B' lists earlier laureates
_AMONG_WERE = pattern("award.among_those_were", r"\s(?:were|was)\s+|\s(?:are|is)\s+(?=[^.;]*\btoday\b)")
# 'bestowed the Gold Badge of X on Y', 'conferred the Order of Merit upon Y': the recipients follow 'on'
_ON_RECIPIENTS = pattern("award.conferred_on", r"\s(?:up)?on\s+(?=(?:the|his|her|their|its)\s|[A-Z])")
# 'The Border Guard Cross' state: 'Poland has awarded X', 'The Ministry of Interior of Serbia awarded X': a country or
# a body as the subject, nobody named: its side gives
_SIDE_SUBJECT = pattern("award.side_subject", r"\W*(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,8}?"
                        r"[A-Z][\w'’-]*)\s+(?:has\s+|have\s+|had\s+|also\s+)*$")
_DEFINITE_GROUP = pattern("award.same_award_group", r"(?:to\s+)?(?:the|these|those)\s+(?:[\w-]+\s+)?(?:"
                          + "|".join(_PHRASES["award_group_nouns"]) + r"|recipients|awardees|laureates)\s*$", re.I)
_IT_SUBJECT = pattern("award.named_before_pronoun", r"\W*(?:It|They)\s+(?:was|were)\s+(?:also\s+)?$")
_OWNER = pattern("award.named_owner", r"^.*[’']s\s+")
_THE = pattern("award.the_at_start", r"^The\b")
# a participle opening the sentence: 'Presenting X with the medal, Y said', 'Handing over the certificate to X, Y ...'
_FRONTED_PASSIVE = pattern("award.fronted_passive", r"\W*(?:Presented|Handed(?:\s+over)?|Awarded|Conferred|Bestowed|Pinned)$")
_FRONTED = pattern("award.fronted_participle", r"\W*(?:Presenting|Handing(?:\s+over)?|Awarding|Conferring|Bestowing)$")
# 'Accepting the medal from Y, X thanked ...': X receives what Y gives
_ACCEPTING = pattern("award.accepting_from", r"\W*(?:Accepting|Receiving)\s+([^,]{2,100}?)\s+from\s+([^,]{2,80}),\s*")
_GROUP_SUBJECT = pattern("award.passive_group_subject", r"(?<![\w,])(?:[A-Z][\w-]*\s+|the\s+|two\s+|three\s+|several\s+)"
                         r"(?:[\w-]+\s+){0,3}?(?:" + "|".join(_PHRASES["award_group_nouns"]) + r")(?:\s*\([A-Z][\w.-]*\))?"
                         r"(?:\s+(?:of|from)\s+[^,;]{1,60}?|\s+(?-i:[a-z]+ed)\s+(?:in|to|at|for|with|from|on)\s+[^,;]{1,60}?)?"
                         r"(?=\s+(?:have|has|had|were|was)\s+(?:also\s+)?(?:been\s+)?(?:(?-i:[a-z]+ed)\s+and\s+)?$)", re.I)
# 'The Liaison Team deployed in Poland for a year were presented with medals': the participle's clause is no part of the group
_SUBJECT_PARTICIPLE = pattern("award.passive_group_subject_participle", r"\s+(?-i:[a-z]+ed)\s+(?:in|to|at|for|with|from|on)\s+[^,;]*$")
_PLURAL_DEMONYM = pattern("award.plural_demonym", r"\b([A-Z][a-z]+?(?:an|ese|ish|ian|i|ic))s\b")
# an award only planned: 'medals will be presented', 'is to be awarded', 'plans to confer'
_PLANNED = pattern("award.planned", r"\b(?:will|would|shall|is\s+to|are\s+to|to|plans?\s+to|planned\s+to|intends?\s+to|"
                   r"expected\s+to)\s+(?:also\s+)?(?:be\s+)?$", re.I)
# an infinitive after a past attitude or occasion tells the act done: 'took the occasion to hand over the Order',
# 'was keen to hand the medal over'
_DONE_INFINITIVE = pattern("award.occasion_to", r"\b(?:(?:took|used|seized)\s+(?:the|this)\s+(?:occasion|opportunity|chance)|"
                           r"had\s+the\s+(?:honou?r|pleasure|privilege)|(?:was|were)\s+"
                           r"(?:keen|pleased|delighted|honou?red|proud|happy|glad|privileged))\s+(?:also\s+)?to\s+$", re.I)
# 'the decorated officers thanked ...': a participle between a determiner and its noun describes, it tells no handing
_PARTICIPLE_ADJECTIVE = pattern("award.participle_adjective", r"\b(?:the|these|our|their|its)\s+(?:newly\s+)?$", re.I)
# 'The medal is awarded to heads of state': the award's habit in the present, no handing
_GENERIC_PRESENT = pattern("award.generic_present", r"\b(?:is|are)\s+(?:usually\s+|normally\s+|traditionally\s+|only\s+|also\s+)?$",
                           re.I)
# 'presenting departmental awards of the Ministry of Internal Affairs of the Republic of Belarus to officers of ...': the
# body whose awards they are gives, nobody named hands them
_BODY_AWARD = pattern("award.body_award", r"\b(?:awards?|medals?|decorations?|orders?|insignia|badges?)\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*"
                      r"(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?))+)")
# a group with no side of its own, given to by a body of one side of a meeting of two, nobody handing: the other side's
# ('to officers of the Main Directorate for Criminal Investigation' at a ceremony of the other side's ministry's awards);
# a person who hands an award to a group with no side gives to the group of his own side, as before
_GROUP_HEAD = pattern("award.group_other_side", r"(?:the\s+|its\s+|their\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:"
                      + "|".join(_PHRASES["award_group_nouns"]) + r")\b", re.I)
# a second award in the clause of a first: '..., and certificates of appreciation to a group of officers'
_AND_ANOTHER_AWARD = pattern("award.carried", r"(?:,\s*|\s+)and\s+(?:also\s+)?(?:[\w-]+\s+){0,3}?" + NOUN.pattern
                             + r"(?:\s+[\w\"“”«»-]+){0,8}?\s+to\s", re.I)
# 'handed a traditional keris to his host': an object of a few words handed to someone
_HANDED_OBJECT = pattern("award.handed_object", r"\s+(?:over\s+)?((?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+to\s+(?=his\b|her\b|"
                         r"their\b|the\b|[A-Z])")
_NOT_A_GIFT = pattern("award.handed_object_not_a_gift", r"\b(?:letter|message|invitation|proposal|request|note|speech|"
                      r"lecture|briefing|update|key|keys|vehicles?|cars?|equipment|donation|cheque|check|list|copy|file|"
                      r"petition|draft|agenda|statement|package|documents?|memorand(?:um|a)|agreements?|protocols?|MoUs?)\b", re.I)

# 'presented Listyo Sigit Prabowo with a ceremonial keris': a person presented with something is given it
_WITH_GIFT = pattern("award.with_gift", r"\s+(?:the\s+|his\s+|her\s+)?[A-Z][^,.;]{0,60}?\s+with\s+(?:a|an|the|two|several)\s", re.S)


# a group named by its noun without an article ('to Ukrainian and Polish officers'); a pronoun for one person
_GROUP_NOUN_END = pattern("award.group_noun", r"\b(?:" + "|".join(_PHRASES["award_group_nouns"]) + r")$")
_FOLLOWING = pattern("award.following_list", r"\bfollowing\b", re.I)
# ('pinned it on his chest', 'which X pinned on her uniform': the wearer is the recipient)
_HIM = pattern("award.pronoun_recipient", r"(?:(?:to|on|upon)\s+)?(?:him|her|(?:his|her)\s+(?:chest|uniform|lapel|breast|"
                                          r"tunic|jacket))", re.I)


_PLURAL_PEERS = pattern("award.plural_peers", r"^(?:the|all|all the|fellow|both|both the|the two|the three|each of the)\s+(ministers|directors|chiefs|commanders|heads|chairmen|"
                           r"secretaries)\b", re.I)


@dataclass
class AwardFound:
    award: str | None
    kind: str
    giver: Person | None
    giver_side: str | None
    recipients: list[Person] = field(default_factory=list)
    recipient_group: str | None = None
    recipient_side: str | None = None
    start: int = 0
    end: int = 0
    rule: str = "award.verb"
    displaced: Person | None = None  # the absent official said to give it, replaced by the one who handed it
    regrouped: list[Person] = field(default_factory=list)  # guessed-side recipients found to be the group told before


def _to_recipients(part: str) -> re.Match | None:
    """Where the recipients begin: a 'to' outside the award's own name ('Silver Medals for Meritorious Service to the
    Police' names no recipient)."""
    named = [(m.start(), m.end()) for m in _NAMED_AWARD.finditer(part)] if "to the" in part else []
    reason = _CUT.search(part)  # 'for his support to the safety of ...': the reason's 'to' names no recipient
    for m in _TO_RECIPIENTS.finditer(part, 0, reason.start() if reason else len(part)):
        if not any(lo < m.start() < hi for lo, hi in named):
            return m
    return None


def _quoted_name(text: str, a: int, b: int) -> re.Match | None:
    """An award's quoted name: quoted words that open in lower case are a quoted reason ('"in recognition of ..."')."""
    for q in QUOTED.finditer(text, a, b):
        if not q.group(1).lstrip()[:1].islower():
            return q
    return None


def _kind(text: str) -> str:
    for kind, rx in _KIND:
        if rx.search(text):
            return kind
    return "other"


def ref_sides(match: re.Match, people: list[Person], aliases, host: str | None, exclude: Person | None = None) -> list[str]:
    """Every side a plural reference ('the guests', 'his counterparts') covers: the sides of the people it refers to."""
    person, side, is_group = resolve_ref(match, people, aliases, host, exclude)
    if not is_group or match.group(1):
        return [side] if side else []
    title = fold(match.group(2)).rstrip("s").replace("peer", "counterpart")
    if title == "guest" and host:
        cands = [p for p in people if p.side and p.side != host]
    elif title in ("colleague", "counterpart", "partner") and exclude is not None:
        cands = [p for p in people if p.side and p.side != exclude.side]
    else:
        return [side] if side else []
    return list(dict.fromkeys([side] * bool(side) + [p.side for p in cands if p is not exclude]))


def resolve_ref(match: re.Match, people: list[Person], aliases, host: str | None,
                exclude: Person | None = None) -> tuple[Person | None, str | None, bool]:
    """(person, side, is_group) a phrase like 'the Lithuanian commander' or 'his guest' refers to."""
    demonym, title = match.group(1), fold(match.group(2)).replace("peer", "counterpart")
    side = None
    if demonym:
        found = find_sides(tokenize(demonym), aliases)
        side = found[0].code if found else None
    plural = title.endswith("s") and title not in ("hosts",) or title in ("hosts", "colleagues", "counterparts",
                                                                         "partners", "guests")
    cands = [p for p in people if p is not exclude]
    if side:
        cands = [p for p in cands if p.side == side]
    if title.rstrip("s") in ("guest",) and host:
        cands = [p for p in cands if p.side != host]
        side = side or (cands[0].side if cands else None)
    elif title.rstrip("s") in ("host",) and host:
        cands = [p for p in cands if p.side == host]
        side = side or host
    elif title.rstrip("s") in ("colleague", "counterpart", "partner") and exclude is not None:
        cands = [p for p in cands if p.side != exclude.side]
        side = side or (cands[0].side if cands else None)
    else:
        want = {"igp": "inspector general"}.get(title, title).replace("-", " ")
        titled = [p for p in cands if (p.position and want in fold(p.position).replace("-", " "))
                  or (title == "igp" and p.rank and fold(p.rank) == "igp")]
        cands = titled or (cands if side else [])
    if plural:
        # 'the guests' of a meeting of three sides: every side among them, the first one returned
        return None, side or (cands[0].side if cands else None), True
    heads = [p for p in cands if p.head]
    person = (heads or cands or [None])[0]
    return person, side or (person.side if person else None), False


# ('were farewelled and presented with medals': a participle coordinated with the award's shares its auxiliary)
_PASSIVE_AUX = pattern("award.passive_auxiliary", r"\b(?:was|were|been|being|be)\s+(?:also\s+)?(?:[a-z]+ed\s+and\s+(?:also\s+)?)?$")
# ('decorated the newly promoted officers with their new ranks': a promotion's insignia, no award; an honorary rank is one)
_NOT_AN_AWARD = pattern("award.not_an_award_object", r"\b(?:results?|report|information|tools?|schedule|proposals?|overview|equipment|"
                         r"ranks?(?<!honorary\srank)(?<!honorary\sranks)|"
                         r"materials?|data|findings|plans?|programme|presentation|analysis|documents?|contracts?|tenders?|"
                         r"grants?|funding|licen[cs]es?|permits?|visas?|permission|requests?)\b", re.I)
# the object's head, right after the verb, is a thing shown or told, not given ('presented the work of ...')
_NOT_AN_AWARD_HEAD = pattern("award.not_an_award_head", r"\s+(?:the|a|an|his|her|its|their|our)?\s*(?:[\w-]+\s+)?(?:work|"
                             r"activities|achievements|capabilities|history|experience|situation|results?|report|"
                             r"overview|structure|tasks)\b", re.I)
# 'presented a gift of protective equipment to the city police', 'handed over a donation of ten vehicles': a donation of
# equipment, no award (the award noun heads a phrase whose complement is the thing given)
_GIFT_OF_EQUIPMENT = pattern("award.gift_of_equipment", r"\s+(?:over\s+)?(?:(?:the|a|an|his|her|its|their|this)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:gifts?|donations?|consignments?)\s+of\s+(?:[\w$€£.,-]+\s+){0,5}?"
                             r"(?:equipment|vehicles?|cars?|motorcycles?|motorbikes?|trucks?|boats?|computers?|laptops?|"
                             r"radios?|uniforms?|drones?|scanners?|gear|supplies|materials?|devices?|tools?|kits?|"
                             r"cameras?|bicycles?|ambulances?)\b", re.I)
# a relative clause's opener before a passive or 'received' ('a ceremony at which X received ...', 'the day when X was
# awarded ...'): the verb's subject is after it
_RELATIVE_OPENER = pattern("award.relative_subject", r"\b(?:at|in|during|after|following)\s+which\b|\b(?:where|when|whereby)\b",
                           re.I)
# 'the officers who were awarded ...': an award told in a relative clause of a group
_WHO_PASSIVE = pattern("award.who_passive", r",?\s*\bwho\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?$",
                       re.I)
# 'congratulated the officers awarded ...': a group, the object of another verb, with the participle after it
_GROUP_OBJECT = pattern("award.reduced_relative", r"\b\w+ed\s+(?:the|those|all\s+the|all)\s+(?:[\w-]+\s+){0,2}?(?:"
                        + "|".join(_PHRASES["award_group_nouns"]) + r")\s+$", re.I)
_ARTICLE = pattern("award.article", r"^(?:a|an|the|two|several)\s+(?:[\w-]+\s+){0,2}?(?=\S)", re.I)
_CONSULTED = pattern("award.conferred_with_someone", r"\s+with\b")
_RECEIVED_FROM = pattern("award.received_from", r"\bfrom\b|\bat\s+the\s+hands\s+of\b")
# 'honoured X with the medal', 'was honoured with a plaque': honouring gives only what follows 'with' in its own
# clause ('honoured the memory of ...' near the 'Alley of Honour' gives nothing)
_HONOURED_WITH = pattern("award.honoured_with", r"\s+(?:[^,.;]{0,60}?\s)?with\s+(?=[^,.;]{0,40}?" + NOUN.pattern + ")", re.I)
# where the recipients end: the place or time of the handing ('to him at the Embassy', 'to X in Suva on 27 May'), whose
# sides are not the recipients'
_RECIPIENT_SETTING = pattern("award.recipient_setting", r"\s+(?:at|during)\s+(?:the|a|an|its|his|her|their)\s|"
                             r"\s+in\s+(?=[A-Z]|\d)|\s+on\s+(?=\d|" + WEEKDAY + r")|\s+(?:today|yesterday)\b")
_WHICH_WAS = pattern("award.which_was", r"\bwhich\s+(?:was|were)\s+(?:also\s+)?$")
_WHICH = pattern("award.which", r"\bwhich\b")
# 'A and B presented ...': two subjects joined by 'and', right before the verb (an adverb between)
_AND_SUBJECTS = pattern("award.co_givers", r"\s*,?\s+and\s+")
_SUBJECT_END = pattern("award.co_givers_verb", r"\s+(?:(?:also|then|later|jointly|each)\s+)?")
# verbs that give only an award noun that follows them ('imposed the medal on X', a Spanish or Portuguese calque; 'imposed a
# curfew' gives nothing)
_NEEDS_NOUN = ("given", "donated", "presentation", "imposed", "delivered", "offered")
# verbs that give only what follows 'with' ('distinguished X with the Order', 'recognised X with a plaque', as 'honoured')
_WITH_ONLY = ("distinguished", "recognised", "recognized")
_RELATIONAL = ("guest", "host", "colleague", "counterpart", "partner", "peer")
# 'receives the award presented by X': a participle after the award, its agent after 'by'
_REDUCED_PASSIVE = pattern("award.reduced_passive", r"\s+by\b")
_AND_PASSIVE = pattern("award.and_passive", r"\band\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?$")
_PASSIVE_BY = pattern("award.passive_by", r"\bby\s+")
_PASSIVE_TO = pattern("award.passive_to", r"\bto\s+")
_NEXT_GIVER_CLAUSE = pattern("award.next_giver_clause", r",?\s+(?:and|while|whereas)\s+(?:[^,]*)$")
_WITH_THING = pattern("award.presented_with", r"\s+with\s+(?:a|an|the|his|her|their|its|two|several|\w+\s+of)\b")
_AND_A_GROUP = pattern("award.and_a_group", r"\band\s+(?:the|a|an|his|her|their|two|several|all)\s")
_UNIT_NAME = pattern("award.unit_name", r"[A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)+")
_WITH_AWARD_NOUN = pattern("award.with_award_noun", r"\s+with\s+(?=[^,.;]{0,40}?" + NOUN.pattern + ")", re.I)
_GROUP_PHRASE = pattern("award.group_phrase", r"(?:^|\band\s+)((?:the|a|an|his|her|their|two|three|several|all)\s[^,.;]{3,120})")
_GROUP_OF_OTHERS = pattern("award.group_of_others", r"\b(?:colleagues|counterparts|peers|guests|partners)\b", re.I)
_REF_RECIPIENT_FIRST = pattern("award.ref_recipient_first", r"\s*(?:the|his|her|their)?\s*(?:guests?|hosts?|colleagues?|counterparts?|peers?)\b")
_UNIT_WORD = pattern("award.unit_word", r"\b[A-Z][a-z]{4,}\b")
_AND_THEN = pattern("award.and_then", r"\s*(?:and|,\s*and|then|later)\s*$")
_AND_BEFORE_VERB = pattern("award.and_before_verb", r"\band\s+(?:then\s+|later\s+|also\s+)?$")
_SIDE_GIVES = pattern("award.side_gives", r"\b([A-Z][\w'’-]+)\s+(?:delegation|side|guests|team|police)\s+(?:also\s+)?$")


class _Carried:
    """A second award in the clause of the first ('presented medals to X and certificates to Y'): a verb of its own
    at 'and', whose giver is the first award's."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return "and"


_OBJECT_END = pattern("award.conveyed_object", r"\s+(?:to|for|on|from)\s|,")


def _may_give(text: str, v: re.Match, sa: int, sb: int) -> bool:
    """Whether a verb that gives only with an award noun or with 'with' may give here: one that cannot ('delivered a
    speech', 'the distinguished guests', 'the Distinguished Service Order', a word of a name) is no verb at all, and cuts
    no other verb's clause."""
    word = v.group().split()[0].lower()
    if word in _WITH_ONLY:
        return v.group()[:1].islower() and _HONOURED_WITH.match(text, v.end(), sb) is not None
    if word == "conveyed":
        # 'conveyed the Order of Merit to X' gives; 'conveyed his appreciation to X for the award' does not: the award
        # noun is the object, before 'to' or a comma
        stop = _OBJECT_END.search(text, v.end(), min(sb, v.end() + 120))
        return NOUN.search(text, v.end(), stop.start() if stop else min(sb, v.end() + 120)) is not None
    if word in ("imposed", "delivered"):
        return NOUN.search(text, v.end(), min(sb, v.end() + 80)) is not None or (
            _PASSIVE_AUX.search(text, max(sa, v.start() - 20), v.start()) is not None
            and NOUN.search(text, max(sa, v.start() - 80), v.start()) is not None)
    return True


# 'X conveyed the Order of Merit, granted by the King, to Y', 'X handed over the medal, awarded by decree of the
# President, to Y': a participle between commas after an award, its agent after 'by', tells who awarded it; it is no
# award of its own, and the first verb's recipients follow it
_PARTICIPLE_ASIDE = pattern("award.participle_aside", r",\s+(?:which\s+was\s+|that\s+was\s+)?$")
_ASIDE_AGENT = pattern("award.participle_aside_agent", r"\s+by\b[^,.;]{1,80},\s+to\s+")


def _aside(text: str, v: re.Match, earlier: list) -> bool:
    """`v` opens a participle aside after the award of an earlier verb of the sentence (PARTICIPLE_ASIDE)."""
    return bool(earlier) and v.group()[-2:].lower() == "ed" and \
        _PARTICIPLE_ASIDE.search(text, max(earlier[-1].end(), v.start() - 20), v.start()) is not None and \
        NOUN.search(text, earlier[-1].end(), v.start()) is not None and _ASIDE_AGENT.match(text, v.end()) is not None


def _verbs(text: str, sa: int, sb: int, verb=VERB) -> list:
    """The award verbs of a sentence, and an 'and' that opens a second award after the first one's recipients (`verb`:
    VERB, or VERB.within the meeting's text)."""
    verbs: list = []
    for v in verb.finditer(text, sa, sb):
        if _may_give(text, v, sa, sb) and not _aside(text, v, verbs):
            verbs.append(v)
    carried = []
    for v in verbs:
        to_m = _TO_RECIPIENTS.search(text, v.end(), sb)
        if to_m is None:
            continue
        for c in _AND_ANOTHER_AWARD.finditer(text, to_m.end(), sb):
            # not when a verb of its own follows 'and' ('... and handed a plaque to X') or came before it
            if not any(v.end() < w.start() < c.end() for w in verbs):
                carried.append(_Carried(c.start(), text.index("and", c.start()) + 3))
            break
    return sorted(verbs + carried, key=lambda v: v.start())


def find_awards(text: str, seg: tuple[int, int], sentence_spans, people: People, members: list[Person],
                aliases, host: str | None, meeting_sides: list[str] | None = None,
                when: dt.date | None = None) -> list[AwardFound]:
    """The awards handed over in text[seg] at the meeting (on `when`); `meeting_sides` are the meeting's sides, a side
    with nobody named included."""
    a, b = seg
    found: list[AwardFound] = []
    mentions = sorted(people.mentions, key=lambda m: m.start)
    verb, exchanged = VERB.within(text), _EXCHANGED.within(text)  # (their words looked for once, not in each sentence)
    for sa, sb in sentence_spans:
        if sb <= a or sa >= b:
            continue
        ex = exchanged.search(text, sa, sb)
        if ex is None and (text.find("each other", sa, sb) != -1 or text.find("one another", sa, sb) != -1):
            ex = _EXCHANGED_EACH.search(text, sa, sb)
        verbs_from = sa  # after an exchange, the rest of the sentence may tell an award of its own
        exp = None if ex or (text.find("exchanged", sa, sb) == -1 and text.find("exchange of", sa, sb) == -1) else \
            _EXCHANGED_PASSIVE.search(text, sa, sb)
        if exp and not any(sa <= m.start < sb for m in mentions) and not _PLANNED.search(text, sa, exp.start()):
            ex = exp  # 'Souvenirs were exchanged at the end of the meeting': each side gave the other, nobody named
        if ex and (ex is exp or _EXCHANGED_SIDES.search(text, sa, ex.start()) and not _HEADS_OF.search(text, sa, ex.start())
                   and not any(sa <= m.start < ex.start() for m in mentions)):
            both = list(dict.fromkeys([p.side for p in members if p.side] + list(meeting_sides or [])))
            if len(both) == 2:
                kind = _kind(ex.group())
                for giver_side, other in ((both[0], both[1]), (both[1], both[0])):
                    found.append(AwardFound(None, kind, None, giver_side, [], None, other, ex.start(), ex.end(),
                                            "award.exchanged_sides"))
                verbs_from = ex.end()
        if ex and ex is not exp and verbs_from == sa:
            # 'The two police chiefs exchanged gifts': each of the two sides' leading person gives to the other
            tops: list[Person] = []
            for side in dict.fromkeys(p.side for p in members if p.side):
                same = [p for p in members if p.side == side]
                tops.append(next((p for p in same if p.head), same[0]))
            if 2 <= len(tops) <= 4:
                # three heads who exchange gifts: each gives to each of the others
                kind = _kind(ex.group())
                for giver, other in ((g, o) for g in tops for o in tops if o is not g):
                    found.append(AwardFound(None, kind, giver, giver.side, [other], None, other.side, ex.start(), ex.end(),
                                             "award.exchanged"))
                verbs_from = ex.end()
        if ex is None and text.find("exchange of", sa, sb) != -1:
            between = _EXCHANGE_BETWEEN.search(text, sa, sb)
            pair = [m.person for m in mentions if between and between.end() <= m.start < sb][:2]
            if len(pair) == 2 and pair[0] is not pair[1] and pair[0] in members and pair[1] in members and \
                    pair[0].side and pair[1].side and pair[0].side != pair[1].side:
                # 'the meeting ended with an exchange of tokens between A and B': each gives the other
                kind = _kind(between.group())
                for giver, other in ((pair[0], pair[1]), (pair[1], pair[0])):
                    found.append(AwardFound(None, kind, giver, giver.side, [other], None, other.side, between.start(),
                                            between.end(), "award.exchange_between"))
        acc = _ACCEPTING.match(text, sa, sb)
        if acc and NOUN.search(acc.group(1)):
            givers = [m.person for m in mentions if acc.start(2) <= m.start < acc.end(2)]
            takers = [m.person for m in mentions if acc.end() <= m.start < sb][:1]
            if givers and takers and givers[0].side != takers[0].side:
                q = QUOTED.search(acc.group(1))
                named = _NAMED_AWARD.search(acc.group(1))
                found.append(AwardFound(q.group(1) if q else _OWNER.split(named.group(1))[-1] if named else None,
                                        _kind(acc.group(1)), givers[0], givers[0].side, takers, None, takers[0].side,
                                        acc.start(), acc.end(), "award.accepting_from"))
        verbs = [v for v in _verbs(text, sa, sb, verb) if v.start() >= verbs_from]
        prev = verbs_from
        earlier_here = None
        for idx, v in enumerate(verbs):
            part_end = verbs[idx + 1].start() if idx + 1 < len(verbs) else sb
            part = text[v.end():part_end]
            before = text[prev:v.start()]
            sentence_before = text[sa:v.start()]
            word = v.group().split()[0].lower()
            if word in _NEEDS_NOUN and not NOUN.search(part, 0, 80) and not (
                    _PASSIVE_AUX.search(sentence_before) and NOUN.search(sentence_before[-80:])):
                # ('The decoration "Shield of Merit" was delivered to X': a passive's award noun is its subject)
                prev = v.end()  # 'given the importance of ...': nothing given to keep
                continue
            received = word == "received"
            carried = isinstance(v, _Carried)
            if word.endswith("ed") and _PARTICIPLE_ADJECTIVE.search(sentence_before[-20:]):
                prev = v.end()  # PARTICIPLE_ADJECTIVE: 'the decorated officers thanked ...'
                continue
            if _GENERIC_PRESENT.search(sentence_before[-30:]) and NOUN.search(sentence_before) and not any(
                    sa <= m.start < v.start() for m in mentions):
                prev = v.end()  # GENERIC_PRESENT: 'The medal is awarded to heads of state and ministers'
                continue
            if _PLANNED.search(sentence_before[-40:]) and not _DONE_INFINITIVE.search(sentence_before[-80:]):
                prev = v.end()  # PLANNED: 'medals will be presented at the ceremony next month'
                if _WHICH.search(sentence_before[-40:]):
                    # 'X has been awarded the Order, which will be presented to him in Kyiv': not handed here
                    found = [f for f in found if f.start < sa]
                continue
            if earlier_here is None:
                earlier_here = may_tell_earlier(text, sa, sb)
            cut_here = _CUT.search(part) if earlier_here else None
            if earlier_here and told_as_earlier(text, sa, v.end() + (cut_here.start() if cut_here else len(part)), when,
                                                verb=v.start(), purpose=True):
                prev = v.end()  # EARLIER: 'Last year, X was awarded the Order ...'
                continue
            if received and not (NOUN.search(part[:80]) and _RECEIVED_FROM.search(part)) and not (
                    _PASSIVE_AUX.search(sentence_before) and NOUN.search(sentence_before[-60:]) and _RECEIVED_BY.match(part)):
                prev = v.end()
                continue
            if (word.startswith("hono") or word in _WITH_ONLY) and not _HONOURED_WITH.match(part):
                prev = v.end()  # HONOURED_WITH: 'honoured the memory of the fallen'
                continue
            handed_object = None
            if word in _STRONG and _CONSULTED.match(part) and not NOUN.search(part):
                prev = v.end()  # 'X conferred with his guest on the situation': consulted, nothing given
                continue
            if word not in _STRONG and not NOUN.search(part) and not NOUN.search(sentence_before) and not (
                    word in ("presented", "handed") and _WITH_GIFT.match(part)) and not (
                    _IT_SUBJECT.match(text, sa, v.start()) and NOUN.search(text, max(a, sa - 200), sa)):
                # ('The medal is ... It was presented to him': the pronoun stands for the award of the sentence before)
                # 'The Indonesian guest then handed a traditional keris to his host': a thing handed to a person
                handed_object = _HANDED_OBJECT.match(part) if word in ("presented", "handed", "gave", "gives", "gifted") else None
                if handed_object is None or _NOT_A_GIFT.search(handed_object.group(1)) or _NOT_AN_AWARD.search(
                        handed_object.group(1)):
                    prev = v.end()
                    continue
            if _NOT_AN_AWARD.search(part[:60]) and not NOUN.search(part[:60]) or _NOT_AN_AWARD_HEAD.match(part):
                prev = v.end()  # 'presented the work of the unit and its awards system': the object is no award
                continue
            if _GIFT_OF_EQUIPMENT.match(part):
                prev = v.end()  # GIFT_OF_EQUIPMENT: 'presented a gift of protective equipment to the police'
                continue
            who_subject = None
            if passive_who := _WHO_PASSIVE.search(sentence_before):
                who_at = sa + passive_who.start()
                who_subject = [m for m in mentions if who_at - 3 <= m.end <= who_at + 2][-1:]
                if not who_subject:
                    prev = v.end()  # 'congratulated the officers who were awarded ...': told of a group, not handed
                    continue
            if word in ("awarded", "decorated", "honoured", "honored") and _GROUP_OBJECT.search(sentence_before):
                prev = v.end()  # REDUCED_RELATIVE: 'congratulated the officers awarded the medal ...': told of a group
                continue
            reduced = not received and not _PASSIVE_AUX.search(sentence_before) and bool(
                NOUN.search(sentence_before[-40:]) and _REDUCED_PASSIVE.match(part))
            # 'Presented by Y at a ceremony in Z, the award recognises ...': a passive participle opening the sentence
            fronted_passive = bool(_FRONTED_PASSIVE.match(text, sa, v.end()) and _REDUCED_PASSIVE.match(part))
            among = _AMONG_THOSE.match(text, sa, v.start())
            passive = _PASSIVE_AUX.search(sentence_before) or reduced or fronted_passive or among
            # 'Silver medals were received by A and B': the award is the subject, the recipients follow 'by'
            received_by = received and passive and NOUN.search(sentence_before[-60:]) and _RECEIVED_BY.match(part)
            if received and not received_by:
                if passive:  # 'a delegation was received by ...' is no award
                    prev = v.end()
                    continue
                passive = True  # 'X received the medal ... from Y': Y gives, X receives
                part = _RECEIVED_FROM.sub(lambda f: "by".ljust(len(f.group())), part, count=1)
            giver = None
            co_givers: list[Person] = []
            giver_side = None
            subject_group = None
            rule_fronted = side_subject = conferred_on = presentation_by = False
            rec_text = part
            rec_off = v.end()
            if received_by:
                rec_off, rec_text = v.end() + received_by.end(), part[received_by.end():]
                among = True
            elif among:
                were = _AMONG_WERE.search(part)
                if were is None:
                    prev = v.end()
                    continue
                rec_off, rec_text = v.end() + were.end(), part[were.end():]
            elif passive and any(f.start >= sa for f in found) and _WHICH_WAS.search(sentence_before):
                # '..., which was bestowed upon him by Y': the award already found; '... by the President of X, which
                # was presented by Y': Y hands it for the state, and gives it
                bym = _PASSIVE_BY.search(part)
                hander = next((m.person for m in mentions if bym and v.end() + bym.end() <= m.start < part_end), None)
                if hander is not None:
                    for f in found:
                        if f.start >= sa and f.giver is None and hander not in f.recipients:
                            f.giver, f.giver_side, f.rule = hander, hander.side, "award.same_award"
                prev = v.end()
                continue
            if passive and not among and not _PASSIVE_BY.search(part) and _PASSIVE_BY.search(text[v.end():sb]) and (
                    part_end == sb or _WHICH.search(text, part_end - 40, part_end)):
                # (not the agent of a verb of its own: '... and was presented with a memento by Y')
                # 'X was decorated with the Order ..., which was bestowed upon him by Y': the giver comes later
                part = text[v.end():sb]
                rec_text = part
            if passive and not among:
                bym = _PASSIVE_BY.search(part)
                # 'to' after the award's reason ('... by Y for her support to the centre') names no recipient
                reason = _CUT.search(part)
                to_m = _PASSIVE_TO.search(part, 0, reason.start() if reason else len(part))
                if bym:
                    g_end = to_m.start() if to_m and to_m.start() > bym.end() else len(part)
                    g_zone = (v.end() + bym.end(), v.end() + g_end)
                    giver = next((m.person for m in mentions if g_zone[0] <= m.start < g_zone[1]), None)
                    if giver is None:
                        rm = REF.search(text, g_zone[0], g_zone[1])
                        if rm:
                            giver, giver_side, _ = resolve_ref(rm, members, aliases, host)
                            if giver is not None and fold(rm.group(2)).rstrip("s") not in _RELATIONAL and not (
                                    giver.position and fold(rm.group(2)) in fold(giver.position)):
                                giver = None  # 'by the Indonesian Ambassador': the side gives, no member holds the post
                if to_m and bym and to_m.start() > bym.end() and _RECIPIENT_SETTING.search(part, bym.end(), to_m.start()):
                    to_m = None  # '... by Y, during the visit of the delegation to the ministry': a setting's 'to'
                if to_m:
                    rec_off = v.end() + to_m.end()
                    rec_text = part[to_m.end():]
                    if bym and bym.start() > to_m.end():  # 'presented to X by Y': the recipients end at 'by'
                        rec_text = part[to_m.end():bym.start()]
                else:
                    # 'X was awarded the medal ... by Y': the subject is the recipient
                    # RELATIVE_SUBJECT: 'X presided over a ceremony at which Y received the award from Z': the subject
                    # begins after the clause's opener
                    opener = None
                    for opener in _RELATIVE_OPENER.finditer(text, prev, v.start()):
                        pass
                    subject_from = opener.end() if opener is not None else prev
                    subject = who_subject or [m for m in mentions if subject_from <= m.start < v.start()
                                              and m.person is not giver]
                    alone = reduced or not subject and _AND_PASSIVE.search(sentence_before)
                    if alone:
                        # 'X was honoured with the medal and was presented with a memento by Y': X again, alone
                        subject = [m for m in mentions if sa <= m.start < v.start() and m.person is not giver][:1]
                    if subject:
                        rec_off = subject[0].start
                        rec_text = text[rec_off:subject[0].end if alone else v.start()]
                    else:
                        # 'The guests were presented with souvenirs': the subject names the recipients by reference
                        ref_subject = _REF_SUBJECT.search(text, prev, v.start()) or _GROUP_SUBJECT.search(
                            text, max(prev, sa), v.start())
                        ref_person = None if ref_subject else _REF_PASSIVE_SUBJECT.search(text, max(prev, sa), v.start())
                        if ref_subject:
                            # 'Polish border guards have been awarded high awards': the subject is the group
                            rec_off = ref_subject.start()
                            rec_text = subject_group = _THE.sub("the", _SUBJECT_PARTICIPLE.sub("", ref_subject.group(0)), count=1)
                        elif ref_person:
                            # 'The Ukrainian minister was also awarded the badge': the person the title refers to
                            rec_off, rec_text = ref_person.start(), ref_person.group(0)
                        elif bym:
                            # 'The medal was presented by Y', 'received the award from Y': nobody named receives (what
                            # 'received' takes is the award, not its receivers)
                            rec_text = "" if received else part[:bym.start()]
            elif carried and found and found[-1].start >= sa:
                # 'presented medals to X and certificates to Y': the giver of the first award gives the second
                giver, giver_side = found[-1].giver, found[-1].giver_side
                to_m = _to_recipients(part)
                if to_m:
                    rec_off, rec_text = v.end() + to_m.end(), part[to_m.end():]
            elif not among:
                in_zone = [m for m in mentions if prev <= m.start < v.start()]
                fronted = _FRONTED.match(text, sa, v.end()) if not in_zone else None
                comma = text.find(",", v.end(), sb) if fronted else -1
                after_comma = [m for m in mentions if comma != -1 and comma < m.start < sb]
                if in_zone:
                    giver = in_zone[-1].person
                    if len(in_zone) > 1 and _AND_BEFORE_VERB.search(before) and "," not in text[in_zone[0].start:v.start()]:
                        # 'X thanked Y and gave him a vase': the subject of both verbs gives, not the first one's object
                        giver = in_zone[0].person
                    elif len(in_zone) > 1 and _AND_SUBJECTS.fullmatch(text, in_zone[-2].end, in_zone[-1].start) and \
                            _SUBJECT_END.fullmatch(text, in_zone[-1].end, v.start()) and \
                            in_zone[-2].person.side != in_zone[-1].person.side:
                        # 'A and B presented their host with souvenirs': each gives
                        co_givers = [in_zone[-2].person]
                elif after_comma:
                    # 'Presenting X with the medal, Y praised ...': the subject after the participle's clause gives
                    giver, rule_fronted = after_comma[0].person, True
                    part = text[v.end():comma]
                    rec_text = part
                else:
                    refs = list(REF.finditer(text, prev, v.start()))
                    if refs:
                        giver, giver_side, _ = resolve_ref(refs[-1], members, aliases, host)
                    elif _AND_THEN.match(before) or _AND_BEFORE_VERB.search(before):
                        # 'X presented ... and handed gifts to ...': the subject of the first verb gives
                        subject = [m for m in mentions if sa <= m.start < v.start()]
                        if subject:
                            giver = subject[-1].person
                    else:
                        # 'The Liberian delegation presented ...': a side gives, no person
                        gm = _SIDE_GIVES.search(before) or _SIDE_SUBJECT.fullmatch(text, max(prev, sa), v.start())
                        if gm:
                            found_side = find_sides(tokenize(gm.group(1)), aliases)
                            giver_side = found_side[0].code if found_side else None
                            side_subject = giver_side is not None and gm.re is _SIDE_SUBJECT
                to_m = _to_recipients(part)
                on_m = None if to_m or word not in ("conferred", "bestowed", "imposed") else _ON_RECIPIENTS.search(part)
                if on_m and on_m.start() > 0 and NOUN.search(part, 0, on_m.start()):
                    # 'bestowed the Gold Badge of the Polish Police on X': X receives, the award's words are no side
                    rec_off, rec_text, conferred_on = v.end() + on_m.end(), part[on_m.end():], True
                if to_m and not _REF_RECIPIENT_FIRST.match(part) and not any(v.end() <= m.start < v.end() + to_m.start()
                                                           and m.start < v.end() + 3 for m in mentions):
                    rec_off = v.end() + to_m.end()
                    rec_text = part[to_m.end():]
                bym = _PRESENTATION_BY.search(rec_text) if word == "presentation" and giver is None else None
                agent = next((m.person for m in mentions if bym and rec_off + bym.end() <= m.start < part_end), None)
                if agent is not None:
                    # 'the presentation of awards to Ukrainian officers by X': X gives, the recipients end at 'by'
                    giver, rec_text, presentation_by = agent, rec_text[:bym.start()], True
            colon = text.find(":", v.end(), sb) if _FOLLOWING.search(rec_text) else -1
            if colon != -1:
                # 'The following officers were awarded by X: A, the Medal ...; B, ...': the list after the colon
                rec_off, rec_text, subject_group = colon + 1, text[colon + 1:sb], None
            if idx + 1 < len(verbs):
                # '..., and the Turkish guest presented ...': the tail is the next giver
                tail = _NEXT_GIVER_CLAUSE.search(rec_text)
                if tail:
                    rec_text = rec_text[:tail.start()]
            if rec_off == v.end():
                # 'presented his guest with a plaque': the recipient ends where the gift begins
                w = _WITH_THING.search(rec_text)
                if w is None:
                    w = _WITH_AWARD_NOUN.search(rec_text)
                if w is None and not passive:
                    # 'gave his guest a book', 'awarded X the Order of Merit': the recipient ends where the thing begins
                    w = next((d for d in _DOUBLE_OBJECT.finditer(rec_text) if d.start() > 0), None)
                if w:
                    rec_text = rec_text[:w.start()]
            cut = _CUT.search(rec_text)
            if cut:
                rec_text = rec_text[:cut.start()]
            setting = _RECIPIENT_SETTING.search(rec_text)
            if setting:
                rec_text = rec_text[:setting.start()]  # 'presented to him at the Chinese Embassy in X on Thursday'
            rec_end = rec_off + len(rec_text)
            if giver is not None and giver_side is None:
                giver_side = giver.side
            named_here = any(rec_off <= m.start < rec_off + len(rec_text) for m in mentions)
            if _ALL_HEADS.match(rec_text) and not named_here and (giver is not None or giver_side or (passive and host)):
                # 'presented tokens of appreciation to all the heads of delegations': one entry per other side,
                # its head the recipient
                q = QUOTED.search(text, v.end(), part_end)
                award = q.group(1).strip() if q else None
                kind = _kind(text[prev:part_end])
                others: list[str] = []
                for p in members:
                    if p.side and p.side != (giver_side or host) and p.side not in others:
                        others.append(p.side)
                # 'Souvenirs were presented to the heads of all visiting delegations' with nobody said to lead: each
                # side's first member stands for its delegation
                anyone_heads = any(p.head for p in members if p.side in others)
                for side in others:
                    heads = [p for p in members if p.side == side and p.head]
                    if not heads and not anyone_heads:
                        heads = [p for p in members if p.side == side][:1]
                    if not heads:
                        # a side 'represented by' X has X at its head in all but name; a side with no one at its head
                        # (an agency's official who addressed the meeting) is not among the heads of delegations
                        heads = [p for p in members if p.side == side and p.mentions and _REPRESENTED.search(
                            text, max(0, p.mentions[0].start - 60), p.mentions[0].start)][:1]
                        if not heads:
                            continue
                    found.append(AwardFound(award, kind, giver, giver_side, heads, None if heads else "head of delegation",
                                            side, v.start(), rec_end))
                prev = v.end()
                continue
            recipients: list[Person] = []
            sides: list[str] = []
            for m in mentions:
                if rec_off <= m.start < rec_end and m.person is not giver and m.person not in recipients:
                    recipients.append(m.person)
                    if m.person.side and m.person.side not in sides:
                        sides.append(m.person.side)
            if not recipients:
                # a member's full name or surname the people finder did not mark here ('Presenting Ostap Kovalenko with
                # ...', 'Presenting Kovalenko with ...')
                for person in members:
                    if person is not giver and person.side and len(person.name) > 5 and (person.name in rec_text or (
                            len(person.name.split()) > 1 and re.search(r"\b" + re.escape(person.name.split()[-1]) + r"\b",
                                                                      rec_text))):
                        recipients.append(person)
                        if person.side not in sides:
                            sides.append(person.side)
            spans = [(m.lo, m.end) for m in mentions if rec_off <= m.start < rec_end]
            # a side named inside the award's quoted name ('"100th anniversary of the Azerbaijani police"') is not
            # the recipients'
            spans += [(q.start(), q.end()) for q in QUOTED.finditer(text, rec_off, rec_end)]
            for sm in find_sides(tokenize(text, rec_off, rec_end), aliases):
                if any(lo <= sm.start < hi for lo, hi in spans):
                    continue
                if sm.code not in sides:
                    sides.append(sm.code)
            group = None
            if not recipients or _AND_A_GROUP.search(rec_text):
                rm = REF.search(rec_text)
                if rm and not recipients:
                    pool = [p for p in members if giver is not None or giver_side is None or p.side != giver_side]
                    person, side, is_group = resolve_ref(rm, pool, aliases, host, exclude=giver)
                    if person is not None and not is_group:
                        recipients.append(person)
                    for one in (ref_sides(rm, pool, aliases, host, exclude=giver) if is_group else [side] if side else []):
                        if one not in sides:
                            sides.append(one)
                g = None if (recipients and rm) else _GROUP_PHRASE.search(rec_text.strip())
                if g and not any(fold(p.name) in fold(g.group(1)) for p in recipients):
                    group = g.group(1).strip().rstrip(".,;")
            if not recipients and group is None and subject_group:
                group = subject_group
            if not recipients and group is None:
                candidate = rec_text.strip().rstrip(".,;").strip()
                if (candidate[:1].islower() or _GROUP_NOUN_END.search(candidate)) and len(candidate) <= 150 and \
                        not VERB.search(candidate):
                    group = candidate  # 'to border guards of both countries', 'to Ukrainian and Polish officers'
            if not recipients and group and _HIM.fullmatch(group):
                # 'X gave him a memento': the person told last before, not the giver
                told = [m.person for m in mentions if max(a, sa - 400) <= m.start < v.start() and m.person is not giver
                        and m.person in members]
                # 'the Ukrainian guests, who in turn presented him with ...': one of the other side than the givers'
                told = [p for p in told if not giver_side or p.side != giver_side] or told
                if told:
                    recipients, group = [told[-1]], None
                    if told[-1].side and told[-1].side not in sides:
                        sides.append(told[-1].side)
            rule = ("award.carried" if carried else "award.handed_object" if handed_object else
                    "award.fronted_participle" if rule_fronted else "award.fronted_passive" if fronted_passive else
                    "award.received_by" if received_by else "award.among_those" if among else
                    "award.presentation_by" if presentation_by else "award.conferred_on" if conferred_on else
                    "award.side_subject" if side_subject else "award.verb")
            if handed_object and not recipients and not (group and REF.search(group)):
                prev = v.end()  # a thing handed to nobody named or referred to ('handed a letter to the press')
                continue
            if group and _BOTH_SIDES.search(group):
                rule = "award.both_sides"
                for side in list(dict.fromkeys([p.side for p in members if p.side] + list(meeting_sides or []))):
                    if side not in sides:
                        sides.append(side)
            if not sides and group:
                # 'officers of the Force Criminal Investigation Department': the side whose member works there
                units = _UNIT_NAME.findall(group)
                units += [w for w in _UNIT_WORD.findall(group) if w not in ("These", "Those")]
                for unit in units:
                    owner = next((p.side for p in members if p.side and p.position and unit in p.position), None)
                    if owner:
                        sides.append(owner)
                        break
            if not sides and group:
                # 'souvenirs to the Ukrainians': a demonym in the plural names the recipients' side
                for pm in _PLURAL_DEMONYM.finditer(group):
                    found_side = find_sides(tokenize(pm.group(1)), aliases)
                    if found_side:
                        sides.append(found_side[0].code)
                        break
            if not sides and group and giver is not None:
                # 'presented the ministers with ...': every other side whose member holds that office
                pm = _PLURAL_PEERS.search(group)
                if pm:
                    noun = pm.group(1).lower().rstrip("s")
                    peers = [p.side for p in members if p.side and p.side != giver.side and p.position
                             and noun in fold(p.position)]
                    for side in peers:
                        if side not in sides:
                            sides.append(side)
            if not sides:
                if group and _GROUP_OF_OTHERS.search(group) and giver:
                    others = [p.side for p in members if p.side and p.side != giver.side]
                    if others:
                        sides.append(others[0])
                other_sides = [side for side in dict.fromkeys([p.side for p in members if p.side] + list(meeting_sides or [])
                                                              + [host] * bool(host)) if side != giver_side]
                if not sides and giver is not None and len(other_sides) == 1 and (
                        group is None or NOUN.match(_ARTICLE.sub("", group))):
                    # 'X presented a gift': nobody named receives; in a meeting of two sides, the other side
                    sides.append(other_sides[0])
                    group = None
                if not sides and giver is None and giver_side is None:
                    body = _BODY_AWARD.search(text, v.end(), rec_off) if rec_off > v.end() else None
                    owner = find_sides(tokenize(text, body.start(1), body.end(1)), aliases) if body else []
                    if owner:
                        giver_side, rule = owner[0].code, "award.body_award"  # BODY_AWARD: the ministry of X's awards
                if not sides and group and giver is None and giver_side and _GROUP_HEAD.match(group):
                    rest = [side for side in other_sides if side != giver_side]
                    if len(rest) == 1:
                        sides.append(rest[0])  # GROUP_OTHER_SIDE
                if not sides and giver_side:
                    sides.append(giver_side)
            if giver is None and not recipients and not group:
                prev = v.end()
                continue
            zone = text[sa:part_end]
            # a carried award's name and kind are in its own words, after 'and'
            q = _quoted_name(text, v.end(), part_end) or (None if carried else _quoted_name(text, prev, v.start()))
            award = q.group(1).strip() if q else None
            if award is None:
                # a name before the verb only for an award with no noun of its own after it ('The Order of X was
                # presented', not '... with the Medal of Y and was presented with a memento')
                named = _NAMED_AWARD.search(text, v.end(), part_end) or (
                    None if carried or NOUN.search(part) else _NAMED_AWARD.search(text, max(prev, v.start() - 80),
                                                                                v.start()))
                # an owner before the name gives, it is not named: "Cambodia's Royal Order of Sahametrei"
                award = _OWNER.split(named.group(1))[-1] if named else None
                award = _THE.sub("", award).strip() if award else award
                if award and " " not in award.strip():
                    award = None  # 'Medal' alone, capitalised as a sentence's first word, names nothing
            lo = v.end() if carried else prev
            kind = _kind(text[lo:part_end] if not q else text[max(lo, q.start() - 40):q.end()])
            if not q and lo < v.end() and _kind(part) != "other":
                kind = _kind(part)  # the thing after the verb before one named before it ('... and handed a plaque')
            if not sides and not recipients:
                prev = v.end()  # nobody and no side to give to: 'awarded for outstanding service' without a recipient
                continue
            if host and giver_side and giver_side != host and sides == [giver_side] and (group or recipients) and all(
                    r not in members for r in recipients) and not (group and find_sides(tokenize(group), aliases)):
                # GUEST_GIVES_HOST: 'the guest presented the medal to a group of officers of the Main Directorate', 'X of
                # INTERPOL awarded the medal to the late Corporal Y': a visitor's award to a group, or to one who takes no
                # part, that names no side goes to the host's people, not to the visitor's own
                sides, recipients, rule = [host], [], GUEST_GIVES_HOST
            for side in sides or [None]:
                found.append(AwardFound(award, kind, giver, giver_side,
                                        [p for p in recipients if p.side == side or side is None],
                                        group if group else None, side, v.start(), rec_end, rule))
                for co in co_givers:
                    if co.side != side:
                        found.append(AwardFound(award, kind, co, co.side,
                                                [p for p in recipients if p.side == side or side is None],
                                                group if group else None, side, v.start(), rec_end, "award.co_givers"))
            prev = v.end()
    found = _same_award(text, found, sentence_spans)
    # VAGUE_RETOLD: 'X was decorated during his visit ... Y presented the honorary medal to X': an award with neither giver,
    # giver's side, name nor a thing of its own (no medal, gift or certificate named), to a side that an award of the
    # meeting with a giver also goes to, is that award told vaguely ('The guests were presented with souvenirs' is not)
    found = [aw for aw in found if not (aw.giver is None and aw.giver_side is None and aw.award is None and aw.kind == "other"
                                        and aw.recipient_side
                                        and any(o is not aw and o.giver is not None and o.recipient_side == aw.recipient_side
                                                for o in found))]
    for aw in found:
        if aw.recipients or not aw.recipient_group or not aw.recipient_side:
            continue
        # 'X decorated three officers of the Ukrainian police with the badge. The officers, A, B and C, ...': the
        # people the next sentence names after the group are its recipients, on its side if theirs was a guess
        here = next((i for i, (x, y) in enumerate(sentence_spans) if x <= aw.start < y), None)
        if here is None or here + 1 >= len(sentence_spans) or sentence_spans[here + 1][0] >= b:
            continue
        na, nb = sentence_spans[here + 1]
        gm = _GROUP_NAMED.match(text, na, nb)
        if gm is None:
            continue
        named = list({id(m.person): m.person for m in mentions if gm.end() <= m.start < nb and m.person in members
                      and (m.person.guessed or m.person.side == aw.recipient_side)}.values())
        if named:
            aw.recipients, aw.regrouped = named, [p for p in named if p.guessed]
            aw.rule = GROUP_NAMED_AFTER if aw.regrouped else aw.rule
    for aw in found:
        if aw.award is None and aw.giver is None:
            sa = next((x for x, y in sentence_spans if x <= aw.start < y), aw.start)
            if _RETOLD.search(text, sa, aw.start) or _IT_SUBJECT.match(text, sa, aw.start):
                # 'X has become the first to receive the Great Wall Medal. ... It was presented to him at ...': the
                # award told again takes the name told before it
                names = [m.group(1) for m in _NAMED_AWARD.finditer(text, a, sa) if " " in m.group(1).strip()
                         and aw.kind in (_kind(m.group(1)), "other")]
                if names:
                    aw.award = _THE.sub("", _OWNER.split(names[-1])[-1]).strip()
                    aw.kind, aw.rule = _kind(names[-1]), NAMED_BEFORE
    for aw in found:
        if aw.giver is None and aw.giver_side is None:
            sa, sb = next(((x, y) for x, y in sentence_spans if x <= aw.start < y), (aw.start, aw.end))
            for st in _STATE.finditer(text, sa, sb):
                codes = find_sides(tokenize(text, st.start(), st.end()), aliases)
                if codes:
                    aw.giver_side, aw.rule = codes[0].code, "award.state_giver"
                    break
    return found


decision("award.vague_retold", "an award with no giver, giver's side, name or thing, to the side an award of the same meeting "
                              "with a giver goes to, is that award told vaguely ('X was decorated ... Y presented the medal "
                              "to X')")


# an award told again within 400 characters, or in the next sentence but one ('China has awarded X the Medal. The
# medal was established in 2020 to reward ... Presenting X with the award, Y ...'): a long sentence between is no other
# ceremony
NEAR = decision("award.retold_near", "an award retold in the next sentence or the one after it, however long the one between")


def _near(earlier: list[AwardFound], first: AwardFound, sentence_spans) -> bool:
    gap = first.start - earlier[0].end
    if gap < 400:
        return True
    return gap < 1000 and sum(1 for x, _y in sentence_spans if earlier[0].end < x <= first.start) <= 2


GUEST_GIVES_HOST = decision("award.guest_gives_host", "a visitor's award to a group or to someone who takes no part, "
                                                      "naming no side, goes to the host's side")
PLURAL_RETOLD = decision("award.plural_retold", "'The medals were presented by X' after a sentence of several awards told "
                                                "with no giver: X gives each of them")
_PLURAL_RETOLD = pattern("award.plural_retold_noun", r"\b(?:awards|medals|orders|decorations|badges|honours|honors|"
                         r"distinctions|certificates)\b", re.I)


def _same_award(text: str, found: list[AwardFound], sentence_spans=()) -> list[AwardFound]:
    groups: list[list[AwardFound]] = []  # the entries of one verb (one per recipient side)
    for aw in found:
        if groups and groups[-1][0].start == aw.start:
            groups[-1].append(aw)
        else:
            groups.append([aw])
    out: list[list[AwardFound]] = []
    for group in groups:
        earlier = out[-1] if out else None
        first = group[0]
        if earlier is not None and first.award and all(aw.giver is None and aw.award == first.award for aw in group) and all(
                e.giver is None and e.award == first.award for e in earlier) and {
                (id(p), aw.recipient_side) for aw in group for p in aw.recipients} == {
                (id(p), e.recipient_side) for e in earlier for p in e.recipients}:
            continue  # 'has been awarded the X Medal, the highest distinction conferred by ...': the award told again
        back = earlier is not None and _near(earlier, first, sentence_spans) and _BACK_GIVER.search(
            text, max(earlier[0].start + 1, first.start - 200), first.start)
        if back and all(aw.giver is not None for aw in group) and all(e.giver is None for e in earlier) and all(
                any(p is q for e in earlier for q in e.recipients) for aw in group for p in aw.recipients) and all(
                aw.recipient_group is None or _PRONOUN.fullmatch(aw.recipient_group.strip()) for aw in group):
            for e in earlier:  # the giver of the award told just before, and its name if only the retelling gives one
                e.giver, e.giver_side, e.rule = first.giver, first.giver_side, "award.same_award"
                e.award = e.award or first.award
            if _PLURAL_RETOLD.search(back.group()):
                # PLURAL_RETOLD: 'awarded the Friendship Medal to A, and the Labour Medal to B. The medals were presented
                # by C': C hands every award of that sentence told with no giver
                here = next(((x, y) for x, y in sentence_spans if x <= earlier[0].start < y), None)
                for g in reversed(out[:-1] if out and out[-1] is earlier else out):
                    if here is None or not here[0] <= g[0].start < here[1] or any(e.giver is not None for e in g):
                        break
                    for e in g:
                        e.giver, e.giver_side, e.rule = first.giver, first.giver_side, PLURAL_RETOLD
            continue
        if back and len(earlier) == 1 and earlier[0].giver is None and not earlier[0].recipients and \
                earlier[0].recipient_group and earlier[0].recipient_side and all(
                aw.giver is not None and aw.recipients and all(p.guessed for p in aw.recipients) for aw in group):
            # 'two officers of the Kyrgyz Border Service were awarded the medal ... The medals were pinned on A and B by
            # C': A and B, whose side the text did not say, are the two officers; C hands the award and gives it
            e = earlier[0]
            e.giver, e.giver_side, e.rule = first.giver, first.giver_side, RETOLD_GROUP
            e.recipients = e.regrouped = list({id(p): p for aw in group for p in aw.recipients}.values())
            e.award = e.award or first.award
            continue
        told = text[first.start:first.start + 200].split(". ")[0]
        if earlier is not None and _near(earlier, first, sentence_spans) and (back or _RETOLD.search(told)) and all(
                e.giver is None and not e.recipients and e.recipient_group and e.recipient_side for e in earlier) and all(
                aw.giver is not None and not aw.recipients and aw.recipient_group and _DEFINITE_GROUP.match(
                    aw.recipient_group) for aw in group):
            # 'Four Ukrainian officers were awarded medals ... The medals were handed to the officers by X': X hands
            # the award told before to its group, and gives it
            for e in earlier:
                e.giver, e.giver_side, e.rule = first.giver, first.giver_side, "award.same_award"
                e.award = e.award or first.award
            continue
        if earlier is not None and _near(earlier, first, sentence_spans) and all(
                aw.giver is not None and aw.recipients for aw in group) and all(
                e.giver is None or e.giver is not first.giver and _ON_BEHALF.search(told) for e in earlier) and ({
                id(p) for aw in group for p in aw.recipients} <= {
                id(p) for e in earlier for p in e.recipients} or back and all(e.giver is None for e in earlier) and {
                aw.recipient_side for aw in group} == {e.recipient_side for e in earlier}) and (
                all(aw.award is None for aw in group) and _RETOLD.search(told) or all(
                    aw.award is not None and e.award in (None, aw.award) and ("other" in (e.kind, aw.kind) or aw.kind == e.kind)
                    for aw in group for e in earlier)):
            # 'Poland has awarded X the Border Cross. Presenting X with the award, Y said ...', 'Ukraine conferred a
            # high award on X. The Cross of Merit was presented to X by Y': Y hands it and gives it
            for e in earlier:
                e.displaced = e.displaced or e.giver
                e.giver, e.giver_side, e.rule = first.giver, first.giver_side, "award.retold"
                e.award = e.award or first.award
            continue
        if back and all(aw.giver is not None and not aw.recipients and aw.recipient_group is None for aw in group) and all(
                e.giver is first.giver for e in earlier):
            continue  # 'X received the award from Y. The award was presented by Y ...': told again, one award
        if back and all(aw.giver is not None and not aw.recipients and (
                aw.recipient_group is None or _PRONOUN.fullmatch(aw.recipient_group.strip())) for aw in group) and all(
                e.giver is not None and e.giver is not first.giver for e in earlier):
            # 'X received the Order from President Y. The award was presented by Z': Z, who hands it, gives it
            # (SCHEMA.md: the one who acts for an absent official is the giver)
            for e in earlier:
                e.displaced = e.displaced or e.giver
                e.giver, e.giver_side, e.rule = first.giver, first.giver_side, "award.same_award"
            continue
        if back and all(aw.giver is None for aw in group) and any(aw.recipients for aw in group) and all(
                e.giver is not None and not e.recipients for e in earlier):
            for aw in group:  # the recipients of the award told just before, which named a group
                aw.giver, aw.giver_side, aw.rule = earlier[0].giver, earlier[0].giver_side, "award.same_award"
                aw.award = aw.award or earlier[0].award
            out[-1] = group
            continue
        out.append(group)
    return [aw for group in out for aw in group]
