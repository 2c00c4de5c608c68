"""Meeting stage: medals, orders, certificates and gifts handed over at one meeting."""

from whomet.store.extract.awards import find_awards
from whomet.store.extract.doc import Doc, Segment


def run(doc: Doc, seg: Segment, index: int) -> None:
    spans = [(s.start, s.end) for s in doc.sentences[seg.first:seg.last]]
    # the meeting's sides: those of its people, then those whose organisation the release names (a visiting
    # delegation with nobody named)
    sides = list(dict.fromkeys(list(seg.sides) + list(doc.orgs)))
    for aw in find_awards(doc.work, (seg.start, seg.end), spans, doc.people, seg.persons, doc.aliases, seg.host, sides,
                          seg.date):
        if aw.giver is not None and aw.giver not in seg.persons:
            continue
        seg.awards.append({"award": aw.award, "kind": aw.kind, "giver": aw.giver.name if aw.giver else None,
                           "giver_side": aw.giver_side, "recipients": [p.name for p in aw.recipients],
                           "recipient_group": aw.recipient_group, "recipient_side": aw.recipient_side,
                           "span": [aw.start, max(aw.end, aw.start)], "rule": aw.rule})
