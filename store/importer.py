"""Import: meeting records and press releases into the store, in bulk, one transaction per file.

Records are validated straight from their JSON bytes; entities are resolved in memory
against caches loaded once per import (and again only when another writer changed them);
rows are built as plain tuples, column by column, and go in table by table with the
driver's executemany (store.bulk: ids, and safety with several importers on PostgreSQL);
the full-text documents are built by the database from what was just written. A file
either lands whole or not at all; a file whose sha256 was imported before is skipped.

A record beside its release (same file stem, in the same folder or in sibling
`gold/` / `records/` and `releases/` folders) imports as one source: the record's facts
with the release's text, so a hand-checked record is not doubled by extraction.
"""

import gc
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, func, select

from whomet.store import bulk, fts, models
from whomet.store.inputs import (LINES_SUFFIXES, RECORD_SUFFIXES, RELEASE_SUFFIXES, InputError, InputFile,
                                 Unreadable, decode_text, file_sha256, is_stream, iter_json_line_texts, json_value, parse_json_documents,
                                 read_bytes, release_text, walk)
from whomet.store.limits import max_field_chars, max_record_bytes
from whomet.store.names import fold
from whomet.store.record import Record, RecordError, parse_record

_PAIRED_DIRS = {"gold", "records", "releases"}
BATCH = 2000  # records per write batch within a large file
RETRIES = 3  # tries of a file that lost a deadlock to another importer (PostgreSQL)


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
    units += [_unit_of(p) for p in files if p not in paired and not any(u.path == p for u in units)]
    order = {p: i for i, p in enumerate(files)}
    return sorted(units, key=lambda u: order[u.path]) + unreadable


def _unit_of(path: Path) -> _Unit:
    suffix = path.suffix.lower()
    if suffix in RELEASE_SUFFIXES:
        return _Unit(path, path)
    if suffix and suffix not in RECORD_SUFFIXES and not is_stream(path):
        # A spreadsheet, a PDF or a Word file named on the command line: one line that says what
        # whomet reads, rather than a JSON error about its first byte.
        return _Unit(path, problem=f"not a file whomet reads ({suffix}): releases are {_listed(RELEASE_SUFFIXES)}, "
                                   f"records {_listed(RECORD_SUFFIXES)}")
    return _Unit(path)  # a record file, or a pipe handed over by name (no suffix): read as records


def _listed(suffixes) -> str:
    return " ".join(sorted(suffixes))


def import_paths(engine: Engine, paths: Iterable[Path], on_file: Callable[[FileResult], None] | None = None,
                 on_records: Callable[[str, int], None] | None = None) -> ImportReport:
    """Import every record and release under `paths`; `on_file` hears about each file as it is done,
    `on_records(path, n)` how many records of a big file are in, every write batch."""
    max_field_chars(), max_record_bytes()  # a bad setting is one LimitError now, not a failure per file
    report = ImportReport()
    writer = _Writer(engine, on_records)
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
    records = list(records)
    sha = sha256 or _memory_sha()
    result = writer.retrying(lambda: writer.write(path, sha, "record", records, None))
    return ImportReport([result])


@contextmanager
def _no_gc():
    """The cyclic garbage collector off while importing: a batch holds hundreds of thousands of
    row tuples (no cycles among them), and every full collection would walk them all again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


class _Transient(Exception):
    """A file's transaction lost a deadlock to another importer; trying again will do."""


class _Writer:
    def __init__(self, engine: Engine, on_records: Callable[[str, int], None] | None = None):
        self.engine = engine
        self._entities_seen = None  # the entity tables' largest ids when the caches were last right
        self.on_records = on_records
        self.people_created = 0

    # -- reading ---------------------------------------------------------

    def import_unit(self, unit: _Unit) -> FileResult:
        return self.retrying(lambda: self._import_unit(unit), str(unit.path))

    def retrying(self, attempt: Callable[[], FileResult], path: str = "<memory>") -> FileResult:
        for n in range(RETRIES):
            try:
                return attempt()
            except _Transient as exc:
                problem = str(exc)
        return FileResult(path, "failed", message=f"could not store it ({problem}; tried {RETRIES} times)")

    def _import_unit(self, unit: _Unit) -> FileResult:
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
            yield from _json_lines(path)
            return
        data = read_bytes(path) if data is None else data
        values = parse_json_documents(path, decode_text(path, data))
        label = "record" if len(values) > 1 else None
        for number, doc in enumerate(values, 1):
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
                sink = bulk.sink(conn)
                file_id = sink.claim_file(sha, path, kind)
                if file_id is None:  # another importer committed the same file a moment ago
                    return FileResult(path, "skipped", message="already imported")
                self._load_caches(conn)
                people_before = self.people_created
                try:
                    with _no_gc():
                        self._fill(sink, file_id, records, release, result)
                    conn.execute(models.ImportedFile.__table__.update()
                                 .where(models.ImportedFile.id == file_id)
                                 .values(records=result.records, meetings=result.meetings))
                    result.people_added = self.people_created - people_before
                    self._entities_seen = _entity_maxima(conn)
                except BaseException:
                    # The caches now hold rows that are being rolled back: read them afresh next time.
                    self._entities_seen = None
                    raise
        except InputError as exc:
            return FileResult(path, "failed", message=exc.problem)
        except Exception as exc:  # a constraint the validation missed, a database error: the file rolls back
            first = (str(exc).splitlines() or [type(exc).__name__])[0]
            if bulk.is_transient(exc):
                raise _Transient(first) from None
            return FileResult(path, "failed", message=f"could not store it ({first})")
        return result

    def _fill(self, sink: bulk.Sink, file_id: int, records: Iterable[Record], release, result: FileResult) -> None:
        """Validate and build batch after batch; where the engine allows (SQLite), each batch is
        written by a second thread while the next is built. The sqlite3 module lets go of the GIL
        while SQLite works, so the database's inserts and indexing run beside Python's parsing on
        a second core. One batch in flight at most, on the file's one connection and transaction."""
        batch = _Batch(sink, self, file_id)
        pool = ThreadPoolExecutor(1, thread_name_prefix="whomet-import") if sink.overlaps else None
        pending: Future | None = None

        def hand_over(rows) -> None:
            nonlocal pending
            if pending is not None:
                result.meetings += pending.result()
                pending = None
            if pool is None:
                result.meetings += batch.write(rows)
            else:
                pending = pool.submit(batch.write, rows)

        try:
            for record in records:
                batch.add(record, release)
                result.records += 1
                if batch.size >= BATCH:
                    hand_over(batch.take())
                    if self.on_records is not None:
                        self.on_records(result.path, result.records)
            hand_over(batch.take())
            if pending is not None:
                result.meetings += pending.result()
                pending = None
        finally:
            if pool is not None:
                pool.shutdown(wait=True)  # never leave a write running into the rollback

    def _load_caches(self, conn: Connection) -> None:
        """The entity caches; read again only when another writer changed the entities since."""
        seen = _entity_maxima(conn)
        if seen == self._entities_seen:
            return
        P, PA, O, OA, T = models.Person, models.PersonAlias, models.Organization, models.OrganizationAlias, models.Topic
        self.people = {(k, s): i for i, k, s in conn.execute(select(P.id, P.key, P.side))}
        self.people.update({(k, s): i for i, k, s in conn.execute(select(PA.person_id, PA.key, PA.side))})
        self.orgs = {(k, c): i for i, k, c in conn.execute(select(O.id, O.key, O.country_code))}
        self.orgs.update({(k, c): i for i, k, c in conn.execute(select(OA.organization_id, OA.key, OA.country_code))})
        self.topics = {k: i for i, k in conn.execute(select(T.id, T.key))}
        self._entities_seen = seen


_ENTITY_TABLES = (models.Person, models.PersonAlias, models.Organization, models.OrganizationAlias, models.Topic)


def _entity_maxima(conn: Connection) -> tuple:
    return tuple(conn.execute(select(func.max(t.id))).scalar() for t in _ENTITY_TABLES)


def _json_lines(path: Path) -> Iterator[Record]:
    """The records of a JSON Lines file, each validated straight from its text. A line that does
    not validate is read again the plain way (json.loads, then validate), which names the problem
    exactly as for any other file. A line longer than the field cap may hold a field over it, and
    only the plain way checks that: such a line goes the plain way from the start."""
    cap = max_field_chars()
    for number, line in iter_json_line_texts(path):
        if len(line) <= cap:
            try:
                yield Record.model_validate_json(line)
                continue
            except ValidationError:
                pass
        try:
            yield parse_record(json_value(path, number, line))
        except RecordError as exc:
            raise InputError(path, f"line {number}: {exc}") from None


# Columns in the order the rows below are built; parents before children, for the foreign keys.
_COLUMNS = {
    "person": ("id", "name", "key", "side"),
    "organization": ("id", "name", "key", "country_code"),
    "topic": ("id", "name", "key"),
    "source": ("id", "file_id", "ordinal", "publisher", "date", "language", "path", "release_sha256", "text"),
    "meeting": ("id", "source_id", "ordinal", "date", "title", "kind", "format", "city", "country_code", "sides",
                "n_attendees", "n_agreements", "n_awards", "date_guessed", "place_guessed"),
    "delegation": ("id", "meeting_id", "ordinal", "side", "organization_id", "organization_name", "host"),
    "attendance": ("id", "delegation_id", "meeting_id", "person_id", "ordinal", "name", "rank", "position", "head",
                   "span_start", "span_end", "rule", "side_rule", "head_rule", "side_guessed"),
    "participant_group": ("id", "delegation_id", "ordinal", "text"),
    "agreement": ("id", "meeting_id", "ordinal", "title", "kind", "span_start", "span_end", "rule"),
    "agreement_party": ("agreement_id", "ordinal", "side"),
    "award": ("id", "meeting_id", "ordinal", "award", "kind", "giver_id", "giver_name", "giver_side",
              "recipient_group", "recipient_side", "span_start", "span_end", "rule"),
    "award_recipient": ("award_id", "ordinal", "person_id", "name"),
    "meeting_topic": ("meeting_id", "ordinal", "topic_id", "name"),
}
# Where entity ids sit in other tables' rows: an entity another importer created first is renamed there.
_REFERENCES = {"person": (("attendance", 3), ("award", 5), ("award_recipient", 2)),
               "organization": (("delegation", 4),), "topic": (("meeting_topic", 2),)}
_NO_SPAN = (None, None)


class _Batch:
    """Rows for a run of records as tuples, one list per table, written with one executemany each."""

    def __init__(self, sink: bulk.Sink, writer: _Writer, file_id: int):
        self.sink, self.w, self.file_id = sink, writer, file_id
        self.rows: dict[str, list[tuple]] = {name: [] for name in _COLUMNS}
        self.ids = {name: sink.ids(name) for name in _COLUMNS if _COLUMNS[name][0] == "id"}
        self.ordinal = 0
        self.size = 0

    def add(self, record: Record, release: tuple[str, str] | None) -> None:
        src = record.source
        source_id = next(self.ids["source"])
        self.rows["source"].append((source_id, self.file_id, self.ordinal, src.publisher, self.sink.day(src.date),
                                    src.language, src.path, release[1] if release else src.sha256,
                                    release[0] if release else None))
        self.ordinal += 1
        for m_ord, meeting in enumerate(record.meetings):
            self._meeting(source_id, m_ord, meeting, src.date)
        self.size += 1

    def _meeting(self, source_id: int, ordinal: int, m, release_date) -> None:
        rows, ids = self.rows, self.ids
        delegations, attendances, groups = rows["delegation"], rows["attendance"], rows["participant_group"]
        next_delegation, next_attendance = ids["delegation"].__next__, ids["attendance"].__next__
        person = self._person
        meeting_id = next(ids["meeting"])
        members_by_key: dict[str, int] = {}
        n_attendees = 0
        for d_ord, deleg in enumerate(m.delegations):
            delegation_id = next_delegation()
            side = deleg.side
            org_id = self._organization(deleg.organization, side) if deleg.organization else None
            delegations.append((delegation_id, meeting_id, d_ord, side, org_id, deleg.organization, deleg.host))
            for a_ord, member in enumerate(deleg.members):
                name = member.name
                key = fold(name)
                person_id = person(name, key, side)
                if key not in members_by_key:
                    members_by_key[key] = person_id
                span = member.span or _NO_SPAN
                attendances.append((next_attendance(), delegation_id, meeting_id, person_id, a_ord, name, member.rank,
                                    member.position, member.head, span[0], span[1], member.rule, member.side_rule,
                                    member.head_rule, bool(member.guessed)))
            n_attendees += len(deleg.members)
            for g_ord, group in enumerate(deleg.groups):
                groups.append((next(ids["participant_group"]), delegation_id, g_ord, group))
        for g_ord, agreement in enumerate(m.agreements):
            agreement_id = next(ids["agreement"])
            span = agreement.span or _NO_SPAN
            rows["agreement"].append((agreement_id, meeting_id, g_ord, agreement.title, agreement.kind, span[0], span[1],
                                      agreement.rule))
            rows["agreement_party"].extend((agreement_id, p_ord, side) for p_ord, side in enumerate(agreement.parties))
        for a_ord, award in enumerate(m.awards):
            award_id = next(ids["award"])
            span = award.span or _NO_SPAN
            giver_id = None
            if award.giver:
                key = fold(award.giver)
                giver_id = members_by_key.get(key) or person(award.giver, key, award.giver_side)
            rows["award"].append((award_id, meeting_id, a_ord, award.award, award.kind, giver_id, award.giver,
                                  award.giver_side, award.recipient_group, award.recipient_side, span[0], span[1], award.rule))
            for r_ord, name in enumerate(award.recipients):
                key = fold(name)
                person_id = members_by_key.get(key) or person(name, key, award.recipient_side)
                rows["award_recipient"].append((award_id, r_ord, person_id, name))
        for t_ord, topic in enumerate(dict.fromkeys(m.topics)):
            rows["meeting_topic"].append((meeting_id, t_ord, self._topic(topic), topic))
        sides = " · ".join(sorted({d.side for d in m.delegations}))
        place = m.place
        # A meeting without a date of its own is dated by its release: a fallback, so marked guessed.
        date_guessed = bool(m.guessed) or (m.date is None and release_date is not None)
        rows["meeting"].append((meeting_id, source_id, ordinal, self.sink.day(m.date or release_date), m.title, m.kind,
                                m.format, place.city, place.country, sides, n_attendees, len(m.agreements),
                                len(m.awards), date_guessed, bool(place.guessed)))

    def _person(self, name: str, key: str, side: str | None) -> int:
        person_id = self.w.people.get((key, side))
        if person_id is None:
            person_id = next(self.ids["person"])
            self.w.people[(key, side)] = person_id
            self.w.people_created += 1
            self.rows["person"].append((person_id, name, key, side))
        return person_id

    def _organization(self, name: str, side: str) -> int:
        key = (fold(name), side)
        org_id = self.w.orgs.get(key)
        if org_id is None:
            org_id = next(self.ids["organization"])
            self.w.orgs[key] = org_id
            self.rows["organization"].append((org_id, name, key[0], side))
        return org_id

    def _topic(self, name: str) -> int:
        key = fold(name)
        topic_id = self.w.topics.get(key)
        if topic_id is None:
            topic_id = next(self.ids["topic"])
            self.w.topics[key] = topic_id
            self.rows["topic"].append((topic_id, name, key))
        return topic_id

    def take(self) -> dict[str, list[tuple]]:
        """The rows built so far, handed over for writing; the batch starts afresh."""
        rows, self.rows, self.size = self.rows, {name: [] for name in _COLUMNS}, 0
        return rows

    def write(self, rows: dict[str, list[tuple]]) -> int:
        """Insert a batch's rows table by table and index its meetings; returns how many meetings."""
        for table, references in _REFERENCES.items():
            if rows[table]:
                taken = self.sink.insert_entities(table, _COLUMNS[table], rows[table])
                if taken:
                    self._rename(rows, table, taken, references)
        for table, columns in _COLUMNS.items():
            if table not in _REFERENCES and rows[table]:
                self.sink.insert(table, columns, rows[table])
        meeting_ids = [row[0] for row in rows["meeting"]]
        fts.index(self.sink.conn, meeting_ids)
        return len(meeting_ids)

    def _rename(self, rows: dict, table: str, taken: dict[int, int], references) -> None:
        """Another importer created some of our new entities first: use its ids, in rows and caches."""
        cache = {"person": self.w.people, "organization": self.w.orgs, "topic": self.w.topics}[table]
        for key, value in cache.items():
            if value in taken:
                cache[key] = taken[value]
        if table == "person":
            self.w.people_created -= len(taken)
        for name, at in references:
            rows[name] = [row if row[at] not in taken else row[:at] + (taken[row[at]],) + row[at + 1:]
                          for row in rows[name]]


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
