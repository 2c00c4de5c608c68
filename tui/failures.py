"""Exceptions that end a command as one line: what the store or a limit says, never a traceback.

Loaded only when a command fails, so `whomet --help` does not pay for SQLAlchemy.
"""

from sqlalchemy.exc import SQLAlchemyError

from whomet.store import LimitError, StoreError, first_line


def one_line(context, exc: Exception) -> str | None:
    """The message for `exc`, or None when it is not one of ours (a bug: let it show)."""
    if isinstance(exc, (StoreError, LimitError)):
        return str(exc)
    if not isinstance(exc, SQLAlchemyError):
        return None
    store = getattr(context, "_store", None)
    where = store.label if store is not None else "the store"
    problem = first_line(exc)
    if "malformed" in problem or "not a database" in problem:
        return f"{where}: the store is damaged ({problem}); run `whomet check`"
    if "readonly database" in problem:
        return f"{where}: the store is read-only ({problem})"
    return f"{where}: {problem}"
