"""Meeting stage: the documents signed at one meeting.

A segment where nobody is named reports no meeting of its own: what it says was signed belongs to the meeting told
before it, or, for a lead before any meeting ('A memorandum was signed between the ministries ...', dated by the
dateline, then the paragraph that tells the visit on the day before), to the first meeting told after it
(`agreement.lead_signing`). A release that names nobody at all tells its signings in its first segment. The segments
a meeting takes are read as one text, so a document the lead tells and the body tells again is one document.
"""

from whomet.store.extract.agreements import find_agreements
from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.rules import decision

LEAD = decision("agreement.lead_signing", "a signing told where nobody is named: the meeting told before it, or for "
                                          "a lead, the first one after it")


def _read(doc: Doc, owner: Segment, first: Segment, last: Segment) -> None:
    """owner's documents: those of the segments first .. last (owner among them), read as one text."""
    spans = [(s.start, s.end) for s in doc.sentences[first.first:last.last]]
    owner.agreements = [
        {"title": title, "kind": kind, "parties": list(owner.sides), "span": [s, e],
         "rule": rule if owner.start <= s < owner.end else LEAD}
        for title, kind, s, e, rule in find_agreements(doc.work, first.start, last.end, spans,
                                                         owner.date)]


def run(doc: Doc, seg: Segment, index: int) -> None:
    before = doc.segments[:index]
    meetings_before = [i for i, s in enumerate(before) if s.persons]
    if seg.persons:
        # the leads before the first meeting are this meeting's
        _read(doc, seg, doc.segments[0] if not meetings_before else seg, seg)
        return
    if not meetings_before:
        # a lead: the next meeting takes it (and the lead stays no meeting of its own meanwhile: the later stages of
        # the next segment, its place from the dateline, read which segments are kept); with no meeting after it,
        # the last segment gives the release's only signing to the first
        if index == len(doc.segments) - 1:
            _read(doc, doc.segments[0], doc.segments[0], seg)
        return
    owner_index = meetings_before[-1]
    owner = doc.segments[owner_index]
    _read(doc, owner, doc.segments[0] if owner_index == next(iter(meetings_before)) else owner, seg)
