"""Aliases: further names that resolve to an existing person or organisation on import.

Import looks a name up among entities first, then among aliases, and only then creates
a row; an alias therefore changes what later imports resolve to. Merging two rows that
already exist is a separate, reversible decision, not an alias.
"""

from dataclasses import dataclass

from sqlalchemy import Engine, insert, select

from whomet.store import fts, models
from whomet.store.names import fold


class AliasError(ValueError):
    """The alias cannot be added; str() says why in one line."""


@dataclass(frozen=True)
class Alias:
    name: str
    target_id: int
    target_name: str
    side: str | None


def add_person_alias(engine: Engine, alias: str, person: str, side: str | None = None) -> Alias:
    P, PA, A = models.Person, models.PersonAlias, models.Attendance
    key = fold(alias)
    if not key:
        raise AliasError("the alias is empty")
    with engine.begin() as conn:
        where = [P.key == fold(person)] + ([P.side == side] if side else [])
        targets = conn.execute(select(P.id, P.name, P.side).where(*where)).all()
        if not targets:
            raise AliasError(f"no person named {person!r}" + (f" on side {side}" if side else ""))
        if len(targets) > 1:
            raise AliasError(f"{person!r} names {len(targets)} people ({', '.join(t.side or '?' for t in targets)}); "
                             "give --side")
        target = targets[0]
        existing = conn.execute(select(P.id, P.name).where(P.key == key, P.side == target.side)).first()
        if existing is not None and existing.id != target.id:
            meetings = conn.execute(select(A.meeting_id).where(A.person_id == existing.id).distinct()).all()
            raise AliasError(f"{existing.name!r} ({target.side}) is already a person of its own with "
                             f"{len(meetings)} meetings; an alias only guides later imports")
        if existing is not None or conn.execute(select(PA.id).where(PA.key == key, PA.side == target.side)).first():
            raise AliasError(f"{alias!r} already resolves to a person on side {target.side}")
        # The alias becomes searchable in the meetings the person attended: their documents are
        # taken out as they were indexed, then put back with the alias.
        ids = [m for (m,) in conn.execute(select(A.meeting_id).where(A.person_id == target.id).distinct())]
        fts.unindex(conn, ids)
        conn.execute(insert(PA).values(person_id=target.id, name=alias, key=key, side=target.side))
        fts.index(conn, ids)
    return Alias(alias, target.id, target.name, target.side)


def person_aliases(engine: Engine, person_id: int) -> list[str]:
    PA = models.PersonAlias
    with engine.connect() as conn:
        return [n for (n,) in conn.execute(select(PA.name).where(PA.person_id == person_id).order_by(PA.name))]
