"""Import: meeting records and press releases into the store, in bulk, one transaction per file.

Entities are resolved in memory against caches loaded once per import, ids are assigned
here, and rows go in with Core executemany batches: no ORM object per row. A file either
lands whole or not at all; a file whose sha256 was imported before is skipped.

A record beside its release (same file stem, in the same folder or in sibling
`gold/` / `records/` and `releases/` folders) imports as one source: the record's facts
with the release's text, so a hand-checked record is not doubled by extraction.
"""

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import Connection, Date, Engine, func, insert, select

from whomet.store import fts, models
from whomet.store.inputs import (LINES_SUFFIXES, RELEASE_SUFFIXES, InputError, InputFile, Unreadable, decode_text,
                                 file_sha256, is_stream, iter_json_lines, parse_json_documents, read_bytes,
                                 release_text, walk)
from whomet.store.limits import max_field_chars, max_record_bytes
from whomet.store.names import fold
from whomet.store.record import Record, RecordError, parse_record

_PAIRED_DIRS = {"gold", "records", "releases"}
BATCH = 5000  # records per write batch within a large file


@dataclass
class FileResult:
    path: str
    status: str  # imported | skipped | failed
    records: int = 0
    meetings: int = 0
    people_added: int = 0
    message: str = ""


@dataclass
class ImportReport:
    files: list[FileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def meetings(self) -> int:
        return sum(f.meetings for f in self.files)

    @property
    def people_added(self) -> int:
        return sum(f.people_added for f in self.files)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]


@dataclass
class _Unit:
    """What imports as one file: a record file, a release, or a record paired with its release."""

    path: Path
    release: Path | None = None
    problem: str | None = None  # a folder the walk could not read: reported, never skipped

    @property
    def kind(self) -> str:
        if self.release is None:
            return "record"
        return "release" if self.release == self.path else "record+release"


def plan(paths: Iterable[Path]) -> list[_Unit]:
    """The import units for the given paths, records paired with their releases."""
    found = list(dict.fromkeys(walk([Path(p) for p in paths])))
    files = [p for p in found if isinstance(p, Path)]
    unreadable = [_Unit(u.path, problem=u.problem) for u in found if isinstance(u, Unreadable)]
    def pair_key(p: Path):
        parent = p.parent.parent if p.parent.name in _PAIRED_DIRS else p.parent
        return (parent.resolve(), p.stem)

    releases = {pair_key(p): p for p in files if p.suffix.lower() in RELEASE_SUFFIXES}
    units, paired = [], set()
    for p in files:
        if p.suffix.lower() == ".json" and pair_key(p) in releases:
            release = releases[pair_key(p)]
            units.append(_Unit(p, release))
            paired.add(release)
    units += [_Unit(p, p if p.suffix.lower() in RELEASE_SUFFIXES else None) for p in files
              if p not in paired and not any(u.path == p for u in units)]
    order = {p: i for i, p in enumerate(files)}
    return sorted(units, key=lambda u: order[u.path]) + unreadable


def import_paths(engine: Engine, paths: Iterable[Path],
                 on_file: Callable[[FileResult], None] | None = None) -> ImportReport:
    """Import every record and release under `paths`; `on_file` hears about each file as it is done."""
    max_field_chars(), max_record_bytes()  # a bad setting is one LimitError now, not a failure per file
    report = ImportReport()
    writer = _Writer(engine)
    for unit in plan(paths):
        result = writer.import_unit(unit)
        report.files.append(result)
        if on_file:
            on_file(result)
    return report


def import_records(engine: Engine, records: Iterable[Record], *, path: str = "<memory>",
                   sha256: str | None = None) -> ImportReport:
    """Import records built in memory, all in one transaction."""
    writer = _Writer(engine)
    result = writer.write(path, sha256 or _memory_sha(), "record", records, None)
    return ImportReport([result])


def _extract(path: Path, text: str) -> Record:
    """The release's record; a fallback of the extractor (internal error, text cut short) fails this file, loudly."""
    from whomet.store.extract import extract_checked

    try:
        checked = extract_checked(text)
    except Exception as exc:  # the extractor promises not to raise; if it does, this file fails, not the run
        raise InputError(path, f"extraction failed ({type(exc).__name__}: {exc})") from None
    if checked.fallbacks:
        raise InputError(path, "extraction fell back: " + "; ".join(checked.fallbacks))
    return checked.record


def _memory_sha() -> str:
    import uuid
    return "memory:" + uuid.uuid4().hex


class _Writer:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._caches_loaded = False
        self.people_created = 0

    # -- reading ---------------------------------------------------------

    def import_unit(self, unit: _Unit) -> FileResult:
        shown = str(unit.path)
        if unit.problem:
            return FileResult(shown, "failed", message=unit.problem)
        try:
            if unit.kind == "release":
                data = read_bytes(unit.path)
                text = release_text(unit.path, data)
                sha = InputFile(unit.path, data).sha256
                if self._seen(sha, release_sha=sha):
                    return FileResult(shown, "skipped", message="already imported")
                record = _extract(unit.path, text)
                record.source.path = record.source.path or str(unit.path)
                return self.write(shown, sha, "release", [record], (text, sha))
            data = read_bytes(unit.path) if is_stream(unit.path) else None  # a pipe reads once
            sha = InputFile(unit.path, data).sha256 if data is not None else file_sha256(unit.path)
            paired_text = release_sha = None
            if unit.release is not None:
                release_data = read_bytes(unit.release)
                paired_text = release_text(unit.release, release_data)
                release_sha = InputFile(unit.release, release_data).sha256
            if self._seen(sha, release_sha=release_sha):
                return FileResult(shown, "skipped", message="already imported")
            if unit.release is not None:
                records = list(self._records(unit.path))
                if len(records) != 1:
                    raise InputError(unit.path, f"a record beside a release must be one record, got {len(records)}")
                records[0].source.path = records[0].source.path or str(unit.release)
                return self.write(shown, sha, unit.kind, records, (paired_text, release_sha))
            return self.write(shown, sha, "record", self._records(unit.path, data), None)
        except InputError as exc:
            return FileResult(shown, "failed", message=exc.problem if exc.path == shown else str(exc))
        except RecordError as exc:
            return FileResult(shown, "failed", message=str(exc))

    def _records(self, path: Path, data: bytes | None = None) -> Iterator[Record]:
        """The records of a file (or of `data` read from it), validated as they are read; errors name the record."""
        if path.suffix.lower() in LINES_SUFFIXES and data is None:
            docs = iter_json_lines(path)
            label = "line"
        else:
            data = read_bytes(path) if data is None else data
            values = parse_json_documents(path, decode_text(path, data))
            docs = enumerate(values, 1)
            label = "record" if len(values) > 1 else None
        for number, doc in docs:
            try:
                yield parse_record(doc)
            except RecordError as exc:
                raise InputError(path, f"{label} {number}: {exc}" if label else str(exc)) from None

    def _seen(self, sha: str, release_sha: str | None) -> bool:
        """A first look, before the work of reading and extracting; write() asks again under the lock."""
        with self.engine.connect() as conn:
            return _seen_in(conn, sha, release_sha)

    # -- writing ---------------------------------------------------------

    def write(self, path: str, sha: str, kind: str, records: Iterable[Record],
              release: tuple[str, str] | None) -> FileResult:
        result = FileResult(path, "imported")
        try:
            with self.engine.begin() as conn:
                # The write lock first, then the "already imported" check: another import of the
                # same file that got there first is seen here, so this one skips instead of failing.
                _lock_for_import(conn)
                if _seen_in(conn, sha, release[1] if release else None):
                    return FileResult(path, "skipped", message="already imported")
                file_id = conn.execute(insert(models.ImportedFile).values(
                    sha256=sha, path=path, kind=kind)).inserted_primary_key[0]
                self._load_caches(conn)
                people_before = self.people_created
                try:
                    batch = _Batch(conn, self, file_id)
                    for record in records:
                        batch.add(record, release)
                        result.records += 1
                        if batch.size >= BATCH:
                            result.meetings += batch.flush()
                    result.meetings += batch.flush()
                    _advance_sequences(conn, self._ID_TABLES)
                    conn.execute(models.ImportedFile.__table__.update()
                                 .where(models.ImportedFile.id == file_id)
                                 .values(records=result.records, meetings=result.meetings))
                    result.people_added = self.people_created - people_before
                except BaseException:
                    # The caches now hold rows that are being rolled back: read them afresh next time.
                    self._caches_loaded = False
                    raise
        except InputError as exc:
            return FileResult(path, "failed", message=exc.problem)
        except Exception as exc:  # a constraint the validation missed, a database error: the file rolls back
            first = (str(exc).splitlines() or [type(exc).__name__])[0]
            return FileResult(path, "failed", message=f"could not store it ({first})")
        return result

    _ID_TABLES = (models.Source, models.Meeting, models.Delegation, models.Attendance, models.ParticipantGroup,
                  models.Agreement, models.Award, models.Person, models.Organization, models.Topic)

    def _load_caches(self, conn: Connection) -> None:
        """Entity caches and next ids; reloaded only when another writer changed the store since."""
        next_id = {table: (conn.execute(select(func.max(table.id))).scalar() or 0) + 1 for table in self._ID_TABLES}
        if self._caches_loaded and next_id == self.next_id:
            return
        P, PA, O, OA, T = models.Person, models.PersonAlias, models.Organization, models.OrganizationAlias, models.Topic
        self.people = {(k, s): i for i, k, s in conn.execute(select(P.id, P.key, P.side))}
        self.people.update({(k, s): i for i, k, s in conn.execute(select(PA.person_id, PA.key, PA.side))})
        self.orgs = {(k, c): i for i, k, c in conn.execute(select(O.id, O.key, O.country_code))}
        self.orgs.update({(k, c): i for i, k, c in conn.execute(select(OA.organization_id, OA.key, OA.country_code))})
        self.topics = {k: i for i, k in conn.execute(select(T.id, T.key))}
        self.next_id = next_id
        self._caches_loaded = True

    def new_id(self, table) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value


class _Batch:
    """Rows for a run of records, written table by table in one executemany each."""

    def __init__(self, conn: Connection, writer: _Writer, file_id: int):
        self.conn, self.w, self.file_id = conn, writer, file_id
        self.rows: dict = {}
        self.ordinal = 0
        self.size = 0

    def _row(self, table, **values) -> dict:
        self.rows.setdefault(table, []).append(values)
        return values

    def add(self, record: Record, release: tuple[str, str] | None) -> None:
        w = self.w
        src = record.source
        source_id = w.new_id(models.Source)
        self._row(models.Source, id=source_id, file_id=self.file_id, ordinal=self.ordinal,
                  publisher=src.publisher, date=src.date, language=src.language, path=src.path,
                  release_sha256=release[1] if release else src.sha256, text=release[0] if release else None)
        self.ordinal += 1
        for m_ord, meeting in enumerate(record.meetings):
            self._meeting(source_id, m_ord, meeting, src.date)
        self.size += 1

    def _meeting(self, source_id: int, ordinal: int, m, release_date) -> None:
        w = self.w
        meeting_id = w.new_id(models.Meeting)
        members_by_key: dict[str, int] = {}
        n_attendees = 0
        for d_ord, deleg in enumerate(m.delegations):
            delegation_id = w.new_id(models.Delegation)
            org_id = self._organization(deleg.organization, deleg.side) if deleg.organization else None
            self._row(models.Delegation, id=delegation_id, meeting_id=meeting_id, ordinal=d_ord, side=deleg.side,
                      organization_id=org_id, organization_name=deleg.organization, host=deleg.host)
            for a_ord, member in enumerate(deleg.members):
                person_id = self._person(member.name, deleg.side)
                members_by_key.setdefault(fold(member.name), person_id)
                span = member.span or (None, None)
                self._row(models.Attendance, id=w.new_id(models.Attendance), delegation_id=delegation_id,
                          meeting_id=meeting_id, person_id=person_id, ordinal=a_ord, name=member.name,
                          rank=member.rank, position=member.position, head=member.head,
                          span_start=span[0], span_end=span[1])
                n_attendees += 1
            for g_ord, group in enumerate(deleg.groups):
                self._row(models.ParticipantGroup, id=w.new_id(models.ParticipantGroup),
                          delegation_id=delegation_id, ordinal=g_ord, text=group)
        for g_ord, agreement in enumerate(m.agreements):
            agreement_id = w.new_id(models.Agreement)
            span = agreement.span or (None, None)
            self._row(models.Agreement, id=agreement_id, meeting_id=meeting_id, ordinal=g_ord, title=agreement.title,
                      kind=agreement.kind, span_start=span[0], span_end=span[1])
            for p_ord, side in enumerate(agreement.parties):
                self._row(models.AgreementParty, agreement_id=agreement_id, ordinal=p_ord, side=side)
        for a_ord, award in enumerate(m.awards):
            award_id = w.new_id(models.Award)
            span = award.span or (None, None)
            giver_id = None
            if award.giver:
                giver_id = members_by_key.get(fold(award.giver)) or self._person(award.giver, award.giver_side)
            self._row(models.Award, id=award_id, meeting_id=meeting_id, ordinal=a_ord, award=award.award,
                      kind=award.kind, giver_id=giver_id, giver_name=award.giver, giver_side=award.giver_side,
                      recipient_group=award.recipient_group, recipient_side=award.recipient_side,
                      span_start=span[0], span_end=span[1])
            for r_ord, name in enumerate(award.recipients):
                person_id = members_by_key.get(fold(name)) or self._person(name, award.recipient_side)
                self._row(models.AwardRecipient, award_id=award_id, ordinal=r_ord, person_id=person_id, name=name)
        for t_ord, topic in enumerate(dict.fromkeys(m.topics)):
            self._row(models.MeetingTopic, meeting_id=meeting_id, ordinal=t_ord, topic_id=self._topic(topic))
        sides = sorted({d.side for d in m.delegations})
        self._row(models.Meeting, id=meeting_id, source_id=source_id, ordinal=ordinal,
                  date=m.date or release_date, title=m.title, kind=m.kind, format=m.format,
                  city=m.place.city, country_code=m.place.country, sides=" · ".join(sides),
                  n_attendees=n_attendees, n_agreements=len(m.agreements), n_awards=len(m.awards))

    def _person(self, name: str, side: str | None) -> int:
        key = (fold(name), side)
        person_id = self.w.people.get(key)
        if person_id is None:
            person_id = self.w.new_id(models.Person)
            self.w.people[key] = person_id
            self.w.people_created += 1
            self._row(models.Person, id=person_id, name=name, key=key[0], side=side)
        return person_id

    def _organization(self, name: str, side: str) -> int:
        key = (fold(name), side)
        org_id = self.w.orgs.get(key)
        if org_id is None:
            org_id = self.w.new_id(models.Organization)
            self.w.orgs[key] = org_id
            self._row(models.Organization, id=org_id, name=name, key=key[0], country_code=side)
        return org_id

    def _topic(self, name: str) -> int:
        key = fold(name)
        topic_id = self.w.topics.get(key)
        if topic_id is None:
            topic_id = self.w.new_id(models.Topic)
            self.w.topics[key] = topic_id
            self._row(models.Topic, id=topic_id, name=name, key=key)
        return topic_id

    # Parents before children, for the foreign keys.
    _ORDER = (models.Person, models.Organization, models.Topic, models.Source, models.Meeting, models.Delegation,
              models.Attendance, models.ParticipantGroup, models.Agreement, models.AgreementParty, models.Award,
              models.AwardRecipient, models.MeetingTopic)

    def flush(self) -> int:
        meeting_ids = [row["id"] for row in self.rows.get(models.Meeting, [])]
        for table in self._ORDER:
            rows = self.rows.get(table)
            if rows:
                _bulk_insert(self.conn, table.__table__, rows)
        fts.index(self.conn, meeting_ids)
        self.rows = {}
        self.size = 0
        return len(meeting_ids)


def _seen_in(conn: Connection, sha: str, release_sha: str | None) -> bool:
    F, S = models.ImportedFile, models.Source
    if conn.execute(select(F.id).where(F.sha256 == sha)).first():
        return True
    return bool(release_sha and conn.execute(select(S.id).where(S.release_sha256 == release_sha).limit(1)).first())


def _lock_for_import(conn: Connection) -> None:
    """Take the store's write lock at the start of a file's transaction (SQLite: BEGIN IMMEDIATE,
    waiting out the busy timeout; PostgreSQL: a transaction-scoped advisory lock)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7065812)")  # 'whomet import'


def _bulk_insert(conn: Connection, table, rows: list[dict]) -> None:
    """Insert rows (all with the same keys). On SQLite, straight to the driver's executemany:
    SQLAlchemy's per-row parameter processing costs more than the insert itself there."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    sql = f'INSERT INTO "{table.name}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
    dates = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, Date)]
    values = [tuple(row[c] for c in columns) for row in rows]
    if dates:
        values = [tuple(v.isoformat() if i in dates and v is not None else v for i, v in enumerate(row))
                  for row in values]
    conn.exec_driver_sql(sql, values)


def _advance_sequences(conn: Connection, tables) -> None:
    """Ids are assigned here, not by the database: where it keeps sequences, move them past ours."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        name = table.__tablename__
        conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                             f"GREATEST((SELECT max(id) FROM \"{name}\"), 1))")
