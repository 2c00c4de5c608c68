"""Stage: the meetings a release reports (one per segment of sentences), the publisher's side, organisations."""

from whomet.store.extract import header as hdr
from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.meetings import also_subject, same_day_opener, split
from whomet.store.extract.organizations import organizations
from whomet.store.extract.places import publisher_place
from whomet.store.extract.sides import first_side


def run(doc: Doc) -> None:
    sents = doc.sentences
    first_par = [s for s in sents if s.paragraph == sents[0].paragraph]
    date0, explicit0, _ = hdr.meeting_date(doc.work, first_par[0].start, first_par[-1].end, doc.ref, True, doc.page_dated)
    doc.pub_side = first_side(doc.publisher, doc.aliases) or publisher_place(doc.publisher)
    # the sides each sentence names (its people's and its side phrases'), the publisher's left out
    named = [{m.code for m in doc.anchors.get(i, [])} for i in range(len(sents))]
    for p in doc.people.persons:
        if p.side and 0 <= p.sentence < len(sents):
            named[p.sentence].add(p.side)
    people_sides: list[set[str]] = [set() for _ in sents]
    persons_in = [0] * len(sents)
    for p in doc.people.persons:
        if not p.passing and 0 <= p.sentence < len(sents):
            persons_in[p.sentence] += 1
            if p.side:
                people_sides[p.sentence].add(p.side)
    present: list[list[tuple[int, str | None]]] = [[] for _ in sents]
    for m in doc.people.mentions:
        if not m.person.passing and 0 <= m.sentence < len(sents):
            present[m.sentence].append((id(m.person), m.person.side))
    for n in named + people_sides:
        n.discard(doc.pub_side)
    for si, sj, item_date in split(doc.work, sents, doc.ref, date0, explicit0, named, people_sides, persons_in,
                                   present, doc.pub_side):
        doc.segments.append(Segment(si, sj, sents[si].start, sents[sj - 1].end, item_date=item_date))
    for seg in doc.segments[1:]:
        seg.same_place = same_day_opener(doc.work, seg.start, seg.end)
        office = also_subject(doc.work, seg.start, seg.end)
        if office is None:
            continue
        # 'The Minister also met Y': the one of an earlier meeting whose office opens with those words (the latest named)
        words = office.lower().split()
        before = [p for p in doc.people.persons if not p.passing and p.sentence < seg.first and p.position
                  and p.position.lower().split()[:len(words)] == words]
        if before:
            seg.carried.append(before[-1])
    doc.orgs = organizations(sents, doc.work, doc.people.mentions, doc.aliases)
