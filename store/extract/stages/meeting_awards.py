"""Meeting stage: medals, orders, certificates and gifts handed over at one meeting."""

from whomet.store.extract.awards import VERB, find_awards
from whomet.store.extract.doc import Doc, Segment


def run(doc: Doc, seg: Segment, index: int) -> None:
    spans = [(s.start, s.end) for s in doc.sentences[seg.first:seg.last]]
    # the meeting's sides: those of its people, then those whose organisation the release names (a visiting
    # delegation with nobody named)
    sides = list(dict.fromkeys(list(seg.sides) + list(doc.orgs)))
    found = find_awards(doc.work, (seg.start, seg.end), spans, doc.people, seg.persons, doc.aliases, seg.host, sides,
                        seg.date)
    for absent in {id(aw.displaced): aw.displaced for aw in found if aw.displaced is not None}.values():
        _drop_absent(doc, seg, absent, spans)
    for aw in found:
        for person in aw.regrouped:
            _move(doc, seg, person, aw.recipient_side, aw.rule)
    for aw in found:
        if aw.giver is not None and aw.giver not in seg.persons:
            continue
        seg.awards.append({"award": aw.award, "kind": aw.kind, "giver": aw.giver.name if aw.giver else None,
                           "giver_side": aw.giver_side, "recipients": [p.name for p in aw.recipients],
                           "recipient_group": aw.recipient_group, "recipient_side": aw.recipient_side,
                           "span": [aw.start, max(aw.end, aw.start)], "rule": aw.rule})


def _drop_absent(doc: Doc, seg: Segment, person, spans) -> None:
    """SCHEMA.md: the official for whom another hands an award is not a member, if that is all the text tells of him
    (every mention in a sentence that tells an award, no head)."""
    if person.head or person not in seg.persons:
        return
    award_sentences = [(a, b) for a, b in spans if VERB.search(doc.work, a, b)]
    if not all(any(a <= m.start < b for a, b in award_sentences) for m in person.mentions):
        return
    seg.persons.remove(person)
    for d in seg.delegations:
        d["members"] = [m for m in d["members"] if m["name"] != person.name]
    seg.delegations[:] = [d for d in seg.delegations if d["members"]]


def _move(doc: Doc, seg: Segment, person, side: str, rule: str) -> None:
    """A recipient whose side was a guess, found to be one of a group of `side` told with the award (`rule`:
    award.retold_group, award.group_named_after)."""
    if person not in seg.persons or person.side == side:
        return
    person.side, person.guessed, person.side_rule = side, False, rule
    moved = None
    for d in seg.delegations:
        for m in d["members"]:
            if m["name"] == person.name:
                moved = m
        d["members"] = [m for m in d["members"] if m is not moved]
    if moved is None:
        return
    moved.pop("guessed", None)
    moved["side_rule"] = rule
    target = next((d for d in seg.delegations if d["side"] == side), None)
    if target is None:
        target = {"side": side, "organization": doc.orgs.get(side), "host": side == seg.host, "members": [], "groups": []}
        seg.delegations.append(target)
        if side not in seg.sides:
            seg.sides.append(side)
    target["members"].append(moved)
    seg.delegations[:] = [d for d in seg.delegations if d["members"] or d is target]
