"""Has the store changed since we last looked? A cheap token that another process's import
(or any other writer) changes, so the browser can refresh its counts and list.

SQLite answers with `PRAGMA data_version` on one connection kept for the purpose (the value
moves when *another* connection commits; it is per connection, so it must always be the
same one). Other engines: the number of meetings and the highest meeting id, the highest
judgement id and the number of active judgements.
"""

import threading

from sqlalchemy import Engine, func, select

from whomet.store import models


class ChangeWatch:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._raw = None
        self._lock = threading.Lock()

    def version(self) -> tuple:
        if self._engine.dialect.name == "sqlite":
            with self._lock:
                if self._raw is None:
                    self._raw = self._engine.raw_connection()
                    # kept out of the pool for good; polled from worker threads, one at a time (the lock)
                    self._raw.detach()
                cursor = self._raw.cursor()
                try:
                    return tuple(cursor.execute("PRAGMA data_version").fetchone())
                finally:
                    cursor.close()
        M, J = models.Meeting, models.Judgement
        with self._engine.connect() as conn:
            # Meetings for imports and re-extraction; judgements (new ones, retractions) for decisions.
            meetings = conn.execute(select(func.count(), func.max(M.id)).select_from(M)).one()
            judged = conn.execute(select(func.max(J.id), func.count().filter(J.active.is_(True))).select_from(J)).one()
            return tuple(meetings) + tuple(judged)

    def close(self) -> None:
        with self._lock:
            if self._raw is not None:
                self._raw.close()
                self._raw = None
