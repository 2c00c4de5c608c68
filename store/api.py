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

from whomet.store import export, graph, listing, queries, reports
from whomet.store import search as finding
from whomet.store.db import describe, open_engine
from whomet.store.filters import MeetingFilter
from whomet.store.importer import FileResult, ImportReport, import_paths, import_records, plan
from whomet.store.queries import Counterpart, MeetingDetail, MeetingRow, PersonProfile, SearchResult, Stats
from whomet.store.record import Record


class Store:
    """An open store. `Store.open(db)` takes a path, an SQLAlchemy URL or None (WHOMET_DB, then
    the default file in the user's data directory); use it as a context manager or `close()` it."""

    def __init__(self, engine: Engine, label: str | None = None):
        self._engine = engine
        self.label = label or describe(engine)

    @classmethod
    def open(cls, db: str | os.PathLike | None = None, *, create: bool = True) -> "Store":
        """Open (and with `create`, make) the store; `StoreError` with a one-line message otherwise."""
        return cls(open_engine(db, create=create))

    def close(self) -> None:
        self._engine.dispose()

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
             limit: int = listing.PAGE, cancelled: Callable[[], bool] | None = None) -> list[MeetingRow]:
        """One keyset page; `after` is (sort value, id) of the previous page's last row."""
        return listing.page(self._engine, f, sort, direction, after=after, limit=limit, cancelled=cancelled)

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

    def side_report(self, code: str) -> reports.GroupReport:
        return reports.side_report(self._engine, code)

    def organization_report(self, organization_id: int) -> reports.GroupReport | None:
        return reports.organization_report(self._engine, organization_id)

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

    def jump_targets(self, query: str, limit: int = 8) -> list[finding.Target]:
        return finding.jump_targets(self._engine, query, limit)

    def side_codes(self, value: str) -> list[str]:
        from whomet.store.filters import side_codes

        return side_codes(self._engine, value)

    # -- writing ---------------------------------------------------------------

    def import_paths(self, paths: Iterable[Path], on_file: Callable[[FileResult], None] | None = None) -> ImportReport:
        return import_paths(self._engine, paths, on_file=on_file)

    def import_records(self, records: Iterable[Record], *, path: str = "<memory>") -> ImportReport:
        return import_records(self._engine, records, path=path)

    @staticmethod
    def plan(paths: Iterable[Path]) -> list:
        """The files an import of `paths` would read, in order (records paired with their releases)."""
        return plan(paths)

    def add_person_alias(self, alias: str, person: str, side: str | None = None):
        from whomet.store.aliases import add_person_alias

        return add_person_alias(self._engine, alias, person, side)

    # -- export ----------------------------------------------------------------

    def export_records(self, out: IO[str], fmt: str = "json") -> int:
        """Every record, in the meeting-record format; returns how many."""
        return export.write(self._engine, out, fmt)

    def export_list(self, f: MeetingFilter, path: str | Path, fmt: str | None = None, sort: str = "date",
                    direction: str = "desc") -> int:
        """The filtered list to a file (CSV or JSON), atomically; returns rows written."""
        return export.write_list_file(self._engine, f, path, fmt, sort, direction)

