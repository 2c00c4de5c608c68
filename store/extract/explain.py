"""Every fact of one release with the rule that produced it and where it is in the text (`extract --explain`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whomet.store.extract.extractor import Extraction


@dataclass
class Fact:
    meeting: int  # 1-based
    kind: str  # date, place, person, side, head, agreement, award
    value: str
    rule: str | None
    span: tuple[int, int] | None = None
    guessed: bool = False
    # the record's object the fact is of (Meeting, Member, Agreement, Award) and a member's side: what
    # `whomet eval --rules` compares with the gold (store/rule_scores.py)
    about: Any = field(default=None, repr=False, compare=False)
    side: str | None = None


def facts(extraction: Extraction) -> list[Fact]:
    """The facts of the record, in the order of its meetings; a date's rule comes from the pipeline's state."""
    out: list[Fact] = []
    doc = extraction.doc
    kept = [s for s in doc.segments if s.kept] if doc is not None else []
    for i, meeting in enumerate(extraction.record.meetings, 1):
        seg = kept[i - 1] if i - 1 < len(kept) else None
        if meeting.rule:
            out.append(Fact(i, "meeting", f"built from the sides named: {', '.join(d.side for d in meeting.delegations)}",
                            meeting.rule, guessed=True, about=meeting))
        if meeting.date:
            out.append(Fact(i, "date", meeting.date.isoformat(), seg.date_rule if seg else None,
                            guessed=bool(meeting.guessed), about=meeting))
        if meeting.place.city or meeting.place.country:
            where = ", ".join(v for v in (meeting.place.city, meeting.place.country) if v)
            out.append(Fact(i, "place", where, seg.place_rule if seg else None,
                            guessed=bool(meeting.place.guessed), about=meeting))
        for d in meeting.delegations:
            for m in d.members:
                span = tuple(m.span) if m.span else None
                out.append(Fact(i, "person", m.name, m.rule, span, about=m, side=d.side))
                out.append(Fact(i, "side", f"{m.name}: {d.side}", m.side_rule, span, bool(m.guessed), m, d.side))
                if m.head:
                    out.append(Fact(i, "head", m.name, m.head_rule, span, about=m, side=d.side))
        for a in meeting.agreements:
            out.append(Fact(i, "agreement", f"{a.kind}: {a.title}", a.rule, tuple(a.span) if a.span else None,
                            about=a))
        for a in meeting.awards:
            what = a.award or a.kind
            out.append(Fact(i, "award", f"{what} from {a.giver or a.giver_side or '?'}", a.rule,
                            tuple(a.span) if a.span else None, about=a))
    return out
