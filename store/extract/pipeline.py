"""The extraction pipeline: one ordered list of named stages, each a small module in stages/.

`STAGES` run once per release, in order, on one `Doc`; `split_meetings` cuts the release into
meetings and `MEETING_STAGES` then run, in order, on each meeting before the next one (a later
meeting reads what earlier ones settled: the previous host, a side given by the host).
`assemble` turns the Doc into the record's data. Any stage may set `doc.done` when the text
reports no meeting.
"""

from __future__ import annotations

from whomet.store.extract.doc import Doc
from whomet.store.extract.stages import (assign_sides, find_people, mark_heads, meeting_agreements, meeting_awards,
                                         meeting_date, meeting_host, meeting_members, meeting_place, read_header,
                                         split_meetings, split_sentences)
from whomet.store.extract.topics import find_topics
from whomet.store.extract.meetings import kind_of
from whomet.store.extract.rules import decision

STAGES = [read_header, split_sentences, find_people, assign_sides, mark_heads, split_meetings]
MEETING_STAGES = [meeting_date, meeting_place, meeting_host, meeting_members, meeting_agreements, meeting_awards]

RELEASE_DATE = "date.release"
decision("place.guessed", "no place of the meeting in the text: the host's country, a body's seat, or the publisher's")


def run(text: str) -> Doc:
    doc = Doc(text)
    for stage in STAGES:
        stage.run(doc)
        if doc.done:
            return doc
    for index, seg in enumerate(doc.segments):
        for stage in MEETING_STAGES:
            stage.run(doc, seg, index)
    if doc.segments and not any(seg.kept for seg in doc.segments):
        meeting_members.from_sides(doc)
    return doc


def assemble(doc: Doc) -> dict:
    """The record's data: only meetings where someone took part or something was signed."""
    meetings = []
    for seg in doc.segments:
        if not seg.kept:
            continue
        place = {"city": None if seg.video else seg.city, "country": None if seg.video else seg.country}
        if seg.place_guessed and not seg.video:
            place["guessed"] = True
        meeting = {
            "date": seg.date.isoformat() if seg.date else None,
            "title": None, "kind": kind_of(doc.work[seg.start:seg.end]),
            "format": "video_conference" if seg.video else "in_person",
            "place": place,
            "delegations": seg.delegations, "agreements": seg.agreements, "awards": seg.awards,
            "topics": find_topics(doc.work[seg.start:seg.end]),
        }
        if seg.date is not None and seg.date_rule == RELEASE_DATE:
            meeting["guessed"] = True
        if seg.built:
            meeting["rule"] = seg.built
        meetings.append(meeting)
    return {"source": doc.source(), "meetings": meetings}
