"""Re-extraction: the current extractor over every stored release, judgements kept.

Only facts that came from extraction are replaced (files imported as releases); a
hand-checked record imported beside its release is the record, and stays. The run is one
transaction: the derived overlay is taken away, each release's meetings are replaced by
what the extractor says now, and the judgements are applied again to the new facts by
their stable keys (release sha, meeting ordinal, folded name, span). Those that no longer
find their fact are kept, marked `orphaned`, and listed in the report: never dropped silently.
"""

from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import Engine, delete, select

import whomet.store as public
from whomet.store import fts, models, overlay
from whomet.store import judgements as log


@dataclass
class ReextractReport:
    sources: int = 0
    changed: int = 0  # releases whose facts differ from before
    meetings_before: int = 0
    meetings_after: int = 0
    attendees_before: int = 0
    attendees_after: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, problem): kept as they were
    orphaned: list[log.JudgementView] = field(default_factory=list)  # newly orphaned by this run
    still_orphaned: int = 0


def reextract(engine: Engine, on_source: Callable[[int, int], None] | None = None) -> ReextractReport:
    """Replace the extracted facts of every stored release; `on_source(done, total)` hears progress."""
    from whomet.store.bulk import sink
    from whomet.store.importer import _Batch, _Writer

    S, F, J = models.Source, models.ImportedFile, models.Judgement
    report = ReextractReport()
    writer = _Writer(engine)
    with engine.begin() as conn:
        before = {jid for (jid,) in conn.execute(select(J.id).where(J.active.is_(True), J.status == "orphaned"))}
        sources = conn.execute(select(S.id, S.text, S.path, S.date).join(F, F.id == S.file_id)
                               .where(F.kind == "release", S.text.is_not(None)).order_by(S.id)).all()
        report.sources = len(sources)
        unindexed = overlay.undo(conn)
        writer._load_caches(conn)  # once: the batch keeps the caches and next ids current from here
        batch = _Batch(sink(conn), writer, None)
        deleted: set[int] = set()
        for done, source in enumerate(sources, 1):
            try:
                record = public.extract_release(source.text)
            except Exception as exc:  # the extractor promises not to raise; if it does, this release stays as it was
                report.failed.append((source.path or f"source {source.id}", f"{type(exc).__name__}: {exc}"))
                if on_source:
                    on_source(done, len(sources))
                continue
            old = _facts(conn, source.id)
            meeting_ids = [m for (m,) in conn.execute(select(models.Meeting.id).where(models.Meeting.source_id == source.id))]
            fts.unindex(conn, [m for m in meeting_ids if m not in unindexed])
            _delete_meetings(conn, meeting_ids)
            deleted |= set(meeting_ids)
            for ordinal, meeting in enumerate(record.meetings):
                batch._meeting(source.id, ordinal, meeting, source.date)
            batch.write(batch.take())
            new = _facts(conn, source.id)
            report.meetings_before += old[0]
            report.attendees_before += old[1]
            report.meetings_after += new[0]
            report.attendees_after += new[1]
            report.changed += old != new
            if on_source:
                on_source(done, len(sources))
        _drop_unreferenced(conn)
        outcome = overlay.apply(conn, unindexed - deleted)
        now_orphaned = set(outcome.orphaned)
        report.orphaned = log.views(conn, [J.id.in_(now_orphaned - before)]) if now_orphaned - before else []
        report.still_orphaned = len(now_orphaned & before)
    return report


def _facts(conn, source_id: int) -> tuple:
    """A comparable summary of a source's facts: (meetings, attendees, the attendees themselves)."""
    M, A, D = models.Meeting, models.Attendance, models.Delegation
    rows = conn.execute(select(M.ordinal, D.side, A.name, A.rank, A.position, A.head)
                        .join(A, A.meeting_id == M.id).join(D, D.id == A.delegation_id)
                        .where(M.source_id == source_id).order_by(M.ordinal, D.ordinal, A.ordinal)).all()
    meetings = conn.execute(select(M.id).where(M.source_id == source_id)).all()
    return len(meetings), len(rows), tuple(tuple(r) for r in rows)


def _delete_meetings(conn, ids: list[int]) -> None:
    M, D, A, G = models.Meeting, models.Delegation, models.Attendance, models.ParticipantGroup
    Ag, AP, W, WR, MT = models.Agreement, models.AgreementParty, models.Award, models.AwardRecipient, models.MeetingTopic
    if not ids:
        return
    conn.execute(delete(MT).where(MT.meeting_id.in_(ids)))
    conn.execute(delete(WR).where(WR.award_id.in_(select(W.id).where(W.meeting_id.in_(ids)))))
    conn.execute(delete(W).where(W.meeting_id.in_(ids)))
    conn.execute(delete(AP).where(AP.agreement_id.in_(select(Ag.id).where(Ag.meeting_id.in_(ids)))))
    conn.execute(delete(Ag).where(Ag.meeting_id.in_(ids)))
    conn.execute(delete(G).where(G.delegation_id.in_(select(D.id).where(D.meeting_id.in_(ids)))))
    conn.execute(delete(A).where(A.meeting_id.in_(ids)))
    conn.execute(delete(D).where(D.meeting_id.in_(ids)))
    conn.execute(delete(M).where(M.id.in_(ids)))


def _drop_unreferenced(conn) -> None:
    """People and organisations no fact names any more (an extraction error now fixed) go;
    ones an alias points at stay, for later imports."""
    P, PA, A, W, WR = models.Person, models.PersonAlias, models.Attendance, models.Award, models.AwardRecipient
    O, OA, D = models.Organization, models.OrganizationAlias, models.Delegation
    conn.execute(delete(P).where(P.id.not_in(select(A.person_id)), P.id.not_in(select(WR.person_id)),
                                 P.id.not_in(select(W.giver_id).where(W.giver_id.is_not(None))),
                                 P.id.not_in(select(PA.person_id))))
    conn.execute(delete(O).where(O.id.not_in(select(D.organization_id).where(D.organization_id.is_not(None))),
                                 O.id.not_in(select(OA.organization_id))))
