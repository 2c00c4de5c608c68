"""`Store`: the one door to whomet's data, what the browser and every command hold.

Like sqlite-utils' `Database` or Datasette's `Datasette`, a caller opens a `Store` and asks it
for what it needs: the filtered list in keyset pages, a meeting, a person, a side or an
organisation, search, reports, import and export. The engine stays inside; the modules
behind each method (listing, queries, reports, search, export, importer) are the store's
own business, and each does one job.

Every method returns plain frozen dataclasses or ints, never a row or a session, so the
browser can call them from thread workers.
"""

import os
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from sqlalchemy import Engine

from whomet.store import decisions, export, graph, listing, queries, reports
from whomet.store import search as finding
from whomet.store.db import describe, open_engine, store_files
from whomet.store.filters import MeetingFilter
from whomet.store.judgements import JudgementView
from whomet.store.importer import FileResult, ImportReport, import_paths, import_records, plan
from whomet.store.queries import Counterpart, MeetingDetail, MeetingRow, PersonProfile, SearchResult, Stats
from whomet.store.record import Record


class Store:
    """An open store. `Store.open(db)` takes a path, an SQLAlchemy URL or None (WHOMET_DB, then
    the default file in the user's data directory); use it as a context manager or `close()` it."""

    def __init__(self, engine: Engine, label: str | None = None):
        self._engine = engine
        self.label = label or describe(engine)
        self._watch = None

    @classmethod
    def open(cls, db: str | os.PathLike | None = None, *, create: bool = True, write: bool | None = None,
             notice: Callable[[str], None] | None = None) -> "Store":
        """Open (and with `create`, make) the store; `StoreError` with a one-line message otherwise.
        `write` (default: `create`): refuse a store that cannot be written; readers get read-only
        stores opened read-only. An older store is upgraded (after a backup), `notice` hears of it."""
        return cls(open_engine(db, create=create, write=write, notice=notice))

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
        self._engine.dispose()

    def data_version(self) -> tuple:
        """A token that changes when anyone else writes to the store (cheap: poll it every second)."""
        if self._watch is None:
            from whomet.store.changes import ChangeWatch

            self._watch = ChangeWatch(self._engine)
        return self._watch.version()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    # -- the list --------------------------------------------------------------

    def total(self):
        """(meetings, first date, last date) of the whole store."""
        return listing.total(self._engine)

    def count(self, f: MeetingFilter, cancelled: Callable[[], bool] | None = None) -> int:
        return listing.count(self._engine, f, cancelled=cancelled)

    def page(self, f: MeetingFilter, sort: str = "date", direction: str = "desc", after: tuple | None = None,
             limit: int = listing.PAGE, cancelled: Callable[[], bool] | None = None,
             backwards: bool = False) -> list[MeetingRow]:
        """One keyset page; `after` is (sort value, id) of the previous page's last row (`sort_value`).
        `backwards`: the rows before `after` (or the list's last rows), nearest first."""
        return listing.page(self._engine, f, sort, direction, after=after, limit=limit, cancelled=cancelled,
                            backwards=backwards)

    def rows(self, f: MeetingFilter, sort: str = "date", direction: str = "desc") -> Iterator[MeetingRow]:
        return listing.iter_rows(self._engine, f, sort, direction)

    def sides_in_use(self) -> list[tuple[str, str, int]]:
        return listing.sides_in_use(self._engine)

    def organizations_in_use(self, limit: int = 500) -> list[tuple[int, str, str | None, int]]:
        return listing.organizations_in_use(self._engine, limit)

    # -- details ---------------------------------------------------------------

    def meeting(self, meeting_id: int) -> MeetingDetail | None:
        return queries.meeting_detail(self._engine, meeting_id)

    def person(self, person_id: int) -> PersonProfile | None:
        return queries.person_profile(self._engine, person_id)

    def counterparts(self, person_id: int, limit: int | None = None) -> list[Counterpart]:
        return queries.counterparts(self._engine, person_id, limit)

    # Tables of the person, side and organisation screens, a page at a time with an honest count:
    # "person.meetings" / "person.counterparts" (key: person id), "side.people" (a side code),
    # "organization.people" (an organisation id).
    # The aggregated tables (counterparts, people) cost one grouped query whatever the page (~1 s for
    # the busiest person of 100k meetings): the store runs it once per table and serves pages from it,
    # until the store changes (data_version).
    _AGGREGATED = ("person.counterparts", "side.people", "organization.people")

    def table_page(self, table: str, key, limit: int, offset: int = 0) -> list:
        if table == "person.meetings":
            return queries.person_meetings(self._engine, int(key), limit, offset)
        return self._aggregated(table, key)[offset:offset + limit]

    def table_count(self, table: str, key) -> int:
        if table == "person.meetings":
            return queries.person_meeting_count(self._engine, int(key))
        return len(self._aggregated(table, key))

    def _aggregated(self, table: str, key) -> list:
        if table not in self._AGGREGATED:
            raise ValueError(f"no table {table!r}")
        cache = self.__dict__.setdefault("_tables", {})
        # Checked against the store's version on every page and count (a cheap PRAGMA): a screen
        # that asks for its rows before its count must not get a table cached before a merge.
        version = self.data_version()
        hit = cache.get((table, str(key)))
        if hit is not None and hit[0] == version:
            return hit[1]
        if table == "person.counterparts":
            rows = queries.counterparts(self._engine, int(key))
        else:
            rows = reports.people_page(self._engine, table.split(".")[0], key, limit=None)
        if len(cache) >= 8:
            cache.pop(next(iter(cache)))
        cache[(table, str(key))] = (version, rows)
        return rows

    def side_report(self, code: str, people: int = 300) -> reports.GroupReport:
        """The side's record; its `people`: the first so many (the browser pages them: table_page)."""
        return reports.side_report(self._engine, code, people)

    def organization_report(self, organization_id: int, people: int = 300) -> reports.GroupReport | None:
        return reports.organization_report(self._engine, organization_id, people)

    def chain(self, source: int, target: int) -> list[graph.Link] | None:
        """The shortest chain of meetings between two people, or None."""
        return graph.shortest_chain(self._engine, source, target)

    def stats(self, top: int = 10) -> Stats:
        return queries.stats(self._engine, top)

    # -- finding ---------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> SearchResult:
        return finding.search(self._engine, text, limit)

    def find_people(self, query: str, limit: int = 20, side: str | None = None) -> list[queries.PersonHit]:
        return finding.find_people(self._engine, query, limit, side)

    def lookup_person(self, query: str, side: str | None = None) -> finding.PersonLookup:
        """One person by name without guessing: the match, or every candidate, or the nearest names."""
        return finding.lookup_person(self._engine, query, side)

    def jump_targets(self, query: str, limit: int = 8) -> list[finding.Target]:
        return finding.jump_targets(self._engine, query, limit)

    def side_codes(self, value: str) -> list[str]:
        from whomet.store.filters import side_codes

        return side_codes(self._engine, value)

    def one_side(self, value: str) -> tuple[str | None, str | None]:
        """(code, None) when `value` (a code or a name) names one side, else (None, why)."""
        from whomet.store.filters import one_side

        return one_side(self._engine, value)

    def filter_problems(self, f: MeetingFilter) -> list[str]:
        """What in the filter was not understood, one line each ([] when all of it was)."""
        from whomet.store.filters import problems

        return problems(self._engine, f)

    # -- writing ---------------------------------------------------------------

    def import_paths(self, paths: Iterable[Path], on_file: Callable[[FileResult], None] | None = None,
                     on_records: Callable[[str, int], None] | None = None) -> ImportReport:
        """`on_file` hears of each file when done; `on_records(path, n)` of a big file's progress."""
        report = import_paths(self._engine, paths, on_file=on_file, on_records=on_records)
        self._reapply()
        return report

    def import_records(self, records: Iterable[Record], *, path: str = "<memory>") -> ImportReport:
        report = import_records(self._engine, records, path=path)
        self._reapply()
        return report

    def _reapply(self) -> None:
        """New facts may be what a judgement was waiting for: derive the overlay again (when there is one)."""
        from whomet.store import overlay

        with self._engine.begin() as conn:
            if overlay.in_use(conn):
                overlay.rebuild(conn)

    @staticmethod
    def plan(paths: Iterable[Path]) -> list:
        """The files an import of `paths` would read, in order (records paired with their releases)."""
        return plan(paths)

    def add_person_alias(self, alias: str, person: str, side: str | None = None):
        from whomet.store.aliases import add_person_alias

        return add_person_alias(self._engine, alias, person, side)

    # -- judgements ------------------------------------------------------------

    def resolve_ref(self, entity: str, ref: str) -> int:
        """A person / organisation / meeting by id or name (`Name@SIDE`); JudgementError otherwise."""
        return decisions.resolve_ref(self._engine, entity, ref)

    def judge(self, entity: str, a: int, b: int, verdict: str = "same", note: str | None = None) -> decisions.Decision:
        """Two people / organisations / meetings are the same, not the same, or unsure."""
        return decisions.judge(self._engine, entity, a, b, verdict, note)

    def unmerge(self, entity: str, a: int, b: int | None = None, note: str | None = None) -> decisions.Decision:
        return decisions.unmerge(self._engine, entity, a, b, note)

    def retract(self, judgement_id: int, note: str | None = None) -> decisions.Decision:
        return decisions.retract(self._engine, judgement_id, note)

    def correct(self, meeting_id: int, verb: str, name: str, value: str | None = None, extra: dict | None = None,
                note: str | None = None) -> decisions.Decision:
        """Correct one fact of a meeting (drop, side, head, rank, position, add-attendee ...)."""
        return decisions.correct(self._engine, meeting_id, verb, name, value, extra, note)

    def judgements(self, active_only: bool = False, entity: str | None = None) -> list[JudgementView]:
        return decisions.list_judgements(self._engine, active_only, entity)

    def corrections(self, meeting_id: int) -> list[JudgementView]:
        """The active corrections of a meeting's facts, oldest first."""
        return decisions.corrections_of(self._engine, meeting_id)

    def judgements_about(self, entity: str, row_id: int) -> list[JudgementView]:
        return decisions.about(self._engine, entity, row_id)

    def export_judgements(self, out: IO[str]) -> int:
        from whomet.store.judgements import write_jsonl

        return write_jsonl(self._engine, out)

    def import_judgements(self, lines: Iterable[str], label: str = "<judgements>"):
        """Merge a shared JSON Lines log (idempotent); returns (counts, decision with any orphans)."""
        return decisions.import_log(self._engine, lines, label)

    def candidates(self, kind: str = "person", limit: int | None = None) -> list:
        """Likely pairs not yet judged, best first, with their evidence."""
        from whomet.store import resolve

        return resolve.candidates(self._engine, kind, limit)

    def resolve(self, dry_run: bool = False):
        """Automatic resolution, conservative: record `same` judgements (source auto) for the pairs
        the rules are sure of; returns what was (or would be) merged."""
        from whomet.store import resolve

        return resolve.auto_resolve(self._engine, dry_run=dry_run)

    def reextract(self, on_source: Callable[[int, int], None] | None = None):
        """Run the current extractor over every stored release text, replacing extracted facts;
        judgements re-attach, those that no longer apply are reported."""
        from whomet.store import reextract

        return reextract.reextract(self._engine, on_source=on_source)

    # -- files -----------------------------------------------------------------

    # -- health ----------------------------------------------------------------

    def check(self) -> list:
        """`whomet check`: integrity, orphans, the full-text index, derived columns, schema (store.check.Finding)."""
        from whomet.store import check

        return check.run(self._engine)

    def repair(self) -> list[str]:
        """Rebuild what whomet derives (index, listing columns, name keys); what was done, a line each."""
        from whomet.store import check

        return check.repair(self._engine)

    def output_problem(self, path: str | Path) -> str | None:
        """Why an export may not write `path` (the store itself, a database, a link, a folder), or None."""
        from whomet.store.output import OutputError, check_target

        try:
            check_target(path, protect=self.files())
        except OutputError as exc:
            return str(exc)
        return None

    def files(self) -> list[Path]:
        """The files of a SQLite store (database and journals): what no output may overwrite."""
        return store_files(self._engine)

    # -- export ----------------------------------------------------------------

    def export_records(self, out: IO[str], fmt: str = "json", f: MeetingFilter | None = None) -> int:
        """Every record (or those of the filter's meetings), in the meeting-record format; returns how many."""
        return export.write(self._engine, out, fmt, f)

    def export(self, fmt: str, f: MeetingFilter, *, path: str | Path | None = None, text: IO[str] | None = None,
               binary: IO[bytes] | None = None, level: str = "person",
               on_records: Callable[[int], None] | None = None) -> str:
        """Export the filter's meetings as `fmt` (json, jsonl, ftm, gexf, graphml, csv) to `path`
        (atomically; a folder for csv) or to a stream; returns what was written, in words.
        `on_records(n)`: progress of a json/jsonl export, every thousand records."""
        from whomet.store import exchange

        if path is not None:
            return exchange.write_path(self._engine, fmt, path, f, level, protect=self.files(), on_records=on_records)
        return exchange.write_stream(self._engine, fmt, f, level, text=text, binary=binary)

    # -- analysis --------------------------------------------------------------

    def dyad(self, a: str, b: str, f: MeetingFilter | None = None):
        """The bilateral timeline of sides `a` and `b` (codes)."""
        from whomet.store.dyad import dyad

        return dyad(self._engine, a, b, f)

    def dyad_stream(self, a: str, b: str, f: MeetingFilter | None = None):
        """(summary, meetings as an iterator): the same timeline, read a chunk of meetings at a time."""
        from whomet.store.dyad import dyad_stream

        return dyad_stream(self._engine, a, b, f)

    def top(self, f: MeetingFilter, by: str = "meetings", level: str = "person", limit: int = 20):
        """The most central people (organisations, sides) of the filter's meetings."""
        from whomet.store.centrality import top

        return top(self._engine, f, by, level, limit)

    def meeting_ids(self, f: MeetingFilter) -> list[int]:
        """The ids of the meetings the filter selects, oldest first: what the list shows."""
        return listing.meeting_ids(self._engine, f)

    def export_list(self, f: MeetingFilter, path: str | Path, fmt: str | None = None, sort: str = "date",
                    direction: str = "desc", on_rows: Callable[[int], None] | None = None) -> int:
        """The filtered list to a file, atomically; returns the meetings written. `fmt`: the list as
        `csv` or `json` (one row per meeting, in the list's order; `on_rows(n)` hears every thousand
        rows how far it got), or an exchange format for the same meetings: `ftm`, `gexf`, `graphml`,
        `bundle` (the CSV folder), `records` (JSON)."""
        exchange_format = {"ftm": "ftm", "gexf": "gexf", "graphml": "graphml", "bundle": "csv", "records": "json"}
        if fmt in exchange_format:
            self.export(exchange_format[fmt], f, path=path)
            return self.count(f)
        return export.write_list_file(self._engine, f, path, fmt, sort, direction, on_rows)

