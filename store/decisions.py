"""Taking decisions: merge, unmerge, correct, share. Each is one judgement (store.judgements)
recorded and the overlay (store.overlay) rebuilt in the same transaction, so a view never
sees a judgement without its effect."""

import json
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import Engine, select

from whomet.store import judgements as log
from whomet.store import like, models, overlay
from whomet.store.judgements import JudgementError, JudgementView
from whomet.store.names import fold
from whomet.store.record import AGREEMENT_KINDS, AWARD_KINDS
from whomet.store.sides import canonical_side

_MODELS = {"person": models.Person, "organization": models.Organization, "meeting": models.Meeting}
VERDICTS = {"same": "same", "not-same": "not_same", "not_same": "not_same", "unsure": "unsure"}


@dataclass(frozen=True)
class Decision:
    """What a decision did: the judgement and what the rebuild says about it."""

    judgement: JudgementView | None
    status: str
    message: str
    orphaned: list[JudgementView]


def entity_label(conn, entity: str, row_id: int) -> str:
    model = _MODELS[entity]
    if entity == "meeting":
        row = conn.execute(select(model.date, model.title, model.sides).where(model.id == row_id)).first()
        return f"meeting {row_id} ({row.date or '?'} {row.sides})" if row else f"meeting {row_id}"
    side = model.side if entity == "person" else model.country_code
    row = conn.execute(select(model.name, side).where(model.id == row_id)).first()
    return f"{row[0]} ({row[1] or '?'}) #{row_id}" if row else f"{entity} {row_id}"


def resolve_ref(engine: Engine, entity: str, ref: str) -> int:
    """A person / organisation / meeting named by id, or by name (`Name` or `Name@SIDE`);
    JudgementError when it names none or several."""
    model = _MODELS.get(entity)
    if model is None:
        raise JudgementError(f"unknown kind {entity!r} (person, org or meeting)")
    ref = ref.strip()
    with engine.connect() as conn:
        if ref.isdigit():
            if conn.execute(select(model.id).where(model.id == int(ref))).first() is None:
                raise JudgementError(f"no {entity} with id {ref}")
            return int(ref)
        if entity == "meeting":
            raise JudgementError(f"a meeting is named by its id, not {ref!r}")
        name, _, side = ref.rpartition("@") if "@" in ref else (ref, "", "")
        side_col = model.side if entity == "person" else model.country_code
        where = [model.key == fold(name)]
        if side:
            code = canonical_side(side)
            if code is None:
                raise JudgementError(f"unknown side code {side!r}")
            where.append(side_col == code)
        rows = conn.execute(select(model.id, side_col).where(*where).order_by(model.id)).all()
    if not rows:
        raise JudgementError(f"no {entity} named {name!r}" + (f" on side {side}" if side else ""))
    if len(rows) > 1:
        options = ", ".join(f"#{r[0]} ({r[1] or '?'})" for r in rows)
        raise JudgementError(f"{name!r} names {len(rows)} {entity} records: {options}; give an id or Name@SIDE")
    return rows[0][0]


def stable_key(conn, entity: str, row_id: int) -> str:
    model = _MODELS[entity]
    if entity == "meeting":
        key = log.meeting_key(conn, row_id)
        if key is None:
            raise JudgementError(f"no meeting with id {row_id}")
        return f"meeting|{key}"
    side = model.side if entity == "person" else model.country_code
    row = conn.execute(select(model.key, side).where(model.id == row_id)).first()
    if row is None:
        raise JudgementError(f"no {entity} with id {row_id}")
    return f"{entity}|{row[1] or ''}|{row[0]}"


_IDENTITY = "identity"


def _finish(conn, jid: int | None, message: str, scope: str | None = None) -> Decision:
    # What a decision can change is all that is derived again: a correction, its release's
    # meetings (`scope` is the release's key); an identity judgement, the canonical ids
    # (_IDENTITY); a batch from a log, everything (None).
    if scope == _IDENTITY:
        outcome = overlay.refresh_identity(conn)
    elif scope is not None:
        outcome = overlay.refresh_source(conn, scope)
    else:
        outcome = overlay.rebuild(conn)
    view = None
    if jid is not None:
        view = log.views(conn, [models.Judgement.id == jid])[0]
    orphaned = log.views(conn, [models.Judgement.id.in_(outcome.orphaned)]) if outcome.orphaned else []
    return Decision(view, view.status if view else "none", message, orphaned)


def judge(engine: Engine, entity: str, a: int, b: int, verdict: str = "same", note: str | None = None,
          source: str = "user", rule: str | None = None) -> Decision:
    """Record that two records are the same / not the same / unsure, and apply it."""
    kind = VERDICTS.get(verdict)
    if kind is None:
        raise JudgementError(f"unknown verdict {verdict!r} (same, not-same, unsure)")
    if a == b:
        raise JudgementError(f"that is one {entity} record twice (#{a})")
    with engine.begin() as conn:
        ka, kb = stable_key(conn, entity, a), stable_key(conn, entity, b)
        if ka == kb:
            raise JudgementError(f"#{a} and #{b} are the same record already (same name and side)")
        model = _MODELS[entity]
        if kind == "same" and overlay.canonical_of(conn, model, a) == overlay.canonical_of(conn, model, b):
            return Decision(None, "applied", f"{entity_label(conn, entity, a)} and {entity_label(conn, entity, b)} "
                                             "are already one", [])
        jid = log.record(conn, kind, entity, ka, kb, source=source, rule=rule, note=note)
        label = f"{entity_label(conn, entity, a)} {'=≠?'[('same', 'not_same', 'unsure').index(kind)]} " \
                f"{entity_label(conn, entity, b)}"
        return _finish(conn, jid, label, _IDENTITY)


def unmerge(engine: Engine, entity: str, a: int, b: int | None = None, note: str | None = None) -> Decision:
    """Retract the active `same` judgements joining `a` to `b` (or, without `b`, every one that
    joins `a` to anything). Says so when they are still one through a third record."""
    model = _MODELS[entity]
    J = models.Judgement
    with engine.begin() as conn:
        ka = stable_key(conn, entity, a)
        keys = {ka}
        if b is not None:
            kb = stable_key(conn, entity, b)
            where = [J.kind == "same", J.active.is_(True),
                     ((J.subject == ka) & (J.other == kb)) | ((J.subject == kb) & (J.other == ka))]
        else:
            where = [J.kind == "same", J.active.is_(True), (J.subject.in_(keys)) | (J.other.in_(keys))]
        ids = [j.id for j in log.views(conn, where)]
        if not ids:
            raise JudgementError(f"no active `same` judgement joins {entity_label(conn, entity, a)}"
                                 + (f" and {entity_label(conn, entity, b)} directly" if b is not None else ""))
        log.retract(conn, ids, note)
        decision = _finish(conn, None, f"retracted {len(ids)} judgement{'s' * (len(ids) != 1)}", _IDENTITY)
        if b is not None and overlay.canonical_of(conn, model, a) == overlay.canonical_of(conn, model, b):
            return Decision(None, "still-same", decision.message + f"; {entity_label(conn, entity, a)} and "
                            f"{entity_label(conn, entity, b)} are still one through other judgements", decision.orphaned)
        return decision


def retract(engine: Engine, judgement_id: int, note: str | None = None) -> Decision:
    with engine.begin() as conn:
        J = models.Judgement
        row = conn.execute(select(J.kind, J.subject).where(J.id == judgement_id)).first()
        if not log.retract(conn, [judgement_id], note):
            raise JudgementError(f"no active judgement with id {judgement_id}")
        scope = _source_of(log.split_key(row.subject)[1]) if row.kind in log.CORRECTIONS else _IDENTITY
        return _finish(conn, None, f"retracted judgement {judgement_id}", scope)


def _source_of(meeting_key: str) -> str:
    """The release a meeting key (`<source>#<ordinal>`) belongs to: what a correction of it refreshes."""
    return meeting_key.rpartition("#")[0]


# -- corrections ---------------------------------------------------------------------

# correct verb -> (judgement kind, what the value argument is)
VERBS = {
    "drop": ("drop", None), "side": ("side", "side"), "head": ("head", None), "not-head": ("not_head", None),
    "rank": ("rank", "rank"), "position": ("position", "position"),
    "not-agreement": ("not_agreement", None), "not-award": ("not_award", None),
    "add-attendee": ("add_attendee", None), "add-agreement": ("add_agreement", None), "add-award": ("add_award", None),
}


def correct(engine: Engine, meeting_id: int, verb: str, name: str, value: str | None = None,
            extra: dict | None = None, note: str | None = None) -> Decision:
    """Record a correction of one fact of a meeting and apply it.

    `name` is the attendee's name, the agreement's title or the award's name as shown; `value`
    the new side / rank / position; `extra` the fields of a fact added by hand (side, rank,
    position, head, span; kind, parties; giver, recipients ...)."""
    if verb not in VERBS:
        raise JudgementError(f"unknown correction {verb!r} ({', '.join(VERBS)})")
    kind, needs = VERBS[verb]
    entity = log.CORRECTIONS[kind]
    data: dict = dict(extra or {})
    if needs == "side":
        code = canonical_side(value or "")
        if code is None:
            raise JudgementError(f"unknown side code {value!r}")
        data["side"] = code
    elif needs:
        if value is None:
            raise JudgementError(f"{verb} needs the new {needs}")
        data[needs] = value.strip() or None
    with engine.begin() as conn:
        mkey = log.meeting_key(conn, meeting_id)
        if mkey is None:
            raise JudgementError(f"no meeting with id {meeting_id}")
        text = conn.execute(select(models.Source.text).join(models.Meeting, models.Meeting.source_id == models.Source.id)
                            .where(models.Meeting.id == meeting_id)).scalar()
        if kind.startswith("add_"):
            data = _added(kind, name, data, text)
        else:
            _check_present(conn, meeting_id, entity, name)
        jid = log.record(conn, kind, entity, log.fact_key(entity, mkey, name), value=data or None, note=note)
        return _finish(conn, jid, f"{verb} {name!r} in meeting {meeting_id}", _source_of(mkey))


def _check_present(conn, meeting_id: int, entity: str, name: str) -> None:
    key = fold(name)
    if entity == "attendee":
        A = models.Attendance
        names = [n for (n,) in conn.execute(select(A.name).where(A.meeting_id == meeting_id, overlay.visible(A)))]
    elif entity == "agreement":
        Ag = models.Agreement
        names = [n or "" for (n,) in conn.execute(select(Ag.title).where(Ag.meeting_id == meeting_id, overlay.visible(Ag)))]
    else:
        W = models.Award
        names = [n or "" for (n,) in conn.execute(select(W.award).where(W.meeting_id == meeting_id, overlay.visible(W)))]
    if key not in {fold(n) for n in names}:
        shown = ", ".join(repr(n) for n in names[:8]) or "none"
        raise JudgementError(f"meeting {meeting_id} has no {entity} {name!r} (it has: {shown})")


def _added(kind: str, name: str, data: dict, text: str | None) -> dict:
    """The fields of a fact added by hand, checked; its span found in the release when not given."""
    if not name.strip():
        raise JudgementError("a fact added by hand needs a name")
    span = data.get("span")
    if span is None and text:
        at = text.find(name)
        if at >= 0:
            span = [at, at + len(name)]
    if span is not None:
        if not (isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span)
                and 0 <= span[0] < span[1] <= len(text or "")):
            raise JudgementError(f"span {span!r} is not within the release text")
        span = list(span)
    if kind == "add_attendee":
        side = canonical_side(data.get("side") or "")
        if side is None:
            raise JudgementError("an attendee added by hand needs a side (--side CODE)")
        return {"name": name.strip(), "side": side, "rank": data.get("rank"), "position": data.get("position"),
                "head": bool(data.get("head")), "span": span}
    if kind == "add_agreement":
        kind_value = data.get("kind") or "other"
        if kind_value not in AGREEMENT_KINDS:
            raise JudgementError(f"agreement kind {kind_value!r} is not one of {', '.join(AGREEMENT_KINDS)}")
        parties = [canonical_side(p) for p in data.get("parties") or []]
        if None in parties:
            raise JudgementError(f"unknown side among the parties {data.get('parties')!r}")
        return {"title": name.strip(), "kind": kind_value, "parties": parties, "span": span}
    kind_value = data.get("kind") or "other"
    if kind_value not in AWARD_KINDS:
        raise JudgementError(f"award kind {kind_value!r} is not one of {', '.join(AWARD_KINDS)}")
    out = {"award": name.strip(), "kind": kind_value, "giver": data.get("giver"), "recipients": list(data.get("recipients") or []),
           "span": span}
    for side_field in ("giver_side", "recipient_side"):
        if data.get(side_field):
            code = canonical_side(data[side_field])
            if code is None:
                raise JudgementError(f"unknown side code {data[side_field]!r}")
            out[side_field] = code
    return out


# -- sharing ---------------------------------------------------------------------

def import_log(engine: Engine, lines: Iterable[str], label: str) -> tuple[log.ImportCount, Decision]:
    with engine.begin() as conn:
        count = log.read_jsonl(conn, lines, label)
        return count, _finish(conn, None, f"{count.added} added, {count.retracted} retracted, {count.unchanged} unchanged")


def list_judgements(engine: Engine, active_only: bool = False, entity: str | None = None) -> list[JudgementView]:
    J = models.Judgement
    where = []
    if active_only:
        where.append(J.active.is_(True))
    if entity:
        where.append(J.entity == entity)
    with engine.connect() as conn:
        return log.views(conn, where)


def about(engine: Engine, entity: str, row_id: int) -> list[JudgementView]:
    """The judgements behind a person's / organisation's / meeting's identity: every one naming
    a record of its cluster."""
    model = _MODELS[entity]
    with engine.connect() as conn:
        keys = [stable_key(conn, entity, i) for i in overlay.cluster(conn, model, row_id)]
        return log.touching(conn, keys)


def corrections_of(engine: Engine, meeting_id: int, active_only: bool = True) -> list[JudgementView]:
    """The corrections recorded for a meeting's facts (and for the other reports merged with it), oldest first."""
    J = models.Judgement
    with engine.connect() as conn:
        ids = overlay.cluster(conn, models.Meeting, meeting_id) or [meeting_id]
        keys = [k for k in (log.meeting_key(conn, i) for i in ids) if k]
        where = [J.kind.in_(list(log.CORRECTIONS))]
        if active_only:
            where.append(J.active.is_(True))
        out = []
        for key in keys:
            # The key holds a record's own source.sha256, user text: its % and _ are characters.
            out += log.views(conn, where + [J.subject.like(like.contains(f"|{key}|"), escape=like.ESCAPE)])
    return sorted(out, key=lambda j: (j.created_at, j.id))


def value_json(value: dict | None) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
