"""Stage: the meetings a release reports (one per segment of sentences), the publisher's side, organisations."""

from whomet.store.extract import header as hdr
from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.meetings import (UNDATED_DAY_RULES, UNDATED_PAGE, also_subject, continued_elsewhere,
                                           delegation_subject, met_separately, preceded_by, pronoun_meets,
                                           same_day_opener, split, two_in_one_cues, travel_on, two_parties)
from whomet.store.extract.organizations import organizations
from whomet.store.extract.places import publisher_place
from whomet.store.extract.sides import first_side


def run(doc: Doc) -> None:
    sents = doc.sentences
    first_par = [s for s in sents if s.paragraph == sents[0].paragraph]
    date0, explicit0, _ = hdr.meeting_date(doc.work, first_par[0].start, first_par[-1].end, doc.ref, True, doc.page_dated)
    if doc.ref is None:
        # a page with no year: the first paragraph's day written out ('DUSHANBE, October 26', 'on October 25') in the year
        # standing in for the page's, as split reads the others; a relative one ('yesterday') counts from nothing known
        date0, explicit0, rule0 = hdr.meeting_date(doc.work, first_par[0].start, first_par[-1].end, UNDATED_PAGE, True)
        if rule0 not in UNDATED_DAY_RULES:
            date0, explicit0 = None, False
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
    offices: list[list[str]] = [[] for _ in sents]
    for m in doc.people.mentions:
        if not m.person.passing and 0 <= m.sentence < len(sents):
            present[m.sentence].append((id(m.person), m.person.side))
            if m.person.position:
                offices[m.sentence].append(m.person.position)
    for n in named + people_sides:
        n.discard(doc.pub_side)
    for si, sj, item_date in split(doc.work, sents, doc.ref, date0, explicit0, named, people_sides, persons_in,
                                   present, doc.pub_side, offices):
        doc.segments.append(Segment(si, sj, sents[si].start, sents[sj - 1].end, item_date=item_date))
    cues = two_in_one_cues(doc.work)
    if cues:
        doc.segments = [piece for seg in doc.segments for piece in _separate_meetings(doc, seg, present, cues)]
    for before, seg in zip(doc.segments, doc.segments[1:]):
        seg.same_place = seg.same_place or same_day_opener(doc.work, seg.start, seg.end)
        if continued_elsewhere(doc.work, seg.start, seg.end):
            # 'The talks were continued in Vantaa': the people of the talks before go on with them
            for m in sorted(doc.people.mentions, key=lambda m: m.start):
                if before.start <= m.start < before.end and not m.person.passing and m.person not in seg.carried:
                    seg.carried.append(m.person)
            seg.same_place = False
            continue
        side = delegation_subject(doc.work, seg.start, seg.end, doc.aliases)
        if side is not None:
            # 'On 16 February, the Vietnamese delegation met with X': those of that side in the meeting before take part
            for m in sorted(doc.people.mentions, key=lambda m: m.start):
                if before.start <= m.start < before.end and not m.person.passing and m.person.side == side \
                        and m.person not in seg.carried:
                    seg.carried.append(m.person)
            continue
        if pronoun_meets(doc.work, seg.start, seg.end):
            # 'He also met X': the first one named in the meeting before (its subject) takes part
            first = [m for m in sorted(doc.people.mentions, key=lambda m: m.start)
                     if before.start <= m.start < before.end and not m.person.passing]
            if first and first[0].person not in seg.carried:
                seg.carried.append(first[0].person)
            continue
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


def _separate_meetings(doc: Doc, seg: Segment, present: list, cues: list[int]) -> list[Segment]:
    """'On Tuesday, X held talks separately with A and B': one meeting with each from that sentence on, each without
    the others (`Segment.apart`), at the same place; what came before is a meeting of its own only when it already had
    two parties, else it opens the first of them."""
    sents = doc.sentences
    for k in range(seg.first, seg.last):
        if not any(sents[k].start <= at < sents[k].end for at in cues):
            continue

        def told(k: int = k) -> list:
            return [m for m in doc.people.mentions if m.sentence == k and not m.person.passing]

        cut = preceded_by(doc.work, sents[k])
        if cut is not None:
            before = [m.person for m in told() if m.end <= cut]
            before = before or [m.person for m in doc.people.mentions if seg.start <= m.start < sents[k].start
                                and not m.person.passing]
            after = [m.person for m in told() if m.start >= cut and m.person not in before]
            if before and after:
                # the meeting so far ends at the cue; the other one has only the people named from it on
                here = Segment(seg.first, k + 1, seg.start, cut, item_date=seg.item_date)
                here.apart = after
                there = Segment(k, seg.last, cut, seg.end)
                there.apart = before
                there.same_place = True
                return [here, there]
        cut = travel_on(doc.work, sents[k])
        if cut is not None and k > seg.first and sents[k].paragraph != sents[k - 1].paragraph \
                and not [m for m in told() if m.end <= cut]:
            # 'The Chilean delegation then travelled to Gdansk, where it was received by X' opening a paragraph: the
            # meeting so far ends before it (the delegation's people go on with it, meeting.delegation_subject)
            after = [m.person for m in told() if m.start >= cut]
            if after and two_parties(present, seg.first, k, doc.pub_side):
                here = Segment(seg.first, k, seg.start, sents[k - 1].end, item_date=seg.item_date)
                there = Segment(k, seg.last, sents[k].start, seg.end)
                return [here, there]
        if cut is not None:
            before = [m.person for m in told() if m.end <= cut]
            after = [m.person for m in told() if m.start >= cut and m.person not in before]
            if before and after:
                # the meeting so far ends at the travel; the next one has the traveller and those met there
                here = Segment(seg.first, k + 1, seg.start, cut, item_date=seg.item_date)
                here.apart = after
                there = Segment(k, seg.last, cut, seg.end)
                there.apart = [p for p in before if p is not before[0]]
                there.carried = before[:1]
                return [here, there]
        found = met_separately(doc.work, sents[k], told)
        if found is None:
            continue
        cue, met = found
        # the one who met them: named before the cue, else ('There he held separate meetings') the last one named before
        subject = [m.person for m in told() if m.end <= cue and m.person not in met] or \
            [m.person for m in doc.people.mentions if seg.start <= m.start < sents[k].start and not m.person.passing
             and m.person not in met][-1:]
        keep_head = k > seg.first and two_parties(present, seg.first, k, doc.pub_side)
        pieces = [Segment(seg.first, k, seg.start, sents[k - 1].end, item_date=seg.item_date)] if keep_head else []
        for i, p in enumerate(met):
            first = seg.first if i == 0 and not keep_head else k
            piece = Segment(first, seg.last, sents[first].start, seg.end,
                            item_date=seg.item_date if first == seg.first else None)
            piece.apart = [q for q in met if q is not p]
            piece.carried = list(subject)
            piece.same_place = bool(pieces)
            pieces.append(piece)
        return pieces
    return [seg]
