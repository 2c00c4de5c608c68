"""Guests of a reception: 'A received B', 'B was welcomed in Vilnius by A': B is not on A's side.

Whoever receives, welcomes, hosts or greets someone is the host there; the one received came from elsewhere.
A guest whose side the text does not say is marked as not on the receiver's side (`Person.guest_of`), which
meeting_members reads before it gives anyone the host's side: the publisher's side when that is another, else
the country the release names most after the receiver's (`side.other_party`, a guess). The receiver's side may
itself be settled only there (from the host), so the mark names the receiver, not a side.
"""

from __future__ import annotations

import re

from whomet.store.extract.people import Mention, People
from whomet.store.extract.rules import decision, pattern

RECEPTION_GUEST = decision("side.reception_guest", "'A received B', 'B was welcomed by A': B, whose side the text does "
                                                   "not say, is not on A's side (the publisher's, else the other party)")
_VERB = pattern("side.reception_verb", r"\b(?:received|recieved|welcomed|hosted|greeted)\b")
_WORDS = ("eceived", "ecieved", "elcomed", "hosted", "greeted")  # literal guard before the pattern
# 'B, <office>, was (also) received': the passive names the guest before the verb
_PASSIVE_BEFORE = pattern("side.reception_passive", r"\s*,?\s*(?:who\s+)?(?:was|were|had been|has been)\s+(?:also\s+|warmly\s+|"
                                                    r"cordially\s+|officially\s+)?\Z")
# '... received in Vilnius by A', '... welcomed at the headquarters by the Lithuanian minister A'
_PASSIVE_BY = pattern("side.reception_by", r"(?:\s+(?:in|at|on|to)\s+[^.;,]{0,60}?)?\s+by\s+(?:the\s+)?\Z")
# 'A, <office>, (also) received', 'A of Sweden welcomed': the subject is the last person named before the verb in
# its clause (no verb, conjunction or relative between them)
_SUBJECT_GAP = pattern("side.reception_subject", r"(?:(?!\b(?:who|which|that|while|after|before|when|where|whom|and|but|met|"
                                                 r"was|were|is|are|had|has|have|said)\b)[^.;:])*")
_OBJECT_GAP = pattern("side.reception_object", r"(?:\s+(?:in|at|on)\s+[^.;,]{0,60}?|\s+(?:today|yesterday|here|"
                                               r"this\s+(?:morning|afternoon|evening|week)))?\s*,?\s*(?:the\s+)?"
                                               r"(?:visiting\s+|guest\s+)?\Z", re.I)


def reception_guests(people: People, sentences, text: str) -> None:
    """Mark each unsided guest of a reception with the person who received them."""
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
        for v in _VERB.finditer(text, sent.start, sent.end):
            before = [x for x in found if x.end <= v.start()]
            after = [x for x in found if x.lo >= v.end()]
            if not before or not after:
                continue
            if _PASSIVE_BEFORE.match(text, before[-1].end, v.start()):
                guest, host = before[-1], after[0]
                if not _PASSIVE_BY.match(text, v.end(), host.lo):
                    continue
            else:
                host, guest = before[-1], after[0]
                if v.start() - host.end > 80 or not (_SUBJECT_GAP.fullmatch(text, host.end, v.start())
                                                     and _OBJECT_GAP.match(text, v.end(), guest.lo)):
                    continue
            g = guest.person
            if g is not host.person and g.side is None and g.not_side is None and g.side_of is None:
                g.guest_of = host.person
