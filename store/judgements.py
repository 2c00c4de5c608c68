"""The judgement log: analysts' (and automatic resolution's) decisions about extracted facts.

Decisions are stored beside what the extractor or an imported record said, never written
over it (the way OpenSanctions' nomenklatura keeps its resolver): `same` / `not_same` /
`unsure` for two people, organisations or meetings, and corrections of a fact. Each is one
row with a kind, a time, an optional note and whether it is still active; retracting one
(`unmerge`, `undo`) marks it inactive, it is never deleted. store.overlay turns the active
ones into what every view reads.

Subjects are stable keys, not row ids, so a decision survives `whomet reextract` and can be
shared between stores as JSON Lines:

    person|RUS|aleksandr gorovoy              folded name and side
    organization|RUS|ministry of internal affairs
    meeting|<release sha256>#0                the release and the meeting's place in it
    attendee|<release sha256>#0|igor zubov    a fact: its meeting and its folded name
    agreement|...#0|<folded title>   award|...#0|<folded award name>

A release imported without its text is named by its record file: `file=<sha256>/<n>`.
"""

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import IO, Iterable

from sqlalchemy import Connection, Engine, func, insert, select, update

from whomet.store import models
from whomet.store.names import fold

IDENTITY = ("same", "not_same", "unsure")
# correction kind -> the entity it is about
CORRECTIONS = {
    "drop": "attendee", "side": "attendee", "head": "attendee", "not_head": "attendee", "rank": "attendee",
    "position": "attendee", "add_attendee": "attendee",
    "not_agreement": "agreement", "add_agreement": "agreement",
    "not_award": "award", "add_award": "award",
}
ENTITIES = ("person", "organization", "meeting")


class JudgementError(ValueError):
    """A judgement that cannot be recorded or read; str() says why in one line."""


@dataclass(frozen=True)
class JudgementView:
    id: int
    uid: str
    kind: str
    entity: str
    subject: str
    other: str | None
    value: dict | None
    source: str
    rule: str | None
    note: str | None
    created_at: str
    active: bool
    retracted_at: str | None
    status: str

    def describe(self) -> str:
        """One line for lists: `same person RUS|aleksandr gorovoy = RUS|alexander gorovoy (auto: ...)`."""
        def short(key: str | None) -> str:
            parts = split_key(key or "")
            if parts[0] in ("person", "organization"):
                return f"{parts[2]} ({parts[1] or '?'})"
            release, _, ordinal = parts[1].rpartition("#")
            where = f"release {release.removeprefix('file=')[:10]} meeting {ordinal}"
            return f"{parts[2]!r} in {where}" if len(parts) > 2 else where
        if self.kind in IDENTITY:
            sign = {"same": "=", "not_same": "≠", "unsure": "?"}[self.kind]
            text = f"{self.entity} {short(self.subject)} {sign} {short(self.other)}"
        else:
            text = f"{self.kind} {short(self.subject)}"
            if self.value:
                text += " " + json.dumps(self.value, ensure_ascii=False, sort_keys=True)
        if self.source != "user":
            text += f" ({self.source}{': ' + self.rule if self.rule else ''})"
        return text


# -- stable keys ---------------------------------------------------------------

def person_key(name: str, side: str | None) -> str:
    return f"person|{side or ''}|{fold(name)}"


def organization_key(name: str, side: str | None) -> str:
    return f"organization|{side or ''}|{fold(name)}"


def split_key(key: str) -> list[str]:
    """`person|RUS|igor zubov` -> ['person', 'RUS', 'igor zubov']; the name part may hold anything."""
    entity, _, rest = key.partition("|")
    if entity in ("person", "organization"):
        side, _, name = rest.partition("|")
        return [entity, side, name]
    meeting, _, name = rest.partition("|")
    return [entity, meeting, name] if name or entity != "meeting" else [entity, meeting]


def source_key(release_sha: str | None, file_sha: str | None, source_ordinal: int) -> str:
    if release_sha:
        return release_sha
    return f"file={file_sha}/{source_ordinal}"


def meeting_key(conn: Connection, meeting_id: int) -> str | None:
    """The stable key of a stored meeting (`<release sha>#<ordinal>`), None if there is no such meeting."""
    M, S, F = models.Meeting, models.Source, models.ImportedFile
    row = conn.execute(select(M.ordinal, S.release_sha256, S.ordinal.label("s_ord"), F.sha256)
                       .join(S, S.id == M.source_id).outerjoin(F, F.id == S.file_id)
                       .where(M.id == meeting_id)).first()
    if row is None:
        return None
    return f"{source_key(row.release_sha256, row.sha256, row.s_ord)}#{row.ordinal}"


def fact_key(entity: str, meeting: str, name: str | None) -> str:
    return f"{entity}|{meeting}|{fold(name or '')}"


# -- the log ---------------------------------------------------------------------

def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def record(conn: Connection, kind: str, entity: str, subject: str, other: str | None = None,
           value: dict | None = None, source: str = "user", rule: str | None = None,
           note: str | None = None) -> int:
    """Add one judgement; returns its id. The caller rebuilds the overlay in the same transaction."""
    if kind not in IDENTITY and kind not in CORRECTIONS:
        raise JudgementError(f"unknown judgement kind {kind!r}")
    if kind in IDENTITY and entity not in ENTITIES:
        raise JudgementError(f"{kind} is about two people, organisations or meetings, not {entity!r}")
    if kind in IDENTITY and (other is None or other == subject):
        raise JudgementError(f"{kind} needs two different {entity} records")
    return conn.execute(insert(models.Judgement).values(
        uid=uuid.uuid4().hex, kind=kind, entity=entity, subject=subject, other=other,
        value=json.dumps(value, ensure_ascii=False, sort_keys=True) if value is not None else None,
        source=source, rule=rule, note=note, created_at=now(), active=True, status="pending")).inserted_primary_key[0]


def retract(conn: Connection, judgement_ids: Iterable[int], note: str | None = None) -> int:
    """Mark judgements inactive (never deleted); a note says why, after the original one."""
    ids = list(judgement_ids)
    if not ids:
        return 0
    J = models.Judgement
    values = {"active": False, "retracted_at": now(), "status": "inactive"}
    if note:
        values["note"] = func.coalesce(J.note + " · ", "") + "retracted: " + note
    return conn.execute(update(J).where(J.id.in_(ids), J.active.is_(True)).values(**values)).rowcount


def _view(row) -> JudgementView:
    return JudgementView(row.id, row.uid, row.kind, row.entity, row.subject, row.other,
                         json.loads(row.value) if row.value else None, row.source, row.rule, row.note,
                         row.created_at, bool(row.active), row.retracted_at, row.status)


def views(conn: Connection, where=()) -> list[JudgementView]:
    J = models.Judgement
    return [_view(r) for r in conn.execute(select(J).where(*where).order_by(J.created_at, J.id))]


def touching(conn: Connection, keys: Iterable[str], active_only: bool = False) -> list[JudgementView]:
    """Judgements whose subject or other is one of `keys`."""
    J = models.Judgement
    keys = list(keys)
    if not keys:
        return []
    where = [(J.subject.in_(keys)) | (J.other.in_(keys))]
    if active_only:
        where.append(J.active.is_(True))
    return views(conn, where)


def judged_pairs(conn: Connection, entity: str) -> set[frozenset]:
    """Every pair of subjects any judgement (active or not) has spoken about: never proposed again."""
    J = models.Judgement
    return {frozenset((a, b)) for a, b in conn.execute(
        select(J.subject, J.other).where(J.entity == entity, J.other.is_not(None)))}


# -- sharing: JSON Lines ----------------------------------------------------------

_FIELDS = ("uid", "kind", "entity", "subject", "other", "value", "source", "rule", "note", "created_at",
           "active", "retracted_at")


def write_jsonl(engine: Engine, out: IO[str]) -> int:
    n = 0
    with engine.connect() as conn:
        for j in views(conn):
            data = {f: getattr(j, f) for f in _FIELDS}
            out.write(json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
    return n


@dataclass(frozen=True)
class ImportCount:
    added: int
    retracted: int
    unchanged: int


def read_jsonl(conn: Connection, lines: Iterable[str], label: str) -> ImportCount:
    """Merge a shared log into this one, by uid: new judgements are added, ones retracted there are
    retracted here, the rest are left alone (importing twice changes nothing). A bad line raises
    JudgementError naming it; the caller's transaction then writes nothing."""
    J = models.Judgement
    existing = {uid: (active, retracted) for uid, active, retracted in conn.execute(select(J.uid, J.active, J.retracted_at))}
    added = retracted = unchanged = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            missing = [f for f in ("uid", "kind", "entity", "subject", "created_at") if not data.get(f)]
            if missing:
                raise ValueError(f"missing {', '.join(missing)}")
            kind, entity = data["kind"], data["entity"]
            if kind not in IDENTITY and kind not in CORRECTIONS:
                raise ValueError(f"unknown kind {kind!r}")
            if kind in IDENTITY and (entity not in ENTITIES or not data.get("other")):
                raise ValueError(f"{kind} needs an entity of {', '.join(ENTITIES)} and two subjects")
            if kind in CORRECTIONS and entity != CORRECTIONS[kind]:
                raise ValueError(f"{kind} is about an {CORRECTIONS[kind]}, not {entity!r}")
            value = data.get("value")
            if value is not None and not isinstance(value, dict):
                raise ValueError("value must be an object")
        except ValueError as exc:
            raise JudgementError(f"{label}: line {number}: {exc}") from None
        active = bool(data.get("active", True))
        uid = str(data["uid"])
        if uid in existing:
            if existing[uid][0] and not active:
                conn.execute(update(J).where(J.uid == uid).values(
                    active=False, retracted_at=data.get("retracted_at") or now(), status="inactive"))
                retracted += 1
            else:
                unchanged += 1
            continue
        conn.execute(insert(J).values(
            uid=uid, kind=kind, entity=entity, subject=str(data["subject"]), other=data.get("other"),
            value=json.dumps(value, ensure_ascii=False, sort_keys=True) if value is not None else None,
            source=str(data.get("source") or "user"), rule=data.get("rule"), note=data.get("note"),
            created_at=str(data["created_at"]), active=active, retracted_at=data.get("retracted_at"),
            status="pending" if active else "inactive"))
        existing[uid] = (active, data.get("retracted_at"))
        added += 1
    return ImportCount(added, retracted, unchanged)
