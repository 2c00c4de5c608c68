"""`whomet check`: is the store whole, and what to do when it is not.

Each check says what it found and, when something is wrong, how to repair it. `repair`
rebuilds what whomet derives from the facts and can always make again: the full-text index,
the meetings' listing columns (sides, counts) and the name keys. Damage to the facts
themselves (SQLite pages, rows whose parent is gone) is reported with the way back:
a backup, or export what can be read and import it into a new store.
"""

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, func, select, update

from whomet.store import fts, migrations, models
from whomet.store.names import fold

REBUILD = "run `whomet check --repair`"
SALVAGE = ("restore a backup, or `whomet export -o saved.json` what can be read and "
           "`whomet --db NEW.db import saved.json`")


@dataclass
class Finding:
    check: str
    ok: bool
    detail: str
    repair: str | None = None  # what the user can do; None when nothing is wrong

    @property
    def repairable(self) -> bool:
        """Wrong in a part that `whomet check --repair` rebuilds."""
        return self.repair == REBUILD


def run(engine: Engine) -> list[Finding]:
    """Every check, in the order that matters: the file, then the rows, then what is derived."""
    out = [_version(engine)]
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        out.append(_integrity(engine))
        if not out[-1].ok:
            return out  # the rest would read through damaged pages
        out.append(_foreign_keys(engine))
        out.append(_fts(engine))
    out.append(_listing_columns(engine, fix=False))
    out.append(_keys(engine, fix=False))
    return out


def repair(engine: Engine) -> list[str]:
    """Rebuild the derived parts; returns what was done, one line each."""
    done = []
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            fts.rebuild(conn)
            done.append("rebuilt the full-text index")
    fixed = _listing_columns(engine, fix=True)
    done.append(f"listing columns: {fixed.detail}")
    keys = _keys(engine, fix=True)
    done.append(f"name keys: {keys.detail}")
    return done


def _version(engine: Engine) -> Finding:
    with engine.connect() as conn:
        version = migrations.stored_version(conn)
    return Finding("schema version", version == migrations.current(),
                   f"{version} (this whomet: {migrations.current()})",
                   None if version == migrations.current() else "open it with a whomet that knows this schema")


def _integrity(engine: Engine) -> Finding:
    with engine.connect() as conn:
        problems = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
    if problems == ["ok"]:
        return Finding("file integrity", True, "ok")
    return Finding("file integrity", False, f"{len(problems)} problem(s), first: {problems[0]}", SALVAGE)


def _foreign_keys(engine: Engine) -> Finding:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if not rows:
        return Finding("orphans (foreign keys)", True, "none")
    per_table = defaultdict(int)
    for row in rows:
        per_table[f"{row[0]} -> {row[2]}"] += 1
    detail = ", ".join(f"{n} in {where}" for where, n in sorted(per_table.items()))
    return Finding("orphans (foreign keys)", False, f"rows whose parent is gone: {detail}", SALVAGE)


def _fts(engine: Engine) -> Finding:
    # Compared in SQL: on a million meetings two id sets in Python would be ~100 MB.
    t, M = fts.TABLE, models.Meeting.__tablename__
    with engine.connect() as conn:
        indexed = conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
        missing = conn.exec_driver_sql(f"SELECT count(*) FROM {M} WHERE id NOT IN (SELECT rowid FROM {t})").scalar()
        extra = conn.exec_driver_sql(f"SELECT count(*) FROM {t} WHERE rowid NOT IN (SELECT id FROM {M})").scalar()
    if not missing and not extra:
        return Finding("full-text index", True, f"{indexed:,} meetings, in step")
    return Finding("full-text index", False, f"{missing:,} meetings not indexed, {extra:,} entries for meetings "
                   "that are gone (search misses or shows them)", REBUILD)


CHECK_CHUNK = 5000  # meetings per round: the facts of so many are held at once, whatever the store's size


def _listing_columns(engine: Engine, fix: bool) -> Finding:
    """meeting.sides and the three counts, recomputed from the facts they summarise, a chunk of
    meetings (by id) at a time."""
    M, D, A, G, W = models.Meeting, models.Delegation, models.Attendance, models.Agreement, models.Award
    wrong, first_wrong, last = 0, None, None
    with engine.begin() as conn:
        while True:
            stmt = select(M.id, M.sides, M.n_attendees, M.n_agreements, M.n_awards).order_by(M.id).limit(CHECK_CHUNK)
            chunk = conn.execute(stmt if last is None else stmt.where(M.id > last)).all()
            if not chunk:
                break
            lo, last = chunk[0].id, chunk[-1].id
            sides = defaultdict(set)
            for mid, side in conn.execute(select(D.meeting_id, D.side).where(D.meeting_id.between(lo, last))):
                sides[mid].add(side)
            counts = {}
            for col, table in (("n_attendees", A), ("n_agreements", G), ("n_awards", W)):
                counts[col] = dict(conn.execute(select(table.meeting_id, func.count())
                                                .where(table.meeting_id.between(lo, last))
                                                .group_by(table.meeting_id)).all())
            for mid, s, na, ng, nw in chunk:
                want = {"sides": " · ".join(sorted(sides.get(mid, ()))),
                        "n_attendees": counts["n_attendees"].get(mid, 0),
                        "n_agreements": counts["n_agreements"].get(mid, 0), "n_awards": counts["n_awards"].get(mid, 0)}
                if (s, na, ng, nw) != tuple(want.values()):
                    wrong += 1
                    first_wrong = mid if first_wrong is None else first_wrong
                    if fix:
                        conn.execute(update(M).where(M.id == mid).values(**want))
    if fix:
        return Finding("listing columns", True, f"{wrong:,} meetings corrected")
    if not wrong:
        return Finding("listing columns", True, "sides and counts agree with the facts")
    return Finding("listing columns", False, f"{wrong:,} meetings list sides or counts that their facts do "
                   f"not have (first: meeting {first_wrong})", REBUILD)


_KEYED = ((models.Person, "side"), (models.PersonAlias, "side"), (models.Organization, "country_code"),
          (models.OrganizationAlias, "country_code"), (models.Topic, None))


def _keys(engine: Engine, fix: bool) -> Finding:
    """Name keys made by an older fold (a new rule, say zero-width characters) are folded again;
    where that would make two rows one, they are left and reported (`whomet alias` joins them)."""
    stale, clashes, fixed = 0, [], 0
    with engine.begin() as conn:
        for table, scope in _KEYED:
            scope_col = getattr(table, scope) if scope else None
            rows = conn.execute(select(table.id, table.name, table.key, *([scope_col] if scope else []))).all()
            taken = {(r.key, getattr(r, scope) if scope else None) for r in rows}
            for r in rows:
                key = fold(r.name)
                if key == r.key:
                    continue
                stale += 1
                where = (key, getattr(r, scope) if scope else None)
                if where in taken:
                    clashes.append(f"{table.__tablename__} {r.id} {r.name!r}")
                    continue
                if fix:
                    conn.execute(update(table).where(table.id == r.id).values(key=key))
                    taken.discard((r.key, where[1]))
                    taken.add(where)
                    fixed += 1
    if fix:
        left = f"; {len(clashes)} left, another row has that key: {', '.join(clashes[:3])}" if clashes else ""
        return Finding("name keys", not clashes, f"{fixed:,} refolded{left}",
                       "join them with `whomet alias`" if clashes else None)
    if not stale:
        return Finding("name keys", True, "every key is its name folded")
    return Finding("name keys", False, f"{stale:,} names carry a key from an older fold"
                   + (f" ({len(clashes)} would merge with another row)" if clashes else ""), REBUILD)
