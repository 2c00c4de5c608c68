"""Which clause a side phrase or a person belongs to, read after the side passes of delegations.py.

Guests of a reception: 'A received B', 'B was welcomed in Vilnius by A': B is not on A's side. Whoever receives,
welcomes, hosts or greets someone is the host there; the one received came from elsewhere. A guest whose side the
text does not say is marked with the receiver (`Person.apart_from`), which meeting_members reads before it gives
anyone the host's side: the publisher's side when that is another, else the country the release names most after
the receiver's (`side.other_party`, a guess). The receiver's side may itself be settled only there (from the host),
so the mark names the receiver, not a side. Two people who met ('A met B', 'A held talks with B') are likewise
marked each with the other (`side.meeting_partner`). The mark gives way to the host's side when it leads to no side
(no publisher of another side, no other party named): a guessed side, never a person dropped.

The adverbial a sentence opens with ('During the visit of the Latvian delegation, X briefed the guests') sets the
scene: a side phrase there is not the subject's nearest side (`side.fronted_setting`, read by the nearest-side choice
in delegations.py, so that one decision says which phrase is a person's nearest side). 'In talks with A, B said ...'
opens with the one B met (`side.meeting_partner`).
"""

from __future__ import annotations

import re

from whomet.store.extract.people import Mention, People, Person
from whomet.store.extract.rules import decision, holds_any, needs, pattern

RECEPTION_GUEST = decision("side.reception_guest", "'A received B', 'B was welcomed by A': B, whose side the text does "
                                                   "not say, is not on A's side (the publisher's, else the other party)")
_VERB = pattern("side.reception_verb", r"\b(?:received|recieved|welcomed|hosted|greeted|played host to|extended an?\s+"
                                       r"(?:warm\s+|cordial\s+|official\s+)?welcome to)\b")
# 'A paid a courtesy call on B', 'A called on B': A is the guest, B the one who receives
# (also 'began his agenda with a "courtesy visit" to B': the call named as a noun, quoted or not)
_CALL_ON = pattern("side.call_on", r"\b(?:paid|pays|paying|made|makes|with|on)\s+(?:an?\s+|his\s+|her\s+|their\s+)?[\"“]?"
                                   r"(?:courtesy\s+|working\s+|official\s+|farewell\s+)?(?:call|visit)[\"”]?\s+(?:on|to)\b|"
                                   r"\b(?:called|calls|calling)\s+on\b")
MEETING_PARTNER = decision("side.meeting_partner", "'A met B', 'A held talks with B': the one of them whose side the "
                                                   "text does not say is not on the other's side (the publisher's, else "
                                                   "the other party)")
_MET = pattern("side.meeting_partner_verb", r"\b(?:met|meets)(?:\s+with)?\b|\b(?:held|had|holds|has)\s+(?:\w+\s+)?(?:talks|"
                                            r"a meeting|meetings|consultations)\s+with\b")
_WORDS = ("eceived", "ecieved", "elcomed", "hosted", "greeted", "met", "eets", "with", "host to", "welcome to", "call",
          "visit")  # literal guard before the patterns
# 'B, <office>, was (also) received': the passive names the guest before the verb
_PASSIVE_BEFORE = pattern("side.reception_passive", r"\s*,?\s*(?:and\s+(?:his|her|their)\s+(?:delegation|team|entourage|"
                                                    r"colleagues)\s+)?(?:who\s+)?(?:was|were|had been|has been)\s+(?:also\s+|warmly\s+|"
                                                    r"cordially\s+|officially\s+)?\Z")
# '... received in Vilnius by A', '... welcomed at the headquarters by the Lithuanian minister A'
_PASSIVE_BY = pattern("side.reception_by", r"(?:\s+(?:in|at|on|to)\s+[^.;,]{0,60}?)?\s+by\s+(?:the\s+)?\Z")
# 'A, <office>, (also) received', 'A of Sweden welcomed': the subject is the last person named before the verb in
# its clause (no verb, conjunction or relative between them)
_SUBJECT_GAP = pattern("side.reception_subject", r"(?:(?!\b(?:who|which|that|while|after|before|when|where|whom|and|but|met|"
                                                 r"was|were|is|are|had|has|have|said)\b)[^.;:])*")
# the auxiliary of a perfect right before the verb: 'has met with', 'have also received', 'had earlier met'
_PERFECT_AUX = pattern("side.perfect_aux", r"\b(?:has|have|had)\s+(?:also\s+|just\s+|earlier\s+|today\s+)?\Z")
# the next one of a list of objects: 'B, <office>, and C', 'B and C', 'B, C'
_GUEST_LIST_NEXT = pattern("side.guest_list_next", r"\s*,?\s*(?:and|as well as)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")
_OBJECT_GAP = pattern("side.reception_object", r"(?:\s+(?:in|at|on)\s+[^.;,]{0,60}?|\s+(?:today|yesterday|here|"
                                               r"this\s+(?:morning|afternoon|evening|week)))?\s*,?\s*(?:the\s+)?"
                                               r"(?:visiting\s+|guest\s+)?\Z", re.I)


def reception_guests(people: People, sentences, text: str) -> None:
    """Mark the unsided guest of a reception with the person who received them, and each unsided one of two people
    who met with the other."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in people.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for idx, found in by_sentence.items():
        if len(found) < 2:
            continue
        sent = sentences[idx]
        low = text[sent.start:sent.end]
        if not any(w in low for w in _WORDS):
            continue
        found = sorted(found, key=lambda x: x.start)
        verbs = [(v, RECEPTION_GUEST) for v in _VERB.finditer(text, sent.start, sent.end)]
        verbs += [(v, MEETING_PARTNER) for v in _MET.finditer(text, sent.start, sent.end)]
        for v in (_CALL_ON.finditer(text, sent.start, sent.end) if "call" in low or "visit" in low else ()):
            # 'A paid a courtesy call on B': only the caller is marked, the one called on receives
            before = [x for x in found if x.end <= v.start()]
            after = [x for x in found if x.lo >= v.end()]
            if before and after and v.start() - before[-1].end <= 80 and _SUBJECT_GAP.fullmatch(text, before[-1].end, v.start()) \
                    and _OBJECT_GAP.match(text, v.end(), after[0].lo):
                _apart(before[-1].person, after[0].person, RECEPTION_GUEST)
                if before[-1].person.side is not None:
                    # (a caller whose side the text says: the one called on is not of it, as a receiver of a guest)
                    _apart(after[0].person, before[-1].person, RECEPTION_GUEST)
        for v, rule in verbs:
            before = [x for x in found if x.end <= v.start()]
            after = [x for x in found if x.lo >= v.end()]
            if not before or not after:
                continue
            if rule == RECEPTION_GUEST and _PASSIVE_BEFORE.match(text, before[-1].end, v.start()):
                guest, host = before[-1], after[0]
                if not _PASSIVE_BY.match(text, v.end(), host.lo):
                    continue
            else:
                host, guest = before[-1], after[0]
                # ('A, <office>, has met with B', 'A had also received B': the perfect's auxiliary is the verb's own)
                aux = _PERFECT_AUX.search(text, host.end, v.start()) if "ha" in text[host.end:v.start()] else None
                if v.start() - host.end > 80 or not (_SUBJECT_GAP.fullmatch(text, host.end, aux.start() if aux else v.start())
                                                     and _OBJECT_GAP.match(text, v.end(), guest.lo)):
                    continue
            _apart(guest.person, host.person, rule)
            if guest is after[0]:
                # 'A received B, <office>, and C': everyone the object lists came with B
                prev = guest
                for x in after[1:]:
                    if not _GUEST_LIST_NEXT.fullmatch(text, prev.end, x.lo):
                        break
                    _apart(x.person, host.person, rule)
                    prev = x
            if rule == MEETING_PARTNER or guest.person.side is not None:
                # (an unsided receiver is not marked by an unsided guest: the guest is the one who came, the receiver
                # takes the host's side)
                _apart(host.person, guest.person, rule)


def _apart(p: Person, other: Person, rule: str) -> None:
    if p is not other and p.side is None and p.not_side is None and p.side_of is None and p.apart_from is None:
        p.apart_from, p.apart_rule = other, rule


FRONTED_SETTING = decision("side.fronted_setting", "a side phrase in the adverbial a sentence opens with ('During the "
                                                  "visit of the Latvian delegation, X briefed the guests', 'At the "
                                                  "invitation of the Latvian police, X visited Riga') sets the scene: "
                                                  "it is not the nearest side of the subject after the comma")
# a sentence (or a dateline's text) opening with an adverbial of occasion, time or invitation, closed by a comma
_FRONTED = pattern("side.fronted_adverbial", r"(?:During|At the (?:invitation|request) of|Following|After|"
                                             r"Upon|On the occasion of|As part of|Within|In the (?:framework|course) of|"
                                             r"Ahead of|Before|On the (?:sidelines|margins) of|In connection with|"
                                             r"(?:In|During)\s+(?:the\s+)?(?:talks|a meeting|meetings|discussions|consultations|"
                                             r"an? (?:phone |telephone )?(?:conversation|call))\s+with)\b[^,;.]*,")
_FRONTED_WORDS = ("During", "At the ", "Following", "After", "Upon", "On the ", "As part", "Within", "In the ", "Ahead",
                  "Before", "In connection", "In talks", "In a ", "In meetings", "In discussions", "In consultations")
# 'In talks with X in Hanoi, Y suggested ...': X is the one Y met (`side.meeting_partner`)
_FRONTED_PARTNER = pattern("side.fronted_partner", r"(?:In|During)\s+(?:the\s+)?(?:talks|a meeting|meetings|discussions|"
                                                   r"consultations|an? (?:phone |telephone )?(?:conversation|call))\s+with\b")


def fronted_span(sent_start: int, sent_end: int, text: str) -> tuple[int, int, bool] | None:
    """The adverbial a sentence opens with, closed by its comma: (start, end, whether it names one met: 'In talks
    with A, ...'); None when the sentence opens with none."""
    head = text[sent_start:min(sent_end, sent_start + 400)]
    starts = [0]  # the sentence's start, or right after a dateline's dash ('WARSAW, 3 March - During ...')
    for dash in ("\u2014", "\u2013", " - "):
        at = head.find(dash, 0, 120)
        if at != -1:
            at += len(dash)
            starts.append(at + len(head[at:]) - len(head[at:].lstrip()))
    for at in starts:
        if not head.startswith(_FRONTED_WORDS, at):
            continue
        fronted = _FRONTED.match(head, at)
        if fronted is not None:
            return (sent_start + fronted.start(), sent_start + fronted.end(),
                    bool(_FRONTED_PARTNER.match(head, fronted.start(), fronted.end())))
    return None


def in_fronted_setting(start: int, m: Mention, sentence_mentions: list[Mention], span: tuple[int, int, bool] | None) -> bool:
    """Whether the side phrase at `start` lies in the adverbial m's sentence opens with (`span`, from fronted_span),
    m standing after it: then it is not m's nearest side. A person named inside the adverbial keeps it ('After A of
    Latvia arrived, B ...'), but for the one met ('In talks with A of Latvia, B said': B is A's partner,
    `side.meeting_partner`)."""
    if span is None or not (span[0] <= start < span[1]) or m.lo < span[1]:
        return False
    return span[2] or not any(x is not m and x.lo < span[1] for x in sentence_mentions)


def fronted_partners(people: People, sentences, text: str) -> None:
    """'In talks with A in Hanoi on Monday, B suggested ...': B and A are the two who met, each not on the other's
    side when the text does not say it."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in people.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for idx, found in by_sentence.items():
        if len(found) < 2:
            continue
        sent = sentences[idx]
        if not ("In " in text[sent.start:sent.start + 12] or "During " in text[sent.start:sent.start + 12]):
            continue
        span = fronted_span(sent.start, sent.end, text)
        if span is None or not span[2]:
            continue
        end = span[1]
        inside = [x for x in found if x.lo < end]
        after = [x for x in found if x.lo >= end]
        if inside and after:
            _apart(after[0].person, inside[0].person, MEETING_PARTNER)
            _apart(inside[0].person, after[0].person, MEETING_PARTNER)


CO_SIGNERS = decision("side.co_signers", "'A and B signed the protocol', 'A and B exchanged the memoranda': the two who "
                                         "sign or exchange a document are the two parties; the one whose side the text "
                                         "does not say is not on the other's (weighed like a meeting partner)")
_SIGNED_TOGETHER = pattern("side.signed_together", r"\s+(?:also\s+|jointly\s+|then\s+)?(?:signed|exchanged|inked)\b")
# 'The protocol was signed by A and B', 'the memorandum, signed by A and B,'
_SIGNED_BY = pattern("side.signed_by_pair", r"\b(?:signed|inked|exchanged)\s+(?:on\s+\w+\s+)?by\s+(?:the\s+)?\Z")
_PAIR_AND = pattern("side.pair_and", r"\s*,?\s*and\s+(?:the\s+|his\s+|her\s+)?")
_SIGNED_WORDS = needs(_SIGNED_TOGETHER, _SIGNED_BY)  # (a pair signs only by one of these words)


def co_signers(people: People, text: str) -> None:
    """Mark each of 'A and B signed ...' with the other, when it is the pair that signs (nobody else before the
    'and' in the same list)."""
    if not holds_any(text, _SIGNED_WORDS):
        return
    mentions = people.mentions
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if a.sentence != b.sentence or a.person is b.person or not _PAIR_AND.fullmatch(text, a.end, b.lo):
            continue
        if k >= 2 and mentions[k - 2].sentence == a.sentence and _GUEST_LIST_NEXT.fullmatch(text, mentions[k - 2].end, a.lo):
            continue  # (three or more listed: no pair)
        if not (_SIGNED_TOGETHER.match(text, b.end) or _SIGNED_BY.search(text, max(0, a.lo - 40), a.lo)) or \
                k + 1 < len(mentions) and mentions[k + 1].sentence == b.sentence and \
                _GUEST_LIST_NEXT.fullmatch(text, b.end, mentions[k + 1].lo):
            continue
        _apart(a.person, b.person, CO_SIGNERS)
        _apart(b.person, a.person, CO_SIGNERS)
